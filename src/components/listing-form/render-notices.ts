import { html, nothing, type TemplateResult } from 'lit';
import type { FieldDef } from './fields.js';
import { fieldId, fieldLabel, type FieldView } from './render-field.js';

/** A notice with one button: the draft notice, a failure with Retry. Alerts are announced at once. */
export function renderNotice(
  parts: string,
  text: string,
  button: string,
  onClick: () => void,
  alert = false,
): TemplateResult {
  return html`<div class="notice ${alert ? 'error' : ''}" part="message ${parts}" role=${alert ? 'alert' : nothing}>
    <p>${text}</p>
    <button type="button" part="button" @click=${onClick}>${button}</button>
  </div>`;
}

/**
 * The error summary: a titled group (not an alert: it receives focus on submit, which reads it)
 * with a link per problem, in the order of the form. The links move focus to their field through
 * `onLink`, as fragment links cannot reach into a shadow root. Errors for fields the form lacks
 * (the server may know more rules) come last, without a link.
 */
export function renderSummary(
  title: string,
  errors: Readonly<Record<string, string>>,
  fields: FieldDef[],
  view: FieldView,
  onLink: (event: Event) => void,
): TemplateResult {
  const order = (name: string) => fields.findIndex((field) => field.name === name) + 1 || fields.length + 1;
  const entries = Object.entries(errors).sort(([a], [b]) => order(a) - order(b));
  return html`<div class="notice error summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="summary-title">
    <h2 id="summary-title">${title}</h2>
    <ul>
      ${entries.map(([name, message]) => {
        const field = fields.find((candidate) => candidate.name === name);
        if (!field) return html`<li>${message}</li>`;
        // A box's label is a sentence (the consent text): its message says enough alone.
        const text = field.kind === 'check' ? message : `${fieldLabel(field, view)}: ${message}`;
        return html`<li><a href="#${fieldId(name)}" data-field=${name} @click=${onLink}>${text}</a></li>`;
      })}
    </ul>
  </div>`;
}
