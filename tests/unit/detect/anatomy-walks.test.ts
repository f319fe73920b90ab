/**
 * The quick DOM walks of detection (src/core/anatomy/dom.ts, headline.ts) give what the plain
 * versions give: selector lists queried one selector at a time, whitespace-collapsed lengths counted
 * without building strings, the own-title element found by a walk over text nodes. Markup invented here.
 */
import { describe, expect, it } from 'vitest';
import { collapsedLength, selectAll } from '../../../src/core/anatomy/dom.ts';
import { ownTitleElement } from '../../../src/core/anatomy/headline.ts';
import { structureSignals } from '../../../src/core/detect/signals.ts';
import { page } from '../extract/html.ts';

const TITLE = 'Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2026 của quận';

describe('selectAll', () => {
  const doc = page(
    `<div class="a"><h2 class="b">x</h2><p class="a b">y</p></div><section><h1>z</h1><div class="b"><span class="a">w</span></div></section><h2>v</h2>` +
      `<form><input name="q" value="x"><input type="SEARCH"><input name="k]" type="text"></form><ul class="list"><li>a</li><li class="b">b</li></ul>` +
      `<time datetime="2025-12-12">12/12</time><time>13/12</time>` +
      '<ol>' +
      '<li class="many">x</li>'.repeat(70) +
      '</ol>',
  );
  const lists = [
    ['h1', 'h2', '.a'],
    ['.b', 'div', 'p.a', 'section > div'],
    ['.none', 'h2'],
    ['.none', '#none'],
    ['span', '.a', '.b', 'h1'],
    ['input[name="q"]', 'input[type="search"]', 'input[name="k]"]', 'time[datetime]'],
    ['.list > li', 'div .a', 'li.many', 'ol > li', 'section div.b span', 'li:not(.many)'],
  ];
  for (const sels of lists) {
    it(`is querySelectorAll("${sels.join(', ')}"): same elements, same order, each once`, () => {
      const want = Array.from(doc.querySelectorAll(sels.join(', ')));
      expect(selectAll(doc, sels)).toEqual(want);
      expect(selectAll(doc.body, sels)).toEqual(Array.from(doc.body.querySelectorAll(sels.join(', '))));
    });
  }
});

describe('collapsedLength', () => {
  const samples = [
    '',
    '   ',
    'a',
    '  a  b  ',
    '\n\t Tin tức\u00a0\u00a0sự kiện \r\n',
    '\u2003x\u3000y\ufeff',
    '\u200bzero-width space is not white space\u200b',
    'x\u001fy',
    'Ngày\u202f12/12\u2028và\u2029\u205f13/12',
  ];
  for (const s of samples)
    it(`counts ${JSON.stringify(s)} as the collapsed, trimmed string's length`, () => {
      const want = s.replace(/\s+/g, ' ').trim().length;
      expect(collapsedLength(s)).toBe(want);
      // With a stop: exact up to it, above it once past it.
      for (const stop of [0, 1, 3, want - 1, want])
        if (stop >= 0) expect(collapsedLength(s, stop) > stop).toBe(want > stop);
      expect(collapsedLength(s, want)).toBe(want);
    });
});

describe('ownTitleElement', () => {
  const head = `<title>${TITLE} - Tin tức - Cổng thông tin điện tử quận</title>`;

  it("finds an element whose own text follows its child's text", () => {
    const doc = page(
      `<div class="t"><span>Hội nghị</span> triển khai nhiệm vụ cải cách hành chính năm 2026 của quận</div>`,
      head,
    );
    expect(ownTitleElement(doc)?.className).toBe('t');
  });

  it('prefers the most complete run, then the first in document order', () => {
    const doc = page(
      `<p class="first">${TITLE}</p><p class="second">${TITLE}</p><div class="fuller">${TITLE} - Tin tức</div>`,
      head,
    );
    expect(ownTitleElement(doc)?.className).toBe('fuller');
    const ties = page(
      `<div><b>Tin</b> mới</div><div class="first"><span></span>${TITLE}</div><p class="second">${TITLE}</p>`,
      head,
    );
    expect(ownTitleElement(ties)?.className).toBe('first');
  });

  it('looks at the first 8000 elements of the body only', () => {
    const filler = '<span></span>'.repeat(7999);
    expect(ownTitleElement(page(`${filler}<p class="t">${TITLE}</p>`, head))?.className).toBe('t');
    expect(ownTitleElement(page(`${filler}<i></i><p class="t">${TITLE}</p>`, head))).toBeNull();
  });
});

describe('legal-document field labels laid out as elements', () => {
  const fields = `<div class="row"><span>Số ký hiệu:</span> <b>12/2025/QĐ-UBND</b></div><div class="row"><strong>Ngày ban hành</strong>: 12/12/2025</div><div class="row"><label>trích yếu</label> Về việc ban hành quy chế</div><div class="row"><span>Người ký:</span> Nguyễn Văn A</div>`;
  const reason = (doc: Document) =>
    structureSignals(doc, null).votes.find((v) => v.kind === 'document')?.reason ?? null;

  it('are read in document order, the first three', () => {
    expect(reason(page(fields))).toBe(
      'DOM: legal-document field labels (số ký hiệu, ngày ban hành, trích yếu)',
    );
  });

  it('count only when the label opens its element', () => {
    expect(reason(page(fields.replace('<span>Số ký hiệu:</span>', '<span><i></i>Số ký hiệu:</span>')))).toBe(
      'DOM: legal-document field labels (ngày ban hành, trích yếu, người ký)',
    );
  });

  it('are looked for in the first 3000 label elements of the body only', () => {
    const filler = (n: number) => '<span></span>'.repeat(n);
    // The third label (a <label>) is the 7th label element of the fields: the 3000th after 2993 others.
    expect(reason(page(filler(2993) + fields))).toBe(
      'DOM: legal-document field labels (số ký hiệu, ngày ban hành, trích yếu)',
    );
    // After 2994 others it is the 3001st, past the limit.
    expect(reason(page(filler(2994) + fields))).toBeNull();
  });
});
