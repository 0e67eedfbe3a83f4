import { css } from 'lit';

export const referencesStyles = css`
  [part='heading'] {
    margin: 0 0 0.5em;
    font-size: inherit;
  }
  h1[part='heading'] {
    font-size: 1.6em;
  }
  h2[part='heading'] {
    font-size: 1.35em;
  }
  h3[part='heading'] {
    font-size: 1.15em;
  }
  .toolbar {
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
  li:focus {
    outline: 2px solid var(--dw-focus-color, var(--dw-accent-color, #0b57a4));
    outline-offset: 2px;
  }
  [part='citation'] {
    overflow-wrap: anywhere;
  }
  .flag {
    margin: 0.35em 0 0;
    padding-inline-start: 0.5rem;
    border-inline-start: 0.25rem solid;
    color: var(--dw-danger-color, #a3221b);
  }
  .flag.correction {
    color: inherit;
  }
  .details {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
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
    [part='status'],
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
