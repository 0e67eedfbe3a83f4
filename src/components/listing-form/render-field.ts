import { html, nothing, type TemplateResult } from 'lit';
import type { Taxonomy } from '../../directory/contract.js';
import type { FieldDef, FormValues, TextKey } from './fields.js';

/** What a field needs to render: the form's state and its words. */
export interface FieldView {
  term(key: TextKey): string;
  values: FormValues;
  errors: Readonly<Record<string, string>>;
  required: ReadonlySet<string>;
  taxonomy?: Taxonomy;
}

/**
 * One field: its label, its error (between the label and the control, and tied to the control with
 * `aria-describedby`) and a native control. Option lists are checkbox groups in a `<fieldset>`. A
 * field's control (or group) has the field's name as its id, in the element's shadow root.
 */
export function renderField(field: FieldDef, view: FieldView): TemplateResult {
  const { name, kind, autocomplete } = field;
  const error = view.errors[name];
  const value = view.values[name];
  const text = typeof value === 'string' ? value : '';
  const required = view.required.has(name);
  const invalid = error ? 'true' : nothing;
  const describedBy = error ? `${name}-error` : nothing;
  const label = html`${view.term(field.label)}${required || kind === 'check'
    ? nothing
    : html` <span class="muted">${view.term('listingOptional')}</span>`}`;
  const message = error ? html`<p class="field-error" part="error" id="${name}-error">${error}</p>` : nothing;
  // Lists, the message and the boxes take a whole row when the form has room for two columns.
  const classes = kind === 'terms' || kind === 'textarea' || kind === 'check' ? 'field wide' : 'field';

  if (kind === 'terms') {
    const options = view.taxonomy?.[name as keyof Omit<Taxonomy, 'version'>];
    return html`<fieldset class="${classes} ${name}" part="field" id=${name}>
      <legend part="label">${label}</legend>
      ${message}
      ${options
        ? html`<div class="options">
            ${options.map(
              (option) => html`<label class="check">
                <input
                  type="checkbox"
                  part="input"
                  name=${name}
                  value=${option.id}
                  .checked=${(value as string[] | undefined)?.includes(option.id)}
                  aria-invalid=${invalid}
                  aria-describedby=${describedBy}
                />${name === 'credentials'
                  ? html`<span>${option.id}<span class="visually-hidden"> · ${option.label}</span></span>`
                  : html`<span>${option.label}</span>`}
              </label>`,
            )}
          </div>`
        : html`<p class="muted">${view.term('loading')}</p>`}
    </fieldset>`;
  }

  if (kind === 'check') {
    return html`<div class=${classes} part="field">
      ${message}
      <label class="check" part="label">
        <input
          type="checkbox"
          part="input"
          id=${name}
          name=${name}
          ?required=${required}
          .checked=${value === true}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
        /><span>${label}</span>
      </label>
    </div>`;
  }

  let control: TemplateResult;
  if (kind === 'region') {
    control = html`<select
      part="input"
      id=${name}
      name=${name}
      autocomplete=${autocomplete ?? nothing}
      ?required=${required}
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
    >
      <option value="" .selected=${!text}>${view.term('listingChooseRegion')}</option>
      ${view.taxonomy?.regions.map(({ id, label }) => html`<option value=${id} .selected=${id === text}>${label}</option>`)}
    </select>`;
  } else if (kind === 'textarea') {
    control = html`<textarea
      part="input"
      id=${name}
      name=${name}
      rows="4"
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
      .value=${text}
    ></textarea>`;
  } else {
    control = html`<input
      part="input"
      id=${name}
      name=${name}
      type=${kind}
      autocomplete=${autocomplete ?? nothing}
      ?required=${required}
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
      .value=${text}
    />`;
  }
  return html`<div class=${classes} part="field">
    <label part="label" for=${name}>${label}</label>
    ${message} ${control}
  </div>`;
}
