/**
 * The Chromium engine mode of `npm run bench`: the core and Mozilla Readability, bundled together
 * (bench/engine-entry.ts), timed in a blank page of the system Chromium on the fixture articles and,
 * when `../shared/real/pages` is present, on real saved portal pages. Also the scaling fit on one real
 * page (its article repeated ×1/×10/×100), because real DOMs are several times larger than ours.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { FIXTURES, fixtureHtml } from '../tests/fixtures/pages/index.ts';
import type { EnginePage, EngineTiming } from './engine-entry.ts';

export interface ScalePoint {
  factor: number;
  words: number;
  elements: number;
  analyseMs: number;
}

export interface EngineFigures {
  version: string;
  fixtures: EngineTiming[];
  real: EngineTiming[] | null;
  realMissing?: string;
  scaling: { page: string; points: ScalePoint[] } | null;
}

const ROOT = join(import.meta.dirname, '..');
export const REAL_PAGES = join(ROOT, '../shared/real/pages');

/**
 * The engine page's script (or another entry of bench/ for a blank page); unminified for the profilers
 * (readable function names).
 */
export async function bundle(minify = true, entry = 'engine-entry.ts'): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify,
      lib: {
        entry: join(import.meta.dirname, entry),
        formats: ['iife'],
        name: 'hprEngineBundle',
        fileName: () => 'engine.js',
      },
    },
  });
  const first = (Array.isArray(out) ? out[0] : out) as { output: { type: string; code?: string }[] };
  const chunk = first.output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('bench: the engine bundle was not built');
  return chunk.code;
}

/** Real pages are served in tests as a Hải Phòng sub-portal: same path, host `<first label>.haiphong.gov.vn`. */
export function asSubPortal(url: string): string {
  const u = new URL(url);
  u.host = `${u.hostname.split('.')[0]}.haiphong.gov.vn`;
  return u.href;
}

export function realPages(): EnginePage[] | null {
  const index = join(REAL_PAGES, 'index.json');
  if (!existsSync(index)) return null;
  const list = JSON.parse(readFileSync(index, 'utf8')) as { file: string; url: string; kind: string }[];
  return list
    .filter((p) => p.kind === 'article')
    .map((p) => ({
      name: p.file.replace(/\.html$/, ''),
      url: asSubPortal(p.url),
      html: readFileSync(join(REAL_PAGES, p.file), 'utf8'),
    }));
}

export async function measureEngine(): Promise<EngineFigures> {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(exe)) throw new Error(`no Chromium at ${exe}`);
  const code = await bundle();
  const dir = mkdtempSync(join(tmpdir(), 'hpr-engine-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: exe,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const page = await ctx.newPage();
    await page.setContent('<!DOCTYPE html><title>engine</title>');
    await page.addScriptTag({ content: code });
    const version = (await page.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1] ?? '?';
    const time = (p: EnginePage) => page.evaluate((x) => window.hprEngine.timePage(x), p);
    const fixtures: EngineTiming[] = [];
    for (const f of FIXTURES.filter((x) => x.kind === 'article'))
      fixtures.push(await time({ name: f.file, url: f.url, html: fixtureHtml(f) }));
    const reals = realPages();
    let real: EngineTiming[] | null = null;
    let scaling: EngineFigures['scaling'] = null;
    if (reals) {
      real = [];
      for (const p of reals) real.push(await time(p));
      // Scaling on the largest real article.
      const biggest = reals.reduce((b, p) => (p.html.length > b.html.length ? p : b));
      const points: ScalePoint[] = [];
      for (const factor of [1, 10, 100]) {
        const html = await page.evaluate(([p, k]) => window.hprEngine.scaledHtml(p, k), [
          biggest,
          factor,
        ] as const);
        if (!html) break;
        const batchMs = factor === 100 ? 400 : 60;
        const t = await page.evaluate(([x, ms]) => window.hprEngine.timePage(x, 5, ms), [
          { ...biggest, html },
          batchMs,
        ] as const);
        points.push({ factor, words: t.words, elements: t.elements, analyseMs: t.analyseMs });
      }
      if (points.length === 3) scaling = { page: biggest.name, points };
    }
    return {
      version,
      fixtures,
      real,
      scaling,
      ...(reals ? {} : { realMissing: `${REAL_PAGES} not found: real pages skipped` }),
    };
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
