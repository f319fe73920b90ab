import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import {
  DEV_DIR,
  EXTRA_DIR,
  HOLDOUT2_DIR,
  HOLDOUT3_DIR,
  HOLDOUT4_DIR,
  REAL_DEV_DIR,
  f1,
  scoreDir,
} from '../../../tools/summary-score.ts';

describe('dev-set scores (npm run eval:summary)', () => {
  it('meets the targets on the dev set', () => {
    const s = scoreDir(DEV_DIR);
    expect(s.articles).toBeGreaterThanOrEqual(17);
    expect(f1(s.officials).f).toBeGreaterThanOrEqual(0.97);
    expect(f1(s.positions).f).toBeGreaterThanOrEqual(0.95);
    expect(f1(s.documents).f).toBeGreaterThanOrEqual(0.97);
    expect(s.docFields.right / s.docFields.matched).toBeGreaterThanOrEqual(0.95);
    expect(f1(s.directives).f).toBeGreaterThanOrEqual(0.9);
  });

  it('meets the same targets on the extra articles', () => {
    const s = scoreDir(EXTRA_DIR);
    expect(s.articles).toBeGreaterThanOrEqual(4);
    expect(f1(s.officials).f).toBeGreaterThanOrEqual(0.97);
    expect(f1(s.positions).f).toBeGreaterThanOrEqual(0.95);
    expect(f1(s.documents).f).toBeGreaterThanOrEqual(0.97);
    expect(s.docFields.right / s.docFields.matched).toBeGreaterThanOrEqual(0.95);
    expect(f1(s.directives).f).toBeGreaterThanOrEqual(0.9);
  });

  for (const [name, dir, n] of [
    ['holdout2', HOLDOUT2_DIR, 10],
    ['holdout3', HOLDOUT3_DIR, 8],
    ['holdout4', HOLDOUT4_DIR, 5],
  ] as const)
    it(`meets the same targets on ${name}`, () => {
      const s = scoreDir(dir);
      expect(s.articles).toBe(n);
      expect(f1(s.officials).f).toBeGreaterThanOrEqual(0.97);
      expect(f1(s.positions).f).toBeGreaterThanOrEqual(0.95);
      expect(f1(s.documents).f).toBeGreaterThanOrEqual(0.97);
      expect(s.docFields.right / s.docFields.matched).toBeGreaterThanOrEqual(0.95);
      expect(f1(s.directives).f).toBeGreaterThanOrEqual(0.9);
    });

  // real published articles, read from ../shared/corpus/real-dev at run time (never copied here)
  it.skipIf(!existsSync(REAL_DEV_DIR))(
    'meets the issue 13 targets on the real articles (../shared/corpus/real-dev)',
    () => {
      const s = scoreDir(REAL_DEV_DIR);
      expect(s.articles).toBeGreaterThanOrEqual(10);
      expect(f1(s.officials).f).toBeGreaterThanOrEqual(0.97);
      expect(f1(s.positions).f).toBeGreaterThanOrEqual(0.95);
      expect(f1(s.documents).f).toBeGreaterThanOrEqual(0.93);
      expect(f1(s.directives).f).toBeGreaterThanOrEqual(0.9);
    },
  );
  if (!existsSync(REAL_DEV_DIR)) console.log(`real-dev scores skipped: ${REAL_DEV_DIR} not found`);
});
