/**
 * `npx tsx bench/engine-cli.ts` — only the Chromium engine figures of `npm run bench` (core against
 * Readability on the fixture articles and the real pages, and the real-page scaling points): a
 * quicker loop while working on the engine's speed. Ratios are of medians, as in the bench.
 */
import { measureEngine } from './engine.ts';
import { median } from './stats.ts';

const e = await measureEngine();
const fmt = (n: number) => n.toFixed(2);
for (const [label, set] of [
  ['fixture articles', e.fixtures],
  ['real pages', e.real],
] as const) {
  if (!set?.length) continue;
  const de = median(set.map((t) => t.detectExtractMs));
  const an = median(set.map((t) => t.analyseMs));
  const rd = median(set.map((t) => t.readabilityMs));
  console.log(
    `${label} (${set.length}): detect+extract ${fmt(de)} ms (${fmt(de / rd)}×), analysePage ${fmt(an)} ms (${fmt(an / rd)}×), Readability ${fmt(rd)} ms`,
  );
}
if (e.realMissing) console.log(e.realMissing);
for (const p of e.scaling?.points ?? [])
  console.log(`  scaling ×${p.factor}: ${p.words} words, ${p.elements} elements → ${fmt(p.analyseMs)} ms`);
