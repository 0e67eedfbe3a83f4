import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import {
  describeType,
  formatReference,
  toPlainText,
  type CitationFormat,
  type Run,
} from '../../src/components/article-references/format/index.js';
import type { CslItem } from '../../src/directory/contract.js';
import { articleReferences } from '../../src/translations/en/article-references.js';
import { corpus, seedReferences } from './corpus.js';
import { runsToHtml } from './normalized-html.js';
import { renderOracle } from './oracle.js';
import { authorCountsOf, titlesOn, variantsOf, type Variant } from './variants.js';

const FORMATS: readonly CitationFormat[] = ['apa', 'ama', 'vancouver'];

const record = (id: string): CslItem => {
  const item = corpus.find((candidate) => candidate.id === id);
  assert.ok(item, `corpus record ${id}`);
  return item;
};

const asVariants = (items: readonly CslItem[]): Variant[] => items.map((item) => ({ name: item.id, item }));

interface Mismatch {
  name: string;
  citeproc: string;
  ours: string;
}

/** Every entry must equal citeproc-js's; the match rate is printed for each format. */
function assertMatchesCiteproc(t: TestContext, label: string, format: CitationFormat, variants: Variant[]): void {
  const mismatches: Mismatch[] = [];
  for (const { name, item } of variants) {
    const citeproc = renderOracle(item, format);
    const ours = runsToHtml(formatReference(item, format));
    if (citeproc !== ours) mismatches.push({ name, citeproc, ours });
  }
  const matched = variants.length - mismatches.length;
  t.diagnostic(`${label} ${format}: ${matched}/${variants.length} entries match citeproc-js (${((100 * matched) / variants.length).toFixed(1)} %)`);
  assert.deepEqual(mismatches, []);
}

const hrefs = (runs: Run[]): string[] => runs.flatMap((run) => (typeof run === 'object' && run.href ? [run.href] : []));

describe('the corpus', () => {
  test('holds at least 30 records of every required type, journal articles the most', () => {
    const counts = new Map<string, number>();
    for (const item of corpus) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
    assert.ok(corpus.length >= 30, `${corpus.length} records`);
    for (const type of ['article-journal', 'book', 'chapter', 'report', 'webpage', 'article', 'thesis']) assert.ok(counts.get(type), type);
    assert.equal(Math.max(...counts.values()), counts.get('article-journal'));
    assert.equal(new Set(corpus.map((item) => item.id)).size, corpus.length, 'ids are unique');
  });

  test('contains the three seed records unchanged', () => {
    for (const seed of seedReferences) assert.deepEqual(record(seed.id), seed);
  });

  test('covers the edge cases the styles treat specially', () => {
    const some = (what: string, predicate: (item: CslItem) => boolean): void => assert.ok(corpus.some(predicate), what);
    const names = (item: CslItem) => [...(item.author ?? []), ...(item.editor ?? [])];
    some('21 or more authors', (item) => (item.author?.length ?? 0) >= 21);
    some('two to twenty authors joined with "&"', (item) => (item.author?.length ?? 0) >= 2 && (item.author?.length ?? 0) < 21);
    some('a suffix such as "Jr."', (item) => names(item).some((name) => /^Jr\.?$/.test(name.suffix ?? '')));
    some('a group author', (item) => names(item).some((name) => !!name.literal));
    some('no date', (item) => !item.issued);
    some('a chapter with editors', (item) => item.type === 'chapter' && !!item.editor?.length);
    some('an edited book', (item) => item.type === 'book' && !item.author && !!item.editor?.length);
    some('an edition', (item) => !!item.edition);
    some('a URL and no DOI', (item) => !!item.URL && !item.DOI);
    some('a journal article without an issue', (item) => item.type === 'article-journal' && !item.issue);
    some('an article number', (item) => /^[a-z]\d+$/i.test(item.page ?? ''));
    some('a name particle', (item) => names(item).some((name) => !!name['non-dropping-particle']));
  });
});

describe('formatReference matches citeproc-js with the official styles', () => {
  for (const format of FORMATS) {
    test(`corpus, ${format}`, (t) => assertMatchesCiteproc(t, 'corpus', format, asVariants(corpus)));
  }
  for (const format of FORMATS) {
    test(`corpus records with fields missing or added, ${format}`, (t) => assertMatchesCiteproc(t, 'variants', format, variantsOf(corpus)));
  }
  for (const format of FORMATS) {
    test(`et al. boundaries, title case and punctuation, ${format}`, (t) =>
      assertMatchesCiteproc(t, 'names and titles', format, [
        ...authorCountsOf(record('10.1136/bmj.n71')),
        ...titlesOn(record('pollan-2018'), record('dillard-2020'), record('10.1371/journal.pmed.0050045')),
      ]));
  }
});

