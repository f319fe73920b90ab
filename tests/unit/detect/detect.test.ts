import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage, quickDetect } from '../../../src/core/detect/index.ts';
import { FIXTURES, fixtureHtml } from '../../fixtures/pages/index.ts';
import { docFrom, LONG, page } from '../extract/html.ts';

describe('detectPage on every fixture', () => {
  it.each(FIXTURES.map((f) => [f.kind, f.url, f] as const))('%s: %s', (_k, url, f) => {
    const d = detectPage(docFrom(fixtureHtml(f), url), url);
    expect(d.kind).toBe(f.kind);
    expect(d.confidence).toBeGreaterThan(0);
    expect(d.confidence).toBeLessThanOrEqual(1);
    expect(d.reasons.length).toBeGreaterThan(0);
    for (const r of d.reasons) expect(typeof r).toBe('string');
  });

  it('is as right when density is always computed', () => {
    for (const f of FIXTURES)
      expect(detectPage(docFrom(fixtureHtml(f), f.url), f.url, { alwaysDensity: true }).kind, f.url).toBe(
        f.kind,
      );
  });
});

describe('quickDetect (content script pre-check)', () => {
  it('says article / not article right on every fixture', () => {
    for (const f of FIXTURES) {
      const q = quickDetect(docFrom(fixtureHtml(f), f.url), f.url);
      expect(q.kind === 'article', f.url).toBe(f.kind === 'article');
      if (f.kind === 'article') {
        expect(q.worthExtracting, f.url).toBe(true);
        expect(q.title, f.url).toBeTruthy();
      }
    }
  });

  it('gets home, listing, search and document pages from the URL and cheap DOM signals', () => {
    for (const f of FIXTURES.filter((x) => x.kind !== 'article' && x.kind !== 'other')) {
      expect(quickDetect(docFrom(fixtureHtml(f), f.url), f.url).kind, f.url).toBe(f.kind);
    }
  });

  it('never loads the extractor: detect/ imports nothing from extract/ or Readability', () => {
    const dir = join(__dirname, '../../../src/core/detect');
    for (const f of readdirSync(dir)) {
      const src = readFileSync(join(dir, f), 'utf8');
      for (const m of src.matchAll(/from\s+'([^']+)'/g)) {
        expect(m[1], `${f} imports ${m[1]}`).not.toMatch(/extract|readability|analyse/);
      }
    }
  });

  it('stops at excluded hosts', () => {
    const q = quickDetect(
      page(`<h1>Cổng dịch vụ công</h1>${LONG.map((p) => `<p>${p}</p>`).join('')}`),
      'https://dichvucong.haiphong.gov.vn/thu-tuc/abc-123456',
    );
    expect(q.kind).toBe('other');
    expect(q.worthExtracting).toBe(false);
  });
});

const ARTICLE_BODY = `<h1>Học tập, quán triệt Nghị quyết Đại hội Đảng bộ thành phố</h1><p>19/11/2025 15:30</p><div class="x">${LONG.map((p) => `<p>${p}</p>`).join('')}</div>`;

describe('URL and DOM disagree: neither decides alone', () => {
  it('an article URL serving a listing (pagination script) is a listing', () => {
    const teasers = Array.from(
      { length: 10 },
      (_, i) =>
        `<div class="item"><h3><a href="/tin-tuc-su-kien/tin-so-${i}-70000${i}">Tin tức số ${i} về hoạt động của thành phố trong tuần qua</a></h3></div>`,
    ).join('');
    const doc = page(
      `<h2>Tin tức</h2>${teasers}<script>var maxPage = parseInt(12); $.post('/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle')</script>`,
    );
    const d = detectPage(doc, 'https://haiphong.gov.vn/tin-tuc-su-kien/trang-tin-683224');
    expect(d.kind).toBe('listing');
    expect(d.reasons.join('\n')).toMatch(/pagination/i);
    expect(d.reasons.join('\n')).toMatch(/^- URL: era-C/m);
  });

  it('a category-looking URL serving a dated article is an article', () => {
    const d = detectPage(page(ARTICLE_BODY), 'https://hadong.haiphong.gov.vn/chi-dao-dieu-hanh');
    expect(d.kind).toBe('article');
    expect(d.reasons.join('\n')).toMatch(/date line next to the title/);
  });

  it('an article URL whose page is an empty shell is not called an article with high confidence', () => {
    const d = detectPage(page('<div id="app"></div>'), 'https://haiphong.gov.vn/tin-tuc-su-kien/abc-683224');
    expect(d.confidence).toBeLessThan(0.75);
  });

  it('reads og:type and JSON-LD', () => {
    const doc = page(
      ARTICLE_BODY,
      '<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>',
    );
    const d = detectPage(doc, 'https://example.org/whatever');
    expect(d.kind).toBe('article');
    expect(d.reasons.join('\n')).toMatch(/og:type/);
    expect(d.reasons.join('\n')).toMatch(/JSON-LD/);
  });

  it.each([
    ['Thời gian: 11/05/2022 12:15', '"Thời gian'],
    ['Print Thứ Năm, 11/03/2021 17:15 Gốc', '"Print'],
    ['11/03/2021 - 17:15', 'dd/mm/yyyy - HH:MM'],
    ['Thứ Năm, 11/03/2021 17:15', 'weekday'],
    ['19/11/2025', 'bare date line'],
  ])('sees the date line "%s"', (line, label) => {
    const doc = page(
      `<h1>Hội nghị báo cáo viên Trung ương tháng 3/2021</h1><div>${line}</div><div>${LONG.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    const d = detectPage(doc, 'https://example.org/x');
    expect(d.kind).toBe('article');
    expect(d.reasons.join('\n')).toContain(label);
  });

  it('long text without any date is a static page, not an article', () => {
    const d = detectPage(
      page(`<h1>Giới thiệu chung về thành phố</h1><div>${LONG.map((p) => `<p>${p}</p>`).join('')}</div>`),
      'https://haiphong.gov.vn/gioi-thieu',
    );
    expect(d.kind).toBe('other');
  });

  it('does not take a site-name h1 for the title', () => {
    const d = quickDetect(
      page(`<h1 class="x">Cổng thông tin điện tử thành phố Hải Phòng</h1>`),
      'https://haiphong.gov.vn/',
    );
    expect(d.title).toBeNull();
  });
});
