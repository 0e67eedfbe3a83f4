import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ProviderPage } from '../../directory/contract.js';
import { renderCard } from './result-card.js';
import type { ProviderFinder } from './provider-finder.js';
import { activeFilters, radii } from './search-form.js';

const sorts = ['relevance', 'distance', 'name', 'availability'] as const;
const sortLabels = ['finderSortRelevance', 'finderSortDistance', 'finderSortName', 'finderSortAvailability'] as const;

const pagesOf = (page: ProviderPage) => Math.max(1, Math.ceil(page.total / page.pageSize));

/** "23 providers found · Page 2 of 3": what the live region announces and the results heading shows. */
function summary(f: ProviderFinder, page: ProviderPage): string {
  const n = (value: number) => f.i18n.number(value);
  const pages = pagesOf(page);
  const count = page.total ? f.t('finderCount', page.total, n(page.total)) : f.t('finderEmpty');
  return pages > 1 ? `${count} · ${f.t('finderPage', n(page.page), n(pages))}` : count;
}

/** The text of the polite live region. */
export function statusText(f: ProviderFinder): string {
  const { pending, value } = f.results;
  return pending ? f.t('finderSearching') : value ? summary(f, value) : '';
}

/** What a retry button needs: the error's words and the run to retry. */
export const renderError = (f: ProviderFinder, error: unknown, retry: () => unknown) =>
  html`<div class="notice error" part="error" role="alert"><p dir="auto">${f.describe(error)}</p>
    <button type="button" part="button retry-button" @click=${retry}>${f.t('retry')}</button></div>`;

function renderEmpty(f: ProviderFinder): TemplateResult {
  const radius = f.searches.query?.radius;
  const wider = radius && radii.find((r) => r > radius);
  return html`<div class="empty" part="empty"><p>${f.t('finderEmptyHint')}</p>
    ${wider ? html`<button type="button" part="button widen-button" @click=${() => f.widen(wider)}>${f.t('finderWiden', f.distance(wider))}</button>` : nothing}
    ${activeFilters(f).length ? html`<button type="button" part="button clear-button" @click=${f.clearFilters}>${f.t('finderClear')}</button>` : nothing}
  </div>`;
}

/**
 * The results: a heading with the count and the sort control, the cards (keyed by provider), and
 * the pages. While a search runs, the previous results stay on screen, dimmed, and the section keeps
 * its height; an error shows the problem's own words and a Retry button.
 */
export function renderResults(f: ProviderFinder): TemplateResult | typeof nothing {
  const { results } = f;
  const { pending, value: page, error } = results;
  if (!pending && error) return html`<section class="results" part="results">${renderError(f, error, results.run)}</section>`;
  if (!pending && !page) return nothing;
  const pages = page ? pagesOf(page) : 1;
  const go = (to: number, part: string, label: 'finderPrevious' | 'finderNext') =>
    html`<button type="button" part="button ${part}" ?disabled=${to < 1 || to > pages} @click=${() => f.goto(to)}>${f.t(label)}</button>`;
  return html`<section class="results ${pending ? 'pending' : ''}" part="results" aria-labelledby="count" aria-busy=${pending}>
    <div class="bar"><h2 id="count" part="count" tabindex="-1">${page ? summary(f, page) : f.t('finderSearching')}</h2>
      ${pending ? html`<span class="busy" part="busy" aria-hidden="true">${f.t('finderSearching')}</span>` : nothing}
      <label class="sort" part="field"><span part="label">${f.t('finderSort')}</span><select part="input" @change=${f.onSort}>
        ${sorts.map((sort, i) => html`<option value=${sort} .selected=${sort === f.sort}>${f.t(sortLabels[i])}</option>`)}
      </select></label></div>
    ${page?.items.length ? html`<ol class="cards" part="list">${repeat(page.items, (p) => p.id, (p) => renderCard(f, p))}</ol>` : page ? renderEmpty(f) : nothing}
    ${page && pages > 1
      ? html`<nav class="pager" part="pager" aria-label=${f.t('finderPages')}>${go(page.page - 1, 'previous-button', 'finderPrevious')}
          <span>${f.t('finderPage', f.i18n.number(page.page), f.i18n.number(pages))}</span>${go(page.page + 1, 'next-button', 'finderNext')}</nav>`
      : nothing}
  </section>`;
}