describe('links', () => {
  test('a DOI is its own run, linked to https://doi.org/, with no period after it', () => {
    for (const item of corpus.filter((candidate) => candidate.DOI)) {
      for (const format of FORMATS) {
        const runs = formatReference(item, format);
        const last = runs[runs.length - 1];
        assert.ok(typeof last === 'object' && last.href, `${item.id} ${format}: the DOI run comes last`);
        assert.equal(last.text, (format === 'apa' ? 'https://doi.org/' : 'doi:') + item.DOI);
        assert.ok(last.href.startsWith('https://doi.org/'));
        assert.equal(decodeURIComponent(last.href.slice('https://doi.org/'.length)), item.DOI);
        assert.equal(new URL(last.href).href, last.href, 'the link needs no further encoding');
      }
    }
  });

  test('a URL without a DOI is linked', () => {
    for (const item of corpus.filter((candidate) => candidate.URL && !candidate.DOI)) {
      for (const format of FORMATS) {
        const runs = formatReference(item, format);
        assert.ok(runs.some((run) => typeof run === 'object' && run.text === item.URL && run.href === new URL(String(item.URL)).href), `${item.id} ${format}`);
      }
    }
  });

  test('DOIs stored with a resolver prefix are not printed twice', () => {
    const item = { ...record('10.7759/cureus.18910'), DOI: 'https://doi.org/10.7759/cureus.18910' };
    assert.equal(toPlainText(formatReference(item, 'apa')).match(/doi\.org/g)?.length, 1);
    assert.ok(toPlainText(formatReference({ ...item, DOI: 'doi:10.7759/cureus.18910' }, 'ama')).endsWith(' doi:10.7759/cureus.18910'));
  });
});

