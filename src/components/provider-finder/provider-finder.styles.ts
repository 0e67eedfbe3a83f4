import { css } from '../../styles/css.js';

/**
 * The finder's own styles, on top of the shared ones (buttons, fields, `.notice`, focus, reduced
 * motion), written compactly: every byte ships to every visitor. The layout follows the finder's
 * own width (container queries on `.base`), not the viewport's, so a narrow sidebar on a wide page
 * gets the narrow layout. What a disclosure holds sets its own box-sizing: the content slot of
 * `<details>` does not inherit the host's. The build strips these comments and the whitespace.
 */
export const finderStyles = css`
  [hidden] { display: none !important }
  .base, .view, .form, .fields, .grid, .field, .cards, .card, .empty, .detail, .facts, .report form { display: grid; gap: .75rem }
  .base { container-type: inline-size; gap: 1rem }
  .field, .card { gap: .25rem; align-content: start }
  label, summary, legend, dt { font-weight: 600 }
  .field :is(input, select), textarea { width: 100% }
  p, h2, h3, ul, ol, dl, dd, fieldset { margin: 0 }
  h2 { font-size: 1.25em }
  h3 { font-size: 1.1em }
  ul, ol { padding: 0; list-style: none }
  .hint, .crisis, .badge { font-size: .875em }
  .crisis { padding: .4rem .75rem; border-inline-start: .25rem solid var(--dw-accent-color, #0b57a4) }
  .locate, .submit, .report button { justify-self: start }
  .empty, .detail { justify-items: start }

  .combo { position: relative }
  [role=listbox] { position: absolute; z-index: 2; inset-inline: 0; top: 100%; margin-top: .25rem;
    border: 1px solid var(--dw-border-color, #6b7280); border-radius: var(--dw-radius, .5rem);
    background: var(--dw-field-background, Field); color: var(--dw-field-color, FieldText); box-shadow: 0 .25rem 1rem #0002 }
  [role=option] { padding: .5rem .75rem; cursor: pointer }
  [role=option]:hover { background: #8882 }
  [aria-selected=true] { background: var(--dw-accent-color, #0b57a4); color: var(--dw-accent-contrast-color, #fff) }

  summary { padding: .5rem 0; cursor: pointer }
  details > * { box-sizing: border-box }
  .grid { padding-top: .5rem }
  .check { display: flex; align-items: center; gap: .5rem; min-height: 2.5rem; font-weight: 400 }
  @container (min-width: 40rem) {
    .fields { grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)) }
    .grid { grid-template-columns: repeat(3, minmax(0, 1fr)); padding: 0 }
    .filters > summary { display: none }
    .filters::details-content { content-visibility: visible; display: block }
  }

  .results { min-height: 12rem }
  .bar, .sort, .badges, .contact { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem }
  .bar { justify-content: space-between; margin-bottom: .75rem; column-gap: 1rem }
  .pager { display: grid; grid-template-columns: auto 1fr auto; align-items: center; gap: .4rem; margin-top: 1rem; text-align: center; overflow-wrap: normal }
  .sort select { font-weight: 400 }
  .pending .cards, .pending .empty { opacity: .5 }
  .card, .empty { padding: .75rem 1rem; border: 1px solid var(--dw-border-color, #d1d5db); border-radius: var(--dw-radius, .5rem);
    background: var(--dw-surface-color, transparent) }
  .link { display: inline; min-height: 1.5rem; min-width: 0; padding: 0; border: 0; text-align: start; text-decoration: underline }
  .credentials { font-weight: 400 }
  .badge { padding: 0 .6rem; border: 1px solid; border-radius: 1rem }
  .verified, .accepting { color: var(--dw-success-color, #1a6437) }

  .detail > * { max-width: 100% }
  .bio { white-space: pre-line }
  .facts { gap: .25rem 1rem }
  @container (min-width: 36rem) { .facts { grid-template-columns: max-content 1fr } }
  .report form { gap: .5rem; max-width: 32rem; margin-top: .5rem }
  fieldset { padding: 0; border: 0 }

  @media (forced-colors: active) {
    [aria-selected=true] { forced-color-adjust: none; background: Highlight; color: HighlightText }
    .link { color: LinkText }
  }
`;
