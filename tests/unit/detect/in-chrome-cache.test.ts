/**
 * `inChrome` with a cache (one Map per page, shared by many questions) answers what it answers
 * without one, for every element of every fixture and real page, asked in document order, in
 * reverse and in a shuffled order; and on invented markup where a header sits inside an article
 * whose ancestor was cached first (the case a cache of plain booleans answered wrongly).
 */
import { describe, expect, it } from 'vitest';
import { inChrome, type ChromeCache } from '../../../src/core/anatomy/dom.ts';
import { DETECTOR_PAGES } from './detector-pages.ts';
import { page } from '../extract/html.ts';
import { parseHtml } from '../../../tools/parse-html.ts';
import { int, prng } from '../fuzz/corpus.ts';

/** A fixed shuffle (the fuzz corpus's seeded generator), so that a failure can be run again. */
function shuffled<T>(items: T[], seed: number): T[] {
  const r = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(r, i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function mismatches(elements: Element[]): string[] {
  const cache: ChromeCache = new Map();
  return elements
    .filter((el) => inChrome(el, cache) !== inChrome(el))
    .map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}`);
}

describe('inChrome with a cache', () => {
  it('a header inside an article is not chrome, whichever element was asked about first', () => {
    const doc = page(
      '<main><article><div class="entry"><header class="entry-header"><h1 id="t">Tiêu đề bài viết</h1></header>' +
        '<p id="p">Nội dung</p></div></article></main><header id="site"><div><a id="home">Trang chủ</a></div></header>',
    );
    const [title, para, home, entry] = ['#t', '#p', '#home', '.entry'].map((s) => doc.querySelector(s)!);
    const cache: ChromeCache = new Map();
    expect(inChrome(para!, cache)).toBe(false); // caches the div and the article above it
    expect(inChrome(entry!, cache)).toBe(false);
    expect(inChrome(title!, cache)).toBe(false);
    expect(inChrome(home!, cache)).toBe(true);
    expect(inChrome(home!, cache)).toBe(true);
    expect(inChrome(title!)).toBe(false);
  });

  it('answers as without a cache on every element of every page, in any order', () => {
    expect(DETECTOR_PAGES.length).toBeGreaterThan(20);
    for (const [i, p] of DETECTOR_PAGES.entries()) {
      const { doc } = parseHtml(p.html, p.url);
      const all = [...doc.querySelectorAll('body *')];
      expect(mismatches(all), `${p.name}, document order`).toEqual([]);
      expect(mismatches([...all].reverse()), `${p.name}, reverse order`).toEqual([]);
      expect(mismatches(shuffled(all, 0x9e3779b9 ^ i)), `${p.name}, shuffled`).toEqual([]);
    }
  });
});
