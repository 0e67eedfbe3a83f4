import type { CslItem, StatusUpdate } from '../../directory/contract.js';
import { normalizeDoi } from '../../directory/doi.js';
import { doiOf, linkify } from './entry-text.js';
import { doi, doiHref } from './format/fields.js';
import { formatReference, toPlainText, type CitationFormat, type Run } from './format/index.js';
import type { Marker } from './links.js';

/** One reference as the block shows it. */
export interface Entry {
  /** Every name a marker may cite it by: DOIs (normalised), ids, the `<li>`'s id, lower case. */
  keys: string[];
  item?: CslItem;
  /** The author's own `<li>`, and its text as runs. */
  li?: HTMLLIElement;
  written?: Run[];
  /** What is shown: the formatted reference, else the text as written. */
  runs: Run[];
  text: string;
  /** Its number, once the order is final. */
  number: string;
  notices: Notice[];
  markers: Marker[];
}

/** The name a marker or an entry is matched by: a DOI in any of its forms, else the text, in lower case. */
export const key = (value: unknown): string => (typeof value === 'string' ? (normalizeDoi(value) ?? value.trim().toLowerCase()) : '');

/**
 * The entries in the written order: the author's list items, then the CSL-JSON items, then the
 * `dois`. A reference named twice (the same DOI or id) is listed once, with the data found for it.
 */
export function collectEntries(
  written: ReadonlyArray<{ li: HTMLLIElement; runs: Run[] }>,
  items: readonly CslItem[],
  dois: string,
  resolved: ReadonlyMap<string, CslItem>,
  format: CitationFormat,
): Entry[] {
  const entries: Entry[] = [];
  const add = (names: unknown[], item: CslItem | undefined, written?: Run[], li?: HTMLLIElement) => {
    const keys = [...names, item?.id, item?.DOI].map(key).filter(Boolean);
    const same = entries.find((other) => keys.some((name) => other.keys.includes(name)));
    if (same) {
      same.item ??= item;
      same.keys.push(...keys);
    } else {
      entries.push({ keys, item, li, written, runs: [], text: '', number: '', notices: [], markers: [] });
    }
  };
  for (const { li, runs } of written) {
    const doi = doiOf(runs);
    add([li.id, doi], resolved.get(key(doi)), runs, li);
  }
  for (const item of items) if (item && typeof item === 'object' && !Array.isArray(item)) add([], item);
  for (const id of dois.split(/\s+/)) if (id) add([id], resolved.get(key(id)), linkify(id));
  for (const entry of entries) {
    entry.runs = entry.item ? formatReference(entry.item, format) : (entry.written ?? []);
    entry.text = toPlainText(entry.runs).trim();
  }
  return entries;
}

/** By first author (or editor, or title), given names, then year; entries known only by their text, by it. */
export function sortByAuthor(entries: Entry[], lang: string): void {
  const { compare } = new Intl.Collator(lang, { numeric: true });
  const sortKey = ({ item, text }: Entry) => {
    const name = item?.author?.[0] ?? item?.editor?.[0];
    return item ? [name?.family ?? name?.literal ?? item.title, name?.given, item.issued?.['date-parts']?.[0]?.[0]].join(' ') : text;
  };
  entries.sort((a, b) => compare(sortKey(a), sortKey(b)));
}

/** A retraction, correction or expression of concern, as the entry shows it. */
export interface Notice {
  type: StatusUpdate['type'];
  /** "Retracted on 5 June 2020". */
  text: string;
  /** The endpoint's description of the notice. */
  label: string;
  /** The notice's own DOI link. */
  href?: string;
}

const NOTICE_TYPES = ['retraction', 'correction', 'expression-of-concern'];

/** The item's `status.updates` that the widget knows, with dates in the widget's language. */
export function notices(item: CslItem | undefined, lang: string, describe: (type: Notice['type'], date: string) => string): Notice[] {
  const updates: unknown = item?.status?.updates;
  return (Array.isArray(updates) ? (updates as StatusUpdate[]) : [])
    .filter((update) => NOTICE_TYPES.includes(update?.type))
    .map(({ type, date, label, DOI }) => {
      const time = Date.parse(String(date));
      const when = time ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(time) : '';
      const notice = doi({ DOI } as CslItem);
      return { type, text: describe(type, when), label: typeof label === 'string' ? label : '', href: normalizeDoi(notice) ? doiHref(notice) : undefined };
    });
}
