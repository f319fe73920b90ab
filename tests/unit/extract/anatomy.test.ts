/**
 * Page-anatomy rules (src/core/anatomy/) on small synthetic pages of several CMS shapes — Liferay-like
 * div titles and lead boxes, DNN-like table layouts, WordPress-like entry markup, plain tables — so
 * each rule is shown to hold beyond the real pages it was checked on. Sentences are invented here.
 */
import { describe, expect, it } from 'vitest';
import { findHeadline, ownTitleTexts } from '../../../src/core/anatomy/headline.ts';
import { findLead } from '../../../src/core/anatomy/lead.ts';
import { creditLinesAfter } from '../../../src/core/anatomy/credits.ts';
import { analysePage, classifyUrl, findByline } from '../../../src/core/index.ts';
import { isCmsAccountLine } from '../../../src/core/extract/byline.ts';
import type { Block } from '../../../src/core/types.ts';
import { LONG, page } from './html.ts';

const HEAD = 'Hội nghị tổng kết công tác chuyển đổi số năm 2025 của thành phố';
const url =
  'https://sotp.haiphong.gov.vn/tin-tuc-su-kien/hoi-nghi-tong-ket-cong-tac-chuyen-doi-so-nam-2025-912345';
const paras = (xs = LONG) => xs.map((p) => `<p>${p}</p>`).join('');
const divs = (xs = LONG) => xs.map((p) => `<div>${p}</div><div>&nbsp;</div>`).join('');
const LEAD =
  'Sáng 12/12, Sở Tư pháp tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2025 và triển khai nhiệm vụ năm 2026 với sự tham dự của lãnh đạo các phòng, ban.';

describe('rule "visible headline"', () => {
  it('Liferay-like: a div whose text is <title> minus " - Category - Site", not the portlet h1 nor the raw <title>', () => {
    const doc = page(
      `<header><h1 class="portlet-title">Tin nổi bật</h1></header><div class="x-title">${HEAD}</div><div class="x-time">Ngày đăng 12/12/2025 | 9:30 AM | View count: 12</div><div class="x-body">${paras()}</div>`,
      `<title>${HEAD} - Tin tức sự kiện - Sở Tư pháp</title>`,
      url,
    );
    expect(findHeadline(doc)?.className).toBe('x-title');
    expect(analysePage(doc, url).article?.title).toBe(HEAD);
  });

  it('DNN-like: a span in a table cell, the site name before " | " in the <title>', () => {
    const doc = page(
      `<table><tr><td><span class="Head">${HEAD}</span><br><span class="Normal">12/12/2025 - 15:20</span></td></tr><tr><td class="Normal">${paras()}</td></tr></table>`,
      `<title>Cổng thông tin điện tử Sở Tư pháp | ${HEAD}</title>`,
      url,
    );
    expect(findHeadline(doc)?.className).toBe('Head');
    expect(analysePage(doc, url).article?.title).toBe(HEAD);
  });

  it('a site name before ": " is split off too; a colon inside the headline is kept', () => {
    const doc = page(
      `<div class="tt">THÔNG BÁO: ${HEAD}</div><div>${paras()}</div>`,
      `<title>Sở Tư pháp: THÔNG BÁO: ${HEAD}</title>`,
      url,
    );
    expect(ownTitleTexts(doc)).toContain(`THÔNG BÁO: ${HEAD}`);
    expect(findHeadline(doc)?.textContent).toBe(`THÔNG BÁO: ${HEAD}`);
  });

  it('WordPress-like: the h1 that agrees with og:title wins over an earlier teaser heading', () => {
    const doc = page(
      `<aside><h2><a href="/khac.html">Một bài khác rất dài về chuyển đổi số ở quận</a></h2></aside><article><h1 class="entry-title">${HEAD}</h1><div class="entry-content">${paras()}</div></article>`,
      `<meta property="og:title" content="${HEAD}"><title>${HEAD} – Thành phố Hải Phòng</title>`,
      url,
    );
    expect(findHeadline(doc)?.tagName).toBe('H1');
  });

  it('a teaser link with the same text is not the headline', () => {
    const doc = page(
      `<ul><li><a href="/x">${HEAD}</a></li></ul><p class="t">${HEAD}</p><div>${paras()}</div>`,
      `<title>${HEAD} - Sở Tư pháp</title>`,
      url,
    );
    expect(findHeadline(doc)?.className).toBe('t');
  });
});

