import type { CslItem } from './contract.js';

/**
 * CSL-JSON export: the items as they are, less the directory's own additions. Our `status`
 * (retraction notices) is an object where CSL has a `status` text variable ("in press"), and would
 * mislead any CSL processor; `openAccessUrl` is ours alone.
 */
export const toCslJson = (items: readonly CslItem[]): string =>
  JSON.stringify(
    items.map((item) => {
      const copy: Record<string, unknown> = { ...item };
      if (typeof copy.status !== 'string') delete copy.status;
      delete copy.openAccessUrl;
      return copy;
    }),
    null,
    2,
  ) + '\n';
