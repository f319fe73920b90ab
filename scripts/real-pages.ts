/**
 * npm run -s real-pages [-- --verbose]
 *
 * Scores the real saved pages in ../shared/real/pages (hand-checked expectations in its index.json):
 * kind, title, date, author, lead, first/last paragraph, captions, no CMS uploader field or view counter
 * in the text. Prints one line per page and the figures; says so and exits 0 when the folder is absent.
 */
import { analyseReal, loadRealPages, realFigures, type RealScore } from '../tests/fixtures/real/index.ts';

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const pages = loadRealPages();
  if (!pages) {
    console.log('real pages: ../shared/real/pages/index.json not found (skipped)');
    return;
  }
  const scores: RealScore[] = [];
  for (const p of pages) {
    const { s } = await analyseReal(p);
    scores.push(s);
    const bad = Object.entries(s.checks)
      .filter(([, ok]) => !ok)
      .map(([k]) => k);
    console.log(
      `${bad.length ? 'FAIL' : 'ok  '} ${p.kind.padEnd(8)} ${p.file.slice(0, 60).padEnd(60)} ${bad.join(' ')}`,
    );
    if (verbose) for (const k of bad) console.log(`     ${k}: ${s.got[k]}`);
  }
  console.log('');
  console.log(
    `real pages (${pages.length}, ${pages.filter((p) => p.kind === 'article').length} articles): ${realFigures(scores)}`,
  );
}

main().catch((e) => {
  process.stderr.write(`real-pages: ${(e as Error).stack}\n`);
  process.exit(1);
});
