/**
 * Extraction rules added for markup nobody here has seen (see tests/fixtures/pages-holdout): bylines
 * before a photo-credit line, captions known by a class token or by sharing a wrapper with their image,
 * what Readability leaves out of the article container, profile titles that are teasers.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage, extractArticle, extractGeneric, findByline } from '../../../src/core/index.ts';
import type { Block } from '../../../src/core/types.ts';
import { LONG, page } from './html.ts';

const TITLE = 'Phát triển du lịch Cát Bà gắn với bảo tồn di sản Vịnh Hạ Long - Quần đảo Cát Bà';
const para = (text: string, extra: Partial<{ bold: boolean }> = {}): Block => ({ type: 'paragraph', inlines: [{ type: 'text', text, ...extra }] });
const url = 'https://cathai.haiphong.gov.vn/du-lich/phat-trien-du-lich-cat-ba-902114';

describe('byline before a photo credit', () => {
  it('a right-aligned name followed by "(Ảnh: …)" is the author; the credit is not', () => {
    const blocks = [para(LONG[0]), para('Hoàng Mai', { bold: true }), para('(Ảnh: Cổng TTĐT đặc khu Cát Hải)')];
    const hints = blocks.map((_, i) => ({ right: i > 0, authorClass: false }));
    expect(findByline(blocks, hints)).toEqual({ author: 'Hoàng Mai', index: 1, rule: 'trailing-line' });
  });

  it('a credit line alone is never the author', () => {
    const blocks = [para(LONG[0]), para('Ảnh: Minh Đức', { bold: true })];
    expect(findByline(blocks, blocks.map(() => ({ right: true, authorClass: false })))).toBeNull();
  });

  it('on a page: the credit line stays in the body, the name becomes the author', () => {
    const doc = page(
      `<h1>${TITLE}</h1><div class="date">15/06/2024 20:15</div><div class="content-x">${LONG.map((p) => `<p>${p}</p>`).join('')}<p style="text-align:right"><strong>Hoàng Mai</strong></p><p style="text-align:right"><em>(Ảnh: Cổng TTĐT đặc khu Cát Hải)</em></p></div>`,
      `<title>${TITLE}</title>`,
      url,
    );
    const a = analyzePage(doc, url).article!;
    expect(a.author).toBe('Hoàng Mai');
    expect(a.text).toContain('(Ảnh: Cổng TTĐT đặc khu Cát Hải)');
    expect(a.text).not.toMatch(/\n\nHoàng Mai(\n|$)/);
  });
});

describe('captions', () => {
  const img = 'https://cdn.haiphong.gov.vn/gov-hpg/1/tintuc/2025/10/anh-1.jpg';
  it('a plain block with a caption-like class token after an image (img-note, photo-desc) is its caption', () => {
    const doc = page(`<h1>${TITLE}</h1><div class="detail-news-body"><p>${LONG[0]}</p><table class="tbl-image"><tr><td><img src="${img}"></td></tr><tr><td><p class="img-note">Quang cảnh buổi làm việc.</p></td></tr></table>${LONG.slice(1).map((p) => `<p>${p}</p>`).join('')}</div>`, `<title>${TITLE}</title>`, url);
    const a = extractGeneric(doc, url)!.article;
    expect(a.images).toEqual([{ src: img, caption: 'Quang cảnh buổi làm việc.' }]);
  });

  it('the only text sharing a small wrapper with an image is its caption, even when Readability rewrites the wrapper', () => {
    const doc = page(`<h1>${TITLE}</h1><article><div class="txt"><p>${LONG[0]}</p><div class="box"><img src="${img}"><div class="n1">Các đại biểu dự hội nghị.</div></div>${LONG.slice(1).map((p) => `<p>${p}</p>`).join('')}</div></article>`, `<title>${TITLE}</title>`, url);
    const a = extractGeneric(doc, url)!.article;
    expect(a.images).toEqual([{ src: img, caption: 'Các đại biểu dự hội nghị.' }]);
    expect(a.blocks.filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? b.inlines[0].text : ''))).not.toContain('Các đại biểu dự hội nghị.');
  });
});

describe('what Readability leaves out of the article container', () => {
  it('an image between two <br>-text divs comes back with its caption', () => {
    const img = 'https://vinhthinh.haiphong.gov.vn/sitefolders/Root/6602/tintuc/2025/9/vu-mua-3.jpg';
    const doc = page(
      `<div><h2>${TITLE}</h2><div><span>19/09/2025 | 17:30</span></div><div><div>${LONG.slice(0, 3).join('<br>\n<br>')}<br><br></div><div style="text-align: center;"><img src="${img}" width="700"><br><em>Kiểm tra lúa vụ mùa tại thôn Đông Hải.</em></div><div>${LONG.slice(1).reverse().join('<br>\n<br>')}<br><br><b>Thanh Tùng</b></div></div></div>`,
      `<title>${TITLE}</title>`,
      url,
    );
    const r = extractGeneric(doc, url)!;
    expect(r.article.images).toEqual([{ src: img, caption: 'Kiểm tra lúa vụ mùa tại thôn Đông Hải.' }]);
    for (const p of LONG) expect(r.article.text).toContain(p);
    expect(r.article.author).toBe('Thanh Tùng');
  });

  it('nothing comes back when the container also holds toolbars or related links', () => {
    const doc = page(
      `<div class="wrap"><h1>${TITLE}</h1><div class="body">${LONG.map((p) => `<p>${p}</p>`).join('')}</div><div>In trang | Gửi email | Quay lại</div><div><h3>Có liên quan</h3><a href="/a-1">Khánh thành cầu vượt nút giao Nam Cầu Bính sau 18 tháng thi công</a></div></div>`,
      `<title>${TITLE}</title>`,
      url,
    );
    const r = extractGeneric(doc, url)!;
    expect(r.notes.join(' ')).not.toMatch(/restored/);
    expect(r.article.text).not.toMatch(/Gửi email|Có liên quan|Khánh thành/);
  });
});

describe('profile titles', () => {
  it('a teaser heading with the profile title class (h3.entry-title in a related block) is not the title', () => {
    const u = 'https://thanhphohaiphong.gov.vn/phat-trien-du-lich-cat-ba.html';
    const doc = page(
      `<div class="td_block_related"><h3 class="entry-title td-module-title"><a href="/x.html">Khánh thành cầu vượt nút giao Nam Cầu Bính sau 18 tháng thi công</a></h3></div><h1 class="tdb-title-text">${TITLE}</h1><div class="td-post-content">${LONG.map((p) => `<p>${p}</p>`).join('')}</div>`,
      `<title>${TITLE} - Cổng tin tức thành phố Hải Phòng</title>`,
      u,
    );
    const r = extractArticle(doc, u)!;
    expect(r.method).toBe('profile');
    expect(r.article.title).toBe(TITLE);
  });
});
