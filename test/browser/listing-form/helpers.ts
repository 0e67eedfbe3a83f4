/**
 * Helpers of the `<listing-form>` tests. They drive the element through its real controls (typing
 * sets a value and fires `input`, as a keystroke does; boxes are clicked) and talk to the reference
 * endpoint over HTTP. Browsers run in parallel against one server: every test uses its own email
 * and its own endpoint token.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { ListingForm } from '../../../src/components/listing-form/listing-form.js';
import type { ListingRequest } from '../../../src/directory/contract.js';

ListingForm.define();

export const unique = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
export const uniqueEmail = (label: string): string => `${label}-${unique()}@example.org`;

export interface StoredListing {
  id: string;
  spam: number;
  body: ListingRequest;
}

/** The rows the reference endpoint stored for an email. */
export async function storedListings(email: string): Promise<StoredListing[]> {
  return (await fetch(`/test-api/listings?email=${encodeURIComponent(email)}`)).json();
}

/** The reference endpoint behind a switch: `down` drops every connection, as a stopped server would. */
export function faultyEndpoint() {
  const token = unique();
  const flip = (mode: 'down' | 'up') => fetch(`/test-api/faults/${token}?mode=${mode}`, { method: 'POST' });
  return { endpoint: `/faulty/${token}/api/v1`, down: () => flip('down'), up: () => flip('up') };
}

export type ListingMode = 'pass' | 'invalid' | 'refuse' | 'crash' | 'hold' | 'lose';

/** The reference endpoint with a listing route that passes, refuses, holds or loses its answer. */
export function switchedEndpoint() {
  const token = unique();
  return {
    endpoint: `/form-test/${token}/api/v1`,
    mode: (mode: ListingMode) => fetch(`/form-test/${token}?mode=${mode}`, { method: 'POST' }),
    requests: async (): Promise<Array<{ key: string; body: ListingRequest }>> => (await fetch(`/form-test/${token}/requests`)).json(),
  };
}

/** Waits until `predicate` holds, or fails with `what`. */
export async function until<T>(predicate: () => T | Promise<T>, what: string, timeout = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await predicate();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
export const part = <T extends HTMLElement = HTMLElement>(el: Element, name: string): T | null =>
  shadow(el).querySelector<T>(`[part~="${name}"]`);
export const control = <T extends HTMLElement = HTMLInputElement>(el: Element, name: string, value?: string): T => {
  const selector = value === undefined ? `[name="${name}"]` : `[name="${name}"][value="${value}"]`;
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`no control ${selector}`);
  return found;
};
export const submitButton = (el: Element): HTMLButtonElement => part<HTMLButtonElement>(el, 'submit-button')!;
/** The text of a field's error, found through the control's `aria-describedby`. */
export function errorOf(el: Element, name: string, value?: string): string | undefined {
  const id = control(el, name, value).getAttribute('aria-describedby');
  return id ? shadow(el).getElementById(id)?.textContent?.trim() : undefined;
}

/** A listing form that has loaded its option lists. */
export async function listingForm(template: TemplateResult): Promise<ListingForm> {
  const el = await fixture<ListingForm>(template);
  await until(() => shadow(el).querySelector('[name="credentials"]'), 'the option lists');
  return el;
}

const usedIds: string[] = [];

/**
 * A form id of its own, so that each test has its own draft: every test tab of a browser shares
 * `localStorage`, and test pages that run as frames of one page share `sessionStorage` too.
 * `forgetDrafts()` removes those drafts.
 */
export function formId(label = 'form'): string {
  const id = `${label}-${unique()}`;
  usedIds.push(id);
  return id;
}

export function forgetDrafts(): void {
  for (const id of usedIds.splice(0)) {
    sessionStorage.removeItem(`listing-form:${id}`);
    localStorage.removeItem(`listing-form:${id}`);
  }
}

export const fullForm = (endpoint = '/api/v1') => listingForm(html`<listing-form id=${formId()} endpoint=${endpoint}></listing-form>`);

