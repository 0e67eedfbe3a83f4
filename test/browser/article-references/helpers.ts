import { fixture, fixtureSync, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/index.js';
import type { ArticleReferences } from '../../../src/components/article-references/article-references.js';
import type { CslItem } from '../../../src/directory/contract.js';

export const shadow = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const one = (el: Element, selector: string): HTMLElement => {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
};
export const entries = (el: Element) => shadow(el, '[part~=entry]');
export const citationTexts = (el: Element) => shadow(el, '[part~=citation]').map((citation) => citation.textContent!.replace(/\s+/g, ' ').trim());

/**
 * Renders a template and waits for the Lit elements in it, not for an animation frame as
 * `fixture()` does for other elements: a test page in a background tab gets none.
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const el = fixtureSync<T>(template);
  await Promise.all([el, ...el.querySelectorAll('*')].map((node) => (node as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  return el;
}

/** Renders a block (or something holding one) and waits for its first `references-ready`. */
export async function ready(template: TemplateResult): Promise<ArticleReferences> {
  // Without an endpoint the event comes during the first update, before fixture() returns.
  const fired = new Promise<Event>((resolve) => document.addEventListener('references-ready', resolve, { once: true }));
  await fixture(template);
  const el = (await fired).target as ArticleReferences;
  await el.updateComplete;
  return el;
}

/**
 * An element's content in the oracle's form (`test/references/normalized-html.ts`): italics as
 * `<i>`, every other element as its text, whitespace collapsed. Comments (Lit's markers) are not text.
 */
export function normalisedHtml(node: Node): string {
  const walk = (parent: Node): string =>
    [...parent.childNodes]
      .map((child) => {
        if (child.nodeType === Node.TEXT_NODE) return child.textContent ?? '';
        if (!(child instanceof Element)) return '';
        return child.localName === 'i' ? `<i>${walk(child)}</i>` : walk(child);
      })
      .join('');
  return walk(node).replace(/<\/i><i>/g, '').replace(/\s+/g, ' ').trim();
}

/** The reference endpoint that the test runner serves, and a copy of it that a test can switch off. */
export const ENDPOINT = '/api/v1';
export async function switchableEndpoint(): Promise<{ endpoint: string; down(): Promise<void> }> {
  const token = `refs-${Math.random().toString(36).slice(2)}`;
  return {
    endpoint: `/faulty/${token}/api/v1`,
    down: async () => void (await fetch(`/test-api/faults/${token}?mode=down`, { method: 'POST' })),
  };
}

export const SEED_DOIS = ['10.1007/s44192-022-00012-3', '10.7759/cureus.18910', '10.1176/appi.ajp.2017.17040472'];

export async function seedItems(): Promise<CslItem[]> {
  const response = await fetch(`${ENDPOINT}/references/resolve`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ids: SEED_DOIS }) });
  return ((await response.json()) as { items: CslItem[] }).items;
}

/** Real input in every engine, through `test/support/input-plugin.mjs`. */
const input = (payload: Record<string, unknown>) => executeServerCommand('dw-input', payload);
export const press = (key: string, control = false) => input({ press: key, control });
/**
 * Brings the test's tab to the front, so that focus and hover work as they do for people, and keeps
 * it there until the test ends (other files wait). Every input command does the same.
 */
export const toFront = () => input({ front: true });
export const letGo = () => input({ release: true });
// Every test of a file that uses these helpers lets go of the foreground when it ends.
afterEach(() => letGo());
const centre = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
};
export const pointAt = (target: Element | [number, number]) => input({ move: Array.isArray(target) ? target : centre(target) });
export const clickOn = (target: Element) => input({ click: centre(target) });

/** WebKit, driven through WebDriver: no viewport resizing from a test. */
export const webdriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);

/** waitUntil with room for a loaded machine: three browsers and the test server share two cores. */
export const until = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 10_000 });
