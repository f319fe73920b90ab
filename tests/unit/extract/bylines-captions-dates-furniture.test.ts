/**
 * Extraction rules added for markup nobody here has seen (see tests/fixtures/pages-holdout): bylines
 * before a photo-credit line, captions known by a class token or by sharing a wrapper with their image,
 * what Readability leaves out of the article container, profile titles that are teasers.
 */
import { describe, expect, it } from 'vitest';
import {
  analysePage,
  dateLineLabel,
  extractArticle,
  extractGeneric,
  findByline,
  looksLikeByline,
  parseDate,
} from '../../../src/core/index.ts';
import type { Block } from '../../../src/core/types.ts';
import { LONG, page } from './html.ts';
import { defined } from '../defined.ts';

const TITLE = 'Phát triển du lịch Cát Bà gắn với bảo tồn di sản Vịnh Hạ Long - Quần đảo Cát Bà';
const para = (text: string, extra: Partial<{ bold: boolean }> = {}): Block => ({
  type: 'paragraph',
  inlines: [{ type: 'text', text, ...extra }],
});
const url = 'https://cathai.haiphong.gov.vn/du-lich/phat-trien-du-lich-cat-ba-902114';

describe('byline before a photo credit', () => {
  it('a right-aligned name followed by "(Ảnh: …)" is the author; the credit is not', () => {
    const blocks = [
      para(defined(LONG[0])),
      para('Hoàng Mai', { bold: true }),
      para('(Ảnh: Cổng TTĐT đặc khu Cát Hải)'),
    ];
    const hints = blocks.map((_, i) => ({ right: i > 0, authorClass: false }));
    expect(findByline(blocks, hints)).toEqual({ author: 'Hoàng Mai', index: 1, rule: 'trailing-line' });
  });

  it('a credit line alone is never the author', () => {
    const blocks = [para(defined(LONG[0])), para('Ảnh: Minh Đức', { bold: true })];
    expect(
      findByline(
        blocks,
        blocks.map(() => ({ right: true, authorClass: false })),
      ),
    ).toBeNull();
  });

  it('on a page: the credit line stays in the body, the name becomes the author', () => {
    const doc = page(
      `<h1>${TITLE}</h1><div class="date">15/06/2024 20:15</div><div class="content-x">${LONG.map((p) => `<p>${p}</p>`).join('')}<p style="text-align:right"><strong>Hoàng Mai</strong></p><p style="text-align:right"><em>(Ảnh: Cổng TTĐT đặc khu Cát Hải)</em></p></div>`,
      `<title>${TITLE}</title>`,
      url,
    );
    const a = analysePage(doc, url).article!;
    expect(a.author).toBe('Hoàng Mai');
    expect(a.text).toContain('(Ảnh: Cổng TTĐT đặc khu Cát Hải)');
    expect(a.text).not.toMatch(/\n\nHoàng Mai(\n|$)/);
  });
});