describe('rule "date line"', () => {
  const at = (line: string, extra = '') =>
    analysePage(
      page(
        `<div class="t">${HEAD}</div>${line}${extra}<div class="c">${paras()}</div>`,
        `<title>${HEAD} - Tin tức - Sở Tư pháp</title>`,
        url,
      ),
      url,
    ).article?.published;

  it('"Ngày đăng dd/mm/yyyy | h:mm AM/PM | View count: n"', () => {
    expect(at('<div>Ngày đăng 05/03/2024 | 2:05 PM | View count: 77</div>')).toBe(
      '2024-03-05T14:05:00+07:00',
    );
  });
  it('no label: "dd/mm/yyyy | h:mm PM" next to the headline', () => {
    expect(at('<div>05/03/2024 | 11:54 PM</div>')).toBe('2024-03-05T23:54:00+07:00');
  });
  it('split across elements, weekday and day part: "<span>Thứ Ba</span>, <span>05-03-2024</span> - <span>3:15 chiều</span>"', () => {
    expect(at('<div><span>Thứ Ba</span>, <span>05-03-2024</span> - <span>3:15 chiều</span></div>')).toBe(
      '2024-03-05T15:15:00+07:00',
    );
  });
  it('"Cập nhật" (a modification time) is used only when nothing else gives a date', () => {
    expect(at('<div>Cập nhật: 06/03/2024 08:00</div>')).toBe('2024-03-06T08:00:00+07:00');
    expect(at('<div>Ngày đăng: 05/03/2024 07:45</div><div>Cập nhật: 06/03/2024 08:00</div>')).toBe(
      '2024-03-05T07:45:00+07:00',
    );
    expect(at('<div>Cập nhật: 06/03/2024 08:00 | Ngày đăng: 05/03/2024 07:45</div>')).toBe(
      '2024-03-05T07:45:00+07:00',
    );
  });
});

describe('rule "lead"', () => {
  it('Liferay-like: a bold lead box outside the body container becomes the sapo, shown once', () => {
    const doc = page(
      `<div class="t">${HEAD}</div><div>12/12/2025 | 9:30 AM</div><div class="box-sapo"><img src="/a.jpg"><p><strong>${LEAD}</strong></p></div><div class="content">${paras()}</div>`,
      `<title>${HEAD} - Tin tức - Sở Tư pháp</title>`,
      url,
    );
    const a = analysePage(doc, url).article!;
    expect(a.sapo).toBe(LEAD);
    expect(a.text.startsWith(LEAD)).toBe(true);
    expect(a.text.split(LEAD).length).toBe(2);
    expect(a.blocks[0]).toMatchObject({ type: 'paragraph', inlines: [{ text: LONG[0] }] });
  });

  it('an unclassed bold block between the headline and the body (plain table layout)', () => {
    const doc = page(
      `<table><tr><td><b class="t">${HEAD}</b></td></tr><tr><td><b>${LEAD}</b></td></tr><tr><td>${paras()}</td></tr></table>`,
      `<title>${HEAD}</title>`,
      url,
    );
    expect(findLead(findHeadline(doc)!)?.text).toBe(LEAD);
  });

  it('a class naming the summary, not bold (WordPress-like excerpt box)', () => {
    const doc = page(
      `<article><h1>${HEAD}</h1><div class="entry-summary">${LEAD}</div><div class="entry-content">${paras()}</div></article>`,
      `<title>${HEAD}</title>`,
      url,
    );
    expect(findLead(findHeadline(doc)!)).toMatchObject({ text: LEAD, rule: 'lead-class' });
  });

  it('an empty lead box and a plain first paragraph: no lead, the paragraph stays in the body', () => {
    const doc = page(
      `<div class="t">${HEAD}</div><div class="sapo"><strong></strong></div><div class="content">${paras()}</div>`,
      `<title>${HEAD} - Tin tức</title>`,
      url,
    );
    expect(findLead(findHeadline(doc)!)).toBeNull();
    const a = analysePage(doc, url).article!;
    expect(a.sapo).toBeNull();
    expect(a.blocks[0]).toMatchObject({ inlines: [{ text: LONG[0] }] });
  });
});

