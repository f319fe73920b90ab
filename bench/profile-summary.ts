/**
 * npx tsx bench/profile-summary.ts [seconds] [--dump file.json]
 *
 * The summary alone (`summariseArticle`: officials, documents, directives) in Chromium, on the articles
 * extracted from the fixture pages and, when present, from ../shared/real/pages (unminified bundle of
 * bench/summary-entry.ts). Prints the median time of one summary per article, then a CPU profile
 * (Chrome DevTools Protocol sampling profiler) of summaries spun over all the articles for `seconds`
 * (default 4): self and total time per function, per summary. `--dump` writes every summary as JSON,
 * to check that a speed change leaves the results as they were. A tool, not the bench.
 */
import { writeFileSync } from 'node:fs';
import { FIXTURES, fixtureHtml } from '../tests/fixtures/pages/index.ts';
import { bundle, realPages } from './engine.ts';
import type { EnginePage } from './engine-entry.ts';
import { printProfile, profileOf, withScriptPage } from './cpu-profile.ts';
import { median } from './stats.ts';

const args = process.argv.slice(2);
const dumpAt = args.indexOf('--dump');
const dump = dumpAt >= 0 ? args.splice(dumpAt, 2)[1] : undefined;
const seconds = Number(args[0] ?? 4);
const fixtures: EnginePage[] = FIXTURES.filter((f) => f.kind === 'article').map((f) => ({
  name: f.file,
  url: f.url,
  html: fixtureHtml(f),
}));
const real = realPages();
if (!real) console.log('bench/profile-summary: ../shared/real/pages is absent, fixture pages only');

const script = await bundle(false, 'summary-entry.ts');
await withScriptPage(script, async (page) => {
  const load = (ps: EnginePage[]) => page.evaluate((x) => window.hprSummary.load(x), ps);
  const time = () => page.evaluate(() => window.hprSummary.time());
  const sets: [string, EnginePage[]][] = [
    ['fixture articles', fixtures],
    ...(real ? [['real pages', real] as [string, EnginePage[]]] : []),
  ];
  const out: Record<string, unknown> = {};
  for (const [label, pages] of sets) {
    const n = await load(pages);
    const t = await time();
    const ms = median(t.map((x) => x.ms));
    const chars = median(t.map((x) => x.chars));
    console.log(
      `${label} (${n} articles, median ${chars} chars): summary ${ms.toFixed(3)} ms per article, median`,
    );
    if (dump) Object.assign(out, await page.evaluate(() => window.hprSummary.summaries()));
  }
  if (dump) {
    writeFileSync(dump, JSON.stringify(out, null, 1) + '\n');
    console.log(`summaries written to ${dump}`);
  }
  await load([...fixtures, ...(real ?? [])]);
  const { profile, calls } = await profileOf(page, () =>
    page.evaluate((s) => window.hprSummary.spin(s * 1000), seconds),
  );
  console.log(`\n${calls} summaries (all articles, round after round); ms per summary:`);
  printProfile(profile, calls, 'spin');
});
