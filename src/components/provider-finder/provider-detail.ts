import { html, nothing, type TemplateResult } from 'lit';
import type { Provider, ProviderSummary } from '../../directory/contract.js';
import { safeUrl } from '../../internal/safe-url.js';
import { ProviderContactEvent, ProviderSelectEvent, type ContactKind } from './events.js';
import type { ProviderFinder } from './provider-finder.js';
import { messageKey } from './message-key.js';
import { credentials, line, renderStatus, renderWhere } from './result-card.js';
import { renderNotice } from './render-notice.js';

/** The taxonomy lists of a profile, each under its message `finder` + the list's name. */
const listed = ['services', 'conditions', 'formats', 'insurances', 'languages'] as const;

/**
 * Phone, email, website and booking: links only with a safe address (and a phone number or email
 * address that looks like one); anything else is shown as the plain text it is. Following a link
 * fires `provider-contact`.
 */
function renderContact(f: ProviderFinder, p: Provider): TemplateResult {
  const { phone = '', email = '', website, bookingUrl } = p;
  // The kind, the text in the data, the address to link, and the link's own words.
  const links: Array<[ContactKind, string | undefined, string | undefined, string?]> = [
    ['phone', phone, /^\+?[\d\s().-]{3,}$/.test(phone) ? `tel:${phone.replace(/[^\d+]/g, '')}` : undefined],
    ['email', email, /^[^\s@]+@[^\s@]+$/.test(email) ? `mailto:${email}` : undefined],
    ['website', website, website],
    ['booking', bookingUrl, bookingUrl, f.t('finderBooking')],
  ];
  return html`<ul class="contact">
    ${links.map(([kind, text, address, words]) => {
      const href = safeUrl(address);
      const external = kind === 'website' || kind === 'booking';
      return !text
        ? nothing
        : html`<li>${href
            ? html`<a class="button ${kind === 'booking' ? 'primary' : ''}" part="button contact-link" href=${href} dir="auto"
                target=${external ? '_blank' : nothing} rel="noopener noreferrer" @click=${() => f.dispatchEvent(new ProviderContactEvent(kind, p))}
                >${words ?? (kind === 'website' ? new URL(href).host : text)}</a>`
            : html`<span dir="auto">${text}</span>`}</li>`;
    })}
  </ul>`;
}

function renderFacts(f: ProviderFinder, p: Provider): TemplateResult {
  const { fees } = p;
  const money = (amount: number) => {
    try {
      return f.i18n.number(amount, { style: 'currency', currency: fees!.currency, maximumFractionDigits: 0 });
    } catch {
      return `${f.i18n.number(amount)} ${fees!.currency}`;
    }
  };
  const fact = (label: Parameters<ProviderFinder['t']>[0], value: unknown) =>
    value ? html`<dt>${f.t(label)}</dt><dd dir="auto">${value}</dd>` : nothing;
  return html`<dl class="facts">
    ${listed.map((kind) => fact(messageKey('finder', kind), f.labels(kind, p[kind])))}
    ${fact('finderFees', fees && html`${money(fees.min)}${fees.max > fees.min ? ` – ${money(fees.max)}` : ''}${fees.slidingScale ? html`<br />${f.t('finderSliding')}` : nothing}`)}
    ${fact('finderLicenses', p.licenses.length && html`<ul>${p.licenses.map((l) => html`<li>${[l.region, l.type, l.number && `#${l.number}`].filter(Boolean).join(' · ')}</li>`)}</ul>`)}
    ${fact('finderTrainings', f.i18n.list(p.trainings))}
  </dl>`;
}

/**
 * Opening a profile and going back to the results. The profile replaces the search in the same
 * shadow root, with focus on its heading; "Back to results" restores the scroll positions of the
 * page and of the results (a host may make them scroll) and puts focus on the provider's card.
 */
export class ProfileView {
  private scroll = [0, 0, 0];

  constructor(private readonly host: ProviderFinder) {}

  private part(name: string): HTMLElement | null {
    return this.host.renderRoot.querySelector(`[part~="${name}"]`);
  }

  /** Opens a provider's profile, unless the host prevents `provider-select`. */
  async open(provider: ProviderSummary): Promise<void> {
    const { host } = this;
    if (!host.dispatchEvent(new ProviderSelectEvent(provider))) return;
    this.scroll = [scrollX, scrollY, this.part('results')?.scrollTop ?? 0];
    host.selected = provider;
    host.reports.reset();
    void host.profile.run();
    await host.updateComplete;
    this.part('detail-name')?.focus();
  }

  back = async (): Promise<void> => {
    const { host } = this;
    const id = host.selected?.id ?? '';
    host.selected = undefined;
    host.profile.reset();
    await host.updateComplete;
    const [x, y, top] = this.scroll;
    host.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
    const results = this.part('results');
    if (results) results.scrollTop = top;
    scrollTo(x, y);
  };
}

/**
 * A provider's profile, in the finder's own shadow root. The summary from the results shows at
 * once; the full profile follows from `GET /providers/{id}`. Remote text is rendered as text only.
 */
export function renderDetail(f: ProviderFinder, summary: ProviderSummary): TemplateResult {
  const { profile } = f;
  const full = profile.value?.id === summary.id ? profile.value : undefined;
  const p = full ?? summary;
  return html`<article class="detail" part="detail" aria-labelledby="detail-name">
    <button type="button" part="button back-button" @click=${f.profiles.back}>← ${f.t('finderBack')}</button>
    <h2 id="detail-name" part="detail-name" tabindex="-1"><span dir="auto">${p.name}</span>${credentials(p)}</h2>
    ${line(p.practice)}${line(full?.address.street)}${renderWhere(f, { ...p, distance: summary.distance }, full?.address.postalCode)}${renderStatus(f, p)}
    ${full
      ? html`${renderContact(f, full)}${full.bio ? html`<h3>${f.t('finderAbout')}</h3><p class="bio" dir="auto">${full.bio}</p>` : nothing}
          ${renderFacts(f, full)}${f.reports.render(f, full.id)}`
      : profile.error && !profile.pending
        ? renderNotice('error', f.describe(profile.error), f.t('retry'), profile.run)
        : html`<p>${f.t('loading')}</p>`}
  </article>`;
}
