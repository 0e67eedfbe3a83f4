import type { CslName } from '../../../directory/contract.js';
import { curly } from './fields.js';

/**
 * How a style writes a list of names (the attributes of CSL's `<name>` and `<bibliography>`): APA's
 * "Zarate, C. A., Jr." with "&" before the last name, or the NLM form of AMA and Vancouver,
 * "Zarate CA Jr", with none.
 */
export interface NameStyle {
  /** Family name first: "Zarate, C. A., Jr." rather than "C. A. Zarate Jr.". */
  inverted: boolean;
  /** APA: initials with periods, "&", and lists of 21 or more names as the first 19, "…" and the last. */
  apa?: true;
  /** NLM: lists of 7 or more names show this many, then "et al.". */
  etAl?: number;
}

/**
 * A given name's initials as citeproc-js makes them: "Carlos A." gives "C. A." or "CA"; a hyphen
 * stays between initials ("J.-P.") only where initials end in a period, as in APA.
 */
function initials(given: string, terminator: string): string {
  // Only scripts with initials: a Chinese or Japanese given name is printed whole.
  if (!/^[a-z\u00c0-\u024f\u0370-\u06ff]/i.test(given)) return given;
  const keepHyphens = terminator !== '';
  const parts = (keepHyphens ? given : given.replace(/-/g, ' '))
    .replace(/\.(?=\S)/g, '. ')
    .replace(/-(?=\p{Ll})/gu, '\u2013') // "Jean-pierre" is one name, not two
    .split(/([\s-]+)/);
  let out = '';
  for (let index = 0; index < parts.length; index += 2) {
    const word = parts[index] ?? '';
    const separator = parts[index + 1] ?? '';
    const match = /^(\p{L})(\p{L}*)(\.)?/u.exec(word);
    if (match?.[1] && match[1] === match[1].toUpperCase()) {
      const [, first, rest = '', period] = match;
      // "Wm." stays "Wm."; "IJsbrand" gives "Ij." (citeproc-js keeps a capital run, lower-cased).
      const capitals = /^\p{Lu}*/u.exec(rest)?.[0] ?? '';
      out += (period && rest ? first + rest : first + (capitals.length < rest.length ? capitals.toLowerCase() : '')) + terminator;
      if (separator.includes('-')) out += '-';
    } else if (word) {
      out += ' ' + word + separator;
    }
  }
  return out.replace(/\s*-\s*/g, '-').replace(/\u2013/g, '-').replace(/\s+/g, ' ').trim();
}

function formatName(name: CslName, style: NameStyle): string {
  if (name.literal) return name.literal;
  const particle = name['non-dropping-particle'];
  const family = (particle ? particle + (/['’-]$/.test(particle) ? '' : ' ') : '') + (name.family ?? '');
  const given = [name.given && name.family ? initials(name.given, style.apa ? '. ' : '') : name.given, name['dropping-particle']]
    .filter(Boolean)
    .join(' ');
  if (!family) return given;
  // Periods are cut from a suffix where initials have none: "Zarate CA Jr".
  const suffix = style.apa ? name.suffix : name.suffix?.replace(/\.(?=\s|$)/g, '');
  return (style.inverted ? [family, given, suffix] : [given, family, suffix]).filter(Boolean).join(style.inverted && style.apa ? ', ' : ' ');
}

/** A list of names, shortened the way the style shortens long author lists. */
export function formatNames(names: CslName[], style: NameStyle): string {
  const write = (name: CslName | undefined): string => (name ? curly(formatName(name, style)) : '');
  const last = write(names[names.length - 1]);
  if (names.length >= (style.apa ? 21 : 7)) {
    const shown = names.slice(0, style.apa ? 19 : style.etAl).map(write).join(', ');
    return style.apa ? `${shown}, … ${last}` : `${shown}, et al.`;
  }
  const written = names.map(write);
  if (!style.apa || written.length < 2) return written.join(', ');
  // citeproc-js writes "Doe, J., & Roe, K." (but "C. Doe & K. Roe" for editors) and "Doe, J. & WHO": no comma before a group author.
  const comma = written.length > 2 || (style.inverted && !names[names.length - 1]?.literal) ? ',' : '';
  return `${written.slice(0, -1).join(', ')}${comma} & ${last}`;
}
