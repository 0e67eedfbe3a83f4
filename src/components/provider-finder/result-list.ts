import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ProviderPage, ProviderSort } from '../../directory/contract.js';
import { messageKey } from './message-key.js';
import type { ProviderFinder } from './provider-finder.js';
import { renderCard } from './result-card.js';
import { renderNotice } from './render-notice.js';
import { activeFilters, radii } from './search-form.js';

const sorts: ProviderSort[] = ['relevance', 'distance', 'name', 'availability'];

const pagesOf = (page: ProviderPage) => Math.max(1, Math.ceil(page.total / page.pageSize));

/** "Page 2 of 3". */
const pageOf = (f: ProviderFinder, page: ProviderPage) => f.t('finderPage', f.i18n.number(page.page), f.i18n.number(pagesOf(page)));

/** "23 providers found · Page 2 of 3": what the live region announces and the results heading shows. */
function summary(f: ProviderFinder, page: ProviderPage): string {
  const count = page.total ? f.t('finderCount', page.total, f.i18n.number(page.total)) : f.t('finderEmpty');
  return pagesOf(page) > 1 ? `${count} · ${pageOf(f, page)}` : count;
}

/** The text of the polite live region. */
export function statusText(f: ProviderFinder): string {
  const { pending, value } = f.results;
  return pending ? f.t('finderSearching') : value ? summary(f, value) : '';
}

function renderEmpty(f: ProviderFinder): TemplateResult {
  const radius = f.searches.query?.radius;
  const wider = radius && radii.find((r) => r > radius);
  return html`<div class="empty" part="empty"><p>${f.t('finderEmptyHint')}</p>
    ${wider ? html`<button type="button" part="button widen-button" @click=${() => f.widen(wider)}>${f.t('finderWiden', f.distance(wider))}</button>` : nothing}
    ${activeFilters(f).length ? html`<button type="button" part="button clear-button" @click=${f.clearFilters}>${f.t('finderClear')}</button>` : nothing}
  </div>`;
}

/** The previous and next page buttons, with "Page 2 of 3" between them. */
function renderPager(f: ProviderFinder, page: ProviderPage): TemplateResult {
  const go = (to: number, part: string, label: 'finderPrevious' | 'finderNext') =>
    html`<button type="button" part="button ${part}" ?disabled=${to < 1 || to > pagesOf(page)} @click=${() => f.goto(to)}>${f.t(label)}</button>`;
  return html`<nav class="pager" part="pager" aria-label=${f.t('finderPages')}>${go(page.page - 1, 'previous-button', 'finderPrevious')}
    <span>${pageOf(f, page)}</span>${go(page.page + 1, 'next-button', 'finderNext')}</nav>`;
}

/**
 * The results: a heading with the count and the sort control, the cards (keyed by provider), and
 * the pages. While a search runs, the previous results stay on screen, dimmed (`aria-busy`, and the
 * live region says "Searching…"), and the section keeps its height; an error shows the problem's own
 * words and a Retry button.
 */
export function renderResults(f: ProviderFinder): TemplateResult | typeof nothing {
  const { pending, value: page, error, run } = f.results;
  if (!pending && error) return html`<section class="results" part="results">${renderNotice('error', f.describe(error), f.t('retry'), run)}</section>`;
  if (!pending && !page) return nothing;
  return html`<section class="results ${pending ? 'pending' : ''}" part="results" aria-labelledby="count" aria-busy=${pending}>
    <div class="bar"><h2 id="count" part="count" tabindex="-1">${page ? summary(f, page) : f.t('finderSearching')}</h2>
      <label class="sort" part="field"><span part="label">${f.t('finderSort')}</span><select part="input" @change=${f.onSort}>
        ${sorts.map((sort) => html`<option value=${sort} .selected=${sort === f.sort}>${f.t(messageKey('finderSort', sort))}</option>`)}
      </select></label></div>
    ${page?.items.length ? html`<ol class="cards" part="list">${page.items.map((p) => keyed(p.id, renderCard(f, p)))}</ol>` : page ? renderEmpty(f) : nothing}
    ${page && pagesOf(page) > 1 ? renderPager(f, page) : nothing}
  </section>`;
}
