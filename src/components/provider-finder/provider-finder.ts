import { html, nothing, type PropertyDeclarations } from 'lit';
import type { DistanceUnit, Place, ProviderSort, ProviderSummary, TaxonomyKind } from '../../directory/contract.js';
import { DirectoryElement } from '../../internal/directory-element.js';
import type { LocalizeController } from '../../internal/localize.js';
import { sharedStyles } from '../../styles/shared.js';
import { Loader } from './loader.js';
import { PlaceCombobox } from './place-combobox.js';
import { ProfileView, renderDetail } from './provider-detail.js';
import { finderStyles } from './provider-finder.styles.js';
import { ReportForm } from './report-form.js';
import { renderResults, statusText } from './result-list.js';
import { SearchController, type StateKey } from './search-controller.js';
import { activeFilters, renderSearchForm } from './search-form.js';

/**
 * A provider search for partner clinics and directory pages: place, radius, filters from the
 * directory's taxonomy, a result list and each provider's profile.
 *
 * @summary Find mental-health and ketamine- or psychedelic-assisted therapy providers near a place.
 * @tag provider-finder
 *
 * @fires {ProviderSearchEvent} provider-search - A search was sent; `event.query` holds its parameters.
 * @fires {ProviderSelectEvent} provider-select - A profile is opening; `event.provider`. Cancelable: `preventDefault()` keeps the list.
 * @fires {ProviderContactEvent} provider-contact - A contact link was followed; `event.kind` (`phone`, `email`, `website`, `booking`) and `event.provider`.
 * @fires {ProviderReportEvent} provider-report - The directory received a report; `event.providerId` and `event.reason`.
 * @fires {Event} loadstart - A call to the directory started. Does not bubble.
 * @fires {Event} load - A call to the directory succeeded. Does not bubble.
 * @fires {LoadErrorEvent} error - A call to the directory failed; `event.error` is the `DirectoryError`. Does not bubble.
 * @fires {Event} loadend - A call to the directory ended, either way. Does not bubble.
 *
 * @csspart base - The wrapper of everything; the container of the container queries.
 * @csspart crisis-notice - The crisis-resource notice.
 * @csspart form - The search form.
 * @csspart field - A field: its label and control.
 * @csspart label - A field's label.
 * @csspart input - A text box or select.
 * @csspart listbox - The place suggestions.
 * @csspart option - One place suggestion.
 * @csspart filters - The filters' disclosure (folded when the finder is narrow).
 * @csspart filters-summary - The disclosure's summary, shown when the finder is narrow.
 * @csspart button - Every button, and the contact links.
 * @csspart locate-button - "Use my location".
 * @csspart search-button - The submit button.
 * @csspart retry-button - "Try again" after an error.
 * @csspart results - The results section.
 * @csspart count - The results heading with the count.
 * @csspart list - The list of result cards.
 * @csspart card - One result.
 * @csspart card-name - A result's heading.
 * @csspart card-button - A result's name, the button that opens the profile.
 * @csspart badge - A badge: `featured-badge`, `verified-badge`, `accepting-badge`, `waitlist-badge`.
 * @csspart empty - The empty state with its suggestions.
 * @csspart widen-button - "Search within …" in the empty state.
 * @csspart clear-button - "Clear filters" in the empty state.
 * @csspart pager - The paging controls: `previous-button`, `next-button`.
 * @csspart error - A failed search's message.
 * @csspart taxonomy-error - The notice that the filters could not be loaded.
 * @csspart detail - A provider's profile.
 * @csspart detail-name - The profile's heading.
 * @csspart back-button - "Back to results".
 * @csspart contact-link - A phone, email, website or booking link.
 * @csspart report - "Report a problem with this listing", with its `report-button`.
 * @csspart status - The live region that announces counts (visually hidden).
 *
 * @cssprop --dw-accent-color - Buttons, links, focus rings and the active suggestion. Default `#0b57a4`.
 * @cssprop --dw-accent-contrast-color - Text on the accent colour. Default `#fff`.
 * @cssprop --dw-text-color - Text. Default: the host page's.
 * @cssprop --dw-font-family - Font. Default: the host page's.
 * @cssprop --dw-border-color - Borders of fields and cards. Default `#6b7280` and `#d1d5db`.
 * @cssprop --dw-surface-color - Background of the result cards and the empty state. Default `transparent`.
 * @cssprop --dw-field-background - Background of the fields and the place suggestions. Default the system `Field` colour.
 * @cssprop --dw-field-color - Text of the fields and the place suggestions. Default the system `FieldText` colour.
 * @cssprop --dw-radius - Corner radius. Default `0.5rem`.
 * @cssprop --dw-success-color - The verified badge and "accepting". Default `#1a6437`.
 * @cssprop --dw-danger-color - Errors. Default `#a3221b`.
 */
