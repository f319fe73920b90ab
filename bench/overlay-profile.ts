/**
 * `npx tsx bench/overlay-profile.ts [DIST] [LOADS]` — where the time from DOMContentLoaded to the
 * overlay goes in Chromium (`PAGE=listing`: what the detector costs on the benchmark's non-article page): a CDP CPU profile (sampling every 100 µs) of fresh loads of the fixture
 * article with the extension, reduced to self and total time per function (name + script), and the
 * extension's user-timing marks. For an unminified bundle (readable names):
 * `TARGET=chrome npx vite build --minify false --outDir /tmp/dist-unmin`.
 */
import { resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { FIXTURES } from '../tests/fixtures/pages/index.ts';
import { launch, serve } from './browser.ts';

interface Node {
  id: number;
  positionTicks?: { line: number; ticks: number }[];
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const dist = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../dist/chrome'));
const loads = Number(process.argv[3] ?? 5);
// PAGE=listing: the non-article page of the benchmark instead (no overlay: the profile covers the load).
const listing = process.env.PAGE === 'listing';
const article = listing
  ? FIXTURES.find((f) => f.kind === 'listing' && f.markup === 'hp-c')!
  : FIXTURES.find((f) => f.kind === 'article' && f.markup === 'hp-c' && f.url.includes('cau-nguyen-trai'))!;
const { port, close } = await serve();
const { ctx, dir } = await launch(port, dist);
const self = new Map<string, number>();
const total = new Map<string, number>();
const lines = new Map<number, number>();
try {
  for (let i = 0; i < loads + 1; i++) {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(article.url.replace(/^https:/, 'http:'));
    if (!listing)
      await page.waitForFunction(() => performance.getEntriesByName('hpr:overlay-visible').length > 0);
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
    };
    const marks = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return performance
        .getEntriesByType('mark')
        .map((m) => `${m.name} ${(m.startTime - nav.domContentLoadedEventStart).toFixed(1)}`)
        .join(', ');
    });
    await page.close();
    if (i === 0) continue;
    console.log(marks);
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const label = (n: Node) =>
      `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
    // LINES=name: the source lines of one function by samples (line-level self time).
    for (const n of profile.nodes)
      if (process.env.LINES && n.callFrame.functionName === process.env.LINES)
        for (const p of n.positionTicks ?? []) lines.set(p.line, (lines.get(p.line) ?? 0) + p.ticks);
    for (let k = 0; k < profile.samples.length; k++) {
      const dt = (profile.timeDeltas[k + 1] ?? 100) / 1000 / loads;
      let id: number | undefined = profile.samples[k];
      if (id === undefined) continue;
      const seen = new Set<string>();
      self.set(label(byId.get(id)!), (self.get(label(byId.get(id)!)) ?? 0) + dt);
      while (id !== undefined) {
        const l = label(byId.get(id)!);
        if (!seen.has(l)) total.set(l, (total.get(l) ?? 0) + dt);
        seen.add(l);
        id = parent.get(id);
      }
    }
  }
} finally {
  await ctx.close();
  close();
  rmSync(dir, { recursive: true, force: true });
}
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .filter(([l]) => !l.startsWith('(idle)') && !l.startsWith('(root)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([l, v]) => `  ${v.toFixed(2).padStart(8)} ms  ${l}`)
    .join('\n');
if (lines.size)
  console.log(
    `${process.env.LINES}: samples per line\n${[...lines]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([l, n]) => `  line ${l}: ${n}`)
      .join('\n')}`,
  );
console.log(`self time per load (ms):\n${top(self, 30)}`);
console.log(`total time per load (ms):\n${top(total, 45)}`);
