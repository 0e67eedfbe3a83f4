import { html, nothing, type TemplateResult } from 'lit';
import type { TaxonomyTerm } from '../../directory/contract.js';
import { messageKey } from './message-key.js';
import type { ProviderFinder } from './provider-finder.js';
import { renderNotice } from './render-notice.js';

/** The radius choices, in the finder's unit; a host's own `radius` is added to them. */
export const radii = [5, 10, 25, 50, 100];

/**
 * The taxonomy filters. Each select edits the finder's property of its name, offers the taxonomy's
 * list of the plural name (`conditions`), and is labelled by the message `finder` + its name.
 */
export const filters = ['condition', 'service', 'format', 'insurance', 'language'] as const;
type Filter = (typeof filters)[number];

/** The filters a person has set. The ones a host hides are its scope, not the person's choice. */
export const activeFilters = (f: ProviderFinder) =>
  [...filters, 'accepting' as const].filter((name) => f[name] && !f.hiddenFields.has(name));

/**
 * The search form: free text, the place with "Use my location", the radius, and the filters from
 * the taxonomy, which fold into a disclosure when the finder is narrow (a container query).
 * Every field is named after the finder's property that it edits. A service that is legal only in
 * some states says where ("only in OR and CO"), and is disabled when the searched region is not one.
 */
export function renderSearchForm(f: ProviderFinder): TemplateResult {
  const { hiddenFields: hidden, taxonomy, region } = f;
  const restricted = taxonomy.value?.services.some(({ legalIn }) => legalIn && !legalIn.includes('*'));
  // Where a service is legal, unless it is legal everywhere or in the searched region.
  const legality = ({ legalIn }: TaxonomyTerm) =>
    !legalIn || legalIn.includes('*') || legalIn.includes(`US-${region}`)
      ? ''
      : f.t('finderOnlyIn', f.i18n.list(legalIn.map((code) => code.replace(/^US-/, ''))));

  const field = (name: string, label: string, control: unknown, after: unknown = nothing) =>
    hidden.has(name)
      ? nothing
      : html`<div class="field" part="field"><label part="label" for=${name} id="${name}-label">${label}</label>${control}${after}</div>`;

  const select = (name: Filter) => {
    const legal = name === 'service' && restricted;
    return field(
      name,
      f.t(messageKey('finder', name)),
      html`<select id=${name} name=${name} part="input" aria-describedby=${legal ? 'legal-note' : nothing}>
        <option value="">${f.t('finderAny')}</option>
        ${taxonomy.value?.[`${name}s`].map((term) => {
          const note = legal ? legality(term) : '';
          return html`<option value=${term.id} .selected=${term.id === f[name]} ?disabled=${!!(note && region)}>${term.label}${note && ` (${note})`}</option>`;
        })}
      </select>`,
      legal ? html`<p id="legal-note" class="hint">${f.t('finderLegalNote')}</p>` : nothing,
    );
  };

  const { geo } = f.places;
  const shown = filters.filter((name) => !hidden.has(name));
  const active = activeFilters(f).length;
  return html`<form part="form" class="form" role="search" aria-label=${f.t('finderSearchLabel')} @input=${f.onInput} @submit=${f.onSubmit}>
    <div class="fields">
      ${field('q', f.t('finderName'), html`<input id="q" name="q" type="search" part="input" autocomplete="off" .value=${f.q} />`)}
      ${field(
        'near',
        f.t('finderPlace'),
        f.places.render(f.near),
        html`<button type="button" part="button locate-button" class="locate" aria-describedby="geo" @click=${f.locate}>${f.t('finderUseLocation')}</button>
          <p id="geo" class="hint" role="status">${geo && f.t(geo)}</p>`,
      )}
      ${field(
        'radius',
        f.t('finderRadius'),
        html`<select id="radius" name="radius" part="input">
          ${[...new Set([...radii, f.radius])]
            .sort((a, b) => a - b)
            .map((r) => html`<option value=${r} .selected=${r === f.radius}>${f.t('finderWithin', f.distance(r))}</option>`)}
        </select>`,
      )}
    </div>
    ${taxonomy.error ? renderNotice('taxonomy-error', f.t('finderTaxonomyError'), f.t('retry'), taxonomy.run) : nothing}
    ${shown.length || !hidden.has('accepting')
      ? html`<details class="filters" part="filters">
          <summary part="filters-summary">${f.t('finderFilters')}${active ? ` (${f.i18n.number(active)})` : ''}</summary>
          <div class="grid">${shown.map(select)}${hidden.has('accepting')
              ? nothing
              : html`<label class="check" part="field label"><input type="checkbox" name="accepting" .checked=${f.accepting} /> ${f.t('finderAccepting')}</label>`}
          </div>
        </details>`
      : nothing}
    <button part="button search-button" class="primary submit">${f.t('finderSearch')}</button>
  </form>`;
}
