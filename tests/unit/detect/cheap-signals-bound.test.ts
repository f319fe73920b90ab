/**
 * cheapSignalsBound (src/core/detect/cheap-signals.ts): bounds of cheapSignals' votes from element
 * counts alone. It must never under-count an article vote nor over-count a listing vote (else the
 * detector would miss an article), it must read no element (that is its point: the detector's check
 * on a page that is not an article), and it must decide most of those pages by itself.
 */
import { describe, expect, it } from 'vitest';
import { cheapSignals, cheapSignalsBound } from '../../../src/core/detect/cheap-signals.ts';
import type { Vote } from '../../../src/core/detect/signals.ts';
import { quickDetect, quickDetectArticle } from '../../../src/core/detect/index.ts';
import { DETECTOR_PAGES, OTHER_URLS } from './detector-pages.ts';
import { parseHtml } from '../../../tools/parse-html.ts';

const weight = (votes: Vote[], kind: string) =>
  votes.filter((v) => v.kind === kind).reduce((s, v) => s + v.weight, 0);

/**
 * The document as seen through counts alone: `querySelectorAll` answers only its length, and any
 * other way to the page's elements throws. Code that reads an element fails on it.
 */
function countsOnly(doc: Document): Document {
  return new Proxy(doc, {
    get(target, prop) {
      if (prop === 'querySelectorAll')
        return (selectors: string) => ({ length: target.querySelectorAll(selectors).length });
      throw new Error(`read the page: document.${String(prop)}`);
    },
  });
}

const pages = DETECTOR_PAGES;

describe('cheapSignalsBound', () => {
  it('bounds cheapSignals on every fixture and real page: article votes from above, listing votes from below', async () => {
    const wrong: string[] = [];
    let boundedArticle = 0;
    let certainListing = 0;
    for (const p of pages) {
      const { doc, close } = parseHtml(p.html, p.url);
      const signals = cheapSignals(doc);
      const bound = cheapSignalsBound(countsOnly(doc));
      if (weight(bound, 'article') < weight(signals, 'article'))
        wrong.push(`${p.name}: article under-counted`);
      if (weight(bound, 'listing') > weight(signals, 'listing'))
        wrong.push(`${p.name}: listing over-counted`);
      if (bound.some((v) => v.kind !== 'article' && v.kind !== 'listing'))
        wrong.push(`${p.name}: other kind`);
      if (weight(bound, 'article') > 0) boundedArticle++;
      if (weight(bound, 'listing') > 0) certainListing++;
      await close();
    }
    expect(wrong).toEqual([]);
    // Not vacuous: both sides occur.
    expect(boundedArticle).toBeGreaterThan(5);
    expect(certainListing).toBeGreaterThan(0);
  }, 120_000);

  it('counts an og:type that cheapSignals reads as article, in any case and with spaces', async () => {
    for (const content of ['article', ' Article ', 'ARTICLE']) {
      const { doc, close } = parseHtml(
        `<head><meta property="og:type" content="${content}"></head><body></body>`,
      );
      expect(weight(cheapSignals(doc), 'article')).toBeGreaterThan(0);
      expect(weight(cheapSignalsBound(doc), 'article')).toBeGreaterThanOrEqual(
        weight(cheapSignals(doc), 'article'),
      );
      await close();
    }
    const { doc, close } = parseHtml('<head><meta property="og:type" content="website"></head><body></body>');
    expect(cheapSignalsBound(doc)).toEqual([]);
    await close();
  });

  it('a container marker counts only where the post teasers do not make a listing', async () => {
    const teasers = '<ul class="list-news">' + '<li>Tin</li>'.repeat(4) + '</ul>';
    const body = `<div class="news-content">${'Nội dung bài viết dài. '.repeat(20)}</div>`;
    const listing = parseHtml(`<body>${teasers}${body}</body>`);
    expect(cheapSignalsBound(listing.doc).map((v) => v.kind)).toEqual(['listing']);
    await listing.close();
    const article = parseHtml(`<body>${body}</body>`);
    expect(cheapSignalsBound(article.doc)).toEqual([
      expect.objectContaining({ kind: 'article', weight: 0.2 }),
    ]);
    await article.close();
  });

  it('lets quickDetectArticle rule out most pages that are not articles reading counts only', async () => {
    let notArticle = 0;
    let byCounts = 0;
    for (const p of pages) {
      for (const url of [p.url, ...OTHER_URLS]) {
        const { doc, close } = parseHtml(p.html, url);
        const d = quickDetect(doc, url);
        if (!(d.kind === 'article' && d.title !== null)) {
          notArticle++;
          try {
            if (quickDetectArticle(countsOnly(doc), new URL(url)) === null) byCounts++;
          } catch {
            // it had to read an element: the bound did not decide this one
          }
        }
        await close();
      }
    }
    expect(notArticle).toBeGreaterThan(20);
    expect(byCounts).toBeGreaterThan(notArticle / 2);
  }, 300_000);
});
