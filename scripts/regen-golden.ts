/**
 * npm run golden              — rewrite every tests/fixtures/pages/**\/<name>.expected.json from the current code
 *                                (do it on purpose, after checking the change is an improvement).
 * npm run -s golden -- --report — write nothing; print the figures (kind accuracy, title/date/author
 *                                exactness, body recall, furniture leaks, captions, fallback-only recall, timing),
 *                                then the holdout pages' figures (tests/fixtures/pages-holdout).
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { analysePage } from '../src/core/index.ts';
import { FIXTURES, fixtureHtml, goldenOf, goldenPath, scoreFixture } from '../tests/fixtures/pages/index.ts';
import { parseHtml } from '../tools/parse-html.ts';
import { figures, scoreHoldout } from '../tests/fixtures/pages-holdout/report.ts';

async function main(): Promise<void> {
  const report = process.argv.includes('--report');
  if (!report) {
    for (const f of FIXTURES) {
      const { doc, close } = parseHtml(fixtureHtml(f), f.url);
      const g = goldenOf(analysePage(doc, f.url));
      await close();
      writeFileSync(goldenPath(f), JSON.stringify(g, null, 1) + '\n');
    }
    process.stderr.write(`golden: wrote ${FIXTURES.length} expected files\n`);
    return;
  }
  let kinds = 0;
  let articles = 0;
  let title = 0;
  let date = 0;
  let author = 0;
  let paras = 0;
  let found = 0;
  let foreign = 0;
  let noise = 0;
  let captions = 0;
  let lost = 0;
  let invParas = 0;
  let invFound = 0;
  let tAnalyze = 0;
  let tReadability = 0;
  let tAnyA = 0;
  let tAnyR = 0;
  const lines: string[] = [];
  for (const f of FIXTURES) {
    const html = fixtureHtml(f);
    const { doc, close } = parseHtml(html, f.url);
    // Time analysePage against Readability's parse() (on a clone, as the fallback does): medians of 9 interleaved runs.
    const ta: number[] = [];
    const tr: number[] = [];
    let a = analysePage(doc, f.url);
    for (let i = 0; i < 9; i++) {
      let t0 = performance.now();
      a = analysePage(doc, f.url);
      ta.push(performance.now() - t0);
      const clone = doc.cloneNode(true) as Document;
      t0 = performance.now();
      new Readability(clone).parse();
      tr.push(performance.now() - t0);
    }
    const med = (xs: number[]) => xs.sort((x, y) => x - y)[xs.length >> 1] ?? NaN;
    if (a.reasons.some((r) => r.startsWith('Extract: profile'))) {
      tAnalyze += med(ta);
      tReadability += med(tr);
    } else {
      tAnyA += med(ta);
      tAnyR += med(tr);
    }
    const s = scoreFixture(f, a);
    kinds += s.kindOk ? 1 : 0;
    let line = `${s.kindOk ? 'ok ' : 'BAD'} ${f.kind.padEnd(8)} ${a.kind.padEnd(8)} ${a.confidence.toFixed(2)} ${f.markup.padEnd(8)}`;
    if (f.expected) {
      articles++;
      title += s.titleOk ? 1 : 0;
      date += s.dateOk ? 1 : 0;
      author += s.authorOk ? 1 : 0;
      paras += f.expected.paragraphs.length;
      found += f.expected.paragraphs.length - s.missing.length;
      foreign += s.foreign.length;
      noise += s.noiseHits.length;
      captions += f.expected.captions.length;
      lost += s.lostCaptions.length;
      line += ` title:${s.titleOk ? 'ok' : 'BAD'} date:${s.dateOk ? 'ok' : 'BAD(' + a.article?.published + ')'} author:${s.authorOk ? 'ok' : 'BAD(' + a.article?.author + ')'} recall:${s.recall.toFixed(3)} foreign:${s.foreign.length} noise:${s.noiseHits.length} lostCaptions:${s.lostCaptions.length}`;
      if (f.invented) {
        const g = parseHtml(html, f.url);
        const fa = analysePage(g.doc, f.url, { extract: { profiles: false } });
        await g.close();
        const fs = scoreFixture(f, fa);
        invParas += f.expected.paragraphs.length;
        invFound += f.expected.paragraphs.length - fs.missing.length;
        line += ` fallbackOnlyRecall:${fs.recall.toFixed(3)}`;
      }
    }
    await close();
    lines.push(`${line}  ${f.url}`);
  }
  const pct = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : '100.0'}%)`;
  console.log(lines.join('\n'));
  console.log('');
  console.log(`fixtures: ${FIXTURES.length}, articles: ${articles}`);
  console.log(`kind right: ${pct(kinds, FIXTURES.length)}`);
  console.log(
    `title exact: ${pct(title, articles)}  date exact: ${pct(date, articles)}  author exact: ${pct(author, articles)}`,
  );
  console.log(`body recall (corpus paragraphs found): ${pct(found, paras)}`);
  console.log(`foreign paragraphs in bodies: ${foreign}, furniture strings in bodies: ${noise}`);
  console.log(`captions kept with their image: ${pct(captions - lost, captions)}`);
  console.log(`fallback-only recall on invented markup: ${pct(invFound, invParas)}`);
  console.log(
    `time, articles read by a profile: analysePage ${tAnalyze.toFixed(1)} ms vs Readability.parse ${tReadability.toFixed(1)} ms (${((100 * tAnalyze) / tReadability).toFixed(0)}%)`,
  );
  console.log(
    `time, other pages (fallback articles, non-articles): analysePage ${tAnyA.toFixed(1)} ms vs Readability.parse ${tAnyR.toFixed(1)} ms (${((100 * tAnyA) / tAnyR).toFixed(0)}%)`,
  );
  // The holdout pages (markup the code was not written against); per-page lines: tests/fixtures/pages-holdout/report.ts.
  const rows = scoreHoldout();
  console.log('');
  for (const l of [
    ...figures(
      rows.filter((r) => !r.f.heldOut),
      'holdout, tuning set',
    ),
    ...figures(
      rows.filter((r) => r.f.heldOut),
      'holdout, held-out set',
    ),
  ])
    console.log(l);
}

main().catch((e) => {
  process.stderr.write(`golden: ${(e as Error).stack}\n`);
  process.exit(1);
});