export class ProviderFinder extends DirectoryElement {
  static override properties: PropertyDeclarations = {
    org: {},
    q: {},
    near: {},
    radius: { type: Number },
    unit: {},
    condition: {},
    service: {},
    format: {},
    insurance: {},
    language: {},
    accepting: { type: Boolean },
    sort: {},
    pageSize: { attribute: 'page-size', type: Number },
    hideFilters: { attribute: 'hide-filters' },
    autosearch: { type: Boolean },
    urlState: { attribute: 'url-state', type: Boolean },
    crisisLine: { attribute: 'crisis-line' },
    place: { state: true },
    selected: { state: true },
  };
  static readonly tagName = 'provider-finder';
  static override styles = [sharedStyles, finderStyles];

  /** @internal */
  readonly searches = new SearchController(this);
  /** @internal */
  readonly places = new PlaceCombobox(
    this,
    (q, signal) => this.track(this.client.searchPlaces(q, 8, this.options(signal))),
    (place) => {
      this.place = place;
      this.near = place.label;
    },
  );
  /** @internal */
  readonly reports = new ReportForm(
    this,
    (report) => this.track(this.client.reportProvider(report, this.options())),
    (error) => this.describe(error),
  );
  /** @internal */
  readonly profiles = new ProfileView(this);
  /** @internal The filters' lists, in the finder's language. */
  readonly taxonomy = new Loader(this, (signal) => this.track(this.client.getTaxonomy(this.options(signal))));
  /** @internal The page of results of the search on screen. */
  readonly results = new Loader(this, (signal) => this.track(this.client.searchProviders(this.searches.query!, this.options(signal))));
  /** @internal The full profile of the selected provider. */
  readonly profile = new Loader(this, (signal) => this.track(this.client.getProvider(this.selected!.id, this.options(signal))));

  /** Only the providers of this clinic: its organisation id in the directory. */
  org = '';
  /** The name or practice to search for. */
  q = '';
  /** The place to search near: a ZIP code or "City, ST". */
  near = '';
  /** How far from the place to search, in `unit`. */
  radius = 25;
  /** The unit of the radius and the distances: `mi` or `km`. */
  unit: DistanceUnit = 'mi';
  /** A condition id from the taxonomy, such as `depression`. */
  condition = '';
  /** A service id from the taxonomy, such as `ketamine-assisted-psychotherapy`. */
  service = '';
  /** A format id: `in-person` or `telehealth`. */
  format = '';
  /** An insurance id from the taxonomy. */
  insurance = '';
  /** A language id from the taxonomy. */
  language = '';
  /** Only providers who accept new clients. */
  accepting = false;
  /** `relevance`, `distance`, `name` or `availability`. */
  sort: ProviderSort = 'relevance';
  /** Results per page, at most 50. */
  pageSize = 10;
  /** Fields to hide, separated by spaces or commas: `q near radius condition service format insurance language accepting`. Their values still apply. */
  hideFilters = '';
  /** Searches on load with the initial values. */
  autosearch = false;
  /** Keeps the search in the page URL under `pf`, or `pf-<id>` when the finder has an `id`. */
  urlState = false;
  /** The crisis notice's text (plain text). Empty: the US 988 line. `none`: no notice. */
  crisisLine = '';

  /** @internal The place chosen from the suggestions, or the visitor's position. */
  place?: Place;
  /** @internal The provider whose profile is open. */
  selected?: ProviderSummary;

  /** The endpoint and language that the taxonomy was loaded for. */
  private taxonomyFor = '';

  protected override willUpdate(): void {
    // The taxonomy follows the endpoint and the language (a host may change `<html lang>`).
    const taxonomyFor = this.endpoint && `${this.endpoint} ${this.i18n.lang}`;
    if (taxonomyFor !== this.taxonomyFor) {
      this.taxonomyFor = taxonomyFor;
      if (taxonomyFor) void this.taxonomy.run();
    }
    if (!this.hasUpdated && this.endpoint && !this.searches.restore() && this.autosearch) this.searches.run(1);
  }

