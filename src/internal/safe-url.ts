const linkable = /^(https?|mailto|tel):$/;

/**
 * The address of a link made from remote data, or `undefined` when it must not be a link: only
 * absolute `http:`, `https:`, `mailto:` and `tel:` addresses pass, so a `javascript:` or `data:`
 * address in the data can never run. Callers render what does not pass as plain text.
 */
export function safeUrl(value: string | undefined): string | undefined {
  try {
    const url = new URL(value?.trim() ?? '');
    return linkable.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
