/**
 * The Chromium side of the CPU profilers (bench/profile.ts, bench/profile-summary.ts): a blank page of
 * the system Chromium with one script, the Chrome DevTools Protocol sampling profiler around a call,
 * and a print-out of self and total time per function, the callers of chosen functions and the call
 * tree under the spinning function. Tools for finding where the time goes, not measurements.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  hitCount?: number;
}

export interface CpuProfile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** Runs `fn` on a blank Chromium page holding `script`; closes the browser afterwards. */
export async function withScriptPage<T>(script: string, fn: (page: Page) => Promise<T>): Promise<T> {
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
    await page.addScriptTag({ content: script });
    return await fn(page);
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The CPU profile of `run` (which returns how many calls it made), sampled every 100 µs. */
export async function profileOf(
  page: Page,
  run: () => Promise<number>,
): Promise<{ profile: CpuProfile; calls: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const calls = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  return { profile, calls };
}

/**
 * Prints self and total time per function (ms per call), the callers of the functions named in the
 * CALLERS environment variable (comma-separated), and the call tree under `root` (the spinning
 * function's name) DEPTH levels down (default 4), nodes ≥ MIN of the total (default 0.01).
 */
export function printProfile(profile: CpuProfile, calls: number, root: string): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const key = (n: Node) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
  const delta = (i: number) => (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
  profile.samples.forEach((id, i) => {
    const dt = delta(i);
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
  const top = (m: Map<string, number>, label: string) => {
    console.log(`\n${label}`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`${perCall(v).padStart(8)}  ${k}`);
  };
  top(self, 'self time');
  top(total, 'total time');
  for (const name of (process.env.CALLERS ?? '').split(',').filter(Boolean)) {
    const by = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        if (key(byId.get(cur)!).startsWith(name + ':')) {
          const up = parent.get(cur);
          const k = up === undefined ? '(none)' : key(byId.get(up)!);
          by.set(k, (by.get(k) ?? 0) + delta(i));
          break;
        }
      }
    });
    console.log(`\ncallers of ${name}`);
    for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`${perCall(v).padStart(8)}  ${k}`);
  }
  const tree = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const path: string[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
      path.unshift(key(byId.get(cur)!));
    const at = path.findIndex((k) => k.startsWith(root + ':'));
    if (at < 0) return;
    for (let d = 1; d <= Number(process.env.DEPTH ?? 4) && at + d < path.length; d++) {
      const k = path.slice(at + 1, at + 1 + d).join(' > ');
      tree.set(k, (tree.get(k) ?? 0) + delta(i));
    }
  });
  const all = [...total.values()].reduce((a, b) => Math.max(a, b), 0);
  console.log(`\ncall tree under ${root} (ms per call)`);
  for (const [k, v] of [...tree].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (v < all * Number(process.env.MIN ?? 0.01)) continue;
    const parts = k.split(' > ');
    console.log(`${perCall(v).padStart(8)}  ${'  '.repeat(parts.length - 1)}${parts.at(-1)}`);
  }
}
