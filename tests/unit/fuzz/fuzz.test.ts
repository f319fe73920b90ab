/**
 * Issue 9, Robustness: analysePage on ≥ 2,000 malformed or mutated pages (seeded, reproducible).
 * For every page: no exception escapes, it returns within the hang guard, the result has the
 * PageAnalysis shape, and the input document is left untouched. Timing vs. size is the benchmark's
 * business (npm run bench), not this test's. Big pages: fuzz-big.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { smallCorpus } from './corpus.ts';
import { closeWindows, failures, FUZZ_TEST_TIMEOUT_MS, runCase, type Outcome } from './harness.ts';

const BATCH = 200;
const SMALL = smallCorpus();
const done: Outcome[] = [];
const categories = new Map<string, number>();

describe('fuzz: small and medium pages', () => {
  it('the corpus is large and varied enough', () => {
    expect(SMALL.length).toBeGreaterThanOrEqual(2100);
    for (const cat of ['truncated', 'mutated', 'encoding', 'no-body', 'tag-soup', 'binary', 'tiny'])
      expect(
        SMALL.some((c) => c.category === cat),
        cat,
      ).toBe(true);
  });

  for (let i = 0; i < SMALL.length; i += BATCH) {
    const batch = SMALL.slice(i, i + BATCH);
    it(
      `pages ${i}–${i + batch.length - 1} (${[...new Set(batch.map((c) => c.category))].join(', ')})`,
      { timeout: FUZZ_TEST_TIMEOUT_MS },
      async () => {
        const outcomes = batch.map((c) => {
          const o = runCase(c);
          if (!o.unparsed) categories.set(c.category, (categories.get(c.category) ?? 0) + 1);
          return o;
        });
        done.push(...outcomes);
        await closeWindows();
        expect(failures(outcomes)).toEqual([]);
      },
    );
  }

  it('analysed at least 2,000 pages (those happy-dom could parse)', () => {
    expect(done.filter((o) => !o.unparsed).length).toBeGreaterThanOrEqual(2000);
  });
});

afterAll(() => {
  const analysed = done.filter((o) => !o.unparsed);
  const unparsed = done.filter((o) => o.unparsed);
  const slowest = analysed.reduce((a, b) => (b.ms > (a?.ms ?? -1) ? b : a), analysed[0]);
  const bad = failures(done).length;
  console.log(
    `fuzz: ${analysed.length} pages analysed (${[...categories].map(([k, n]) => `${k} ${n}`).join(', ')}), ${unparsed.length} not parseable by happy-dom; ` +
      `${bad} failing (exception, hang, shape or mutated input); ${analysed.filter((o) => o.isArticle).length} read as articles; slowest ${slowest?.ms.toFixed(0)} ms (${slowest?.id})`,
  );
  if (unparsed.length)
    console.log(
      `not parseable by happy-dom: ${unparsed
        .slice(0, 3)
        .map((o) => `${o.id} (${o.unparsed})`)
        .join(', ')}${unparsed.length > 3 ? ', …' : ''}`,
    );
});
