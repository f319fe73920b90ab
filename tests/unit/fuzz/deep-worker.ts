/**
 * Runs deep-nesting fuzz cases in a worker thread with a large stack. happy-dom implements
 * querySelector, cloneNode and serialisation recursively, so its own code overflows Node's default
 * stack near 3,000 levels before ours runs; browsers do not (Blink's parser even caps depth at 512).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { deepCorpus } from './corpus.ts';
import { closeWindows, runCase } from './harness.ts';

const ids = workerData as string[];
const all = deepCorpus();
for (const id of ids) {
  const c = all.find((x) => x.id === id)!;
  parentPort!.postMessage(runCase(c));
}
await closeWindows();
