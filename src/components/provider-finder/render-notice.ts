import { html } from 'lit';
import type { ProviderFinder } from './provider-finder.js';

/**
 * A failure, said in plain words (`role="alert"`), with a "Try again" button that runs the failed
 * call again: for the results, a profile (`part="error"`) and the filters (`taxonomy-error`).
 */
export const renderNotice = (f: ProviderFinder, part: string, message: string, retry: () => unknown) =>
  html`<div class="notice error" part=${part} role="alert"><p dir="auto">${message}</p>
    <button type="button" part="button retry-button" @click=${retry}>${f.t('retry')}</button></div>`;
