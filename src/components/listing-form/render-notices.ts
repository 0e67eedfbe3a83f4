import { html, type TemplateResult } from 'lit';
import type { FieldDef } from './fields.js';
import type { FieldView } from './render-field.js';

/**
 * The error summary: a titled group (not an alert: it receives focus on submit, which reads it)
 * with a link per problem, in the order of the form. Each link names its field's id (the field's
 * name) and moves focus to it through `onLink`, as fragment links cannot reach into a shadow root.
 * Errors for fields the form lacks (the server may know more rules) come last, without a link.
 */
export function renderSummary(
  title: string,
  errors: Readonly<Record<string, string>>,
  fields: FieldDef[],
  view: FieldView,
  onLink: (event: Event) => void,
): TemplateResult {
  const known = fields.filter(({ name }) => errors[name]);
  const others = Object.keys(errors).filter((name) => !fields.some((field) => field.name === name));
  return html`<div class="notice error summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="summary-title">
    <h2 id="summary-title">${title}</h2>
    <ul>
      ${known.map((field) => {
        // A box's label is a sentence (the consent text): its message says enough alone.
        const label = field.kind === 'check' ? '' : `${view.term(field.label)}: `;
        return html`<li><a href="#${field.name}" @click=${onLink}>${label}${errors[field.name]}</a></li>`;
      })}
      ${others.map((name) => html`<li>${errors[name]}</li>`)}
    </ul>
  </div>`;
}
