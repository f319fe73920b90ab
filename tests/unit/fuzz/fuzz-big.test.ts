/**
 * Issue 9, Robustness, big inputs: 10 MB of text, 20,000 paragraphs, 5,000 levels of nesting.
 * Same checks as fuzz.test.ts: no exception, no hang, PageAnalysis shape, input untouched.
 *
 * Deep nesting runs in a worker thread with a large stack: happy-dom's querySelector, cloneNode and
 * serializer recurse per tree level and overflow Node's default stack near 3,000 levels before our
 * code is reached (browsers do not; Blink's HTML parser caps the tree depth at 512 anyway).
 * Nested lists and tables are tested at 1,000 levels: at 5,000 the list/table handling and
 * Readability's conditional cleaning are quadratic in depth under happy-dom (minutes).
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { deepCorpus, hugeCorpus } from './corpus.ts';
import { closeWindows, failures, FUZZ_TEST_TIMEOUT_MS, runCase, type Outcome } from './harness.ts';
import { defined } from '../defined.ts';

const lines: string[] = [];

describe('fuzz: huge pages', () => {
  for (const c of hugeCorpus()) {
    it(c.id, { timeout: FUZZ_TEST_TIMEOUT_MS }, async () => {
      const o = runCase(c);
      lines.push(`${c.id}: ${o.ms.toFixed(0)} ms`);
      await closeWindows();
      expect(o.unparsed).toBeUndefined();
      expect(failures([o])).toEqual([]);
    });
  }
});

function inWorker(ids: string[]): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const out: Outcome[] = [];
    const w = new Worker(join(__dirname, 'deep-worker.mjs'), {
      workerData: ids,
      resourceLimits: { stackSizeMb: 256 },
    });
    w.on('message', (o: Outcome) => out.push(o));
    w.on('error', reject);
    w.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`worker exited with ${code}`))));
  });
}

describe('fuzz: deeply nested pages (worker with a large stack)', () => {
  it.each(deepCorpus().map((c) => [c.id] as const))('%s', { timeout: FUZZ_TEST_TIMEOUT_MS }, async (id) => {
    const o = defined((await inWorker([id]))[0], 'the outcome');
    lines.push(`${id}: ${o.ms.toFixed(0)} ms`);
    expect(o.unparsed).toBeUndefined();
    expect(failures([o])).toEqual([]);
  });
});

afterAll(() => {
  console.log(`fuzz (big): ${lines.join('; ')}`);
});
