import { readFileSync } from 'node:fs';
import type { CslItem } from '../../src/directory/contract.js';

const load = (file: string): CslItem[] => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as CslItem[];

/** Real publications of varied types, with metadata checked by hand (see corpus.json). */
export const corpus = load('./corpus.json');

/** The three records of the shared seed fixture, copied unchanged; the corpus contains them. */
export const seedReferences = load('./seed-references.csl.json');
