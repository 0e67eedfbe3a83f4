import { css } from '../../styles/css.js';

/**
 * The form's own styles, on top of the shared ones (buttons, fields, notices, focus): one column on
 * narrow hosts (down to 280 px), short fields side by side when the element is wide. Side by side, a
 * field's label, error and control sit on rows shared with its neighbour's (subgrid), so that an
 * error on one side does not push its control below the other's. Written compactly: every byte
 * ships to every visitor. (No comments inside the CSS: they would ship.)
 */
export const styles = css`
  :host { container-type: inline-size }
  p, h2, ul, fieldset { margin: 0 }
  fieldset { min-width: 0; padding: 0; border: 0 }
  legend { padding: 0 }
  form, .grid, .field, .notice { display: grid; gap: 1.5rem }
  .grid { grid-template-columns: minmax(0, 1fr); gap: 1rem }
  @container (min-width: 34rem) {
    .grid { grid-template-columns: repeat(2, minmax(0, 1fr)); row-gap: 0; margin-bottom: -1rem }
    .field { margin-bottom: 1rem }
    .wide { grid-column: 1 / -1 }
    .field:not(.wide) { grid-row: span 3; grid-template-rows: subgrid }
    .field:not(.wide) > :not(:last-child) { margin-bottom: .3rem }
    .field:not(.wide) > :last-child { grid-row: 3 }
  }
  .field { gap: .3rem; align-content: start }
  label, legend { font-weight: 600 }
  .section > legend { margin-bottom: .75rem; font-size: 1.15em; font-weight: 700 }
  .options { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); column-gap: 1rem }
  .credentials .options { grid-template-columns: repeat(auto-fill, minmax(5.5rem, 1fr)) }
  .muted { font-weight: 400; color: var(--dw-muted-color, inherit) }
  input:not([type=checkbox]), select, textarea { width: 100% }
  textarea { resize: vertical }
  .check { display: flex; gap: .6rem; align-items: flex-start; min-height: 2.5rem; padding-block: .4rem; font-weight: 400; cursor: pointer }
  .check input { flex: none; width: 1.5rem; height: 1.5rem }
  .field-error { color: var(--dw-danger-color, #a3221b); font-weight: 600 }
  [aria-invalid=true]:not([type=checkbox]) { border: 2px solid var(--dw-danger-color, #a3221b) }
  .notice { gap: .5rem; justify-items: start }
  .summary h2 { font-size: 1.1em }
  .summary ul { padding-inline-start: 1.25rem }
  .summary li + li { margin-top: .25rem }
  .summary a, .notice button { color: inherit }
  .notice button { border-color: currentColor }
  .success { font-weight: 600 }
  [type=submit] { justify-self: start }
`;
