/**
 * CSL text-case transforms, shaped as citeproc-js applies them to English text: a string is split
 * into segments at punctuation and quotes, and segments into words at spaces.
 */

/**
 * citeproc-js's stop words that stay lower case inside a title, less its single letters (a word
 * of one letter is never capitalised there anyway) and the archaic ones no title uses ("anenst",
 * "athwart", "forenenst", "thruout"…).
 */
const STOP_WORDS = new Set(
  ('about above across after against al along alongside amid among an and around as aside at atop before behind below ' +
    'beneath beside besides between beyond but by circa de despite down during et except for from given in inside into ' +
    'like near next nor notwithstanding of off on onto or out over per plus pro since so than the through throughout till ' +
    'to toward towards under underneath until up upon van versus via von vs with within without yet').split(' '),
);

/** The punctuation and quotes at which citeproc-js splits a string before changing case. */
const MARKS = `‘’“”"'\\-–—/.,;?!:[\\]()`;
const MARK = new RegExp(`[${MARKS}]`);
const WORD = new RegExp(`[^\\s${MARKS}]+`, 'g');
const FIRST_WORD = new RegExp(`^([\\s${MARKS}]*)([^\\s${MARKS}]+)`);

const capitalise = (word: string): string => {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  // A lone Greek letter stays as it is: it names a variable in a scientific title.
  return /^[\u0370-\u03ff]$/.test(word) ? word : first.toUpperCase() + word.slice(first.length);
};

const isLower = (word: string): boolean => word === word.toLowerCase();

/**
 * Title case: words that are all lower case are capitalised unless they are stop words; the first
 * word, words after "!", "?" or ":", and a final stop word are capitalised too. Words that already
 * hold a capital (iPhone, DSM-IV) are left alone. A word is a run of characters between spaces and
 * the marks at which citeproc-js splits.
 */
export function titleCase(value: string): string {
  const last = [...value.matchAll(WORD)].pop()?.index;
  let end = -1;
  return value.replace(WORD, (word: string, offset: number) => {
    const stopWord = word.length < 2 || STOP_WORDS.has(word.toLowerCase());
    const capitalize =
      end < 0 ||
      /[!?:]/.test(value.slice(end, offset)) ||
      !stopWord ||
      // citeproc-js's "The In-Crowd": the last word before the first mark, when that mark is a hyphen.
      (value[offset + word.length] === '-' && !MARK.test(value.slice(0, offset)));
    end = offset + word.length;
    if (offset === last && word.length > 1 && stopWord) return capitalise(word);
    return capitalize && isLower(word) ? capitalise(word) : word;
  });
}

/** Capitalises the first word when it is all lower case ("doctoral dissertation", not "arXiv"). */
export function capitalizeFirst(value: string): string {
  const match = FIRST_WORD.exec(value);
  return match?.[2] && isLower(match[2]) ? match[1] + capitalise(match[2]) + value.slice(match[0].length) : value;
}
