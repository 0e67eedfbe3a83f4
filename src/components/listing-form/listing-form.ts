import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { ListingReceipt, ListingRequest } from '../../directory/contract.js';
import type { DirectoryError } from '../../directory/errors.js';
import { checkListingValues } from '../../directory/listing-rules.js';
import { DirectoryElement } from '../../internal/directory-element.js';
import { Loader } from '../provider-finder/loader.js';
import { sharedStyles } from '../../styles/shared.js';
import { ListingErrorEvent, ListingInvalidEvent, ListingSubmitEvent, ListingSuccessEvent } from './events.js';
import { fieldsOf, isFilled, pickValues, requestFrom, requiredIn, sections, valuesFrom } from './fields.js';
import type { FieldDef, FormValues, Variant } from './fields.js';
import { ListingDraftStore } from './listing-draft.js';
import { styles } from './listing-form.styles.js';
import { renderField, type FieldView } from './render-field.js';
import { renderNotice } from '../provider-finder/render-notice.js';
import { renderSummary } from './render-notices.js';
import { fieldErrorsOf, ListingSender, pageSource, redirectTarget, wasRefused } from './submission.js';

/**
 * `invalid`: a submit found problems, and the error summary lists them until the next send;
 * `failed`: the send failed and may be retried; `done`: the listing was received.
 */
type Phase = 'editing' | 'invalid' | 'sending' | 'failed' | 'done';

/**
 * "Are you a therapist? Get listed!": a sign-up form that sends a listing request to the directory.
 * A native form in the shadow root, validated with the same rules as the server; it keeps a draft
 * in the visitor's own browser and sends each submission once, however often it is retried.
 *
 * @summary A validated "get listed" sign-up form for therapists.
 * @tag listing-form
 *
 * @fires {ListingSubmitEvent} listing-submit - Before sending, with the request in `values`. Cancelable: `preventDefault()` stops the send.
 * @fires {ListingSuccessEvent} listing-success - The directory stored the listing: `id` and `receipt`.
 * @fires {ListingErrorEvent} listing-error - Sending failed: `error` is the `DirectoryError`.
 * @fires {ListingInvalidEvent} listing-invalid - Fields need attention (the form's check or the directory's 422): `errors` by field path.
 * @fires {Event} loadstart - A directory call started (taxonomy or submission). Does not bubble.
 * @fires {Event} load - A directory call succeeded. Does not bubble.
 * @fires {LoadErrorEvent} error - A directory call failed, with `error`. Does not bubble.
 * @fires {Event} loadend - A directory call ended. Does not bubble.
 *
 * @csspart form - The `<form>`.
 * @csspart field - Each field's wrapper (a `<fieldset>` for option lists).
 * @csspart label - Each field's label or legend.
 * @csspart input - Each input, select, textarea and checkbox.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of problems shown after a submit with errors.
 * @csspart section - A group of fields in the full form, such as "Your practice".
 * @csspart button - Every button.
 * @csspart submit-button - The submit button.
 * @csspart retry-button - Retry, in a failure.
 * @csspart clear-button - Clear form, in the draft notice.
 * @csspart message - Every notice: the draft notice, the failure and the success message.
 * @csspart draft-notice - "We kept what you typed earlier", with the Clear form button.
 * @csspart failure - The message after a failed send, with its Retry button.
 * @csspart options-failure - The message when the option lists could not be loaded, with Retry.
 * @csspart success - The message that replaces the form once the listing is received.
 *
 * @cssprop --dw-accent-color - Buttons, links, focus ring and checked boxes. Default `#0b57a4`.
 * @cssprop --dw-danger-color - Errors. Default `#a3221b`.
 * @cssprop --dw-success-color - The success message. Default `#1a6437`.
 * @cssprop --dw-border-color - Field borders. Default `#6b7280`.
 * @cssprop --dw-field-background - Background of the fields. Default the system `Field` colour.
 * @cssprop --dw-field-color - Text of the fields. Default the system `FieldText` colour.
 * @cssprop --dw-muted-color - "(optional)" and secondary text. Default `inherit`.
 * @cssprop --dw-radius - Corners. Default `0.5rem`.
 */
export class ListingForm extends DirectoryElement {
  static override properties: PropertyDeclarations = {
    variant: {},
    persist: {},
    successMessage: { attribute: 'success-message' },
    errorMessage: { attribute: 'error-message' },
    redirect: {},
    withoutSource: { type: Boolean, attribute: 'without-source' },
    values: { attribute: false },
    captchaToken: { attribute: false },
    current: { state: true },
    errors: { state: true },
    phase: { state: true },
    failure: { state: true },
    restored: { state: true },
  };
  static readonly tagName = 'listing-form';
  static override styles = [sharedStyles, styles];

  /** The option lists, in the form's language. */
  private readonly taxonomy = new Loader(this, (signal) => this.track(this.client.getTaxonomy({ signal, lang: this.localize.lang })));
  private readonly sender = new ListingSender(this, ({ key, request }, signal) =>
    this.track(this.client.submitListing(request, key, { signal, lang: this.localize.lang })),
  );

