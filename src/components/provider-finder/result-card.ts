import { html, nothing, type TemplateResult } from 'lit';
import type { ProviderSummary } from '../../directory/contract.js';
import { messageKey } from './message-key.js';
import type { ProviderFinder } from './provider-finder.js';

/** "Ada Okafor, MD, PhD": the credentials after the name, when there are any. */
export const credentials = (p: ProviderSummary) =>
  p.credentials.length ? html`, <span class="credentials" dir="auto">${p.credentials.join(', ')}</span>` : nothing;

/**
 * The badges (featured, verified, accepting or waitlist, each labelled by its message `finder` +
 * its name), and when the provider last confirmed their availability.
 */
export function renderStatus(f: ProviderFinder, p: ProviderSummary): TemplateResult {
  const confirmed = p.availabilityConfirmedAt;
  const badges = [p.featured && 'featured', p.verified && 'verified', p.acceptingNewClients ? 'accepting' : 'waitlist'] as const;
  return html`<ul class="badges">${badges.map((kind) =>
      kind ? html`<li class="badge ${kind}" part="badge ${kind}-badge">${kind === 'verified' ? '✓ ' : ''}${f.t(messageKey('finder', kind))}</li>` : nothing,
    )}</ul>
    ${confirmed && Date.parse(confirmed) ? html`<p class="hint">${f.t('finderConfirmed', f.i18n.daysAgo(confirmed))}</p>` : nothing}`;
}

/** Where the provider is: city and region (and ZIP code, in a profile), and the distance from the searched place. */
export const renderWhere = (f: ProviderFinder, p: ProviderSummary, zip = '') =>
  html`<p><span dir="auto">${[p.address.city, `${p.address.region} ${zip}`.trim()].filter(Boolean).join(', ')}</span>${p.distance === undefined
      ? nothing
      : ` · ${f.t('finderAway', f.distance(p.distance))}`}</p>`;

/** A line of text from the data, when there is one. */
export const line = (text: unknown) => (text ? html`<p dir="auto">${text}</p>` : nothing);

/** One result. Its name is the button that opens the profile, and where focus returns after it. */
export const renderCard = (f: ProviderFinder, p: ProviderSummary): TemplateResult =>
  html`<li class="card" part="card">
    <h3 part="card-name"><button type="button" class="link" part="card-button" data-id=${p.id} dir="auto" @click=${() => f.profiles.open(p)}>${p.name}</button>${credentials(p)}</h3>
    ${line(p.practice)}${renderWhere(f, p)}${line(f.labels('services', p.services))}${line(f.labels('formats', p.formats))}${renderStatus(f, p)}
  </li>`;