describe('rule "byline" and rule "CMS field"', () => {
  const P = (text: string): Block => ({ type: 'paragraph', inlines: [{ type: 'text', text, bold: true }] });
  const body: Block[] = LONG.map((t) => ({ type: 'paragraph', inlines: [{ type: 'text', text: t }] }));
  const right = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ right: i >= LONG.length, authorClass: false }));

  it('two right-aligned name lines at the end: the first is the writer, the second the uploader field', () => {
    expect(findByline([...body, P('Thu Hằng'), P('Nguyễn Văn Bình')], right(LONG.length + 2))).toEqual({
      author: 'Thu Hằng',
      index: LONG.length,
      rule: 'trailing-line',
      cmsField: LONG.length + 1,
    });
  });

  it('accounts and names typed without diacritics are CMS fields; ordinary names are not', () => {
    for (const t of ['admin admin', 'Pho Ban bien tap', 'bientap_02', 'webmaster'])
      expect(isCmsAccountLine(t)).toBe(true);
    for (const t of ['Lan Anh', 'Thu Hằng', 'Nguyễn Văn Bình', 'PV']) expect(isCmsAccountLine(t)).toBe(false);
  });

  it('on a page: the writer line after the body is the author, the uploader line is neither author nor text', () => {
    const doc = page(
      `<div class="t">${HEAD}</div><div>Ngày đăng 12/12/2025 | 9:30 AM</div><div class="wrap"><div class="content">${divs()}</div><p style="text-align:right"><b><em>Thu Hằng</em></b></p><p align="right"><strong><em>Pho Ban bien tap</em></strong></p></div><div><a href="javascript:print()">In bài viết</a></div>`,
      `<title>${HEAD} - Tin tức - Sở Tư pháp</title>`,
      url,
    );
    const a = analysePage(doc, url).article!;
    expect(a.author).toBe('Thu Hằng');
    expect(a.text).not.toContain('Pho Ban bien tap');
    expect(a.text).not.toContain('Thu Hằng');
    expect(a.text).not.toContain('In bài viết');
  });

  it('creditLinesAfter stops at the first link (print/send actions)', () => {
    const doc = page(
      `<div id="b"><p>${LONG[0]}</p></div><p align="right"><b>Thu Hằng</b></p><div><a href="#">In bài viết</a></div><p>Ngọc Lan</p>`,
    );
    const last = doc.getElementById('b')!.lastElementChild!;
    expect(creditLinesAfter(last)).toEqual([{ text: 'Thu Hằng', strong: true, right: true }]);
  });
});

describe('home pages below the root', () => {
  it('"…/trang-chu" is a home page on any sub-portal', () => {
    expect(classifyUrl('https://sotp.haiphong.gov.vn/web/so-tu-phap/trang-chu').kind).toBe('home');
    expect(classifyUrl('https://sotp.haiphong.gov.vn/vi/trang-chu.html').kind).toBe('home');
  });
});

describe('rule "headline section" (short notices)', () => {
  it('a dated one-line notice under its headline is the article; print/send links and the uploader field are not', () => {
    const doc = page(
      `<div class="wrap"><div class="tt">THÔNG BÁO: Lịch tiếp công dân định kỳ tháng 12 năm 2025</div><div>Ngày đăng 02/12/2025 | 8:00 AM | Lượt xem: 40</div><div class="c"><div class="sapo"></div><div>Xem chi tiết trong văn bản kèm theo./.</div><p align="right"><b>admin admin</b></p></div><div class="tools"><a href="#">In bài viết</a> <a href="mailto:">Gửi mail</a></div></div>` +
        `<div class="bottom"><p>${LONG[0]} Địa chỉ: số 1 phố Lê Đại Hành, điện thoại 0225 000000, thư điện tử lienhe@example.vn.</p><p>${LONG[1]}</p></div>`,
      `<title>THÔNG BÁO: Lịch tiếp công dân định kỳ tháng 12 năm 2025 - Tin tức - Sở Tư pháp</title>`,
      url,
    );
    const a = analysePage(doc, url).article!;
    expect(a.text).toBe('Xem chi tiết trong văn bản kèm theo./.');
    expect(a.author).toBeNull();
    expect(a.images).toEqual([]);
  });
});

