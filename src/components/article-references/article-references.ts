import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { CslItem, ExportFormat } from '../../directory/contract.js';
import { toCslJson } from '../../directory/csl-json.js';
import { EXPORT_FILES } from '../../directory/export-files.js';
import { DirectoryElement } from '../../internal/directory-element.js';
import { sharedStyles } from '../../styles/shared.js';
import { referencesStyles } from './article-references.styles.js';
import { collectEntries, key, notices, sortByAuthor, type Entry } from './entries.js';
import { doiOf, readEntry, renderRuns } from './entry-text.js';
import { LightCopy } from './light-copy.js';
import { ReferencesCopyEvent, ReferencesExportEvent, ReferencesReadyEvent } from './events.js';
import { webHref } from './format/fields.js';
import { describeType, type CitationFormat, type Run } from './format/index.js';
import { blocks, byPosition, markers, relink } from './links.js';
import { download } from './tools.js';

type Phase = 'resolving' | 'ready' | 'unchecked';

/** The downloads' labels. BibTeX and RIS are written by the endpoint; CSL-JSON here, with or without one. */
const EXPORTS: Record<ExportFormat, string> = { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' };

const letter = (index: number) => (index < 26 ? String.fromCharCode(97 + index) : String(index + 1));

let markerIds = 0;

/**
 * A numbered, linked reference list for an article, from the author's own `<ol>`, inline
 * CSL-JSON, or DOIs resolved through the directory endpoint. Formats APA 7 (default), AMA or
 * Vancouver; shows retractions and corrections; copies and exports; numbers the `<cite-ref>`
 * markers of the article and links them both ways.
 *
 * @summary A trustworthy reference list with citation markers, previews, copy and export.
 * @tag article-references
 *
 * @slot - An `<ol>` or `<ul>` of references as plain text (shown as written without JavaScript), and/or a `<script type="application/json">` with CSL-JSON. Neither is displayed once the element runs: it keeps the list, written out in full, for reader modes and search engines.
 *
 * @fires {ReferencesReadyEvent} references-ready - The entries are final (resolved, or shown as written); `event.count`.
 * @fires {ReferencesCopyEvent} references-copy - A reader copied one entry or the whole list; `event.text`, `event.scope` (`entry` or `all`).
 * @fires {ReferencesExportEvent} references-export - A download is about to start, its file ready (BibTeX and RIS come from the endpoint: the event follows its answer); `event.format` (`bibtex`, `ris`, `csl-json`), `event.filename`, `event.text`. Cancelable: `preventDefault()` stops the download.
 * @fires {Event} loadstart - A call to the directory started (resolving the references, or a BibTeX or RIS file). Does not bubble.
 * @fires {Event} load - A call to the directory succeeded. Does not bubble.
 * @fires {LoadErrorEvent} error - A call to the directory failed; `event.error` is the `DirectoryError`. Does not bubble.
 * @fires {Event} loadend - A call to the directory ended, either way. Does not bubble.
 *
 * @csspart base - The `doc-bibliography` section around everything.
 * @csspart heading - The heading.
 * @csspart notice - The polite notice that the references could not be checked, or that a download failed.
 * @csspart toolbar - "Copy all" and the downloads (BibTeX and RIS only with an endpoint).
 * @csspart button - Every button: `copy-all-button`, `export-button`, `copy-button`.
 * @csspart list - The `<ol>` of entries.
 * @csspart entry - One entry (`<li>`); it takes focus when a marker is followed.
 * @csspart citation - The formatted reference.
 * @csspart flag - A retraction, correction or expression of concern, also `flag-retraction`, `flag-correction`, `flag-expression-of-concern`.
 * @csspart details - The line under a reference: its type, the free copy, the back-links and "Copy".
 * @csspart type - The kind of source, in words.
 * @csspart open-access - The link to a free copy.
 * @csspart backlinks - "Cited at" and the back-links.
 * @csspart backlink - One back-link (a, b, c…) to a marker in the text.
 * @csspart copied - "Copied", beside the button that copied.
 * @csspart status - The visually hidden live region that announces copying.
 *
 * @cssprop --dw-accent-color - Buttons, links and focus rings. Default `#0b57a4`.
 * @cssprop --dw-link-color - Links. Default: the accent colour.
 * @cssprop --dw-text-color - Text. Default: the host page's.
 * @cssprop --dw-font-family - Font. Default: the host page's.
 * @cssprop --dw-muted-color - The details line. Default: the text colour.
 * @cssprop --dw-focus-color - Focus rings, and the followed entry's outline. Default: the accent colour.
 * @cssprop --dw-danger-color - Retractions and expressions of concern. Default `#a3221b`.
 * @cssprop --dw-success-color - "Copied". Default `#1a6437`.
 * @cssprop --dw-border-color - The notice's border. Default `#6b7280`.
 * @cssprop --dw-radius - Corners. Default `0.5rem`.
 */
export class ArticleReferences extends DirectoryElement {
  static override properties: PropertyDeclarations = {
    format: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    dois: {},
    start: { type: Number },
    sort: {},
    structuredData: { attribute: 'structured-data', type: Boolean },
    withoutCopy: { attribute: 'without-copy', type: Boolean },
    withoutExport: { attribute: 'without-export', type: Boolean },
    items: { attribute: false },
    links: { state: true },
    written: { state: true },
    resolved: { state: true },
    phase: { state: true },
    copied: { state: true },
    announcement: { state: true },
    failure: { state: true },
  };
  /** The default tag name. */
  static readonly tagName = 'article-references';
  static override styles = [sharedStyles, referencesStyles];

  /** The citation style: `apa` (APA 7), `ama` (AMA 11) or `vancouver`. */
  format: CitationFormat = 'apa';
  /** The heading's text. Default: "References" in the widget's language. */
  heading = '';
  /** The heading's level, 1 to 6. */
  headingLevel = 2;
  /** Ids to resolve through the endpoint, separated by spaces: DOIs, `pmid:…`, `isbn:…`. */
  dois = '';
  /** The number of the first entry. */
  start = 1;
  /** The order: empty for as written (list items, inline CSL-JSON, then `dois`); `appearance` for the order of first citation in the document; `author` for author, then year. */
  sort: '' | 'appearance' | 'author' = '';
  /** Adds JSON-LD (`schema.org` `citation`) for the references to the page, inside the element. */
  structuredData = false;
  /** Hides the copy buttons. */
  withoutCopy = false;
  /** Hides the downloads. */
  withoutExport = false;
  /** CSL-JSON references, listed after the written ones. Starts as the content of a `<script type="application/json">` child. */
  items: CslItem[] = [];

  /** @internal Changed when markers come, go or change. */
  links = 0;
  private written?: Array<{ li: HTMLLIElement; runs: Run[] }>;
  private resolved = new Map<string, CslItem>();
  private phase: Phase = 'resolving';
  private copied = '';
  private announcement = '';
  /** Why the last copy or download failed, for the notice. */
  private failure = '';

  private readonly lightCopy = new LightCopy(this);
  private entries: Entry[] = [];
  private abort?: AbortController;
  private copiedTimer?: ReturnType<typeof setTimeout>;
  /** Whether `references-ready` is due once the entries are final. */
  private settled = false;

  /** The references in their final order, as the data the widget has for them (text-only entries have none). */
  get references(): CslItem[] {
    return this.entries.flatMap((entry) => (entry.item ? [entry.item] : []));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    blocks.add(this);
    // Markers link here, and name a block with `for`.
    for (let n = 1; !this.id; n++) if (!document.getElementById(`references${n > 1 ? n : ''}`)) this.id = `references${n > 1 ? n : ''}`;
    // A parser may connect the element before its children arrive.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', this.read);
    else this.read();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('DOMContentLoaded', this.read);
    blocks.delete(this);
    this.abort?.abort();
    relink();
  }

  /** Reads the author's list and inline CSL-JSON, once. */
  private readonly read = (): void => {
    if (this.written) return;
    const list = (this.lightCopy.list = this.querySelector<HTMLOListElement>(':scope > ol, :scope > ul') ?? undefined);
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script && !this.items.length) {
      try {
        const data: unknown = JSON.parse(script.textContent ?? '');
        this.items = (Array.isArray(data) ? data : [data]) as CslItem[];
      } catch {
        console.warn(`<${this.localName}>: its <script type="application/json"> is not valid JSON.`);
      }
    }
    this.written = [...(list?.children ?? [])].flatMap((li) => (li instanceof HTMLLIElement ? [{ li, runs: readEntry(li) }] : []));
  };

  /** The ids to resolve: the first DOI of each written entry, then `dois`. */
  private get ids(): string[] {
    return [...new Set([...(this.written ?? []).map(({ runs }) => doiOf(runs)), ...this.dois.split(/\s+/)].filter((id): id is string => !!id))];
  }

  private async resolve(): Promise<void> {
    this.abort?.abort();
    this.resolved = new Map();
    const ids = this.ids;
    this.settled = true;
    if (!this.endpoint || !ids.length) {
      this.phase = 'ready';
      return;
    }
    const abort = (this.abort = new AbortController());
    this.phase = 'resolving';
    try {
      const { items } = await this.track(this.client.resolveReferences(ids, { signal: abort.signal, lang: this.localize.lang }));
      this.resolved = new Map(items.map((item) => [key(item.id), item]));
      this.phase = 'ready';
    } catch {
      // The list stays useful as written; a polite notice says it was not checked.
      if (!abort.signal.aborted) this.phase = 'unchecked';
    }
  }

  /** Finds the markers that cite this block, numbers them, and orders entries by appearance if asked. */
  private link(entries: Entry[]): void {
    const [first] = [...blocks].filter((block) => block.isConnected).sort(byPosition);
    const ordered = [...markers].sort(byPosition);
    for (const marker of ordered) {
      if (!marker.isConnected || (marker.for ? marker.for !== this.id : first !== this)) continue;
      const name = key(marker.ref);
      const entry = entries.find((candidate) => candidate.keys.includes(name));
      if (entry) entry.markers.push(marker);
      else marker.citation = undefined;
    }
    if (this.sort === 'appearance') {
      const seen = (entry: Entry) => (entry.markers[0] ? ordered.indexOf(entry.markers[0]) : Infinity);
      entries.sort((a, b) => seen(a) - seen(b));
    }
    const { lang } = this.localize;
    entries.forEach((entry, index) => {
      const number = (entry.number = String(this.start + index));
      entry.notices = notices(entry.item, lang, (type, date) => this.localize.term('statusFlag', type, date));
      const notes = entry.notices.map(({ text, label }) => (label ? `${text}: ${label}` : text));
      for (const marker of entry.markers) {
        // Back-links are real links to the markers, which live in the page.
        marker.id ||= `cite-ref-${++markerIds}`;
        const old = marker.citation;
        // JSON leaves out go(), which only changes with the number.
        const citation = { number, text: entry.text, notes, format: this.format, href: `#${this.id}`, go: () => this.focusEntry(number) };
        if (JSON.stringify(citation) !== JSON.stringify(old)) marker.citation = citation;
      }
    });
  }

  override willUpdate(changed: PropertyValues): void {
    if (this.written && (changed.has('written') || changed.has('endpoint') || changed.has('dois'))) void this.resolve();
    if (changed.has('items')) this.settled = true;
    const entries = collectEntries(this.written ?? [], this.items, this.dois, this.resolved, this.format);
    if (this.sort === 'author') sortByAuthor(entries, this.localize.lang);
    this.link((this.entries = entries));
  }

  override updated(): void {
    if (!this.written) return;
    const final = this.phase !== 'resolving';
    this.lightCopy.write(this.entries, this.start, this.structuredData && final);
    if (final && this.settled) {
      this.settled = false;
      this.emit(new ReferencesReadyEvent(this.entries.length));
    }
  }

  /** dispatchEvent, out of sight of the manifest analyzer, which takes `new X(a)` for an event named a: the @fires tags describe them. */
  private emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  private async focusEntry(number: string): Promise<void> {
    await this.updateComplete;
    const entry = this.renderRoot.querySelector<HTMLElement>(`[part~='entry'][value='${number}']`);
    entry?.focus({ preventScroll: true });
    entry?.scrollIntoView({ block: 'center' });
  }

  /** Copies one entry (its number) or the whole list (no number). */
  private async copy(text: string, number?: string): Promise<void> {
    let done = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No Clipboard API (a page that is not https nor localhost), or the browser refused.
      done = false;
    }
    // Emptied first, so that the same message is announced again.
    this.announcement = this.failure = '';
    await this.updateComplete;
    if (done) this.announcement = this.localize.term('copied', number);
    else this.failure = this.localize.term('copyFailed');
    this.copied = done ? (number ?? 'all') : '';
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => (this.copied = ''), 4000);
    if (done) this.emit(new ReferencesCopyEvent(text, number ? 'entry' : 'all'));
  }

  /** Downloads the entries that have data: BibTeX and RIS as the endpoint writes them, CSL-JSON as the widget does. */
  private async export(format: ExportFormat): Promise<void> {
    const [extension, type] = EXPORT_FILES[format];
    const filename = `references.${extension}`;
    const items = this.references;
    this.failure = '';
    try {
      const text = format === 'csl-json' ? toCslJson(items) : await this.track(this.client.exportReferences(items, format));
      if (this.emit(new ReferencesExportEvent(format, filename, text))) download(filename, text, type);
    } catch {
      // The list stays as it is; the notice says the file could not be made.
      await this.updateComplete;
      this.failure = this.localize.term('exportFailed');
    }
  }

  /** "Copied" beside the button, for the eye; the live region says it to everyone else. */
  private renderCopied(which: string) {
    return this.copied === which ? html`<span part="copied" aria-hidden="true">${this.localize.term('copiedShort')}</span>` : nothing;
  }

  private renderEntry(entry: Entry) {
    const t = this.localize;
    const { item, number } = entry;
    const free = item && webHref(String(item.openAccessUrl ?? ''));
    return html`<li part="entry" value=${number} tabindex="-1">
      <span part="citation">${renderRuns(entry.runs)}</span>
      ${entry.notices.map(
        (flag) => html`<p part="flag flag-${flag.type}" class="flag ${flag.type}">
          <strong>${flag.text}</strong>${flag.label ? `: ${flag.label}` : ''}
          ${flag.href ? html`<a href=${flag.href}>${t.term('statusNotice')}</a>` : nothing}
        </p>`,
      )}
      <span part="details" class="details">
        ${item ? html`<span part="type">${t.term('sourceType', describeType(item))}</span>` : nothing}
        ${free ? html`<a part="open-access" href=${free}>${t.term('openAccess')}</a>` : nothing}
        ${entry.markers.length
          ? html`<span part="backlinks">${t.term('citedAt')}
              ${entry.markers.map(
                (marker, index) =>
                  html`<a part="backlink" role="doc-backlink" href="#${marker.id}" aria-label=${t.term('backToCitation', letter(index), number)}
                    @click=${(event: Event) => {
                      event.preventDefault();
                      marker.focus();
                    }}>${letter(index)}</a
                  >`,
              )}</span
            >`
          : nothing}
        ${this.withoutCopy
          ? nothing
          : html`<button part="button copy-button" aria-label=${t.term('copyReference', number)} @click=${() => this.copy(entry.text, number)}>
                ${t.term('copy')}</button
              >${this.renderCopied(number)}`}
      </span>
    </li>`;
  }

  override render() {
    if (!this.written) return nothing;
    const t = this.localize;
    const plain = this.format !== 'apa';
    const all = this.entries.map((entry) => (plain ? `${entry.number}. ` : '') + entry.text).join('\n');
    const exportable = !this.withoutExport && this.references.length > 0;
    const notice = [this.phase === 'unchecked' ? t.term('referencesUnchecked') : '', this.failure].join(' ').trim();
    // An ARIA heading: its level is an attribute, where a native one would need a tag per level.
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<section part="base" role="doc-bibliography" aria-labelledby="heading">
      <div part="heading" id="heading" role="heading" aria-level=${level}>${this.heading || t.term('referencesHeading')}</div>
      <p part="notice" role="status" class=${notice ? 'notice' : 'visually-hidden'}>${notice}</p>
      ${this.withoutCopy && !exportable
        ? nothing
        : html`<div part="toolbar" class="toolbar">
            ${this.withoutCopy ? nothing : html`<button part="button copy-all-button" @click=${() => this.copy(all)}>${t.term('copyAll')}</button>${this.renderCopied('all')}`}
            ${exportable
              ? html`<span id="download">${t.term('download')}</span>
                  <span role="group" aria-labelledby="download" class="toolbar">
                    ${(this.endpoint ? (Object.keys(EXPORTS) as ExportFormat[]) : (['csl-json'] as const)).map(
                      (format) => html`<button part="button export-button" @click=${() => this.export(format)}>${EXPORTS[format]}</button>`,
                    )}
                  </span>`
              : nothing}
          </div>`}
      <ol part="list" start=${this.start} aria-busy=${this.phase === 'resolving'}>
        ${this.entries.map((entry) => this.renderEntry(entry))}
      </ol>
      <p part="status" class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }
}
