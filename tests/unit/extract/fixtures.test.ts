/**
 * The "Done when" figures on all fixtures. `npm run -s golden -- --report` prints the same figures.
 */
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/index.ts';
import { FIXTURES, fixtureHtml, scoreFixture } from '../../fixtures/pages/index.ts';
import { docFrom } from './html.ts';

const results = FIXTURES.map((f) => ({ f, a: analysePage(docFrom(fixtureHtml(f), f.url), f.url) }));
const articles = results.filter((r) => r.f.expected);

describe('done-when figures', () => {
  it('covers every corpus article and every page kind', () => {
    const ids = new Set(articles.map((r) => r.f.corpus));
    for (let i = 0; i <= 16; i++) expect(ids.has(String(i).padStart(2, '0')), `corpus ${i}`).toBe(true);
    expect(new Set(FIXTURES.map((f) => f.kind))).toEqual(
      new Set(['article', 'listing', 'home', 'search', 'document', 'other']),
    );
  });

  it.each(results.map((r) => [r.f.kind, r.f.url, r] as const))('kind right: %s %s', (_k, _u, { f, a }) => {
    expect(a.kind).toBe(f.kind);
    expect(a.isArticle).toBe(f.kind === 'article');
    expect(a.article === null).toBe(f.kind !== 'article');
    // The summary is there exactly when an article is.
    expect(a.summary === null).toBe(f.kind !== 'article');
  });

  it.each(articles.map((r) => [r.f.url, r] as const))(
    'article %s: title/date/author exact, recall ≥ 0.99, no furniture, captions kept',
    (_u, { f, a }) => {
      const s = scoreFixture(f, a);
      expect(a.article?.title).toBe(f.expected!.title);
      expect(a.article?.published).toBe(f.expected!.published);
      expect(a.article?.author).toBe(f.expected!.author);
      expect(s.missing).toEqual([]);
      expect(s.recall).toBeGreaterThanOrEqual(0.99);
      expect(s.foreign).toEqual([]);
      expect(s.noiseHits).toEqual([]);
      expect(s.lostCaptions).toEqual([]);
    },
  );

  it('overall body recall ≥ 0.99', () => {
    let total = 0;
    let found = 0;
    for (const { f, a } of articles) {
      const s = scoreFixture(f, a);
      total += f.expected!.paragraphs.length;
      found += f.expected!.paragraphs.length - s.missing.length;
    }
    expect(found / total).toBeGreaterThanOrEqual(0.99);
  });

  it('images are absolute http(s) URLs and figures keep their captions', () => {
    for (const { a } of articles) {
      for (const img of a.article!.images) expect(img.src).toMatch(/^https?:\/\//);
      const figs = a.article!.blocks.filter((b) => b.type === 'figure');
      expect(figs.length).toBe(a.article!.images.length);
    }
  });

  it('the sapo loses its "(Haiphong.gov.vn) –" marker', () => {
    for (const { f, a } of articles.filter((r) => r.f.markup === 'hp-c')) {
      expect(a.article!.sapo, f.url).toBeTruthy();
      expect(a.article!.sapo).not.toMatch(/Haiphong\.gov\.vn/i);
      expect(a.article!.text.startsWith(a.article!.sapo!)).toBe(true);
    }
  });

  it('source: portal name, host and canonical URL', () => {
    const amp = articles.find((r) => r.f.markup === 'tp-amp')!;
    expect(amp.a.article!.source).toEqual({
      portal: 'Cổng tin tức thành phố Hải Phòng',
      host: 'thanhphohaiphong.gov.vn',
      url: amp.f.url.replace(/\/amp$/, ''),
    });
    const sub = articles.find((r) => r.f.url.includes('thanhto.haian'))!;
    expect(sub.a.article!.source.host).toBe('thanhto.haian.haiphong.gov.vn');
    expect(sub.a.article!.source.portal).toMatch(/Hải Phòng/);
  });
});
