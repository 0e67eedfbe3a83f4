import { css } from '../../styles/css.js';

/** What `<article-references>` adds to the shared styles (which give buttons, focus, `.notice` and wrapping). */
export const referencesStyles = css`
  [part='heading'] {
    margin: 0 0 0.5em;
    font-weight: bold;
  }
  [aria-level='1'] {
    font-size: 1.6em;
  }
  [aria-level='2'] {
    font-size: 1.35em;
  }
  [aria-level='3'] {
    font-size: 1.15em;
  }
  .toolbar,
  .details {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .notice {
    margin: 0 0 0.75rem;
    color: var(--dw-muted-color, inherit);
    border-color: var(--dw-border-color, #6b7280);
  }
  ol {
    margin: 0.75rem 0 0;
    padding-inline-start: 2.5em;
  }
  li {
    margin-block-end: 0.9em;
    padding-inline-start: 0.25em;
    scroll-margin: 4rem;
  }
  /* Also when a marker was clicked, where :focus-visible does not match. */
  li:focus {
    outline: 2px solid var(--dw-focus-color, var(--dw-accent-color, #0b57a4));
    outline-offset: 2px;
  }
  .flag {
    margin: 0.35em 0 0;
    padding-inline-start: 0.5rem;
    border-inline-start: 0.25rem solid;
    color: var(--dw-danger-color, #a3221b);
  }
  .correction {
    color: inherit;
  }
  .details {
    gap: 0.25rem 1rem;
    margin-top: 0.25em;
    color: var(--dw-muted-color, inherit);
    font-size: 0.875em;
  }
  [part='backlinks'] a {
    display: inline-block;
    min-width: 1.5rem;
    line-height: 1.5rem;
    text-align: center;
  }
  .details button {
    min-height: 2rem;
    padding: 0.1em 0.75em;
    font-size: inherit;
  }
  [part='copied'] {
    color: var(--dw-success-color, #1a6437);
    font-weight: 600;
  }

  @media print {
    .toolbar,
    [part='notice'],
    [part='backlinks'],
    [part='copied'],
    button {
      display: none !important;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
    li {
      break-inside: avoid;
    }
  }
`;
