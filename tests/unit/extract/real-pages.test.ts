/**
 * Real saved pages of Vietnamese portals (../shared/real/pages, read at run time, never copied here):
 * every hand-checked expectation of its index.json — kind, title, published date, author, lead, first
 * and last paragraph, captions, and no CMS uploader name or view counter in the text. Skips with a
 * message when the folder is absent. `npm run -s real-pages` prints the same figures.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  analyseReal,
  loadRealPages,
  REAL_DIR,
  realFigures,
  type RealScore,
} from '../../fixtures/real/index.ts';

const pages = loadRealPages();
const scores: RealScore[] = [];

describe.skipIf(!pages)('real pages (../shared/real/pages)', () => {
  for (const p of pages ?? []) {
    it(`${p.file}: every expectation`, async () => {
      const { s } = await analyseReal(p);
      scores.push(s);
      const misses = Object.keys(s.checks)
        .filter((k) => !s.checks[k])
        .map((k) => `${k}: ${s.got[k]}`);
      expect(misses).toEqual([]);
    });
  }
  afterAll(() => {
    console.log(`real pages: ${realFigures(scores)}`);
  });
});

if (!pages) {
  describe('real pages', () => {
    it.skip(`skipped: ${REAL_DIR}/index.json not found (the real pages are read from ../shared/real at run time)`, () => {});
  });
}

describe('real pages loader', () => {
  it('returns nothing (callers skip) when the folder is absent', () => {
    expect(loadRealPages('/nonexistent/shared/real/pages')).toBeNull();
  });
});