describe('hostile input', () => {
  const MARKUP = '<img src=x onerror=alert(1)>';
  const RTL = 'العلاج بالكيتامين שלום';
  const LONG = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(40);
  const hostile = (value: string, extra: Partial<CslItem> = {}): CslItem => ({
    id: value,
    type: 'article-journal',
    title: value,
    'container-title': value,
    'container-title-short': value,
    publisher: value,
    'publisher-place': value,
    genre: value,
    medium: value,
    volume: value,
    issue: value,
    page: value,
    number: value,
    edition: value,
    author: [{ family: value, given: value, suffix: value }, { literal: value }],
    editor: [{ family: value, given: value }],
    issued: { literal: value },
    accessed: { 'date-parts': [[2024, 1, 2]] },
    ...extra,
  });

  test('markup, right-to-left text and very long words stay plain text', () => {
    for (const value of [MARKUP, RTL, LONG, '"><script>alert(1)</script>', '&amp; &lt;b&gt;']) {
      for (const type of ['article-journal', 'book', 'chapter', 'report', 'webpage', 'article', 'thesis', 'dataset']) {
        for (const format of FORMATS) {
          const runs = formatReference(hostile(value, { type, URL: value, DOI: value }), format);
          for (const run of runs) {
            if (typeof run === 'object') assert.deepEqual(Object.keys(run).filter((key) => !['text', 'italic', 'href'].includes(key)), []);
          }
          assert.ok(toPlainText(runs).includes(value), `${format} ${type} keeps the text as it was`);
        }
      }
    }
  });

  test('links only ever go to https://doi.org/ or to an http(s) URL', () => {
    const urls = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '//evil.example/x', 'https://example.org/ok?a=1&b=<2>'];
    for (const url of urls) {
      for (const doi of [undefined, 'javascript:alert(1)', '10.1000/"><img src=x>']) {
        for (const format of FORMATS) {
          const item = hostile('Title', { type: 'webpage', URL: url, ...(doi && { DOI: doi }) });
          for (const href of hrefs(formatReference(item, format))) {
            assert.match(href, /^(?:https:\/\/doi\.org\/|https?:\/\/)/, `${format}: ${href}`);
            assert.doesNotMatch(href, /[<>"\s]/);
          }
        }
      }
    }
    assert.deepEqual(hrefs(formatReference(hostile('T', { type: 'webpage', URL: 'javascript:alert(1)' }), 'apa')), []);
    assert.deepEqual(hrefs(formatReference(hostile('T', { type: 'webpage', URL: 'https://example.org/ok' }), 'apa')), ['https://example.org/ok']);
  });
});

describe('formatReference is total', () => {
  test('odd values in any field give readable runs and never throw', () => {
    const odd: unknown[] = [null, undefined, 0, 42, Number.NaN, Infinity, true, '', '   ', {}, [], [[2020]], { 'date-parts': 'x' }, { 'date-parts': [[]] }, { 'date-parts': [['2020', 'x']] }, [null, 'x', { family: 1 }]];
    const keys = ['type', 'title', 'container-title', 'publisher', 'volume', 'issue', 'page', 'number', 'edition', 'DOI', 'URL', 'author', 'editor', 'issued', 'accessed', 'genre', 'language'];
    for (const key of keys) {
      for (const value of odd) {
        for (const format of FORMATS) {
          const item = { ...record('dillard-2020'), [key]: value } as CslItem;
          const runs = formatReference(item, format);
          assert.ok(Array.isArray(runs));
          assert.ok(runs.every((run) => typeof run === 'string' || typeof run.text === 'string'));
          if (key !== 'title' && key !== 'author') assert.ok(toPlainText(runs).includes('Currents in the study of persuasion'), `${key}=${String(value)}`);
        }
      }
    }
  });

  test('anything that is not an item, and unknown formats, still give an answer', () => {
    for (const value of [null, undefined, 'text', 42, [], {}]) {
      for (const format of [...FORMATS, 'chicago' as CitationFormat]) assert.ok(Array.isArray(formatReference(value as unknown as CslItem, format)));
    }
    const item = record('10.7759/cureus.18910');
    assert.deepEqual(formatReference(item, 'chicago' as CitationFormat), formatReference(item, 'apa'));
    assert.deepEqual(formatReference(item), formatReference(item, 'apa'), 'APA by default');
  });

  test('numbers where CSL-JSON has strings read the same', () => {
    const asStrings = record('10.7759/cureus.18910');
    const asNumbers = { ...asStrings, volume: 13, issue: 10, issued: { 'date-parts': [['2021']] } } as unknown as CslItem;
    for (const format of FORMATS) assert.deepEqual(formatReference(asNumbers, format), formatReference(asStrings, format));
  });

  test('types outside the styles’ own branches get a generic layout', () => {
    for (const type of ['dataset', 'motion_picture', 'software', 'map', 'no-such-type', '']) {
      for (const format of FORMATS) {
        const text = toPlainText(formatReference({ ...record('kuhn-1962'), type }, format));
        assert.match(text, /Kuhn.*The structure of scientific revolutions.*1962|Kuhn.*1962.*The structure of scientific revolutions/i, `${type} ${format}: ${text}`);
      }
    }
  });
});

describe('toPlainText', () => {
  test('is the text of the runs, for "copy citation"', () => {
    assert.equal(
      toPlainText(formatReference(record('10.1007/s44192-022-00012-3'), 'apa')),
      'Yavi, M., Lee, H., Henter, I. D., Park, L. T., & Zarate, C. A., Jr. (2022). Ketamine treatment for depression: a review. Discover Mental Health, 2(1), 9. https://doi.org/10.1007/s44192-022-00012-3',
    );
    assert.deepEqual(formatReference(record('10.1007/s44192-022-00012-3'), 'apa').slice(1, 4), [
      { text: 'Discover Mental Health', italic: true },
      ', ',
      { text: '2', italic: true },
    ]);
  });
});

describe('describeType', () => {
  test('names the kind of source with a stable key', () => {
    for (const item of corpus) assert.equal(describeType(item), item.type === 'article' ? 'preprint' : item.type, item.id);
    assert.equal(describeType({ type: 'post', genre: 'Preprint' }), 'preprint');
    // Types the messages do not name, even the names of Object's own properties, read "Other source".
    for (const type of ['no-such-type', 'book chapter', '__proto__', 'constructor', 'toString', '', 42]) {
      assert.equal(articleReferences.sourceType(describeType({ type } as CslItem)), 'Other source', String(type));
    }
    assert.equal(articleReferences.sourceType(describeType({ type: 'article' } as CslItem)), 'Preprint');
  });
});
