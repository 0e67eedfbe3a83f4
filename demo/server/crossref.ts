import type { CslItem } from '../../src/directory/contract.ts';
import { normalizeDoi } from '../../src/directory/doi.ts';

/**
 * An optional online resolver for DOIs the store does not hold. Off by default: the reference
 * server makes no request to another service unless an operator turns it on (`CROSSREF=on`).
 */
export interface CrossrefOptions {
  /** A contact address, which Crossref asks polite clients to send. */
  mailto?: string;
  timeoutMs?: number;
}

export async function fetchFromCrossref(id: string, options: CrossrefOptions = {}): Promise<CslItem | undefined> {
  const doi = normalizeDoi(id);
  if (!doi) return undefined;
  const url = new URL(`https://api.crossref.org/v1/works/${encodeURIComponent(doi)}/transform/application/vnd.citationstyles.csl+json`);
  if (options.mailto) url.searchParams.set('mailto', options.mailto);
  try {
    const response = await fetch(url, {
      headers: { Accept: 'application/vnd.citationstyles.csl+json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 4000),
    });
    if (!response.ok) return undefined;
    const item = (await response.json()) as CslItem;
    return { ...item, id: doi };
  } catch {
    // Offline or slow: the id is simply reported as missing.
    return undefined;
  }
}
