/**
 * Turns the ways people write a DOI (`doi:10.1/x`, `https://doi.org/10.1/X`, `dx.doi.org/...`)
 * into one lower-case key, or `null` when the input holds no DOI. DOIs are case-insensitive,
 * so lower case is the key the server and the browser both compare with.
 */
export function normalizeDoi(input: string): string | null {
  let text = input.trim();
  try {
    text = decodeURIComponent(text);
  } catch {
    // A lone `%` is allowed in a DOI; keep the text as it was sent.
  }
  const match = /^(?:doi:\s*|(?:https?:\/\/)?(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i.exec(text);
  if (!match) return null;
  // Trailing punctuation usually belongs to the sentence the DOI was copied from.
  return match[1].replace(/[.,;:]+$/, '').toLowerCase();
}
