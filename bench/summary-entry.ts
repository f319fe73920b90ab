/**
 * Bundled by bench/profile-summary.ts into one script for a blank Chromium page: the summary
 * (`summariseArticle`: officials, documents, directives) alone, on the articles extracted from the
 * pages it is given. Pages are parsed with DOMParser (scripts never run, no network) and extracted
 * once; only the summary is repeated.
 */
import { analysePage, summariseArticle } from '../src/core/index.ts';
import type { Article } from '../src/core/types.ts';
import type { EnginePage } from './engine-entry.ts';

let articles: { name: string; article: Article }[] = [];

/** Extracts the articles of `pages` (without their summary); returns how many pages gave one. */
export function load(pages: EnginePage[]): number {
  articles = [];
  for (const p of pages) {
    const doc = new DOMParser().parseFromString(p.html, 'text/html');
    const article = analysePage(doc, p.url, { summary: false }).article;
    if (article) articles.push({ name: p.name, article });
  }
  return articles.length;
}

/** The summaries of the loaded articles, by name (to check that a change leaves them as they were). */
export function summaries(): Record<string, unknown> {
  return Object.fromEntries(articles.map((a) => [a.name, summariseArticle(a.article)]));
}

/** Summaries of every loaded article, round after round for `ms`; returns the number of summaries. */
export function spin(ms: number): number {
  const t = performance.now();
  let calls = 0;
  while (performance.now() - t < ms) {
    for (const { article } of articles) {
      summariseArticle(article);
      calls++;
    }
  }
  return calls;
}

/** Per article: median time of one summary over `rounds` batches of about `batchMs` each. */
export function time(rounds = 9, batchMs = 30): { name: string; chars: number; ms: number }[] {
  return articles.map(({ name, article }) => {
    const fn = () => summariseArticle(article);
    fn();
    let per = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < batchMs) {
      fn();
      per++;
    }
    per = Math.max(1, per);
    const out: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const t = performance.now();
      for (let k = 0; k < per; k++) fn();
      out.push((performance.now() - t) / per);
    }
    out.sort((a, b) => a - b);
    return { name, chars: article.text.length, ms: out[out.length >> 1]! };
  });
}

declare global {
  interface Window {
    hprSummary: { load: typeof load; summaries: typeof summaries; spin: typeof spin; time: typeof time };
  }
}
window.hprSummary = { load, summaries, spin, time };
