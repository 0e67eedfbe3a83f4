import { html } from 'lit';
import { normalizeDoi } from '../../directory/doi.js';
import { doiHref, webHref } from './format/fields.js';
import type { Run } from './format/index.js';

/**
 * The text of an entry as the author wrote it, and the one renderer of runs that both the shadow
 * list and the light-DOM copy use: text nodes, `<i>`, `<a>` (http(s) only) and `<bdi>` around
 * right-to-left text. Nothing is ever read or written as HTML.
 */

/** A DOI (bare, `doi:` or a doi.org address) or an http(s) address in running text. */
const LINKABLE = /(?:\bhttps?:\/\/(?:dx\.)?doi\.org\/|\bdoi:\s?)?\b10\.\d{4,9}\/[^\s"<>]+|\bhttps?:\/\/[^\s"<>]+/gi;

/** Punctuation after an address belongs to the sentence; a closing bracket only when unbalanced. */
function trimAddress(text: string): string {
  for (;;) {
    const last = text.slice(-1);
    const open = last === ')' ? '(' : last === ']' ? '[' : '';
    if (!(/[.,;:!?'"»]/.test(last) || (open && text.split(open).length <= text.split(last).length - 1))) return text;
    text = text.slice(0, -1);
  }
}

/** Splits text into runs, with each DOI linked to doi.org and each http(s) address linked. */
export function linkify(text: string): Run[] {
  const runs: Run[] = [];
  let from = 0;
  for (const match of text.matchAll(LINKABLE)) {
    const found = trimAddress(match[0]);
    const href = normalizeDoi(found) ? doiHref(found.slice(found.indexOf('10.'))) : webHref(found);
    if (!href) continue;
    runs.push(text.slice(from, match.index), { text: found, href });
    from = match.index + found.length;
  }
  runs.push(text.slice(from));
  return runs.filter((run) => run !== '');
}

/** An author's `<li>` as runs, trimmed: its text, italics (`i`, `em`, `cite`) and links; DOIs and addresses linked. */
export function readEntry(li: Element): Run[] {
  const runs = readRuns(li, false, undefined, []);
  const last = runs.length - 1;
  if (typeof runs[0] === 'string') runs[0] = runs[0].trimStart();
  if (typeof runs[last] === 'string') runs[last] = runs[last].trimEnd();
  return runs.filter((run) => run !== '');
}

function readRuns(node: Node, italic: boolean, href: string | undefined, runs: Run[]): Run[] {
  for (const child of node.childNodes) {
    if (child instanceof Text) {
      const text = child.data.replace(/\s+/g, ' ');
      for (const run of href ? [{ text, href }] : linkify(text)) runs.push(!italic ? run : typeof run === 'string' ? { text: run, italic } : { ...run, italic });
    } else if (child instanceof Element && !/^(script|style|template)$/.test(child.localName)) {
      const link = child.localName === 'a' ? webHref(child.getAttribute('href') ?? '') : undefined;
      readRuns(child, italic || /^(i|em|cite)$/.test(child.localName), link ?? href, runs);
    }
  }
  return runs;
}

/** The first DOI of an entry, lower case (as the endpoint compares them): every DOI in its text was linked to doi.org. */
export const doiOf = (runs: readonly Run[]): string | undefined =>
  runs.map((run) => typeof run === 'object' && run.href && normalizeDoi(run.href)).find(Boolean) || undefined;

const RTL = '[\\u0590-\\u08ff\\ufb1d-\\ufdff\\ufe70-\\ufefc]';
const RTL_SPAN = new RegExp(`(${RTL}(?:[^.]*${RTL})?)`);

/** Right-to-left stretches, such as a Hebrew or Arabic title, isolated so they cannot reorder their neighbours. */
const isolate = (text: string) => text.split(RTL_SPAN).map((part, index) => (index % 2 ? html`<bdi>${part}</bdi>` : part));

export const renderRuns = (runs: readonly Run[]): unknown[] =>
  runs.map((run) => {
    if (typeof run === 'string') return isolate(run);
    const text = run.italic ? html`<i>${isolate(run.text)}</i>` : isolate(run.text);
    return run.href ? html`<a href=${run.href}>${text}</a>` : text;
  });
