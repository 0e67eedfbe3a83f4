import type { Taxonomy, TaxonomyKind, TaxonomyTerm } from '../../src/directory/contract.ts';
import { US_STATES, US_TERRITORIES } from './regions.ts';

/** One term with its English and Spanish labels. */
interface Term {
  id: string;
  en: string;
  es: string;
  legalIn?: string[];
}

export type TaxonomyLanguage = 'en' | 'es';

/** Bumped whenever an id is added, removed or renamed, so clients can refresh cached lists. */
export const TAXONOMY_VERSION = '2026-11-01';

const terms: Record<TaxonomyKind, Term[]> = {
  conditions: [
    { id: 'depression', en: 'Depression', es: 'Depresión' },
    { id: 'treatment-resistant-depression', en: 'Treatment-resistant depression', es: 'Depresión resistente al tratamiento' },
    { id: 'bipolar-depression', en: 'Bipolar depression', es: 'Depresión bipolar' },
    { id: 'postpartum-depression', en: 'Postpartum depression', es: 'Depresión posparto' },
    { id: 'anxiety', en: 'Anxiety', es: 'Ansiedad' },
    { id: 'ptsd', en: 'PTSD', es: 'TEPT (estrés postraumático)' },
    { id: 'ocd', en: 'OCD', es: 'TOC (trastorno obsesivo-compulsivo)' },
    { id: 'suicidal-ideation', en: 'Suicidal thoughts', es: 'Pensamientos suicidas' },
    { id: 'substance-use', en: 'Substance use', es: 'Consumo de sustancias' },
    { id: 'alcohol-use', en: 'Alcohol use', es: 'Consumo de alcohol' },
    { id: 'eating-disorders', en: 'Eating disorders', es: 'Trastornos de la conducta alimentaria' },
    { id: 'end-of-life-distress', en: 'End-of-life distress', es: 'Angustia al final de la vida' },
    { id: 'chronic-pain', en: 'Chronic pain', es: 'Dolor crónico' },
    { id: 'crps', en: 'Complex regional pain syndrome', es: 'Síndrome de dolor regional complejo' },
  ],
  services: [
    { id: 'ketamine-iv', en: 'Ketamine IV infusion', es: 'Infusión intravenosa de ketamina' },
    { id: 'ketamine-im', en: 'Intramuscular ketamine', es: 'Ketamina intramuscular' },
    { id: 'ketamine-assisted-psychotherapy', en: 'Ketamine-assisted psychotherapy', es: 'Psicoterapia asistida con ketamina' },
    { id: 'esketamine', en: 'Esketamine nasal spray', es: 'Esketamina en aerosol nasal' },
    { id: 'psilocybin-services', en: 'Psilocybin services', es: 'Servicios de psilocibina', legalIn: ['US-OR', 'US-CO'] },
    { id: 'clinical-trials', en: 'Clinical trial site', es: 'Centro de ensayos clínicos' },
    { id: 'integration-therapy', en: 'Integration therapy', es: 'Terapia de integración' },
    { id: 'harm-reduction', en: 'Harm reduction', es: 'Reducción de daños' },
    { id: 'psychotherapy', en: 'Psychotherapy', es: 'Psicoterapia' },
    { id: 'medication-management', en: 'Medication management', es: 'Manejo de medicación' },
    { id: 'tms', en: 'Transcranial magnetic stimulation (TMS)', es: 'Estimulación magnética transcraneal (EMT)' },
  ],
  formats: [
    { id: 'in-person', en: 'In person', es: 'En persona' },
    { id: 'telehealth', en: 'Telehealth', es: 'Telesalud' },
    { id: 'group', en: 'Group sessions', es: 'Sesiones grupales' },
  ],
  insurances: [
    { id: 'aetna', en: 'Aetna', es: 'Aetna' },
    { id: 'anthem', en: 'Anthem', es: 'Anthem' },
    { id: 'blue-cross-blue-shield', en: 'Blue Cross Blue Shield', es: 'Blue Cross Blue Shield' },
    { id: 'cigna', en: 'Cigna', es: 'Cigna' },
    { id: 'humana', en: 'Humana', es: 'Humana' },
    { id: 'kaiser-permanente', en: 'Kaiser Permanente', es: 'Kaiser Permanente' },
    { id: 'medicaid', en: 'Medicaid', es: 'Medicaid' },
    { id: 'medicare', en: 'Medicare', es: 'Medicare' },
    { id: 'optum', en: 'Optum', es: 'Optum' },
    { id: 'tricare', en: 'TRICARE', es: 'TRICARE' },
    { id: 'united-healthcare', en: 'UnitedHealthcare', es: 'UnitedHealthcare' },
    { id: 'va-community-care', en: 'VA Community Care', es: 'Atención comunitaria del VA' },
  ],
  languages: [
    { id: 'en', en: 'English', es: 'Inglés' },
    { id: 'es', en: 'Spanish', es: 'Español' },
    { id: 'zh', en: 'Chinese', es: 'Chino' },
    { id: 'vi', en: 'Vietnamese', es: 'Vietnamita' },
    { id: 'tl', en: 'Tagalog', es: 'Tagalo' },
    { id: 'ko', en: 'Korean', es: 'Coreano' },
    { id: 'ru', en: 'Russian', es: 'Ruso' },
    { id: 'ar', en: 'Arabic', es: 'Árabe' },
    { id: 'fr', en: 'French', es: 'Francés' },
    { id: 'pt', en: 'Portuguese', es: 'Portugués' },
    { id: 'de', en: 'German', es: 'Alemán' },
    { id: 'ase', en: 'American Sign Language', es: 'Lengua de señas americana' },
  ],
  // Credential ids are the abbreviations people write after a name, so they can be shown as they are.
  credentials: [
    { id: 'MD', en: 'Doctor of Medicine', es: 'Doctor en Medicina' },
    { id: 'DO', en: 'Doctor of Osteopathic Medicine', es: 'Doctor en Medicina Osteopática' },
    { id: 'NP', en: 'Nurse Practitioner', es: 'Enfermero/a practicante' },
    { id: 'PMHNP', en: 'Psychiatric-Mental Health Nurse Practitioner', es: 'Enfermero/a practicante de salud mental' },
    { id: 'PA', en: 'Physician Assistant', es: 'Asistente médico' },
    { id: 'CRNA', en: 'Certified Registered Nurse Anesthetist', es: 'Enfermero/a anestesista certificado/a' },
    { id: 'RN', en: 'Registered Nurse', es: 'Enfermero/a titulado/a' },
    { id: 'PhD', en: 'Doctor of Philosophy (Psychology)', es: 'Doctor en Psicología (PhD)' },
    { id: 'PsyD', en: 'Doctor of Psychology', es: 'Doctor en Psicología (PsyD)' },
    { id: 'LCSW', en: 'Licensed Clinical Social Worker', es: 'Trabajador/a social clínico/a con licencia' },
    { id: 'LMFT', en: 'Licensed Marriage and Family Therapist', es: 'Terapeuta matrimonial y familiar con licencia' },
    { id: 'LPC', en: 'Licensed Professional Counselor', es: 'Consejero/a profesional con licencia' },
    { id: 'LMHC', en: 'Licensed Mental Health Counselor', es: 'Consejero/a de salud mental con licencia' },
    { id: 'LCPC', en: 'Licensed Clinical Professional Counselor', es: 'Consejero/a clínico/a profesional con licencia' },
    { id: 'LADC', en: 'Licensed Alcohol and Drug Counselor', es: 'Consejero/a de alcohol y drogas con licencia' },
  ],
  // Region ids are codes in upper case; the listing route accepts them in any case.
  regions: [...US_STATES, ...US_TERRITORIES],
};

