/**
 * CSL text-case transforms, shaped as citeproc-js applies them to English text: a string is split
 * into segments at punctuation and quotes, and segments into words at spaces.
 */

/** citeproc-js's stop words that can match a single word; they stay lower case inside a title. */
const STOP_WORDS = new Set(
  ('a about above across afore after against al along alongside amid amidst among amongst an and anenst apropos apud ' +
    'around as aside astride at athwart atop barring before behind below beneath beside besides between beyond but by ' +
    'c ca circa de despite down during et except for forenenst from given in inside into lest like modulo near next nor ' +
    'notwithstanding of off on onto or out over per plus pro qua sans since so than the through throughout thruout till ' +
    'to toward towards under underneath until unto up upon v van versus via von vs with within without yet').split(' '),
);

/** The punctuation and quotes at which citeproc-js splits a string before changing case. */
const MARKS = `‘’“”"'\\-–—/.,;?!:[\\]()`;
const SEGMENT = new RegExp(`([${MARKS}])`);
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
 * hold a capital (iPhone, DSM-IV) are left alone.
 */
export function titleCase(value: string): string {
  const segments = value.split(SEGMENT);
  let isFirst = true;
  let afterPunctuation = false;
  let lastWord: [segment: number, word: number] | undefined;
  const words = segments.map((segment, index) => {
    if (index % 2) {
      if (/[!?:]$/.test(segment)) afterPunctuation = true;
      return [segment];
    }
    const parts = segment.split(/(\s+)/);
    parts.forEach((word, position) => {
      if (position % 2 || !word) return;
      const lastBeforeHyphen = index === 0 && position === parts.length - 1 && segments[1] === '-';
      const capitalize = (word.length > 1 && !STOP_WORDS.has(word.toLowerCase())) || lastBeforeHyphen || isFirst || afterPunctuation;
      if (capitalize && isLower(word)) parts[position] = capitalise(word);
      isFirst = afterPunctuation = false;
      lastWord = [index, position];
    });
    return parts;
  });
  if (lastWord) {
    const [segment, position] = lastWord;
    const word = words[segment]?.[position] ?? '';
    if (word.length > 1 && STOP_WORDS.has(word.toLowerCase())) words[segment]![position] = capitalise(word);
  }
  return words.map((parts) => parts.join('')).join('');
}

/** Capitalises the first word when it is all lower case ("doctoral dissertation", not "arXiv"). */
export function capitalizeFirst(value: string): string {
  const match = FIRST_WORD.exec(value);
  return match?.[2] && isLower(match[2]) ? match[1] + capitalise(match[2]) + value.slice(match[0].length) : value;
}
