import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ProviderPage, ProviderSort } from '../../directory/contract.js';
import { renderCard } from './result-card.js';
import type { ProviderFinder } from './provider-finder.js';
import { activeFilters, radii } from './search-form.js';

const sorts: Array<[ProviderSort, 'finderSortRelevance' | 'finderSortDistance' | 'finderSortName' | 'finderSortAvailability']> = [
  ['relevance', 'finderSortRelevance'],
  ['distance', 'finderSortDistance'],
  ['name', 'finderSortName'],
  ['availability', 'finderSortAvailability'],
];

const pagesOf = (page: ProviderPage) => Math.max(1, Math.ceil(page.total / page.pageSize));

/** "23 providers found, page 2 of 3": what the live region announces and the results heading shows. */
function summary(f: ProviderFinder, page: ProviderPage): string {
  const { i18n } = f;
  const pages = pagesOf(page);
  const count = page.total ? i18n.term('finderCount', page.total, i18n.number(page.total)) : i18n.term('finderEmpty');
  return pages > 1 ? `${count} · ${i18n.term('finderPage', i18n.number(page.page), i18n.number(pages))}` : count;
}

/** The text of the polite live region. */
export function statusText(f: ProviderFinder): string {
  const { results } = f;
  if (results.status === TaskStatus.PENDING) return f.i18n.term('finderSearching');
  return results.status === TaskStatus.COMPLETE && results.value ? summary(f, results.value) : '';
}

function renderEmpty(f: ProviderFinder): TemplateResult {
  const t = f.i18n.term.bind(f.i18n);
  const radius = f.query?.radius;
  const wider = radius && radii.find((r) => r > radius);
  return html`<div class="empty" part="empty">
    <p>${t('finderEmptyHint')}</p>
    ${wider ? html`<button type="button" part="button widen-button" @click=${() => f.widen(wider)}>${t('finderWiden', f.distance(wider))}</button>` : nothing}
    ${activeFilters(f).length ? html`<button type="button" part="button clear-button" @click=${f.clearFilters}>${t('finderClear')}</button>` : nothing}
  </div>`;
}

/**
 * The results: a heading with the count and the sort control, the cards (keyed by provider), and
 * the pages. While a search runs, the previous results stay on screen, dimmed, and the section keeps
 * its height; an error shows the problem's own words and a Retry button.
 */
export function renderResults(f: ProviderFinder): TemplateResult | typeof nothing {
  const { results, i18n } = f;
  const t = i18n.term.bind(i18n);
  const pending = results.status === TaskStatus.PENDING;
  if (results.status === TaskStatus.INITIAL) return nothing;
  if (results.status === TaskStatus.ERROR) {
    return html`<section class="results" part="results" aria-label=${t('finderResults')}>
      <div class="notice error" part="error" role="alert">
        <p dir="auto">${f.describe(results.error)}</p>
        <button type="button" part="button retry-button" @click=${() => results.run()}>${t('retry')}</button>
      </div>
    </section>`;
  }
  const page = results.value;
  const pages = page ? pagesOf(page) : 1;
  return html`<section class="results ${pending ? 'pending' : ''}" part="results" aria-labelledby="count" aria-busy=${pending}>
    <div class="bar">
      <h2 id="count" part="count" tabindex="-1">${page ? summary(f, page) : t('finderSearching')}</h2>
      ${pending ? html`<span class="busy" part="busy" aria-hidden="true">${t('finderSearching')}</span>` : nothing}
      <label class="sort" part="field">
        <span part="label">${t('finderSort')}</span>
        <select part="input" @change=${f.onSort}>
          ${sorts.map(([value, label]) => html`<option value=${value} .selected=${value === f.sort}>${t(label)}</option>`)}
        </select>
      </label>
    </div>
    ${page?.items.length
      ? html`<ol class="cards" part="list">${repeat(page.items, (p) => p.id, (p) => renderCard(f, p))}</ol>`
      : page
        ? renderEmpty(f)
        : nothing}
    ${page && pages > 1
      ? html`<nav class="pager" part="pager" aria-label=${t('finderPages')}>
          <button type="button" part="button previous-button" ?disabled=${page.page <= 1} @click=${() => f.goto(page.page - 1)}>
            ${t('finderPrevious')}
          </button>
          <span>${t('finderPage', i18n.number(page.page), i18n.number(pages))}</span>
          <button type="button" part="button next-button" ?disabled=${page.page >= pages} @click=${() => f.goto(page.page + 1)}>
            ${t('finderNext')}
          </button>
        </nav>`
      : nothing}
  </section>`;
}
