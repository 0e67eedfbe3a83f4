import type { Provider } from '../../src/directory/contract.ts';

/**
 * The lists of a provider that searches filter on, keyed by their query parameter. They are kept
 * in the `provider_terms` table, one row per term, so a filter is an indexed lookup.
 */
export const FILTERED_LISTS = {
  condition: (provider: Provider) => provider.conditions,
  service: (provider: Provider) => provider.services,
  format: (provider: Provider) => provider.formats,
  insurance: (provider: Provider) => provider.insurances,
  language: (provider: Provider) => provider.languages,
} as const;

export type FilterKind = keyof typeof FILTERED_LISTS;
export const FILTER_KINDS = Object.keys(FILTERED_LISTS) as FilterKind[];
