// The few parts of citation-js (a dev-only test oracle) that the reference tests use; it ships no types.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Array<Record<string, unknown>>;
    format(format: string, options?: Record<string, unknown>): string;
    static async(data: unknown): Promise<Cite>;
  }
  export const plugins: {
    config: { get(name: string): { styles: { add(name: string, xml: string): void } } };
    input: { chain(data: unknown, options?: Record<string, unknown>): Array<Record<string, unknown>> };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
