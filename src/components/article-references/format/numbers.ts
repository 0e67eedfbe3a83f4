/**
 * Number fields (page, volume, issue, number, edition), read the way citeproc-js reads them: a
 * field is a list of values ("12", "S10", "e18910") joined by hyphens, commas or "&". Whether the
 * first value is a number decides labels such as "Vol." and "No."; hyphenated values become ranges.
 */

const JOINER = /(\s*&\s*|,\s+and\s+|\s+and\s+|;\s+|,\s+|\s*[-–]+\s*)/;

/** A value's letter prefix and its number: "S10" → ["S", "10"]; anything else is all value. */
const split = (value: string): [particle: string, value: string] => {
  const match = /^([0-9]*[a-zA-Z]+0*)?([0-9]+(?:[a-zA-Z]*|[-,a-zA-Z]+))$/.exec(value);
  return match ? [match[1] ?? '', match[2] ?? ''] : ['', value];
};

const firstValue = (field: string): string => split(field.split(JOINER)[0]?.trim() ?? '')[1];

const collapsible = (value: string): boolean => !isNaN(parseInt(value, 10));

/** CSL `is-numeric`. */
export const isNumeric = (field: string): boolean => /^[0-9]+(?:[-,:a-zA-Z]*|-[-0-9]+)$/.test(firstValue(field));

/** Whether a label takes its plural form ("pp.", "Nos."): several values that read as numbers. */
export const isPlural = (field: string): boolean =>
  isNumeric(field) && JOINER.test(field.trim()) && collapsible(firstValue(field));

/** A page range in CSL's "expanded" (1181–1197) or "minimal" (1181–97) form; other pairs are only joined with the delimiter. */
function pageRange(particle: string, from: string, to: string, delimiter: string, minimal: boolean): string {
  const fullTo = to.length < from.length ? from.slice(0, from.length - to.length) + to : to;
  if (!/^[0-9]+[a-z]*$/.test(from) || !/^[0-9]+[a-z]*$/.test(to) || parseInt(from, 10) >= parseInt(fullTo, 10)) return particle + from + delimiter + particle + to;
  if (!minimal) return particle + from + delimiter + particle + fullTo;
  let shared = 0;
  while (from.length === fullTo.length && shared < fullTo.length && from[shared] === fullTo[shared]) shared++;
  return particle + from + delimiter + fullTo.slice(shared);
}

/**
 * A number field as printed. A hyphen becomes `delimiter` between two values of the same prefix
 * when the second is the last of its hyphenated run (citeproc-js reads "PEP20-07-01-001" as a range
 * ending in "01–001"); pages also get the style's range format.
 */
export function formatNumber(field: string, delimiter: string, pages?: 'expanded' | 'minimal'): string {
  // Values at even indexes, the joiners between them at odd ones.
  const tokens = (pages ? field.replace(/–/g, '-') : field).split(JOINER).map((token, index) => (index % 2 ? token.replace(/\s*-\s*/, '-') : token));
  if (tokens.length < 3 || !collapsible(split(tokens[0] ?? '')[1])) return tokens.join('');
  for (let index = 1; index < tokens.length; index += 2) {
    if (tokens[index] !== '-' || tokens[index + 2] === '-') continue;
    const [particle, from] = split(tokens[index - 1] ?? '');
    const [lastParticle, to] = split(tokens[index + 1] ?? '');
    if (particle !== lastParticle) continue;
    const range =
      pages && !isNaN(parseInt(from, 10)) && !isNaN(parseInt(to, 10))
        ? pageRange(particle, from, to, delimiter, pages === 'minimal')
        : /^[0-9]+$/.test(from) && /^[0-9]+$/.test(to)
          ? from + delimiter + to
          : undefined;
    if (range) tokens.splice(index - 1, 3, range, '', '');
  }
  return tokens.join('');
}

export const ordinal = (value: string): string => {
  const number = parseInt(value, 10);
  return number + (Math.floor(number / 10) % 10 === 1 ? 'th' : (['th', 'st', 'nd', 'rd'][number % 10] ?? 'th'));
};

/** A number after its label, singular or plural: "Vol. 3", "pp. 115–129"; nothing when empty. */
export const labelled = (field: string, single: string, plural: string, format: (field: string) => string): string =>
  field && `${isPlural(field) ? plural : single} ${format(field)}`;

/** A number with its label when it reads as one ("Vol. 3", "Nos. 1–2"), else as written ("Suppl"). */
export const numbered = (field: string, single: string, plural: string, format: (field: string) => string): string =>
  isNumeric(field) ? labelled(field, single, plural, format) : format(field);

/** CSL `label-edition`: "5" → "5th ed."; words ("Rev. ed.") as they are. */
export const edition = (field: string): string => (field && isNumeric(field) ? ordinal(field) + ' ed.' : field);