  /** `full`: the whole listing. `compact`: a quick lead form (name, email, credentials, state, consent). */
  variant: Variant = 'full';
  /** Where the draft is kept: `session` (this tab) or `local` (this browser, until sent or cleared). */
  persist: 'session' | 'local' = 'session';
  /** Replaces the message shown once the listing is received. */
  successMessage = '';
  /** Replaces the message shown when sending fails (network, timeout, server error). */
  errorMessage = '';
  /** An `http(s)` address to go to once the listing is received. */
  redirect = '';
  /** Leaves out the page address and its `utm_*` parameters. */
  withoutSource = false;
  /** Values to prefill, shaped like a listing request (`{ name, address: { city } }`). */
  values: Partial<ListingRequest> = {};
  /** A CAPTCHA token from the host's own CAPTCHA, sent with the listing. */
  captchaToken = '';

  private current: FormValues = {};
  /** The message of each field that needs attention, by field path. */
  private errors: Record<string, string> = {};
  private phase: Phase = 'editing';
  private failure = '';
  private restored = false;

  private draft?: ListingDraftStore;
  /** When the form was first shown to this person: the fill time is measured from it. */
  private startedAt = 0;
  /** The fields the person changed: only those are checked when focus leaves them. */
  private touched = new Set<string>();
  private taxonomyFor = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // A host's no-JavaScript fallback form stays hidden (nothing renders the light DOM); its action
    // names the endpoint when the attribute does not.
    const action = this.querySelector(':scope > form')?.getAttribute('action')?.match(/(.*)\/listings\/?$/);
    if (!this.endpoint && action) this.endpoint = action[1];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this.restore();
    else if (changed.has('values')) this.current = { ...this.current, ...valuesFrom(this.values, this.fields) };
    // The option lists follow the endpoint and the language (a host may change `<html lang>`).
    const taxonomyFor = this.endpoint && `${this.endpoint} ${this.localize.lang}`;
    if (taxonomyFor !== this.taxonomyFor && (this.taxonomyFor = taxonomyFor)) void this.taxonomy.run();
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    const { name } = target;
    const kind = this.fields.find((field) => field.name === name)?.kind;
    // The honeypot is no field of the listing.
    if (!kind) return;
    const value = kind === 'terms' ? (new FormData(target.form!).getAll(name) as string[]) : kind === 'check' ? target.checked : target.value;
    this.current = { ...this.current, [name]: value };
    this.touched.add(name);
    this.save();
    if (this.errors[name]) this.checkField(name);
  }

  private onBlur(event: FocusEvent): void {
    const { name } = event.target as HTMLInputElement;
    // Moving between the boxes of one group is not leaving the field; nor is the form going away.
    if ((event.relatedTarget as HTMLInputElement | null)?.name === name || this.phase === 'done') return;
    if (this.touched.has(name)) this.checkField(name);
  }

  private onSummaryClick(event: Event): void {
    event.preventDefault();
    // The link's fragment is its field's name.
    this.focusOn(`[name="${(event.currentTarget as HTMLAnchorElement).hash.slice(1)}"]`);
  }

  private async onClear(): Promise<void> {
    this.reset();
    await this.updateComplete;
    // The first field.
    this.focusOn('[name]');
  }

  /** Empties the form back to its prefilled values and forgets the draft; the next send is a new submission. */
  reset(): void {
    this.draft?.clear();
    this.sender.pending = undefined;
    this.touched.clear();
    this.current = valuesFrom(this.values, this.fields);
    this.startedAt = Date.now();
    Object.assign(this, { errors: {}, restored: false, failure: '', phase: 'editing' });
  }

  /** Checks the form and sends it: the same submission again (same key) when nothing changed. */
  async submit(): Promise<void> {
    if (this.sender.busy || this.phase === 'done') return;
    const request = this.request();
    const errors = this.check(request);
    if (Object.keys(errors).length) return this.showErrors(errors);
    if (!this.emit(new ListingSubmitEvent(request))) return;
    const receipt = this.sender.send(request);
    Object.assign(this, { phase: 'sending', failure: '' });
    // The draft keeps the submission's key, so a reload during an outage still reuses it.
    this.save();
    try {
      void this.succeed(await receipt);
    } catch (error) {
      this.fail(error as DirectoryError);
    }
  }

  private get fields(): FieldDef[] {
    return fieldsOf(this.variant);
  }

  private restore(): void {
    this.draft = new ListingDraftStore(`listing-form:${this.id || this.variant}`, this.persist);
    const saved = this.draft.read();
    const kept = pickValues((name) => saved?.values[name], this.fields);
    this.current = { ...valuesFrom(this.values, this.fields), ...kept };
    this.startedAt = saved?.startedAt ?? Date.now();
    this.sender.pending = saved?.pending;
    // Checked again, but only what the person had filled in.
    const filled = Object.keys(kept).filter((name) => isFilled(kept[name]));
    for (const name of filled) this.checkField(name);
    this.restored = filled.length > 0;
  }

  private save(): void {
    this.draft?.write({ values: this.current, startedAt: this.startedAt, pending: this.sender.pending });
  }

  private request(): ListingRequest {
    return {
      ...requestFrom(this.current, this.fields, this.taxonomy.value),
      // The exact words of the consent box, as shown (a host may replace them through `messages`).
      consentText: this.localize.term('listingConsent'),
      variant: this.variant,
      honeypot: this.renderRoot.querySelector<HTMLInputElement>('[name="website_url"]')?.value ?? '',
      fillTime: Date.now() - this.startedAt,
      // Left out of the JSON when undefined.
      source: this.withoutSource ? undefined : pageSource(),
      captchaToken: this.captchaToken || undefined,
    } as ListingRequest;
  }

  /**
   * Dispatches one of the events documented with `@fires`. The manifest reads those; it would read
   * a direct dispatchEvent(new ListingSuccessEvent(receipt)) as an event named after its argument.
   */
  private emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  /**
   * The shared rules' verdict on a request, in words: a message per field path. A region must be one
   * of the taxonomy's, once it has loaded.
   */
  private check(request: ListingRequest): Record<string, string> {
    const regions = this.taxonomy.value?.regions;
    const codes = Object.entries(checkListingValues(request, { regions: regions && new Set(regions.map(({ id }) => id)) }));
    return Object.fromEntries(codes.map(([name, code]) => [name, this.localize.term('listingError', code)]));
  }

  private checkField(name: string): void {
    const errors = { ...this.errors, [name]: this.check(this.request())[name] };
    if (!errors[name]) delete errors[name];
    this.errors = errors;
  }

  private async showErrors(errors: Record<string, string>): Promise<void> {
    Object.assign(this, { errors, phase: 'invalid' });
    this.emit(new ListingInvalidEvent(errors));
    await this.updateComplete;
    this.focusOn('.summary');
  }

  private focusOn(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async succeed(receipt: ListingReceipt): Promise<void> {
    this.phase = 'done';
    this.draft?.clear();
    this.emit(new ListingSuccessEvent(receipt));
    const target = redirectTarget(this.redirect);
    await this.updateComplete;
    this.focusOn('.success');
    if (target) location.assign(target);
  }

  private fail(error: DirectoryError): void {
    // Cancelled because the element left the page.
    if (error.kind === 'aborted') return void (this.phase = 'editing');
    this.emit(new ListingErrorEvent(error));
    // The sender dropped the key of a refusal (nothing was stored) and keeps any other for a retry.
    const refused = wasRefused(error);
    this.save();
    const fieldErrors = fieldErrorsOf(error);
    if (refused && Object.keys(fieldErrors).length) return void this.showErrors(fieldErrors);
    this.phase = 'failed';
    this.failure = refused ? this.describeError(error) : this.errorMessage || this.localize.term('listingFailure');
  }

  override render(): TemplateResult {
    if (!this.endpoint) return this.renderMissingEndpoint();
    const term = this.localize.term.bind(this.localize);
    const { phase } = this;
    const sending = phase === 'sending';
    const successText = this.successMessage || term('listingSuccess');
    // One live region in every phase: a region that arrives already filled is often not announced.
    return html`<div class="visually-hidden" role="status">${sending ? term('listingSending') : phase === 'done' ? successText : ''}</div>
      ${phase === 'done' ? html`<p class="notice success" part="message success" tabindex="-1">${successText}</p>` : this.renderForm(sending)}`;
  }

  private renderForm(sending: boolean): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const { phase, errors, current: values } = this;
    const taxonomy = this.taxonomy.value;
    const view: FieldView = { term, values, errors, taxonomy, required: requiredIn(this.variant) };
    const grid = (fields: FieldDef[]) => html`<div class="grid">${fields.map((field) => renderField(field, view))}</div>`;
    const problems = Object.keys(errors).length;
    return html`<form part="form" novalidate @submit=${(event: Event) => {
        event.preventDefault();
        void this.submit();
      }} @input=${this.onInput} @change=${this.onInput} @focusout=${this.onBlur}>
        ${this.restored ? renderNotice('message draft-notice', term('listingRestored'), term('listingClear'), this.onClear, false) : nothing}
        ${phase === 'invalid' && problems
          ? renderSummary(term('listingProblems', problems), errors, this.fields, view, this.onSummaryClick)
          : nothing}
        ${this.taxonomy.error && !this.taxonomy.pending
          ? renderNotice('message options-failure', term('listingTermsFailed'), term('retry'), this.taxonomy.run)
          : nothing}
        ${sections[this.variant].map(({ legend, fields }) =>
          legend ? html`<fieldset class="section" part="section"><legend>${term(legend)}</legend>${grid(fields)}</fieldset>` : grid(fields),
        )}
        <div class="visually-hidden" aria-hidden="true">
          <label>${term('listingHoneypot')} <input name="website_url" tabindex="-1" autocomplete="off" /></label>
        </div>
        ${phase === 'failed' ? renderNotice('message failure', this.failure, term('retry'), this.submit) : nothing}
        <button type="submit" class="primary" part="button submit-button" aria-disabled=${sending ? 'true' : nothing}>
          ${term(sending ? 'listingSending' : 'listingSubmit')}
        </button>
      </form>`;
  }
}
