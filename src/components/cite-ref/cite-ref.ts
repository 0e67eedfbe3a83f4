import { html, LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { markers, relink, type Citation, type Marker } from '../article-references/links.js';
import { css } from '../../styles/css.js';
import { define } from '../../internal/define.js';
import { LocalizeController } from '../../internal/localize.js';
import type { Messages } from '../../translations/en.js';

/**
 * A citation marker in the text of an article, numbered by its `<article-references>` block.
 *
 * @summary An inline citation: "[3]", with a preview of the reference on hover and focus.
 * @tag cite-ref
 *
 * @slot - Shown only when the marker is not (yet) numbered: without JavaScript, or when no entry matches `ref`. For example `<a href="#refs">[3]</a>`.
 *
 * @csspart marker - The link that shows the number and moves focus to the entry.
 * @csspart preview - The formatted reference, shown while the marker is hovered or focused.
 *
 * @cssprop --dw-link-color - The number. Default: the accent colour, `#0b57a4`.
 * @cssprop --dw-focus-color - The focus ring. Default: the accent colour.
 * @cssprop --dw-surface-color - The preview's background. Default `Canvas` (white on a light page).
 * @cssprop --dw-text-color - The preview's text. Default `CanvasText`.
 * @cssprop --dw-border-color - The preview's border. Default `#6b7280`.
 * @cssprop --dw-radius - The preview's corners. Default `0.5rem`.
 */
export class CiteRef extends LitElement implements Marker {
  static override properties: PropertyDeclarations = {
    ref: {},
    for: {},
    messages: { attribute: false },
    citation: { state: true },
    open: { state: true },
  };
  /** The default tag name. */
  static readonly tagName = 'cite-ref';
  /** @internal Focusing the host focuses its link. */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = css`
    :host {
      display: inline;
    }
    a {
      color: var(--dw-link-color, var(--dw-accent-color, #0b57a4));
      white-space: nowrap;
    }
    a:focus-visible {
      outline: 2px solid var(--dw-focus-color, var(--dw-accent-color, #0b57a4));
    }
    .ama {
      vertical-align: super;
      font-size: 0.75em;
      line-height: 0;
    }
    /* A manual popover: the top layer, shown and hidden by updated(), placed by place(). */
    [part='preview'] {
      inset: var(--y) auto auto var(--x);
      box-sizing: border-box;
      width: max-content;
      max-width: min(32rem, calc(100% - 1rem));
      max-height: calc(100% - 1rem);
      margin: 0;
      padding: 0.6rem 0.8rem;
      border: 1px solid var(--dw-border-color, #6b7280);
      border-radius: var(--dw-radius, 0.5rem);
      background: var(--dw-surface-color, Canvas);
      color: var(--dw-text-color, CanvasText);
      box-shadow: 0 0.25rem 1rem #0003;
      font-size: 0.875em;
      font-style: normal;
      font-weight: normal;
      line-height: 1.45;
      text-align: start;
    }
    strong {
      display: block;
      margin-top: 0.4em;
    }
    @media print {
      [part='preview'] {
        display: none !important;
      }
    }
  `;

  /** The cited reference: a DOI (in any form), an `id` of the block's CSL-JSON, a `dois` entry, or the `id` of an `<li>`. */
  ref = '';
  /** The `id` of the `<article-references>` block; without it, the first block of the page. */
  for = '';
  /** Messages that replace the built-in ones for this element. */
  messages: Partial<Messages> = {};
  /** @internal What the block says this marker shows. */
  citation: Citation | undefined;
  private open = false;

  private readonly localize = new LocalizeController(this);
  private hovered = false;
  private closing?: ReturnType<typeof setTimeout>;

  /** Registers the element under `tagName` unless that name is taken. Returns whether it did. */
  static define(tagName?: string): boolean {
    return define(tagName ?? this.tagName, this);
  }

  constructor() {
    super();
    this.addEventListener('mouseenter', () => {
      this.hovered = true;
      this.show();
    });
    // A moment's grace, so that the pointer can move onto the preview.
    this.addEventListener('mouseleave', () => {
      this.hovered = false;
      this.closing = setTimeout(() => (this.open = this.matches(':focus-within')), 300);
    });
    this.addEventListener('focusin', () => this.show());
    this.addEventListener('focusout', () => (this.open = this.hovered));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    markers.add(this);
    relink();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    markers.delete(this);
    this.open = false;
    this.citation = undefined;
    relink();
  }

  private show(): void {
    clearTimeout(this.closing);
    this.open = !!this.citation;
  }

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.open = false;
  };

  /** Keeps the preview inside the viewport: below the marker, else above it, else as low as it fits. */
  private readonly place = () => {
    const preview = this.renderRoot.querySelector<HTMLElement>('[part=preview]');
    const marker = this.renderRoot.querySelector('a')?.getBoundingClientRect();
    if (!preview || !marker) return;
    const { width, height } = preview.getBoundingClientRect();
    const right = document.documentElement.clientWidth - width - 8;
    const below = marker.bottom + 4;
    const above = marker.top - height - 4;
    // CSSOM, not a style attribute: allowed under a strict style-src.
    preview.style.setProperty('--x', `${Math.max(8, Math.min(marker.left, right))}px`);
    preview.style.setProperty('--y', `${below + height <= innerHeight - 8 ? below : above >= 8 ? above : Math.max(8, innerHeight - height - 8)}px`);
  };

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ref') || changed.has('for')) relink();
    // A marker whose entry went away has nothing to preview.
    this.open &&= !!this.citation;
  }

  override updated(): void {
    try {
      // The top layer escapes the page's overflow and stacking.
      this.renderRoot.querySelector<HTMLElement>('[part=preview]')?.togglePopover(this.open);
    } catch {
      // An engine that throws when the popover is already shown or hidden.
    }
    const listen = this.open ? addEventListener : removeEventListener;
    listen('keydown', this.onKey, true);
    listen('scroll', this.place, true);
    listen('resize', this.place);
    if (this.open) this.place();
  }

  // A tooltip is named by its text, which lit-a11y cannot see inside an expression.
  /* eslint-disable lit-a11y/accessible-name */
  override render() {
    const { citation } = this;
    if (!citation) return html`<slot></slot>`;
    const { number, format } = citation;
    return html`<a
        part="marker"
        class=${format}
        href=${citation.href}
        role="doc-biblioref"
        aria-label=${this.localize.term('referenceLabel', number)}
        aria-describedby="preview"
        @click=${(event: Event) => {
          event.preventDefault();
          this.open = this.hovered = false;
          citation.go();
        }}
        >${format === 'apa' ? `[${number}]` : format === 'vancouver' ? `(${number})` : number}</a
      ><span part="preview" id="preview" role="tooltip" popover="manual"
        >${citation.text}${citation.notes.map((note) => html`<strong>${note}</strong>`)}</span
      >`;
  }
  /* eslint-enable lit-a11y/accessible-name */
}
