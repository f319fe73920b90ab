import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/core/analyse/index.ts';
import { bodyOf, DEV_DIR } from '../../../scripts/eval-summary.ts';

describe('speed', () => {
  it('analyses a ~700-word article in well under 5 ms (median of 200 runs after warm-up)', () => {
    const body = bodyOf(readFileSync(`${DEV_DIR}/01-hoi-nghi-thanh-uy-lan-thu-6.txt`, 'utf8')) + '\n\n' + bodyOf(readFileSync(`${DEV_DIR}/05-kiem-tra-thi-vao-lop-10-2021.txt`, 'utf8')).slice(0, 500);
    const words = body.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(680);
    const ctx = { published: '2021-12-04T18:30:00+07:00', author: 'Minh Thu' };
    for (let i = 0; i < 50; i++) analyseText(body, ctx);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      analyseText(body, ctx);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[100];
    console.log(`[analyse] ${words} words: median ${median.toFixed(3)} ms, p95 ${times[190].toFixed(3)} ms`);
    expect(median).toBeLessThan(5);
  });
});