  /** @internal Every field of the search form writes the property it is named after (a state key). */
  onInput = (event: Event): void => {
    const field = event.target as HTMLInputElement;
    const name = field.name as StateKey;
    (this as unknown as Record<StateKey, unknown>)[name] = field.type === 'checkbox' ? field.checked : name === 'radius' ? Number(field.value) : field.value;
    if (name === 'near') {
      this.place = undefined;
      this.places.search(field.value);
    }
  };

  /** @internal */
  onSubmit = (event: Event): void => {
    event.preventDefault();
    this.places.close();
    void this.search();
  };

  /** @internal */
  onSort = (event: Event): void => {
    this.sort = (event.target as HTMLSelectElement).value as ProviderSort;
    void this.search();
  };

  /** @internal "Use my location": asks for the visitor's position, only now, and searches near it. */
  locate = (): void =>
    this.places.locate((lat, lng) => {
      this.near = this.t('finderMyLocation');
      this.place = { id: '', label: this.near, lat, lng, region: '' };
      void this.search();
    });

  /** @internal Shows another page, and moves focus to the results heading once it is there. */
  async goto(page: number): Promise<void> {
    this.searches.run(page, false);
    (await this.shown(page))?.focus();
  }

  /** @internal */
  widen(radius: number): void {
    this.radius = radius;
    void this.search();
  }

  /** @internal Clears the filters that the person has set (not the host's), and searches again. */
  clearFilters = (): void => {
    for (const name of activeFilters(this)) {
      if (name === 'accepting') this.accepting = false;
      else this[name] = '';
    }
    void this.search();
  };

  /**
   * Searches with the values in the form, as its Search button does. When the results heading
   * then lies below the viewport (a phone, with the filters open), it is scrolled into view; focus
   * stays where the person left it.
   */
  async search(): Promise<void> {
    this.searches.run(1, true);
    const heading = await this.shown(1);
    if (heading && heading.getBoundingClientRect().top > innerHeight) heading.scrollIntoView();
  }

  /** Waits for the search just started; the results heading, once it shows that page. */
  private async shown(page: number): Promise<HTMLElement | null> {
    await this.updateComplete;
    const shown = await this.results.done;
    await this.updateComplete;
    return shown?.page === page ? this.renderRoot.querySelector<HTMLElement>('#count') : null;
  }

  /** @internal */
  get i18n() {
    return this.localize;
  }

  /** @internal One of the finder's messages, in its language. */
  t: LocalizeController['term'] = (key, ...args) => this.localize.term(key, ...args);

  /** @internal The fields the host hides. */
  get hiddenFields(): Set<string> {
    return new Set(this.hideFilters.split(/[\s,]+/));
  }

  /** @internal The region of the chosen or searched place, such as `OR`, when it is known. */
  get region(): string {
    const origin = this.results.value?.origin as Partial<Place> | undefined;
    return this.place?.region || (this.near === this.searches.near && origin?.region) || '';
  }

  /** @internal A distance in the unit of the search: "25 mi". */
  distance(value: number): string {
    return `${this.i18n.number(value, { maximumFractionDigits: 1 })} ${this.searches.query?.unit ?? this.unit}`;
  }

  /** @internal The labels of taxonomy ids, as a list; an id the taxonomy lacks shows as it is. */
  labels(kind: TaxonomyKind, values: string[]): string {
    return this.i18n.list(values.map((id) => this.taxonomy.value?.[kind].find((term) => term.id === id)?.label ?? id));
  }

  /** @internal The options of a directory call: its signal and the finder's language. */
  options(signal?: AbortSignal) {
    return { signal, lang: this.i18n.lang };
  }

  /** @internal */
  describe(error: unknown): string {
    return this.describeError(error);
  }

  protected override render() {
    if (!this.endpoint) return this.renderMissingEndpoint();
    const crisis = this.crisisLine;
    return html`<div class="base" part="base">
      ${crisis === 'none'
        ? nothing
        : html`<p class="crisis" part="crisis-notice" dir="auto">
            ${crisis || html`${this.t('finderCrisis')} <a href="tel:988">988</a> ${this.t('finderCrisisLine')}`}
          </p>`}
      <div class="view" ?hidden=${!!this.selected}>${renderSearchForm(this)} ${renderResults(this)}</div>
      ${this.selected ? renderDetail(this, this.selected) : nothing}
      <p class="visually-hidden" part="status" role="status">${statusText(this)}</p>
    </div>`;
  }
}
