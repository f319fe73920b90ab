/**
 * quickDetectArticle (the detector's check on every page load) gives quickDetect's own result, or
 * null (without the title search) only where quickDetect does not find an article with a title — on
 * every fixture page and every real saved page (../shared/real/pages, when
 * present), each also read under other portal addresses (a listing, a home page, an article of
 * another generation, a search), so the URL and the page disagree as often as they agree.
 */
import { describe, expect, it } from 'vitest';
import { quickDetect, quickDetectArticle } from '../../../src/core/detect/index.ts';
import { DETECTOR_PAGES, OTHER_URLS } from './detector-pages.ts';
import { parseHtml } from '../../../tools/parse-html.ts';

const pages = DETECTOR_PAGES;

describe('quickDetectArticle ≡ quickDetect where it may be an article, null where it cannot', () => {
  it(`on ${pages.length} pages, each under its own and ${OTHER_URLS.length} other addresses`, async () => {
    const differ: string[] = [];
    let yes = 0;
    let no = 0;
    let skipped = 0;
    for (const p of pages) {
      for (const url of [p.url, ...OTHER_URLS]) {
        const { doc, close } = parseHtml(p.html, url);
        const d = quickDetect(doc, url);
        const expected = d.kind === 'article' && d.title !== null;
        const got = quickDetectArticle(doc, url);
        if (got === null ? expected : JSON.stringify(got) !== JSON.stringify(d))
          differ.push(`${p.name} at ${url}: ${got === null ? 'null' : got.kind}, quickDetect ${d.kind}`);
        // The detector passes the page's location instead of its address: the same answer.
        if (JSON.stringify(quickDetectArticle(doc, new URL(url))) !== JSON.stringify(got))
          differ.push(`${p.name} at ${url}: the parsed address answers differently`);
        if (got === null) skipped++;
        if (expected) yes++;
        else no++;
        await close();
      }
    }
    expect(differ).toEqual([]);
    // Not vacuous: both answers, many times.
    expect(yes).toBeGreaterThan(20);
    expect(no).toBeGreaterThan(20);
    // And the title search is left out on most pages that are not articles.
    expect(skipped).toBeGreaterThan(no / 2);
  }, 300_000);
});
