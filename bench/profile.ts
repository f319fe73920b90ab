/**
 * npx tsx bench/profile.ts [seconds-per-page]
 *
 * CPU profile of detection + extraction in Chromium on ../shared/real/pages (unminified bundle of
 * bench/engine-entry.ts, Chrome DevTools Protocol sampling profiler). Prints self and total time per
 * function, summed over the pages. A tool for finding where the time goes, not a measurement.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { bundle, realPages } from './engine.ts';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  hitCount?: number;
}

const seconds = Number(process.argv[2] ?? 2);
const pages = realPages();
if (!pages) {
  console.log('bench/profile: ../shared/real/pages is absent, nothing to profile');
  process.exit(0);
}
const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(exe)) throw new Error(`no Chromium at ${exe}`);
const dir = mkdtempSync(join(tmpdir(), 'hpr-prof-'));
const ctx = await chromium.launchPersistentContext(dir, {
  executablePath: exe,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await ctx.newPage();
  await page.setContent('<!DOCTYPE html><title>profile</title>');
  await page.addScriptTag({ content: await bundle(false) });
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const calls = await page.evaluate(([ps, s]) => window.hprEngine.spin(ps, s * 1000), [
    pages,
    seconds,
  ] as const);
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const key = (n: Node) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const n = byId.get(id)!;
    self.set(key(n), (self.get(key(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  const perCall = (ms: number) => (ms / calls).toFixed(3);
  console.log(`${calls} page calls (detect+extract over ${pages.length} real pages); ms per page call:`);
  const top = (m: Map<string, number>, label: string) => {
    console.log(`\n${label}`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`${perCall(v).padStart(8)}  ${k}`);
  };
  top(self, 'self time');
  top(total, 'total time');
  // Callers of the functions named in CALLERS (comma-separated), by time spent in them per caller.
  for (const name of (process.env.CALLERS ?? '').split(',').filter(Boolean)) {
    const by = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        if (key(byId.get(cur)!).startsWith(name + ':')) {
          const up = parent.get(cur);
          const k = up === undefined ? '(none)' : key(byId.get(up)!);
          by.set(k, (by.get(k) ?? 0) + dt);
          break;
        }
      }
    });
    console.log(`\ncallers of ${name}`);
    for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`${perCall(v).padStart(8)}  ${k}`);
  }
  // Call tree under spin(), by total time, three levels down, nodes ≥ 1% of the total.
  const tree = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const path: string[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
      path.unshift(key(byId.get(cur)!));
    const at = path.findIndex((k) => k.startsWith('spin:'));
    if (at < 0) return;
    for (let d = 1; d <= Number(process.env.DEPTH ?? 4) && at + d < path.length; d++) {
      const k = path.slice(at + 1, at + 1 + d).join(' > ');
      tree.set(k, (tree.get(k) ?? 0) + dt);
    }
  });
  const all = [...total.values()].reduce((a, b) => Math.max(a, b), 0);
  console.log('\ncall tree under spin (ms per page call)');
  for (const [k, v] of [...tree].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (v < all * Number(process.env.MIN ?? 0.01)) continue;
    const parts = k.split(' > ');
    console.log(`${perCall(v).padStart(8)}  ${'  '.repeat(parts.length - 1)}${parts.at(-1)}`);
  }
} finally {
  await ctx.close();
  rmSync(dir, { recursive: true, force: true });
}
