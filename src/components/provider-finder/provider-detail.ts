import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { Provider, ProviderSummary } from '../../directory/contract.js';
import { safeUrl } from '../../internal/safe-url.js';
import type { ContactKind } from './events.js';
import type { ProviderFinder } from './provider-finder.js';
import { credentials, renderStatus, renderWhere } from './result-card.js';

const reasons = [
  ['wrong', 'finderReasonWrong'],
  ['full', 'finderReasonFull'],
  ['unresponsive', 'finderReasonUnresponsive'],
  ['other', 'finderReasonOther'],
] as const;

/**
 * Phone, email, website and booking: links only with a safe address (and a phone number or email
 * address that looks like one); anything else is shown as the plain text it is.
 */
function renderContact(f: ProviderFinder, p: Provider): TemplateResult {
  const { phone, email, website, bookingUrl } = p;
  const site = safeUrl(website);
  const links: Array<[ContactKind, string | undefined, string | undefined]> = [
    ['phone', /^\+?[\d\s().-]{3,}$/.test(phone ?? '') ? safeUrl(`tel:${phone!.replace(/[^\d+]/g, '')}`) : undefined, phone],
    ['email', /^[^\s@]+@[^\s@]+$/.test(email ?? '') ? safeUrl(`mailto:${email}`) : undefined, email],
    ['website', site, site ? new URL(site).host : website],
    ['booking', safeUrl(bookingUrl), bookingUrl],
  ];
  return html`<ul class="contact" aria-label=${f.i18n.term('finderContact')}>
    ${links.map(([kind, href, text]) =>
      !text
        ? nothing
        : html`<li>
            ${href
              ? html`<a
                  class="button ${kind === 'booking' ? 'primary' : ''}"
                  part="button contact-link"
                  href=${href}
                  dir="auto"
                  target=${kind === 'website' || kind === 'booking' ? '_blank' : nothing}
                  rel="noopener noreferrer"
                  @click=${() => f.contact(kind, p)}
                  >${kind === 'booking' ? f.i18n.term('finderBooking') : text}</a
                >`
              : html`<span dir="auto">${text}</span>`}
          </li>`,
    )}
  </ul>`;
}

function renderFacts(f: ProviderFinder, p: Provider): TemplateResult {
  const { i18n } = f;
  const t = i18n.term.bind(i18n);
  const fees = p.fees;
  const money = (amount: number) => {
    try {
      return i18n.number(amount, { style: 'currency', currency: fees!.currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
    } catch {
      return `${i18n.number(amount)} ${fees!.currency}`;
    }
  };
  const fact = (label: string, value: unknown) => (value ? html`<dt>${label}</dt><dd dir="auto">${value}</dd>` : nothing);
  return html`<dl class="facts">
    ${fact(t('finderServices'), f.labels('services', p.services))} ${fact(t('finderConditions'), f.labels('conditions', p.conditions))}
    ${fact(t('finderFormats'), f.labels('formats', p.formats))} ${fact(t('finderInsurances'), f.labels('insurances', p.insurances))}
    ${fact(t('finderLanguages'), f.labels('languages', p.languages))}
    ${fact(
      t('finderFees'),
      fees && html`${money(fees.min)}${fees.max > fees.min ? ` – ${money(fees.max)}` : ''}${fees.slidingScale ? html`<br />${t('finderSliding')}` : nothing}`,
    )}
    ${fact(
      t('finderLicenses'),
      p.licenses.length &&
        html`<ul>
          ${p.licenses.map((l) => html`<li>${[l.region, l.type, l.number && `#${l.number}`].filter(Boolean).join(' · ')}</li>`)}
        </ul>`,
    )}
    ${fact(t('finderTrainings'), p.trainings.length && i18n.list(p.trainings))}
  </dl>`;
}

/** "Report a problem with this listing": a small native form that posts to `/reports` once. */
function renderReport(f: ProviderFinder): TemplateResult {
  const t = f.i18n.term.bind(f.i18n);
  const { report } = f;
  return html`<details class="report" part="report">
    <summary>${t('finderReport')}</summary>
    ${report === 'sent'
      ? nothing
      : html`<form @submit=${f.sendReport}>
          <fieldset>
            <legend>${t('finderReason')}</legend>
            ${reasons.map(
              ([value, label]) => html`<label class="check"><input type="radio" name="reason" value=${value} required /> ${t(label)}</label>`,
            )}
          </fieldset>
          <label for="note">${t('finderNote')}</label>
          <textarea id="note" name="note" part="input" rows="3" maxlength="1000"></textarea>
          ${report && report !== 'sending' ? html`<p class="notice error" role="alert" dir="auto">${report}</p>` : nothing}
          <button part="button report-button" aria-disabled=${report === 'sending'}>
            ${t(report === 'sending' ? 'finderSending' : 'finderSend')}
          </button>
        </form>`}
    <p role="status">${report === 'sent' ? t('finderThanks') : ''}</p>
  </details>`;
}

/**
 * A provider's profile, in the finder's own shadow root. The summary from the results shows at
 * once; the full profile follows from `GET /providers/{id}`. Remote text is rendered as text only.
 */
export function renderDetail(f: ProviderFinder, summary: ProviderSummary): TemplateResult {
  const { profile, i18n } = f;
  const t = i18n.term.bind(i18n);
  const full = profile.status === TaskStatus.COMPLETE && profile.value?.id === summary.id ? profile.value : undefined;
  const p = full ?? summary;
  return html`<article class="detail" part="detail" aria-labelledby="detail-name">
    <button type="button" part="button back-button" class="back" @click=${f.back}>← ${t('finderBack')}</button>
    <h2 id="detail-name" part="detail-name" tabindex="-1"><span dir="auto">${p.name}</span>${credentials(p)}</h2>
    ${p.practice ? html`<p dir="auto">${p.practice}</p>` : nothing}
    ${full?.address.street ? html`<p dir="auto">${full.address.street}, ${full.address.postalCode}</p>` : nothing} ${renderWhere(f, p)}
    ${renderStatus(f, p)}
    ${full
      ? html`${renderContact(f, full)}
          ${full.bio ? html`<h3>${t('finderAbout')}</h3><p class="bio" dir="auto">${full.bio}</p>` : nothing} ${renderFacts(f, full)}
          ${renderReport(f)}`
      : profile.status === TaskStatus.ERROR
        ? html`<div class="notice error" role="alert">
            <p dir="auto">${f.describe(profile.error)}</p>
            <button type="button" part="button retry-button" @click=${() => profile.run()}>${t('retry')}</button>
          </div>`
        : html`<p class="placeholder">${t('loading')}</p>`}
  </article>`;
}
