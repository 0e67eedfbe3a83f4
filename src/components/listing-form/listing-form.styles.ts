import { css } from 'lit';

/**
 * One column on narrow hosts (down to 280 px); short fields side by side when the form is wide.
 * Side by side, a field's label, error and control sit on rows shared with its neighbour's
 * (subgrid), so that an error on one side does not push its control below the other's.
 */
export const styles = css`
  :host {
    container-type: inline-size;
  }
  form,
  .grid,
  .field,
  .notice {
    display: grid;
    gap: 1rem;
  }
  form {
    gap: 1.5rem;
  }
  .grid {
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 34rem) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .wide {
      grid-column: 1 / -1;
    }
    .grid {
      row-gap: 0;
      margin-bottom: -1rem;
    }
    .field {
      margin-bottom: 1rem;
    }
    .field:not(.wide) {
      grid-row: span 3;
      grid-template-rows: subgrid;
    }
    .field:not(.wide) > :not(:last-child) {
      margin-bottom: 0.3rem;
    }
    .field:not(.wide) > :last-child {
      grid-row: 3;
    }
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    column-gap: 1rem;
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
  }
  .section > legend {
    margin-bottom: 0.75rem;
    font-size: 1.15em;
    font-weight: 700;
  }
  .field {
    gap: 0.3rem;
    align-content: start;
  }
  .field > label:not(.check),
  .field > legend {
    font-weight: 600;
  }
  .credentials .options {
    grid-template-columns: repeat(auto-fill, minmax(5.5rem, 1fr));
  }
  .optional,
  .muted {
    font-weight: 400;
    color: var(--dw-muted-color, inherit);
  }
  input:not([type='checkbox']),
  select,
  textarea {
    width: 100%;
  }
  textarea {
    resize: vertical;
  }
  .check {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    min-height: 2.5rem;
    padding-block: 0.4rem;
    cursor: pointer;
  }
  .check input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
  }
  .field-error {
    margin: 0;
    color: var(--dw-danger-color, #a3221b);
    font-weight: 600;
  }
  [aria-invalid='true']:not([type='checkbox']) {
    border: 2px solid var(--dw-danger-color, #a3221b);
  }
  .notice {
    gap: 0.5rem;
    justify-items: start;
  }
  .notice p,
  .summary h2,
  .summary ul {
    margin: 0;
  }
  .summary h2 {
    font-size: 1.1em;
  }
  .summary ul {
    padding-inline-start: 1.25rem;
  }
  .summary li + li {
    margin-top: 0.25rem;
  }
  .summary a {
    color: inherit;
  }
  .notice button {
    color: inherit;
    border-color: currentColor;
  }
  .trap {
    position: absolute;
    inset-inline-start: -100vw;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .success {
    margin: 0;
    font-weight: 600;
  }
`;
