/**
 * npm run bench — performance figures of issue 9, measured in one run, printed and written to
 * bench/results.json: analysePage vs Readability on the fixture corpus, the analyser alone, scaling
 * ×1/×10/×100, quickDetect, bundle sizes, and in Chromium the overlay time, the content script's
 * main-thread time on a non-article page, and the core against Readability inside the engine itself
 * (fixture articles, and real saved pages from ../shared/real when present; bench/engine.ts).
 * A benchmark, not a test: goals are reported met / not met.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { analysePage, quickDetect } from '../src/core/index.ts';
import { analyseText } from '../src/core/analyse/index.ts';
import { parseHtml } from '../tools/parse-html.ts';
import { FIXTURES, fixtureHtml } from '../tests/fixtures/pages/index.ts';
import { measureInChromium, OVERLAY_LOADS, type BrowserFigures } from './browser.ts';
import { measureEngine, type EngineFigures } from './engine.ts';
import { median, pct } from './stats.ts';

const ROOT = join(import.meta.dirname, '..');
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
const goals: { goal: string; met: boolean | null; detail: string }[] = [];
const goal = (name: string, met: boolean | null, detail: string) => goals.push({ goal: name, met, detail });

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const firstLine = (s: string) => s.split('\n', 1)[0] ?? '';
function time(fn: () => void, runs: number, warm = 2): number[] {
  for (let i = 0; i < warm; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** Least squares t = a0 + b·x with R², and the log-log slope between the first and last point. */
function linearFit(xs: number[], ys: number[]) {
  const n = xs.length;
  const pairs = xs.map((x, i) => [x, ys[i] ?? NaN] as const);
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  const b =
    pairs.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  const a0 = my - b * mx;
  const ssRes = pairs.reduce((s, [x, y]) => s + (y - (a0 + b * x)) ** 2, 0);
  const ssTot = ys.reduce((s, y) => s + (y - my) ** 2, 0);
  const [[x0, y0] = [NaN, NaN], [xn, yn] = [NaN, NaN]] = [pairs[0], pairs[n - 1]];
  const exponent = Math.log(yn / y0) / Math.log(xn / x0);
  return { a0, b, r2: 1 - ssRes / ssTot, exponent };
}

// ---- 1. analysePage vs Readability, per article of the corpus
const articles = FIXTURES.filter((f) => f.kind === 'article');
const perArticle: { url: string; analyse: number; readability: number }[] = [];
for (const f of articles) {
  const { doc } = parseHtml(fixtureHtml(f), f.url);
  const analyse = median(time(() => analysePage(doc, f.url), 15));
  // Readability mutates its document: each run parses a fresh clone (the cloning is not timed).
  const rd: number[] = [];
  for (let i = 0; i < 17; i++) {
    const clone = doc.cloneNode(true) as Document;
    const t = performance.now();
    new Readability(clone).parse();
    if (i >= 2) rd.push(performance.now() - t);
  }
  perArticle.push({ url: f.url, analyse, readability: median(rd) });
}
const aMed = median(perArticle.map((p) => p.analyse));
const aP95 = pct(
  perArticle.map((p) => p.analyse),
  95,
);
const rMed = median(perArticle.map((p) => p.readability));
const rP95 = pct(
  perArticle.map((p) => p.readability),
  95,
);
const ratio = aMed / rMed;
results.analysePage = {
  articles: articles.length,
  medianMs: aMed,
  p95Ms: aP95,
  readabilityMedianMs: rMed,
  readabilityP95Ms: rP95,
  ratioOfMedians: ratio,
  perArticle,
};
goal('analysePage ≤ 0.3× Readability parse() (median)', ratio <= 0.3, `${ratio.toFixed(2)}×`);

// ---- 2. the analyser alone on a ~700-word article
const analysed = articles
  .map((f) => ({ f, a: analysePage(parseHtml(fixtureHtml(f), f.url).doc, f.url).article! }))
  .filter((x) => x.a);
const near700 = analysed.reduce((b, x) =>
  Math.abs(x.a.wordCount - 700) < Math.abs(b.a.wordCount - 700) ? x : b,
);
const anMed = median(
  time(
    () =>
      analyseText(near700.a.text, {
        published: near700.a.published,
        author: near700.a.author,
        title: near700.a.title,
      }),
    50,
    5,
  ),
);
results.analyseText = { url: near700.f.url, words: near700.a.wordCount, medianMs: anMed };
goal('analyseText < 5 ms on a ~700-word article', anMed < 5, `${ms(anMed)} (${near700.a.wordCount} words)`);

