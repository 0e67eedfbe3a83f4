import { css } from 'lit';

/**
 * The finder's own styles, on top of the shared ones. The layout follows the finder's own width
 * (a container query), not the viewport's: a narrow sidebar on a wide page gets the narrow layout.
 */
export const finderStyles = css`
  [hidden] {
    display: none !important;
  }
  .base,
  .view,
  .form,
  .fields,
  .grid,
  .field {
    display: grid;
    gap: 0.75rem;
  }
  .base {
    container-type: inline-size;
    gap: 1rem;
  }
  .field {
    gap: 0.25rem;
    align-content: start;
  }
  label,
  summary,
  legend,
  dt {
    font-weight: 600;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    width: 100%;
  }
  p,
  h2,
  h3,
  ul,
  ol,
  dl,
  dd,
  fieldset {
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.1em;
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
  .hint,
  .crisis,
  .badge {
    font-size: 0.875em;
  }
  .crisis {
    padding: 0.4rem 0.75rem;
    border-inline-start: 0.25rem solid var(--dw-accent-color, #0b57a4);
  }
  .locate {
    justify-self: start;
  }
  .submit {
    justify-self: start;
    min-width: 10rem;
  }

  .combo {
    position: relative;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    top: 100%;
    margin-top: 0.25rem;
    max-height: 18rem;
    overflow: auto;
    border: 1px solid var(--dw-border-color, #6b7280);
    border-radius: var(--dw-radius, 0.5rem);
    background: var(--dw-field-background, Field);
    color: var(--dw-field-color, FieldText);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.15);
  }
  [role='option'] {
    padding: 0.5rem 0.75rem;
    cursor: pointer;
  }
  [role='option']:hover {
    background: rgb(127 127 127 / 0.15);
  }
  [role='option'][aria-selected='true'] {
    background: var(--dw-accent-color, #0b57a4);
    color: var(--dw-accent-contrast-color, #fff);
  }

  .filters > summary {
    display: flex;
    align-items: center;
    min-height: 2.5rem;
    cursor: pointer;
  }
  .filters .grid {
    /* Inside the disclosure's content slot, which does not inherit the host's box-sizing. */
    box-sizing: border-box;
    padding-top: 0.5rem;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.5rem;
    font-weight: 400;
  }

  /* Wide: the fields side by side, and the filters always open, without their summary. */
  @container (min-width: 40rem) {
    .fields {
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
    .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .filters > summary {
      display: none;
    }
    .filters::details-content {
      content-visibility: visible;
      display: block;
    }
    .filters .grid {
      padding-top: 0;
    }
  }

  .results {
    position: relative;
    min-height: 12rem;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-bottom: 0.75rem;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .sort select {
    width: auto;
    font-weight: 400;
  }
  .busy {
    position: absolute;
    inset-inline: 0;
    top: 3rem;
    z-index: 1;
    justify-self: center;
    width: max-content;
    margin-inline: auto;
    padding: 0.25rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    background: var(--dw-field-background, Canvas);
    font-weight: 600;
  }
  .pending .cards,
  .pending .empty {
    opacity: 0.5;
    transition: opacity 0.2s 0.1s;
  }
  .cards {
    display: grid;
    gap: 0.75rem;
  }
  .card,
  .empty {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--dw-border-color, #d1d5db);
    border-radius: var(--dw-radius, 0.5rem);
    background: var(--dw-surface-color, transparent);
  }
  .empty {
    justify-items: start;
    gap: 0.75rem;
  }
  .link {
    display: inline;
    min-height: 1.5rem;
    min-width: 0;
    padding: 0;
    border: 0;
    color: var(--dw-link-color, var(--dw-accent-color, #0b57a4));
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
  }
  .credentials {
    font-weight: 400;
  }
  .badges,
  .contact,
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
  }
  .badge {
    padding: 0 0.6rem;
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  .verified,
  .accepting {
    color: var(--dw-success-color, #1a6437);
  }
  .pager {
    justify-content: space-between;
    margin-top: 1rem;
  }

  .detail {
    display: grid;
    gap: 0.75rem;
    justify-items: start;
  }
  .detail > * {
    max-width: 100%;
  }
  .bio {
    white-space: pre-line;
  }
  .facts {
    display: grid;
    gap: 0.25rem 1rem;
  }
  .facts dd + dt {
    margin-top: 0.5rem;
  }
  @container (min-width: 36rem) {
    .facts {
      grid-template-columns: max-content 1fr;
    }
    .facts dd + dt {
      margin-top: 0;
    }
  }
  .report form {
    display: grid;
    gap: 0.5rem;
    max-width: 32rem;
    margin-top: 0.5rem;
  }
  .report button {
    justify-self: start;
  }
  fieldset {
    padding: 0;
    border: 0;
  }
  .report summary {
    min-height: 2.5rem;
    cursor: pointer;
    color: var(--dw-link-color, var(--dw-accent-color, #0b57a4));
  }

  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .link {
      color: LinkText;
    }
    .pending .cards,
    .pending .empty {
      opacity: 1;
    }
  }
`;
