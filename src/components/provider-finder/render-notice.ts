import { html, nothing } from 'lit';

/**
 * A notice with one button, for both the finder and the listing form. A failure (`alert`, the
 * default) is said in plain words and announced at once, with a button (`retry-button`) that runs
 * the failed call again; a plain notice, such as the form's kept draft, has a `clear-button`.
 */
export const renderNotice = (parts: string, text: string, label: string, onClick: () => unknown, alert = true) =>
  html`<div class="notice ${alert ? 'error' : ''}" part=${parts} role=${alert ? 'alert' : nothing}><p dir="auto">${text}</p><button type="button" part="button ${alert ? 'retry' : 'clear'}-button" @click=${onClick}>${label}</button></div>`;