export const TAXONOMY_KINDS = Object.keys(terms) as TaxonomyKind[];

/** The taxonomy with labels in one language; languages other than Spanish get English. */
export function taxonomyIn(language: TaxonomyLanguage): Taxonomy {
  const labelled = (list: Term[]): TaxonomyTerm[] =>
    list.map(({ id, legalIn, ...labels }) => ({ id, label: labels[language], ...(legalIn ? { legalIn } : {}) }));
  return {
    version: TAXONOMY_VERSION,
    conditions: labelled(terms.conditions),
    services: labelled(terms.services),
    formats: labelled(terms.formats),
    insurances: labelled(terms.insurances),
    languages: labelled(terms.languages),
    credentials: labelled(terms.credentials),
    // In the order of their names in this language: the states and DC, then the territories.
    regions: [US_STATES, US_TERRITORIES].flatMap((group) =>
      labelled([...group]).sort((a, b) => a.label.localeCompare(b.label, language)),
    ),
  };
}

/** The ids of each taxonomy list, to check what clients send. */
export function taxonomyIds(): Record<TaxonomyKind, ReadonlySet<string>> {
  const ids = {} as Record<TaxonomyKind, ReadonlySet<string>>;
  for (const kind of TAXONOMY_KINDS) ids[kind] = new Set(terms[kind].map((term) => term.id));
  return ids;
}
