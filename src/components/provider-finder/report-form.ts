import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ReportReason, ReportRequest } from '../../directory/contract.js';
import { ProviderReportEvent } from './events.js';
import { messageKey } from './message-key.js';
import type { ProviderFinder } from './provider-finder.js';

const reasons: ReportReason[] = ['wrong', 'full', 'unresponsive', 'other'];

/**
 * "Report a problem with this listing": a small native form that posts to `/reports` once, says
 * thank you in a polite live region, and puts focus back on its summary.
 */
export class ReportForm {
  /** `sending`, `sent`, the words of a failure, or nothing. */
  status = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly post: (report: ReportRequest) => Promise<void>,
    private readonly describe: (error: unknown) => string,
  ) {}

  /** A new profile, a new form. */
  reset(): void {
    this.status = '';
  }

  private set(status: string): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private send = async (event: SubmitEvent, providerId: string): Promise<void> => {
    event.preventDefault();
    if (this.status === 'sending') return;
    const data = new FormData(event.target as HTMLFormElement);
    const reason = data.get('reason') as ReportReason;
    this.set('sending');
    try {
      await this.post({ providerId, reason, note: String(data.get('note') ?? '') || undefined });
      this.set('sent');
      this.host.dispatchEvent(new ProviderReportEvent(providerId, reason));
      await this.host.updateComplete;
      this.host.shadowRoot?.querySelector<HTMLElement>('.report summary')?.focus();
    } catch (error) {
      this.set(this.describe(error));
    }
  };

  render(f: ProviderFinder, providerId: string): TemplateResult {
    const { status } = this;
    const sending = status === 'sending';
    return html`<details class="report" part="report"><summary>${f.t('finderReport')}</summary>
      ${status === 'sent'
        ? nothing
        : html`<form @submit=${(event: SubmitEvent) => this.send(event, providerId)}>
            <fieldset><legend>${f.t('finderReason')}</legend>
              ${reasons.map((reason) => html`<label class="check"><input type="radio" name="reason" value=${reason} required /> ${f.t(messageKey('finderReason', reason))}</label>`)}
            </fieldset>
            <label for="note">${f.t('finderNote')}</label><textarea id="note" name="note" part="input" rows="3" maxlength="1000"></textarea>
            ${status && !sending ? html`<p class="notice error" role="alert" dir="auto">${status}</p>` : nothing}
            <button part="button report-button" aria-disabled=${sending}>${f.t(sending ? 'finderSending' : 'finderSend')}</button>
          </form>`}
      <p role="status">${status === 'sent' ? f.t('finderThanks') : ''}</p>
    </details>`;
  }
}
