/**
 * The Chromium part of the benchmark: its own static fixture server and launcher (the system
 * Chromium through playwright-core, dist/chrome loaded, the portals' host names mapped to the server).
 */
import http from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { urlToFixturePath } from '../tests/fixtures/pages/paths.ts';
import { FIXTURES } from '../tests/fixtures/pages/index.ts';
import { PORTAL_HOST_PATTERNS, PORTAL_MATCH_PATTERNS } from '../src/core/portals/lookup.ts';
import { median } from './stats.ts';

export interface BrowserFigures {
  version: string;
  overlay: {
    url: string;
    times: number[];
    medianMs: number;
    /** Median time of each of the extension's user-timing marks after DOMContentLoaded (the phases). */
    phases: Record<string, number>;
  };
  nonArticle: {
    url: string;
    loads: number;
    withMs: number;
    withoutMs: number;
    extraScriptMs: number;
    profiledExtensionMs: number;
    /** The floors: the same difference with an extension whose content script is empty… */
    emptyScriptMs: number;
    emptyExtraMs: number;
    /** …with one whose content script only listens for messages and sends one (the badge's)… */
    messagingScriptMs: number;
    messagingExtraMs: number;
    /** …and with one that only reads one element of the page (the DOM bindings of a fresh isolated world). */
    elementScriptMs: number;
    elementExtraMs: number;
  };
}

const PAGES = resolve(import.meta.dirname, '../tests/fixtures/pages');
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export function serve(): Promise<{ port: number; close: () => void }> {
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

export async function launch(
  port: number,
  extension: string | null,
): Promise<{ ctx: BrowserContext; dir: string }> {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(exe)) throw new Error(`no Chromium at ${exe}`);
  const dir = mkdtempSync(join(tmpdir(), 'hpr-bench-'));
  const rules = PORTAL_HOST_PATTERNS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
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
  const worker = extension && existsSync(join(extension, 'service-worker-loader.js'));
  if (worker && !ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker', { timeout: 15000 });
  return { ctx, dir };
}

/** The marks the detector and the reader set, in the order they happen on an auto-opening article. */
const PHASES = [
  'hpr:detected',
  'hpr:reader-requested',
  'hpr:reader-script',
  'hpr:reader-start',
  'hpr:analysed',
  'hpr:overlay-visible',
  'hpr:overlay-painted',
  'hpr:summary-ready',
];

/**
 * An extension with the same content-script matches and run_at as ours and the given script: empty
 * (what the browser charges for having a content script at all, its isolated world), or only the
 * extension messaging any detector needs (its API bindings are set up on first use).
 */
const EMPTY_SCRIPT = '';
const MESSAGING_SCRIPT =
  "chrome.runtime.onMessage.addListener(() => undefined); chrome.runtime.sendMessage({ type: 'page-status' }).catch(() => undefined);";
/** Any look at the page's elements: the first element wrapper sets up the DOM interfaces in the world. */
const ELEMENT_SCRIPT = "window.__hprElement = document.querySelector('script, meta, div');";
function referenceExtension(script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hpr-bench-ref-'));
  const matches = [...PORTAL_MATCH_PATTERNS];
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty content script',
      version: '1.0',
      host_permissions: matches,
      content_scripts: [{ matches, js: ['empty.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'empty.js'), script);
  return dir;
}

const http_ = (u: string) => u.replace(/^https:/, 'http:');

/** Main-thread script time (CDP Performance.getMetrics ScriptDuration) of one fresh load of a page. */
async function scriptTimeOnce(ctx: BrowserContext, url: string): Promise<number> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(600);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const s = metrics.find((m: { name: string }) => m.name === 'ScriptDuration')?.value ?? 0;
  await page.close();
  return s * 1000;
}

/**
 * Median script time of fresh loads of a page in each browser, the browsers taking turns load by
 * load (so a change in machine load falls on all alike); the first round warms caches.
 */
async function scriptTimes(ctxs: BrowserContext[], url: string, loads: number): Promise<number[]> {
  const out: number[][] = ctxs.map(() => []);
  for (let i = 0; i < loads + 1; i++)
    for (const [k, ctx] of ctxs.entries()) {
      const s = await scriptTimeOnce(ctx, url);
      if (i > 0) out[k]?.push(s);
    }
  return out.map(median);
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

/**
 * Loads of the article whose overlay times make the median (after one that warms the service
 * worker): single loads on this machine spread from 0.5× to 1.7× their median, so 10 gave medians
 * 15 ms apart from one run to the next.
 */
export const OVERLAY_LOADS = 20;

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
    const marks: Record<string, number[]> = {};
    const page = await withExt.ctx.newPage();
    for (let i = 0; i <= OVERLAY_LOADS; i++) {
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
      // The summary is filled after the overlay's first paint: wait for it too, so loads do not overlap.
      await page
        .waitForFunction(() => performance.getEntriesByName('hpr:summary-ready').length > 0, null, {
          timeout: 2000,
        })
        .catch(() => undefined);
      const at = await page.evaluate((names) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const out: Record<string, number> = {};
        for (const n of names) {
          const e = performance.getEntriesByName(n)[0];
          if (e) out[n] = e.startTime - nav.domContentLoadedEventStart;
        }
        return out;
      }, PHASES);
      if (i > 0) {
        times.push(t); // the first load warms the extension's service worker
        for (const [n, v] of Object.entries(at)) (marks[n] ??= []).push(v);
      }
    }
    await page.close();
    const LOADS = 9;
    const profiledExtensionMs = await extensionSampledTime(withExt.ctx, http_(listing.url), LOADS);
    const without = await launch(port, null);
    cleanup.push(without.dir);
    const refs = [];
    for (const script of [EMPTY_SCRIPT, MESSAGING_SCRIPT, ELEMENT_SCRIPT]) {
      const extDir = referenceExtension(script);
      const ref = await launch(port, extDir);
      cleanup.push(extDir, ref.dir);
      refs.push(ref.ctx);
    }
    const ctxs = [withExt.ctx, without.ctx, ...refs];
    const [
      withMs = NaN,
      withoutMs = NaN,
      emptyScriptMs = NaN,
      messagingScriptMs = NaN,
      elementScriptMs = NaN,
    ] = await scriptTimes(ctxs, http_(listing.url), LOADS);
    for (const c of ctxs) await c.close();
    const phases = Object.fromEntries(
      PHASES.flatMap((n) => (marks[n]?.length ? [[n, median(marks[n])]] : [])),
    );
    return {
      version,
      overlay: { url: article.url, times, medianMs: median(times), phases },
      nonArticle: {
        url: listing.url,
        loads: LOADS,
        withMs,
        withoutMs,
        extraScriptMs: Math.max(0, withMs - withoutMs),
        profiledExtensionMs,
        emptyScriptMs,
        emptyExtraMs: Math.max(0, emptyScriptMs - withoutMs),
        messagingScriptMs,
        messagingExtraMs: Math.max(0, messagingScriptMs - withoutMs),
        elementScriptMs,
        elementExtraMs: Math.max(0, elementScriptMs - withoutMs),
      },
    };
  } finally {
    close();
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  }
}