export const compactForm = (endpoint = '/api/v1') =>
  listingForm(html`<listing-form id=${formId()} variant="compact" endpoint=${endpoint}></listing-form>`);

/** Types into a text field: sets the value and fires `input`, as typing does. */
export function type(el: Element, name: string, value: string): void {
  const field = control<HTMLInputElement | HTMLTextAreaElement>(el, name);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Leaves a field, as moving focus away does. */
export function leave(el: Element, name: string): void {
  control(el, name).dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}

export function choose(el: Element, name: string, value: string): void {
  const select = control<HTMLSelectElement>(el, name);
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Ticks a box (a choice of an option list when `value` is given). */
export function tick(el: Element, name: string, value?: string): void {
  const box = control(el, name, value);
  if (!box.checked) box.click();
}

export function fillCompact(el: Element, email: string, name = 'Dr. Ada Quinn'): void {
  type(el, 'name', name);
  type(el, 'email', email);
  tick(el, 'credentials', 'MD');
  choose(el, 'region', 'OR');
  tick(el, 'consent');
}

/** Every field of the full form, as a therapist would fill it in. */
export const fullListing = {
  name: 'Dr. Ada Quinn',
  phone: '(503) 555-0142',
  credentials: ['MD', 'PMHNP'],
  practice: 'Quinn Ketamine Clinic',
  website: 'https://quinn.example.org',
  address: { street: '123 NW Main St', city: 'Portland', region: 'OR', postalCode: '97201' },
  services: ['ketamine-iv', 'integration-therapy'],
  conditions: ['depression', 'ptsd'],
  formats: ['telehealth'],
  languages: ['en', 'es'],
  insurances: ['aetna'],
  license: { region: 'OR', type: 'Physician and surgeon', number: 'MD-12345' },
  message: 'Evening appointments available.',
};

export function fillFull(el: Element, email: string): void {
  const { address, license } = fullListing;
  type(el, 'name', fullListing.name);
  type(el, 'email', email);
  type(el, 'phone', fullListing.phone);
  type(el, 'practice', fullListing.practice);
  type(el, 'website', fullListing.website);
  type(el, 'address.street', address.street);
  type(el, 'address.city', address.city);
  choose(el, 'address.region', address.region);
  type(el, 'address.postalCode', address.postalCode);
  for (const list of ['credentials', 'services', 'conditions', 'formats', 'languages', 'insurances'] as const) {
    for (const id of fullListing[list]) tick(el, list, id);
  }
  choose(el, 'license.region', license.region);
  type(el, 'license.type', license.type);
  type(el, 'license.number', license.number);
  type(el, 'message', fullListing.message);
  tick(el, 'consent');
  tick(el, 'marketingOptIn');
}

/** Submits with the submit button and waits for the outcome: the success message or a failure. */
export async function submitAndSettle(el: ListingForm): Promise<'success' | 'failure' | 'invalid'> {
  submitButton(el).click();
  await el.updateComplete;
  return until(() => (part(el, 'success') ? 'success' : part(el, 'failure') ? 'failure' : part(el, 'error-summary') ? 'invalid' : undefined), 'an outcome');
}

/**
 * A page of its own in an iframe, such as `/csp/listing-form.html` (served with a strict CSP and the
 * built bundle), so a test can reload it or load it under its own headers.
 */
export async function openPage(url: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'test page';
  frame.width = '600';
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

export async function reloadPage(frame: HTMLIFrameElement): Promise<void> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.contentWindow!.location.reload();
  await loaded;
}

/** The listing form of a page in an iframe, once it has upgraded and loaded its option lists. */
export function formIn(frame: HTMLIFrameElement): Promise<ListingForm> {
  return until(() => {
    const el = frame.contentDocument?.querySelector<ListingForm>('listing-form');
    return el?.shadowRoot?.querySelector('[name="credentials"]') ? el : undefined;
  }, 'the form in the page');
}