describe('captions', () => {
  const img = 'https://cdn.haiphong.gov.vn/gov-hpg/1/tintuc/2025/10/anh-1.jpg';
  it('a plain block with a caption-like class token after an image (img-note, photo-desc) is its caption', () => {
    const doc = page(
      `<h1>${TITLE}</h1><div class="detail-news-body"><p>${LONG[0]}</p><table class="tbl-image"><tr><td><img src="${img}"></td></tr><tr><td><p class="img-note">Quang cảnh buổi làm việc.</p></td></tr></table>${LONG.slice(
        1,
      )
        .map((p) => `<p>${p}</p>`)
        .join('')}</div>`,
      `<title>${TITLE}</title>`,
      url,
    );
    const a = extractGeneric(doc, url)!.article;
    expect(a.images).toEqual([{ src: img, caption: 'Quang cảnh buổi làm việc.' }]);
  });

  it('the only text sharing a small wrapper with an image is its caption, even when Readability rewrites the wrapper', () => {
    const doc = page(
      `<h1>${TITLE}</h1><article><div class="txt"><p>${LONG[0]}</p><div class="box"><img src="${img}"><div class="n1">Các đại biểu dự hội nghị.</div></div>${LONG.slice(
        1,
      )
        .map((p) => `<p>${p}</p>`)
        .join('')}</div></article>`,
      `<title>${TITLE}</title>`,
      url,
    );
    const a = extractGeneric(doc, url)!.article;
    expect(a.images).toEqual([{ src: img, caption: 'Các đại biểu dự hội nghị.' }]);
    expect(
      a.blocks
        .filter((b) => b.type === 'paragraph')
        .map((b) => (b.type === 'paragraph' ? b.inlines[0]?.text : '')),
    ).not.toContain('Các đại biểu dự hội nghị.');
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

describe('comments and related boxes found by structure', () => {
  const COMMENTS = `<div><h3>Ý kiến bạn đọc (2)</h3><div><b>Nguyễn Văn An</b> - 12/05/2024<div>Tôi rất mong thành phố sớm hoàn thành công trình này để người dân đi lại thuận tiện hơn, nhất là vào giờ cao điểm buổi sáng và chiều tối hằng ngày.</div></div><div><b>Trần Thị Bình</b> - 13/05/2024<div>Cảm ơn Cổng thông tin đã đưa tin kịp thời, đề nghị các cơ quan chức năng tiếp tục cập nhật tiến độ để người dân được biết và cùng giám sát thực hiện.</div></div></div>`;
  const head = `<title>${TITLE}</title>`;

  it('reader comments after the body never reach the article, and the byline before them is found', () => {
    const doc = page(
      `<main><h1>${TITLE}</h1><p>15/06/2024 20:15</p>${LONG.map((p) => `<p>${p}</p>`).join('')}<p style="text-align:right"><strong>Hoàng Mai</strong></p></main>${COMMENTS}`,
      head,
      url,
    );
    const a = analysePage(doc, url).article!;
    expect(a.text).not.toMatch(/Tôi rất mong|Cảm ơn Cổng|Ý kiến bạn đọc/);
    expect(a.author).toBe('Hoàng Mai');
    for (const p of LONG) expect(a.text).toContain(p);
  });

  it('a flat "Bình luận" label ends the article at its level', () => {
    const doc = page(
      `<h1>${TITLE}</h1><div class="c">${LONG.map((p) => `<p>${p}</p>`).join('')}<p><strong>Bình luận</strong></p><p>Người dân rất phấn khởi khi thấy thành phố quan tâm đầu tư cho du lịch biển đảo, mong rằng các dự án sẽ sớm hoàn thành và đưa vào sử dụng.</p></div>`,
      head,
      url,
    );
    const a = extractGeneric(doc, url)!.article;
    expect(a.text).not.toMatch(/Người dân rất phấn khởi/);
  });

  it('an in-body "Tin liên quan" label with link lines, article prose after it: the box goes, the article stays whole', () => {
    const box = `<p><strong>Tin liên quan</strong></p><p><a href="/x/khanh-thanh-912345">Khánh thành cầu vượt nút giao Nam Cầu Bính sau 18 tháng thi công</a></p><p><a href="/x/hoi-nghi-912346">Hội nghị xúc tiến đầu tư vào các khu công nghiệp ven biển phía Nam</a></p>`;
    const second = `<p><strong>Xem thêm:</strong></p><p><a href="/x/phat-dong-912347">Phát động phong trào thi đua xây dựng nông thôn mới kiểu mẫu</a></p>`;
    const doc = page(
      `<h1>${TITLE}</h1><div class="c"><p>${LONG[0]}</p>${box}<p>${LONG[1]}</p>${second}<p>${LONG[2]}</p><p>${LONG[3]}</p></div>`,
      head,
      url,
    );
    const a = extractGeneric(doc, url)!.article;
    for (const p of LONG) expect(a.text).toContain(p);
    expect(a.text).not.toMatch(/Khánh thành|Hội nghị xúc tiến|Phát động|Tin liên quan|Xem thêm/);
  });
});

describe('a title with no heading', () => {
  it('a div showing the page title is the title element: the date line next to it is read', () => {
    const u = 'https://thanhphohaiphong.gov.vn/phat-trien-du-lich-cat-ba.html';
    const doc = page(
      `<div class="jeg_post_title">${TITLE}</div><div class="meta"><a href="/author/bt">Biên tập viên</a> <a href="${u}">15/06/2024 20:15</a></div><div class="entry-content">${LONG.map((p) => `<p>${p}</p>`).join('')}</div>`,
      `<title>${TITLE} | Cổng tin tức thành phố Hải Phòng</title>`,
      u,
    );
    const a = analysePage(doc, u);
    expect(a.kind).toBe('article');
    expect(a.article!.title).toBe(TITLE);
    expect(a.article!.published).toBe('2024-06-15T20:15:00+07:00');
  });
});

describe('WordPress Vietnamese-locale dates', () => {
  it.each([
    ['29 Tháng Ba, 2021', '2021-03-29T00:00:00+07:00'],
    ['Tháng Ba 29, 2021', '2021-03-29T00:00:00+07:00'],
    ['29 tháng 3, 2021', '2021-03-29T00:00:00+07:00'],
    ['12 Tháng Mười Hai, 2023 lúc 08:15', '2023-12-12T08:15:00+07:00'],
    ['Tháng Mười Một 5, 2024, 17:40', '2024-11-05T17:40:00+07:00'],
    ['Thứ Hai, 29 Tháng Ba, 2021', '2021-03-29T00:00:00+07:00'],
  ])('%s', (text, iso) => {
    expect(parseDate(text)?.iso).toBe(iso);
    expect(dateLineLabel(text)).toBeTruthy();
  });

  it('impossible and wrong-weekday month-name dates are handled like numeric ones', () => {
    expect(parseDate('30 Tháng Hai, 2021')).toBeNull();
    expect(parseDate('Thứ Ba, 29 Tháng Ba, 2021')?.weekdayMismatch).toBe(true);
    // "ngày … tháng … năm …" keeps its own rule; a month name in prose without a year is no date.
    expect(parseDate('ngày 11 tháng 3 năm 2021')?.iso).toBe('2021-03-11T00:00:00+07:00');
    expect(parseDate('Trong tháng Ba, thành phố có 29 dự án')).toBeNull();
  });
});

describe('bylines with a photo credit or an agency', () => {
  it.each([
    ['Bài: Hoàng Tùng - Ảnh: Minh Đức', 'Hoàng Tùng'],
    ['Hoàng Tùng (Ảnh: Minh Đức)', 'Hoàng Tùng'],
    ['Văn Hải - Ảnh: Văn Hải', 'Văn Hải'],
    ['Tin, ảnh: Quang Huy', 'Quang Huy'],
    ['Lê Hằng (TTXVN)', 'Lê Hằng'],
  ])('%s → %s', (line, author) => {
    expect(looksLikeByline(line, true)).toBe(author);
    expect(looksLikeByline(line, false)).toBe(author);
  });

  it.each(['Ảnh: Minh Đức', '(Ảnh: TTXVN)', 'Nguồn: Báo Hải Phòng', 'Theo baohaiphong.vn'])(
    '%s is no byline',
    (line) => {
      expect(looksLikeByline(line, true)).toBeNull();
    },
  );
});

describe('photo stories and dates under the body', () => {
  it('a photo story (sapo + captioned pictures, no text paragraph) is read', () => {
    const T = 'Phóng sự ảnh: Lễ hội Hoa Phượng Đỏ 2024 rực rỡ sắc màu';
    const u = 'https://haiphong.gov.vn/phong-su-anh/le-hoi-hoa-phuong-do-2024-770011';
    const caps = [
      'Màn pháo hoa chào mừng khai mạc lễ hội trên bầu trời thành phố.',
      'Đông đảo người dân và du khách đổ về quảng trường Nhà hát thành phố.',
      'Các nghệ sĩ biểu diễn tiết mục múa truyền thống.',
      'Du khách chụp ảnh lưu niệm bên những hàng phượng đỏ.',
    ];
    const doc = page(
      `<div class="detail"><h1>${T}</h1><div class="date">Thứ Bảy, 11/05/2024 21:30</div><p><strong>Tối 10/5, Lễ hội Hoa Phượng Đỏ - Hải Phòng 2024 đã khai mạc tại Quảng trường Nhà hát thành phố với nhiều hoạt động đặc sắc.</strong></p>${caps.map((c, i) => `<p style="text-align:center"><img src="/anh/${i}.jpg"></p><p style="text-align:center"><em>${c}</em></p>`).join('')}<p style="text-align:right"><strong>Minh Khôi</strong></p></div>`,
      `<title>${T}</title>`,
      u,
    );
    const a = analysePage(doc, u);
    expect(a.isArticle).toBe(true);
    expect(a.article!.images.map((i) => i.caption)).toEqual(caps);
    expect(a.article!.author).toBe('Minh Khôi');
    expect(a.article!.published).toBe('2024-05-11T21:30:00+07:00');
  });

  it('a labelled date line under the body ("Ngày đăng: … | Lượt xem") is the publication date; a teaser time is not', () => {
    const T = 'Hội nghị tổng kết công tác năm 2024 của phường Kiến An';
    const u = 'https://kienan.haiphong.gov.vn/tin-tuc/hoi-nghi-tong-ket-880012';
    const teaser = `<div class="other"><div class="it"><a href="/tin-tuc/a-1">Khánh thành cầu vượt nút giao Nam Cầu Bính sau 18 tháng thi công</a><time datetime="2024-12-01T08:00:00+07:00">01/12/2024</time></div></div>`;
    const doc = page(
      `<div class="detail"><h1>${T}</h1>${LONG.map((p) => `<p>${p}</p>`).join('')}<p style="text-align:right"><b>Thu Hà</b></p><div class="meta-bottom">Ngày đăng: 20/12/2024 15:30 | Lượt xem: 215</div></div>${teaser}`,
      `<title>${T}</title>`,
      u,
    );
    expect(analysePage(doc, u).article!.published).toBe('2024-12-20T15:30:00+07:00');
  });
});

describe('Vietnamese day-part times and microdata dates', () => {
  it.each([
    ['29/03/2021 4:00 chiều', '2021-03-29T16:00:00+07:00'],
    ['29/03/2021 10:15 sáng', '2021-03-29T10:15:00+07:00'],
    ['8:30 tối, 29/03/2021', '2021-03-29T20:30:00+07:00'],
    ['29/03/2021 12:30 trưa', '2021-03-29T12:30:00+07:00'],
    ['29/03/2021 1:15 trưa', '2021-03-29T13:15:00+07:00'],
    ['29/03/2021 10:00 đêm', '2021-03-29T22:00:00+07:00'],
    ['29 Tháng Ba, 2021 4:00 chiều', '2021-03-29T16:00:00+07:00'],
  ])('%s', (text, iso) => {
    expect(parseDate(text)?.iso).toBe(iso);
  });

  it('<time itemprop="datePublished"> beats a modification time printed first (time.updated)', () => {
    const u = 'https://thanhphohaiphong.gov.vn/a.html';
    const doc = page(
      `<article><h1>${TITLE}</h1><div class="m"><time class="updated" datetime="2022-10-24T08:12:40+07:00" itemprop="dateModified">24/10/2022</time><time class="published" datetime="2022-10-20T17:05:00+07:00" itemprop="datePublished">20/10/2022</time></div><div class="x">${LONG.map((p) => `<p>${p}</p>`).join('')}</div></article>`,
      `<title>${TITLE}</title>`,
      u,
    );
    expect(analysePage(doc, u, { extract: { profiles: false } }).article!.published).toBe(
      '2022-10-20T17:05:00+07:00',
    );
    const noMicrodata = page(
      `<article><h1>${TITLE}</h1><div class="m"><time class="updated" datetime="2022-10-24T08:12:40+07:00">24/10/2022</time></div><div class="x">${LONG.map((p) => `<p>${p}</p>`).join('')}</div></article>`,
      `<title>${TITLE}</title>`,
      u,
    );
    // Only a modification time on the page: the date-only line next to the title is kept instead.
    expect(analysePage(noMicrodata, u, { extract: { profiles: false } }).article!.published).toBe(
      '2022-10-24T00:00:00+07:00',
    );
  });
});

describe('unlabelled teaser links at the end of the body', () => {
  const HL = [
    'Khánh thành cầu vượt nút giao Nam Cầu Bính sau 18 tháng thi công',
    'Hội nghị xúc tiến đầu tư vào các khu công nghiệp ven biển phía Nam',
    'Phát động phong trào thi đua xây dựng nông thôn mới kiểu mẫu',
  ];
  const trail = HL.map((h, i) => `<p><a href="/tin-tuc/${i}-99000${i}">${h}</a> (1${i}/05/2024)</p>`).join(
    '',
  );
  it('are not article text, and the byline before them is found', () => {
    const doc = page(
      `<h1>${TITLE}</h1><div class="c"><p>15/06/2024 20:15</p>${LONG.map((p) => `<p>${p}</p>`).join('')}<p style="text-align:right"><strong>Hoàng Mai</strong></p>${trail}</div>`,
      `<title>${TITLE}</title>`,
      url,
    );
    const a = analysePage(doc, url).article!;
    expect(a.text).not.toMatch(/Khánh thành|Hội nghị xúc tiến|Phát động/);
    expect(a.author).toBe('Hoàng Mai');
  });

  it('a single link line (a source link) stays', () => {
    const doc = page(
      `<h1>${TITLE}</h1><div class="c">${LONG.map((p) => `<p>${p}</p>`).join('')}<p>Xem toàn văn: <a href="/van-ban/ke-hoach-68-kh-ubnd">Kế hoạch số 68/KH-UBND ngày 20/3/2023 của UBND thành phố</a></p></div>`,
      `<title>${TITLE}</title>`,
      url,
    );
    expect(analysePage(doc, url).article!.text).toContain('Kế hoạch số 68/KH-UBND');
  });
});
