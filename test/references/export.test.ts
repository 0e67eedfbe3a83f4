import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { toBibTeX, toCslJson, toRIS } from '../../demo/server/export/index.ts';
import type { CslItem } from '../../src/directory/contract.js';
import { corpus } from './corpus.js';
import { fieldsThatMatter, type Fields } from './fields-that-matter.js';

// citation-js's BibTeX and RIS readers check that our files read back with the same data.
const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core') as typeof import('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

const parse = (text: string): CslItem[] => new Cite(text).data as unknown as CslItem[];

/** Neither BibTeX nor RIS has a preprint type: a preprint comes back as a generic document. */
const PREPRINT_AS = 'document';

interface FormatLimits {
  /** Where the format's reader puts the container title of an item. */
  containerKey?: (item: CslItem) => string;
  /** Fields that the format's reader cannot read back for an item, each with its reason at the call. */
  unread?: (item: CslItem) => Array<keyof Fields>;
}

function assertSameData(original: CslItem[], parsed: CslItem[], limits: FormatLimits = {}): void {
  assert.equal(parsed.length, original.length);
  original.forEach((item, index) => {
    const back = parsed[index];
    assert.ok(back);
    const expected: Partial<Fields> = { ...fieldsThatMatter(item), ...(item.type === 'article' && { type: PREPRINT_AS }) };
    const actual: Partial<Fields> = fieldsThatMatter(back, limits.containerKey?.(item));
    // BibTeX readers fill in a kind of work ("techreport", "phdthesis") where the entry names none.
    const unread = [...(limits.unread?.(item) ?? []), ...(item.genre ? [] : (['genre'] as const))];
    for (const key of unread) {
      delete expected[key];
      delete actual[key];
    }
    assert.deepEqual(actual, expected, String(item.id));
  });
}

const SPECIAL = 'Braces {x} \\ 100% & $5 #1 snake_case ~tilde ^caret';
const UNICODE = 'Löwe, Hróbjartsson, Łukasz ± α-synuclein, العلاج, 精神';
const awkward: CslItem = {
  id: 'awkward',
  type: 'article-journal',
  title: `${SPECIAL} ${UNICODE}`,
  'container-title': `Journal of ${SPECIAL}`,
  author: [{ family: 'de Boer', given: 'Anna' }, { literal: 'Smith and Sons Research Group' }, { family: 'Zarate', given: 'Carlos A.', suffix: 'Jr.' }],
  issued: { 'date-parts': [[2020, 3, 5]] },
  volume: '12',
  issue: '3',
  page: '100-110',
  DOI: '10.1002/(SICI)1097-0258(19980815/30)17:15/16<1661::AID-SIM968>3.0.CO;2-2',
  URL: 'https://example.org/a_b?c=1&d=100%25#frag',
};

describe('toBibTeX', () => {
  test('reads back with the same data for the whole corpus', () => {
    // BibTeX has no field for a web page's site; biblatex readers take `booktitle`, as citation-js does.
    assertSameData(corpus, parse(toBibTeX(corpus)));
  });

  test('escapes { } \\ % & $ # _ ~ ^ and keeps unicode as it is', () => {
    const bibtex = toBibTeX([awkward]);
    for (const escaped of ['\\{x\\}', '\\textbackslash{}', '100\\%', '\\&', '\\$5', '\\#1', 'snake\\_case', '\\textasciitilde{}tilde', '\\textasciicircum{}caret']) {
      assert.ok(bibtex.includes(escaped), escaped);
    }
    assert.ok(bibtex.includes(UNICODE.split(', ')[0] ?? ''), 'unicode is not turned into TeX commands');
    assert.ok(bibtex.includes('{de Boer}') && bibtex.includes('{Smith and Sons Research Group}'));
    assertSameData([awkward], parse(bibtex));
  });

  test('gives every entry its own citation key', () => {
    const twice = toBibTeX([...corpus, ...corpus]);
    const keys = [...twice.matchAll(/^@\w+\{([^,]+),$/gm)].map((match) => match[1]);
    assert.equal(keys.length, corpus.length * 2);
    assert.equal(new Set(keys).size, keys.length);
    assert.ok(keys.every((key) => /^[A-Za-z0-9]+$/.test(key ?? '')), 'keys are plain ASCII');
    assert.ok(keys.includes('Berman2000Antidepressant'));
  });
});

describe('toRIS', () => {
  test('writes each record from "TY  - " to "ER  - ", one tag a line', () => {
    const records = toRIS([...corpus, awkward]).split(/\r\n(?=TY {2}- )/);
    assert.equal(records.length, corpus.length + 1);
    for (const record of records) assert.match(record, /^TY {2}- [A-Z]+\r\n(?:[A-Z][A-Z0-9] {2}- [^\r\n]+\r\n)+ER {2}- \r\n$/);
  });

  test('reads back with the same data for the whole corpus', () => {
    assertSameData(corpus, parse(toRIS(corpus)), {
      // citation-js reads a web page's T2 (its site, as Zotero writes it) as `collection-title`,
      containerKey: (item) => (item.type === 'webpage' ? 'collection-title' : 'container-title'),
      // and has no tag for a web page's kind ("Press release").
      unread: (item) => (item.type === 'webpage' ? ['genre'] : []),
    });
  });

  test('keeps special characters and unicode, and a value with line breaks on one line', () => {
    const broken = { ...awkward, title: 'Line one\nTY  - JOUR\r\nER  - ' };
    const ris = toRIS([awkward, broken]);
    assert.equal(ris.match(/^TY {2}- /gm)?.length, 2);
    assert.equal(ris.match(/^ER {2}- /gm)?.length, 2);
    assertSameData([awkward], parse(toRIS([awkward])));
  });
});

describe('toCslJson', () => {
  test('reads back as the same items', () => {
    assert.deepEqual(JSON.parse(toCslJson(corpus)), corpus);
  });

  test("leaves out the directory's own retraction notices and open-access links", () => {
    const item: CslItem = {
      ...awkward,
      status: { updates: [{ type: 'retraction', DOI: '10.1000/retraction' }] },
      openAccessUrl: 'https://example.org/free',
    };
    const [exported] = JSON.parse(toCslJson([item])) as CslItem[];
    assert.ok(exported);
    assert.equal('status' in exported, false);
    assert.equal('openAccessUrl' in exported, false);
    assert.deepEqual(exported, JSON.parse(JSON.stringify(awkward)));
  });
});
