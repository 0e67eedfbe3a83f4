import type { SourceType } from '../../components/article-references/format/index.js';
import type { articleReferences as en } from '../en/article-references.js';

const types: Record<SourceType, string> = {
  'article-journal': 'Artículo de revista',
  'article-magazine': 'Artículo de divulgación',
  'article-newspaper': 'Artículo de periódico',
  book: 'Libro',
  chapter: 'Capítulo de libro',
  report: 'Informe',
  webpage: 'Página web',
  'post-weblog': 'Entrada de blog',
  preprint: 'Preprint',
  thesis: 'Tesis',
  'paper-conference': 'Ponencia',
  dataset: 'Conjunto de datos',
  software: 'Software',
  motion_picture: 'Película o vídeo',
  other: 'Otra fuente',
};

const flags = { retraction: 'Retractado', correction: 'Corregido', 'expression-of-concern': 'Expresión de preocupación' };

export const articleReferences: { [K in keyof typeof en]: (typeof en)[K] } = {
  referencesHeading: 'Referencias',
  referenceLabel: (number) => `Referencia ${number}`,
  sourceType: (type) => (Object.hasOwn(types, type) ? types[type as SourceType] : types.other),
  statusFlag: (type, date) => (date ? `${flags[type]} el ${date}` : flags[type]),
  statusNotice: 'Leer el aviso',
  openAccess: 'Acceso libre',
  citedAt: 'Citado en',
  backToCitation: (letter, number) => `Volver a la cita ${letter} de la referencia ${number}`,
  copy: 'Copiar',
  copyReference: (number) => `Copiar la referencia ${number}`,
  copyAll: 'Copiar todas',
  download: 'Descargar',
  copied: (number) => (number ? `Referencia ${number} copiada.` : 'Todas las referencias copiadas.'),
  copiedShort: 'Copiado',
  copyFailed: 'No se pudo copiar. Seleccione el texto y cópielo usted.',
  exportFailed: 'No se pudo descargar el archivo. Inténtelo de nuevo más tarde.',
  referencesUnchecked: 'No se pudieron comprobar las referencias; se muestran tal como se escribieron.',
};
