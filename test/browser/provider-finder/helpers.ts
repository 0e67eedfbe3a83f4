import { fixture, waitUntil } from '@open-wc/testing';
import type { ProviderFinder } from '../../../src/components/provider-finder/provider-finder.js';
import '../../../src/index.js';

export interface LoggedRequest {
  method: string;
  path: 'taxonomy' | 'places' | 'providers' | 'provider' | 'reports';
  search: string;
  body?: Record<string, unknown>;
  ended: boolean;
  aborted: boolean;
}

/** An endpoint of the finder's test middleware, under a token of its own, and its request log. */
export function endpoint(scenario = 'ok') {
  const token = Math.random().toString(36).slice(2);
  return {
    url: `/finder/${token}/${scenario}`,
    log: async (path?: LoggedRequest['path']): Promise<LoggedRequest[]> => {
      const entries: LoggedRequest[] = await (await fetch(`/finder/${token}/log`)).json();
      return path ? entries.filter((entry) => entry.path === path) : entries;
    },
  };
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Mounts a finder with these attributes (the endpoint's URL included), `width` pixels wide. The
 * finder is the fixture's root: open-wc waits for its update, where a plain wrapper would make it
 * wait for an animation frame, which never comes while the test's tab is in the background.
 */
export async function mount(attributes: Record<string, string | boolean>, width?: number): Promise<ProviderFinder> {
  const list = Object.entries(attributes)
    .filter(([, value]) => value !== false)
    .map(([name, value]) => (typeof value === 'string' ? `${name}="${escape(value)}"` : name));
  if (width) list.push(`style="width: ${width}px"`);
  return fixture<ProviderFinder>(`<provider-finder ${list.join(' ')}></provider-finder>`);
}

/** Waits for a condition; generous, since three engines share two cores. Never a timing assertion. */
export const until = (predicate: () => unknown, message?: string, timeout = 5000) => waitUntil(predicate, message, { timeout });

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in the finder`);
  return found;
};
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element in the finder that has focus. */
export const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** The names on the result cards, in order. */
export const names = (el: Element) => $$(el, '[part~="card-button"]').map(text);

/** The polite live region's text. */
export const status = (el: Element) => text($(el, '[role=status][part=status]'));

/** Waits until the taxonomy filled the filters. */
export const filtersReady = (el: Element, select = '#service') =>
  until(() => $$(el, `${select} option`).length > 1, 'the filters did not load');

/** Is the element rendered? (False inside a closed disclosure, which is `content-visibility: hidden`.) */
export const shown = (el: Element, selector: string) => $(el, selector).checkVisibility();

/** Waits until no search is running and results, an empty state or an error are on screen. */
export const settled = (el: Element) =>
  until(() => !el.shadowRoot!.querySelector('[aria-busy="true"]') && el.shadowRoot!.querySelector('.cards, .empty, [part=error]'), 'the search did not settle');

/** Sets a field as a person would (its value, then an input event). */
export function fill(el: Element, selector: string, value: string | boolean): void {
  const field = $<HTMLInputElement>(el, selector);
  if (typeof value === 'boolean') field.checked = value;
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export async function search(el: ProviderFinder): Promise<void> {
  $(el, '[part~="search-button"]').click();
  await el.updateComplete;
  await settled(el);
}

/** Chooses a sort order, and waits for its results. */
export async function sortBy(el: ProviderFinder, sort: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, '[part~="results"] select');
  select.value = sort;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await settled(el);
}
