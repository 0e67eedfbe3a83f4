/**
 * A formatted reference is a list of runs: plain text, or text with italics and/or a link.
 * The element renders runs as text nodes (never as HTML), `<i>` and `<a>`; `toPlainText` gives the
 * "copy citation" string. `href` is only ever a `https://doi.org/…` or an `http(s):` URL.
 */
export type Run = string | { text: string; italic?: true; href?: string };

/**
 * While a style is assembled, a run may be `sealed`: after italic text whose italics sit directly on
 * a variable in a delimited group (AMA's journal and book titles), citeproc-js still drops a
 * repeated mark ("Ann Med." + ". ") but keeps a different one ("Why?" + ". " stays "Why?.").
 */
type Piece = string | { text: string; italic?: true; href?: string; sealed?: true };

/** A part of a reference under construction; empty when the data for it is missing. */
export type Part = Piece[];

const runText = (run: Piece): string => (typeof run === 'string' ? run : run.text);

export const toPlainText = (runs: readonly Run[]): string => runs.map(runText).join('');

export const text = (value: string): Part => (value ? [value] : []);

export const italic = (value: string, sealed?: true): Part =>
  value ? [sealed ? { text: value, italic: true, sealed } : { text: value, italic: true }] : [];

export const link = (value: string, href: string | undefined): Part =>
  value ? [href ? { text: value, href } : value] : [];

/** citeproc-js's punctuation merging: "?" + ". " gives "? ", "Jr." + ". " gives "Jr. ". */
function absorbs(last: string, next: string): boolean {
  if (!last || !next || !'.,;:!?'.includes(next)) return false;
  return last === next || ('!?'.includes(last) && '.:'.includes(next)) || (':;'.includes(last) && next === '.') || (last === ';' && next === ':');
}

function append(part: Part, punctuation: string, isDelimiter: boolean): Part {
  const last = part[part.length - 1];
  const lastMark = last ? runText(last).slice(-1) : '';
  const next = punctuation.charAt(0);
  const sealed = isDelimiter && typeof last === 'object' && 'sealed' in last && lastMark !== next;
  if (!sealed && absorbs(lastMark, next)) punctuation = punctuation.slice(1);
  return punctuation ? [...part, punctuation] : part;
}

/** CSL `<group delimiter>`: the non-empty parts joined; empty when all parts are. */
export function join(delimiter: string, ...parts: Part[]): Part {
  let out: Part = [];
  for (const part of parts) if (part.length) out = out.length ? [...append(out, delimiter, true), ...part] : part;
  return out;
}

/** CSL `prefix`/`suffix`: added only around a part that is present. */
export const affix = (prefix: string, part: Part, suffix = ''): Part =>
  part.length ? [...text(prefix), ...append(part, suffix, false)] : [];

/** The public runs: adjacent plain strings merged, construction flags dropped. */
export function finish(part: Part): Run[] {
  const runs: Run[] = [];
  for (const piece of part) {
    const previous = runs[runs.length - 1];
    if (typeof piece === 'string' && typeof previous === 'string') runs[runs.length - 1] = previous + piece;
    else if (typeof piece === 'string') runs.push(piece);
    else {
      const { sealed: _sealed, ...run } = piece;
      runs.push(run);
    }
  }
  return runs;
}
