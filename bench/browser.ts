/**
 * The Chromium part of the benchmark: its own static fixture server and launcher (the system
 * Chromium through playwright-core, dist/chrome loaded, the portals' host names mapped to the server).
 */
import http from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { urlToFixturePath } from '../tests/fixtures/pages/paths.ts';
import { FIXTURES } from '../tests/fixtures/pages/index.ts';
import { median } from './stats.ts';

export interface BrowserFigures {
  version: string;
  overlay: { url: string; times: number[]; medianMs: number };
  nonArticle: {
    url: string;
    loads: number;
    withMs: number;
    withoutMs: number;
    extraScriptMs: number;
    profiledExtensionMs: number;
  };
}

const PAGES = resolve(import.meta.dirname, '../tests/fixtures/pages');
const HOSTS = [
  'haiphong.gov.vn',
  '*.haiphong.gov.vn',
  'thanhphohaiphong.gov.vn',
  '*.thanhphohaiphong.gov.vn',
];
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

function serve(): Promise<{ port: number; close: () => void }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    let file: string | null = null;
    try {
      const f = resolve(PAGES, urlToFixturePath(url.href));
      if (f.startsWith(PAGES + sep) && existsSync(f) && statSync(f).isFile()) file = f;
    } catch {
      file = null;
    }
    if (file) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(readFileSync(file));
    }
    if (/\.(png|jpe?g|gif|webp)$/i.test(url.pathname)) {
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.end(PIXEL);
    }
    res.writeHead(404);
    res.end();
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ port: (server.address() as { port: number }).port, close: () => server.close() }),
    ),
  );
}

async function launch(port: number, extension: string | null): Promise<{ ctx: BrowserContext; dir: string }> {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(exe)) throw new Error(`no Chromium at ${exe}`);
  const dir = mkdtempSync(join(tmpdir(), 'hpr-bench-'));
  const rules = HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: exe,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      `--host-resolver-rules=${rules}, EXCLUDE localhost`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  if (extension && !ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker', { timeout: 15000 });
  return { ctx, dir };
}

const http_ = (u: string) => u.replace(/^https:/, 'http:');

/** Median main-thread script time (CDP Performance.getMetrics ScriptDuration) of fresh loads of a page. */
async function scriptTime(ctx: BrowserContext, url: string, loads: number): Promise<number> {
  const out: number[] = [];
  for (let i = 0; i < loads + 1; i++) {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(600);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const s = metrics.find((m: { name: string }) => m.name === 'ScriptDuration')?.value ?? 0;
    if (i > 0) out.push(s * 1000); // first load warms caches
    await page.close();
  }
  return median(out);
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/**
 * Median time the sampling profiler (50 µs) finds in the extension's own code (any frame on the stack
 * from a chrome-extension:// script) during fresh loads of a page: the content script's run time,
 * without the compile/instantiate cost the ScriptDuration difference also holds.
 */
async function extensionSampledTime(ctx: BrowserContext, url: string, loads: number): Promise<number> {
  const out: number[] = [];
  for (let i = 0; i < loads + 1; i++) {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(600);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const inExt = new Map<number, boolean>();
    const ext = (id: number): boolean => {
      const known = inExt.get(id);
      if (known !== undefined) return known;
      const n = byId.get(id)!;
      const p = parent.get(id);
      const v = n.callFrame.url.startsWith('chrome-extension://') || (p !== undefined && ext(p));
      inExt.set(id, v);
      return v;
    };
    let us = 0;
    // timeDeltas[k] is the time before sample k: the interval sample k stands for is timeDeltas[k + 1].
    for (const [k, id] of profile.samples.entries()) if (ext(id)) us += profile.timeDeltas[k + 1] ?? 50;
    if (i > 0) out.push(us / 1000);
    await page.close();
  }
  return median(out);
}

export async function measureInChromium(dist: string): Promise<BrowserFigures> {
  const { port, close } = await serve();
  const article = FIXTURES.find(
    (f) => f.kind === 'article' && f.markup === 'hp-c' && f.url.includes('cau-nguyen-trai'),
  )!;
  const listing = FIXTURES.find((f) => f.kind === 'listing' && f.markup === 'hp-c')!;
  const cleanup: string[] = [];
  try {
    const withExt = await launch(port, dist);
    cleanup.push(withExt.dir);
    const uaPage = await withExt.ctx.newPage();
    const version = (await uaPage.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1] ?? '?';
    await uaPage.close();
    // DOMContentLoaded → overlay visible: the reader's user-timing mark against the navigation entry.
    const times: number[] = [];
    const page = await withExt.ctx.newPage();
    for (let i = 0; i < 11; i++) {
      await page.goto(http_(article.url));
      await page.waitForFunction(() => performance.getEntriesByName('hpr:overlay-visible').length > 0, null, {
        timeout: 10000,
      });
      const t = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return (
          (performance.getEntriesByName('hpr:overlay-visible')[0]?.startTime ?? NaN) -
          nav.domContentLoadedEventStart
        );
      });
      if (i > 0) times.push(t); // the first load warms the extension's service worker
    }
    await page.close();
    const LOADS = 7;
    const withMs = await scriptTime(withExt.ctx, http_(listing.url), LOADS);
    const profiledExtensionMs = await extensionSampledTime(withExt.ctx, http_(listing.url), LOADS);
    await withExt.ctx.close();
    const without = await launch(port, null);
    cleanup.push(without.dir);
    const withoutMs = await scriptTime(without.ctx, http_(listing.url), LOADS);
    await without.ctx.close();
    return {
      version,
      overlay: { url: article.url, times, medianMs: median(times) },
      nonArticle: {
        url: listing.url,
        loads: LOADS,
        withMs,
        withoutMs,
        extraScriptMs: Math.max(0, withMs - withoutMs),
        profiledExtensionMs,
      },
    };
  } finally {
    close();
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  }
}
