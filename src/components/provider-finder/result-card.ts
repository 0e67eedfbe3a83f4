import { html, nothing, type TemplateResult } from 'lit';
import type { ProviderSummary } from '../../directory/contract.js';
import type { ProviderFinder } from './provider-finder.js';

/** "Dr. Ada Example, MD, PhD": the credentials after the name, when there are any. */
export const credentials = (p: ProviderSummary) =>
  p.credentials.length ? html`, <span class="credentials" dir="auto">${p.credentials.join(', ')}</span>` : nothing;

/** Featured, verified, accepting or waitlist, and when the provider last confirmed it. */
export function renderStatus(f: ProviderFinder, p: ProviderSummary): TemplateResult {
  const t = f.i18n.term.bind(f.i18n);
  const badge = (text: string, kind: string) => html`<li class="badge ${kind}" part="badge ${kind}-badge">${text}</li>`;
  const confirmed = p.availabilityConfirmedAt;
  return html`<ul class="badges">
      ${p.featured ? badge(t('finderFeatured'), 'featured') : nothing}
      ${p.verified ? badge(`✓ ${t('finderVerified')}`, 'verified') : nothing}
      ${badge(t(p.acceptingNewClients ? 'finderAccepting' : 'finderWaitlist'), p.acceptingNewClients ? 'accepting' : 'waitlist')}
    </ul>
    ${confirmed && Date.parse(confirmed) ? html`<p class="hint">${t('finderConfirmed', f.i18n.daysAgo(confirmed))}</p>` : nothing}`;
}

/** Where the provider is: city and region, and the distance from the searched place. */
export const renderWhere = (f: ProviderFinder, p: ProviderSummary) =>
  html`<p><span dir="auto">${[p.address.city, p.address.region].filter(Boolean).join(', ')}</span>${p.distance === undefined
      ? nothing
      : ` · ${f.i18n.term('finderAway', f.distance(p.distance))}`}</p>`;

/** One result. Its name is the button that opens the profile, and where focus returns after it. */
export function renderCard(f: ProviderFinder, p: ProviderSummary): TemplateResult {
  return html`<li class="card" part="card">
    <h3 class="name" part="card-name">
      <button type="button" class="link" part="card-button" data-id=${p.id} dir="auto" @click=${() => f.open(p)}>${p.name}</button>${credentials(p)}
    </h3>
    ${p.practice ? html`<p dir="auto">${p.practice}</p>` : nothing} ${renderWhere(f, p)}
    ${p.services.length ? html`<p dir="auto">${f.labels('services', p.services)}</p>` : nothing}
    ${p.formats.length ? html`<p dir="auto">${f.labels('formats', p.formats)}</p>` : nothing} ${renderStatus(f, p)}
  </li>`;
}