// ---- 3. scaling ×1, ×10, ×100
const base = FIXTURES.find(
  (f) => f.kind === 'article' && f.markup === 'hp-c' && f.url.includes('cau-nguyen-trai'),
)!;
const baseHtml = fixtureHtml(base);
const open = '<div class="ArticleContent">';
const start = baseHtml.indexOf(open) + open.length;
const end = baseHtml.indexOf('<p style="text-align: right;">', start);
const content = baseHtml.slice(start, end);
const scaling: { factor: number; chars: number; words: number; medianMs: number }[] = [];
for (const [factor, runs] of [
  [1, 15],
  [10, 7],
  [100, 5],
] as const) {
  const html = baseHtml.slice(0, start) + content.repeat(factor) + baseHtml.slice(end);
  const { doc } = parseHtml(html, base.url);
  const a = analysePage(doc, base.url);
  scaling.push({
    factor,
    chars: a.article?.text.length ?? 0,
    words: a.article?.wordCount ?? 0,
    medianMs: median(time(() => analysePage(doc, base.url), runs, 1)),
  });
}
const { a0, b, r2, exponent } = linearFit(
  scaling.map((s) => s.words),
  scaling.map((s) => s.medianMs),
);
results.scaling = {
  base: base.url,
  points: scaling,
  fit: { interceptMs: a0, msPerThousandWords: b * 1000, r2, logLogSlope: exponent },
};
goal(
  'scaling linear (R² ≥ 0.98, log-log slope ≤ 1.1)',
  r2 >= 0.98 && exponent <= 1.1,
  `R² ${r2.toFixed(4)}, slope ${exponent.toFixed(2)}`,
);
const at100 = scaling.at(-1)?.medianMs ?? NaN;
goal('≤ 300 ms at ×100', at100 <= 300, ms(at100));

// ---- 4. quickDetect per page (every portal page runs it)
const qd = FIXTURES.map((f) => {
  const { doc } = parseHtml(fixtureHtml(f), f.url);
  return median(time(() => quickDetect(doc, f.url), 30, 3));
});
results.quickDetect = { pages: FIXTURES.length, medianMs: median(qd), p95Ms: pct(qd, 95) };