describe('captions and signatures after images', () => {
  const img = 'https://sotp.haiphong.gov.vn/anh/hoi-nghi-1.jpg';
  it("a plain line repeating the title of the image's lightbox link is its caption", () => {
    const doc = page(
      `<div class="t">${HEAD}</div><div class="c"><p>${LONG[0]}</p><div><a href="${img}" title="Quang cảnh hội nghị tổng kết"><img src="${img}" alt="Ảnh 1"></a></div><p style="background:#eee">Quang cảnh hội nghị tổng kết</p>${paras(LONG.slice(1))}</div>`,
      `<title>${HEAD} - Tin tức</title>`,
      url,
    );
    expect(analysePage(doc, url).article!.images).toEqual([
      { src: img, caption: 'Quang cảnh hội nghị tổng kết' },
    ]);
  });

  it('a right-aligned name after the last image is the byline, not the caption', () => {
    const doc = page(
      `<div class="t">${HEAD}</div><div class="c">${paras()}<p style="text-align:center"><img src="${img}"></p><p style="text-align:right"><em><b>Thu Hằng</b></em></p></div>`,
      `<title>${HEAD} - Tin tức</title>`,
      url,
    );
    const a = analysePage(doc, url).article!;
    expect(a.author).toBe('Thu Hằng');
    expect(a.images).toEqual([{ src: img, caption: '' }]);
  });

  it('an image and its partly italic caption beside the text wrapper come back (Readability drops them)', () => {
    const doc = page(
      `<div class="t">${HEAD}</div><div>12/12/2025 | 9:30 AM</div><div class="c"><p style="text-align:center"><img src="${img}"></p><p style="text-align:center"><span><em>Các đại biểu cắt băng khai mạc –</em> Ảnh: Minh Đức</span></p><div class="inner">${divs()}</div><p style="text-align:right"><b>Thu Hằng</b></p></div>`,
      `<title>${HEAD} - Tin tức</title>`,
      url,
    );
    const a = analysePage(doc, url).article!;
    expect(a.images.map((i) => i.caption)).toEqual(['Các đại biểu cắt băng khai mạc – Ảnh: Minh Đức']);
    expect(a.author).toBe('Thu Hằng');
  });
});

describe('body text on CMS markup', () => {
  it('div runs and <br> make paragraphs; words split across <span>s stay whole; entities decoded; counters, print/send links and tags stay out', () => {
    const doc = page(
      `<div class="t">${HEAD}</div><div>Ngày đăng 12/12/2025 | 9:30 AM</div><div class="c"><div>Đ&ocirc;ng đảo đại biểu dự hội nghị tổng kết gi<span>ải</span> thưởng chuyển đổi số năm 2025 của thành phố, với nhiều mô hình hay.</div><div>&nbsp;</div><div>${LONG[0]}<br><br>${LONG[1]}</div><p>${LONG[2]}</p><p>Lượt xem: 1.024</p><p><a href="javascript:print()">In bài viết</a> | <a href="mailto:">Gửi email</a></p><p>Từ khóa: <a href="/tag/a">chuyển đổi số</a>, <a href="/tag/b">hội nghị</a></p></div>`,
      `<title>${HEAD} - Tin tức - Sở Tư pháp</title>`,
      url,
    );
    const a = analysePage(doc, url).article!;
    const parts = a.text.split('\n\n');
    expect(parts[0]).toBe(
      'Đông đảo đại biểu dự hội nghị tổng kết giải thưởng chuyển đổi số năm 2025 của thành phố, với nhiều mô hình hay.',
    );
    expect(parts.slice(1, 4)).toEqual(LONG.slice(0, 3));
    expect(a.text).not.toMatch(/Lượt xem|In bài viết|Gửi email|Từ khóa/);
  });
});
