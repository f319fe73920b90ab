/**
 * The generic path's "clear body" rule: a headline, then after at most the lead and short lines one
 * container holding most of the page's prose, read without Readability; anything less clear goes to
 * Readability. Markup written for the test (no CMS class names).
 */
import { describe, expect, it } from 'vitest';
import { detectWithAnatomy, extractArticle, extractGeneric } from '../../../src/core/index.ts';
import { findHeadline } from '../../../src/core/anatomy/headline.ts';
import { LONG, page } from './html.ts';

const TITLE = 'Đảng ủy xã tổ chức hội nghị quán triệt nghị quyết đại hội đảng bộ thành phố';
const URL = 'https://xa.haiphong.gov.vn/tin-tuc/hoi-nghi-quan-triet-nghi-quyet-1234.html';
const HEAD = `<title>${TITLE} - Cổng thông tin điện tử</title><meta property="og:title" content="${TITLE}">`;
const paras = (n = 4) =>
  LONG.slice(0, n)
    .map((t) => `<p>${t}</p>`)
    .join('');
const chrome = `<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div>`;

const read = (body: string, direct = true) => extractGeneric(page(body, HEAD, URL), URL, { direct });

describe('generic path: clear body read directly', () => {
  const clear = `${chrome}<div class="main"><div class="t">${TITLE}</div><div class="d">Ngày đăng: 19/11/2025 10:00</div>
    <div class="box"><img src="/anh/hoi-nghi.jpg" alt=""><div><i>Quang cảnh hội nghị</i></div></div>
    <div class="body">${paras()}<p style="text-align:right"><b>Minh Anh</b></p></div></div>
    <div class="foot">Địa chỉ: số 1 đường Lê Lợi, Hải Phòng. Điện thoại 0225 000 000</div>`;

  it('reads the container after the headline without Readability, with the photo between them', () => {
    const d = read(clear);
    expect(d?.notes[0]).toBe('generic: direct');
    expect(d?.article.title).toBe(TITLE);
    expect(d?.article.author).toBe('Minh Anh');
    expect(d?.article.published?.slice(0, 10)).toBe('2025-11-19');
    expect(d?.article.text).toContain(LONG[0]);
    expect(d?.article.text).toContain(LONG[3]);
    expect(d?.article.images.map((i) => i.src)).toEqual(['https://xa.haiphong.gov.vn/anh/hoi-nghi.jpg']);
  });

  it('gives the body Readability gives on the same page', () => {
    const d = read(clear);
    const r = read(clear, false);
    expect(r?.notes[0]).toBe('generic: Readability');
    expect(d?.article.text).toBe(r?.article.text);
    expect(d?.article.author).toBe(r?.article.author);
  });

  it('keeps the lead apart as the sapo when a lead box stands between headline and body', () => {
    const lead =
      'Sáng 19/11, Đảng ủy xã tổ chức hội nghị quán triệt nghị quyết cho toàn thể cán bộ, đảng viên trong xã.';
    const d = read(
      `<h1>${TITLE}</h1><div class="sapo"><p><b>${lead}</b></p></div><div class="body">${paras()}</div>`,
    );
    expect(d?.notes[0]).toBe('generic: direct');
    expect(d?.article.sapo).toBe(lead);
  });

  it('leaves the page to Readability when prose other than the lead sits between headline and container', () => {
    const d = read(`<h1>${TITLE}</h1><div class="a"><p>${LONG[3]}</p><div class="b">${paras(3)}</div></div>`);
    expect(d?.notes[0]).toBe('generic: Readability');
    expect(d?.article.text).toContain(LONG[3]);
  });

  it('leaves the page to Readability when another container holds as much prose', () => {
    const other = LONG.map((t) => `<p>${t.split('').reverse().join('')}</p>`).join('');
    const d = read(`<h1>${TITLE}</h1><div class="body">${paras()}</div><div class="other">${other}</div>`);
    expect(d?.notes[0]).toBe('generic: Readability');
  });

  it('needs at least three long paragraphs', () => {
    const d = read(`<h1>${TITLE}</h1><div class="body">${paras(2)}</div>`);
    expect(d?.notes[0]).not.toBe('generic: direct');
  });

  it('needs the headline before the container', () => {
    const d = read(`<div class="body">${paras()}</div><h1>${TITLE}</h1>`);
    expect(d?.notes[0]).not.toBe('generic: direct');
  });

  it("reads a dated short notice from the headline's section without Readability", () => {
    const body = `${chrome}<div class="main"><div class="t">${TITLE}</div><div class="d">Ngày đăng: 19/11/2025</div>
      <div>Chi tiết xem tại tệp đính kèm.</div></div><div class="links"><a href="/a">Liên kết website</a></div>`;
    const d = read(body);
    expect(d?.notes[0]).toBe('generic: direct');
    expect(d?.notes).toContain('headline section: div.main');
    expect(d?.article.text).toBe('Chi tiết xem tại tệp đính kèm.');
    expect(read(body, false)?.article.text).toBe(d?.article.text);
  });

  it('reuses what detection read of the page: the same article as reading it afresh', () => {
    const doc = page(clear, HEAD, URL);
    const { detection, anatomy } = detectWithAnatomy(doc, URL, { alwaysDensity: true });
    expect(anatomy.headline).toBe(findHeadline(doc));
    expect(anatomy.prose?.size).toBeGreaterThan(0);
    const shared = extractArticle(doc, URL, { generation: detection.generation, anatomy, profiles: false });
    const fresh = extractArticle(doc, URL, { generation: detection.generation, profiles: false });
    expect(shared?.notes[0]).toBe('generic: direct');
    expect(shared?.article).toEqual(fresh?.article);
  });
});