// ---- 5. bundle sizes
const DIST = join(ROOT, 'dist/chrome');
if (!existsSync(join(DIST, 'manifest.json'))) {
  console.error('dist/chrome missing: npm run build');
  spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) =>
    statSync(join(dir, e)).isDirectory() ? files(join(dir, e)) : [join(dir, e)],
  );
}
const sizes = files(DIST).map((p) => {
  const buf = readFileSync(p);
  return { file: relative(DIST, p), bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
});
const js = sizes.filter((s) => s.file.endsWith('.js')).sort((x, y) => y.bytes - x.bytes);
const detect = sizes.find((s) => s.file === 'src/content/detect.js');
const reader = sizes.find((s) => s.file === 'src/content/reader.js');
const total = { bytes: sizes.reduce((s, x) => s + x.bytes, 0), gzip: sizes.reduce((s, x) => s + x.gzip, 0) };
// What detect.js pulls in at document_idle: it must be self-contained (no import).
const detectImports = detect
  ? /\bimport\s*[({"']|\bimport\(/.test(readFileSync(join(DIST, detect.file), 'utf8'))
  : null;
results.bundle = { detect, detectSelfContained: detectImports === false, reader, js, total };
goal(
  'document_idle code (detect.js) ≤ 12 KB gzip',
  detect ? detect.gzip <= 12 * 1024 : null,
  detect
    ? `${(detect.gzip / 1024).toFixed(1)} KB gzip${detectImports ? ' (imports other chunks!)' : ', self-contained'}`
    : 'missing',
);
goal(
  'whole package ≤ 150 KB gzip',
  total.gzip <= 150 * 1024,
  `${(total.gzip / 1024).toFixed(1)} KB gzip (sum of files)`,
);

// ---- 6. Chromium
let browser: BrowserFigures | { error: string };
try {
  browser = await measureInChromium(DIST);
} catch (e) {
  browser = { error: firstLine((e as Error).message) };
}
results.chromium = browser;
if ('error' in browser) {
  goal(
    `DOMContentLoaded → overlay visible ≤ 100 ms (median of ${OVERLAY_LOADS})`,
    null,
    `not measured: ${browser.error}`,
  );
  goal(
    'content script main-thread time on a non-article page ≤ 2 ms',
    null,
    `not measured: ${browser.error}`,
  );
} else {
  goal(
    `DOMContentLoaded → overlay visible ≤ 100 ms (median of ${OVERLAY_LOADS})`,
    browser.overlay.medianMs <= 100,
    ms(browser.overlay.medianMs),
  );
  goal(
    'content script main-thread time on a non-article page ≤ 2 ms (script time with − without the extension)',
    browser.nonArticle.extraScriptMs <= 2,
    `${ms(browser.nonArticle.extraScriptMs)}; floors: empty content script ${ms(browser.nonArticle.emptyExtraMs)}, reading one element ${ms(browser.nonArticle.elementExtraMs)}, messaging only ${ms(browser.nonArticle.messagingExtraMs)}; sampling profiler: ${ms(browser.nonArticle.profiledExtensionMs)} with extension code on the stack`,
  );
}
// ---- 7. the core against Readability inside Chromium (the engine readers use), fixtures and real pages
let engine: EngineFigures | { error: string };
try {
  engine = await measureEngine();
} catch (e) {
  engine = { error: firstLine((e as Error).message) };
}
results.engine = engine;
interface EngineSet {
  label: string;
  pages: number;
  detectExtract: number;
  analyse: number;
  readability: number;
  analyseP95: number;
}
const engineSets: EngineSet[] = [];
let engineFit: ReturnType<typeof linearFit> | null = null;
if ('error' in engine) {
  goal(
    'Chromium: detection + extraction ≤ 0.5× Readability(+clone), median',
    null,
    `not measured: ${engine.error}`,
  );
} else {
  for (const [label, set] of [
    ['fixture articles', engine.fixtures],
    ['real pages', engine.real],
  ] as const) {
    if (!set?.length) continue;
    engineSets.push({
      label,
      pages: set.length,
      detectExtract: median(set.map((t) => t.detectExtractMs)),
      analyse: median(set.map((t) => t.analyseMs)),
      readability: median(set.map((t) => t.readabilityMs)),
      analyseP95: pct(
        set.map((t) => t.analyseMs),
        95,
      ),
    });
  }
  for (const e of engineSets) {
    goal(
      `Chromium, ${e.label}: detection + extraction ≤ 0.5× Readability(+clone), median`,
      e.detectExtract / e.readability <= 0.5,
      `${(e.detectExtract / e.readability).toFixed(2)}×`,
    );
    goal(
      `Chromium, ${e.label}: analysePage ≤ 1.0× Readability(+clone), median`,
      e.analyse / e.readability <= 1,
      `${(e.analyse / e.readability).toFixed(2)}×`,
    );
  }
  const real = engineSets.find((e) => e.label === 'real pages');
  goal(
    'Chromium, real pages: analysePage p95 ≤ 20 ms',
    real ? real.analyseP95 <= 20 : null,
    real ? ms(real.analyseP95) : (engine.realMissing ?? 'no real pages'),
  );
  if (engine.scaling) {
    engineFit = linearFit(
      engine.scaling.points.map((p) => p.words),
      engine.scaling.points.map((p) => p.analyseMs),
    );
    goal(
      'Chromium, real page ×1/×10/×100: linear (R² ≥ 0.98, log-log slope ≤ 1.1)',
      engineFit.r2 >= 0.98 && engineFit.exponent <= 1.1,
      `R² ${engineFit.r2.toFixed(4)}, slope ${engineFit.exponent.toFixed(2)}`,
    );
  }
}
results.goals = goals;

// ---- print
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;
const out: string[] = [];
out.push(`Hải Phòng Reader benchmark — ${results.date}, Node ${process.version}`);
out.push('');
out.push(`analysePage on ${articles.length} fixture articles: median ${ms(aMed)}, p95 ${ms(aP95)}`);
out.push(`Readability parse() on the same pages:  median ${ms(rMed)}, p95 ${ms(rP95)}`);
out.push(`ratio (medians): ${ratio.toFixed(2)}×`);
out.push(`analyseText alone, ${near700.a.wordCount}-word article: median ${ms(anMed)}`);
out.push(`scaling (${base.url.split('/').pop()}):`);
for (const s of scaling)
  out.push(`  ×${s.factor}: ${s.words} words, ${s.chars} chars → median ${ms(s.medianMs)}`);
out.push(
  `  least squares: t = ${a0.toFixed(2)} ms + ${(b * 1000).toFixed(2)} ms per 1,000 words, R² = ${r2.toFixed(4)}; log-log slope ×1→×100 = ${exponent.toFixed(2)}`,
);
out.push(`quickDetect on ${FIXTURES.length} pages: median ${ms(median(qd))}, p95 ${ms(pct(qd, 95))}`);
out.push('bundle (dist/chrome), minified bytes / gzip:');
out.push(
  `  document_idle: src/content/detect.js ${detect ? `${kb(detect.bytes)} / ${kb(detect.gzip)}` : 'missing'}${detectImports === false ? ' (self-contained)' : ''}`,
);
out.push(
  `  on demand:     src/content/reader.js ${reader ? `${kb(reader.bytes)} / ${kb(reader.gzip)}` : 'missing'}`,
);
for (const j of js.filter((x) => x !== detect && x !== reader))
  out.push(`  ${j.file} ${kb(j.bytes)} / ${kb(j.gzip)}`);
out.push(`  whole package (${sizes.length} files): ${kb(total.bytes)} / ${kb(total.gzip)}`);
if ('error' in browser) out.push(`Chromium: not measured (${browser.error})`);
else {
  out.push(
    `Chromium ${browser.version}: DOMContentLoaded → overlay visible, median of ${OVERLAY_LOADS}: ${ms(browser.overlay.medianMs)} (${browser.overlay.times.map((t) => t.toFixed(0)).join(', ')})`,
  );
  out.push(
    `  phases after DOMContentLoaded (medians): ${Object.entries(browser.overlay.phases)
      .map(([n, v]) => `${n.replace('hpr:', '')} ${v.toFixed(1)}`)
      .join(', ')} ms`,
  );
  out.push(
    `Chromium: non-article page (${browser.nonArticle.url}), median of ${browser.nonArticle.loads} loads:`,
  );
  out.push(
    `  CDP ScriptDuration with extension ${ms(browser.nonArticle.withMs)}, without ${ms(browser.nonArticle.withoutMs)} → difference ${ms(browser.nonArticle.extraScriptMs)} (includes compiling the content script)`,
  );
  out.push(
    `  sampling profiler, time with extension code on the stack: ${ms(browser.nonArticle.profiledExtensionMs)}`,
  );
  out.push(
    `  floors, same difference with a reference extension: empty content script ${ms(browser.nonArticle.emptyExtraMs)}; one that only reads one element of the page ${ms(browser.nonArticle.elementExtraMs)}; one that only listens for messages and sends one ${ms(browser.nonArticle.messagingExtraMs)} (the detector now does neither messaging nor storage on such a page)`,
  );
}
if ('error' in engine) out.push(`Chromium engine: not measured (${engine.error})`);
else {
  out.push(
    `Chromium ${engine.version}, core vs Readability in one page (DOMParser documents; per-call medians of interleaved batches):`,
  );
  for (const e of engineSets) {
    out.push(
      `  ${e.label} (${e.pages}): detection + extraction ${ms(e.detectExtract)}, analysePage ${ms(e.analyse)} (p95 ${ms(e.analyseP95)}), Readability(+clone) ${ms(e.readability)} → ${(e.detectExtract / e.readability).toFixed(2)}× / ${(e.analyse / e.readability).toFixed(2)}×`,
    );
  }
  if (engine.realMissing) out.push(`  ${engine.realMissing}`);
  for (const t of engine.real ?? [])
    out.push(
      `    ${t.name}: ${t.elements} elements, ${t.words} words: ${ms(t.detectExtractMs)} / ${ms(t.analyseMs)} / Readability ${ms(t.readabilityMs)}`,
    );
  if (engine.scaling && engineFit) {
    out.push(
      `  scaling (${engine.scaling.page}): ${engine.scaling.points.map((p) => `×${p.factor} ${p.words} words, ${p.elements} elements → ${ms(p.analyseMs)}`).join('; ')}`,
    );
    out.push(
      `    least squares: t = ${engineFit.a0.toFixed(2)} ms + ${(engineFit.b * 1000).toFixed(2)} ms per 1,000 words, R² = ${engineFit.r2.toFixed(4)}; log-log slope = ${engineFit.exponent.toFixed(2)}`,
    );
  }
}
out.push('');
out.push('goals:');
for (const g of goals)
  out.push(`  [${g.met === null ? 'n/a' : g.met ? 'met' : 'NOT met'}] ${g.goal}: ${g.detail}`);
console.log(out.join('\n'));
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('\nwritten: bench/results.json');
