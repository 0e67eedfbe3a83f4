import { css } from './css.js';

/**
 * Styles every widget shares. The widgets inherit the host page's font and colour so they look at
 * home; every `--dw-*` token is read with a literal fallback, so no theme file is needed.
 * Targets are at least 2.5rem high (WCAG 2.2 asks for 24 px).
 */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    font-family: var(--dw-font-family, inherit);
    color: var(--dw-text-color, inherit);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none!important;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }

  .visually-hidden {
    position: absolute!important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  a {
    color: var(--dw-link-color, var(--dw-accent-color, #0b57a4));
  }

  :focus-visible {
    outline: 2px solid var(--dw-focus-color, var(--dw-accent-color, #0b57a4));
    outline-offset: 2px;
  }

  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: .4em;
    min-height: 2.5rem;
    min-width: 2.5rem;
    padding: .4em 1em;
    border: 1px solid var(--dw-accent-color, #0b57a4);
    border-radius: var(--dw-radius, .5rem);
    background: var(--dw-button-background, transparent);
    color: var(--dw-accent-color, #0b57a4);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  button.primary,
  .button.primary {
    background: var(--dw-accent-color, #0b57a4);
    color: var(--dw-accent-contrast-color, #fff);
  }
  button:disabled,
  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: .7;
  }

  input,
  select,
  textarea {
    min-height: 2.5rem;
    padding: .4em .6em;
    border: 1px solid var(--dw-border-color, #6b7280);
    border-radius: var(--dw-radius, .5rem);
    background: var(--dw-field-background, Field);
    color: var(--dw-field-color, FieldText);
    font: inherit;
    max-width: 100%;
  }
  [type='checkbox'],
  [type='radio'] {
    min-height: 0;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--dw-accent-color, #0b57a4);
  }

  .notice {
    padding: .75rem 1rem;
    border: 1px solid currentColor;
    border-left-width: .35rem;
    border-radius: var(--dw-radius, .5rem);
  }
  .notice.error {
    color: var(--dw-danger-color, #a3221b);
  }
  .notice.success {
    color: var(--dw-success-color, #1a6437);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation-duration: .01ms!important;
      transition-duration: .01ms!important;
    }
  }

  @media (forced-colors: active) {
    button.primary,
    .button.primary {
      border-color: ButtonText;
    }
  }
`;
