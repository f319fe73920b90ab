/**
 * Bundled by bench/engine.ts into one script for a blank Chromium page: the core and Mozilla
 * Readability side by side, so both are timed in the engine readers actually use. Each page is parsed
 * with DOMParser (scripts never run, no network), then every function is timed in batches,
 * interleaved round by round so that load on the machine hits all of them alike.
 */
import { Readability } from '@mozilla/readability';
import { analysePage, detectWithAnatomy, extractArticle } from '../src/core/index.ts';

export interface EnginePage {
  name: string;
  url: string;
  html: string;
}

export interface EngineTiming {
  name: string;
  /** Median time of one call, per function. */
  detectExtractMs: number;
  analyseMs: number;
  readabilityMs: number;
  isArticle: boolean;
  words: number;
  elements: number;
}

type Fn = () => unknown;

/** Median per-call time of `fn`, from `rounds` batches of calls each about `batchMs` long. */
function batches(fns: Fn[], rounds: number, batchMs: number): number[][] {
  // Warm up, and find how many calls fill one batch for each function.
  const per = fns.map((fn) => {
    fn();
    const t = performance.now();
    let n = 0;
    while (performance.now() - t < batchMs) {
      fn();
      n++;
    }
    return Math.max(1, n);
  });
  const out: number[][] = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => {
      const t = performance.now();
      for (let k = 0; k < per[i]!; k++) fn();
      out[i]!.push((performance.now() - t) / per[i]!);
    });
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export function parse(page: EnginePage): Document {
  return new DOMParser().parseFromString(page.html, 'text/html');
}

export function timePage(page: EnginePage, rounds = 9, batchMs = 40): EngineTiming {
  const doc = parse(page);
  // As analysePage does it: the extractor reuses what detection read of the page (headline, prose).
  const detectExtract = () => {
    const { detection: det, anatomy } = detectWithAnatomy(doc, page.url);
    return det.kind === 'article'
      ? extractArticle(doc, page.url, { generation: det.generation, anatomy })
      : null;
  };
  const analyse = () => analysePage(doc, page.url);
  // Readability changes the document it reads: it needs its own copy, so the copy is part of its cost.
  const readability = () => new Readability(doc.cloneNode(true) as Document).parse();
  const [de, an, rd] = batches([detectExtract, analyse, readability], rounds, batchMs);
  const a = analysePage(doc, page.url);
  return {
    name: page.name,
    detectExtractMs: median(de!),
    analyseMs: median(an!),
    readabilityMs: median(rd!),
    isArticle: a.isArticle,
    words: a.article?.wordCount ?? 0,
    elements: doc.getElementsByTagName('*').length,
  };
}

/**
 * The page with its article body repeated `factor` times: the container is the lowest element holding
 * both the first and the last paragraph the extractor found, and the copy is of its children from the
 * first paragraph's to the last's, so it is the article's own markup whatever the CMS.
 */
export function scaledHtml(page: EnginePage, factor: number): string | null {
  const doc = parse(page);
  const article = analysePage(doc, page.url).article;
  // Body paragraphs: the lead (sapo) and captions sit outside the body's container on many pages.
  const outside = new Set([article?.sapo ?? '', ...(article?.images.map((i) => i.caption) ?? [])]);
  const paragraphs =
    article?.text.split('\n').filter((p) => p.trim().length > 40 && !outside.has(p.trim())) ?? [];
  if (paragraphs.length < 2) return null;
  const holder = (text: string): Element | null => {
    const probe = text.slice(0, 30);
    let best: Element | null = null;
    for (const el of Array.from(doc.body.getElementsByTagName('*'))) {
      if ((el.textContent ?? '').replace(/\s+/g, ' ').includes(probe)) best = el;
    }
    return best;
  };
  const first = holder(paragraphs[0]!);
  const last = holder(paragraphs[paragraphs.length - 1]!);
  if (!first || !last) return null;
  let box: Element | null = first;
  while (box && !box.contains(last)) box = box.parentElement;
  if (!box) return null;
  // Only the body: the children from the one holding the first paragraph to the one holding the
  // last, copied after the last. The headline, dateline and lead stay once, as on a long article.
  const children = Array.from(box.childNodes);
  const from = children.findIndex((c) => c.contains(first));
  const to = children.findIndex((c) => c.contains(last));
  if (from < 0 || to < from) return null;
  const body = children.slice(from, to + 1);
  const after = children[to + 1] ?? null;
  for (let i = 1; i < factor; i++) for (const c of body) box.insertBefore(c.cloneNode(true), after);
  return '<!DOCTYPE html>' + doc.documentElement.outerHTML;
}

/** Detection + extraction over `pages` round after round for `ms` (for bench/profile.ts); returns the number of page calls. */
export function spin(pages: EnginePage[], ms: number): number {
  const docs = pages.map((p) => [parse(p), p.url] as const);
  const t = performance.now();
  let calls = 0;
  while (performance.now() - t < ms) {
    for (const [doc, url] of docs) {
      const { detection: det, anatomy } = detectWithAnatomy(doc, url);
      if (det.kind === 'article') extractArticle(doc, url, { generation: det.generation, anatomy });
      calls++;
    }
  }
  return calls;
}

declare global {
  interface Window {
    hprEngine: { timePage: typeof timePage; scaledHtml: typeof scaledHtml; spin: typeof spin };
  }
}
window.hprEngine = { timePage, scaledHtml, spin };
