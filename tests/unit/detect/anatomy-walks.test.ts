/**
 * The quick DOM walks of detection (src/core/anatomy/dom.ts, headline.ts) give what the plain
 * versions give: selector lists queried one selector at a time, whitespace-collapsed lengths counted
 * without building strings, the own-title element found by a walk over text nodes. Markup invented here.
 */
import { describe, expect, it } from 'vitest';
import {
  boundedText,
  collapsedLength,
  firstMatch,
  firstTextChar,
  selectAll,
} from '../../../src/core/anatomy/dom.ts';
import { dateLineLabel } from '../../../src/core/anatomy/dateline.ts';
import { absoluteHttpUrl } from '../../../src/core/extract/text.ts';
import { readMeta } from '../../../src/core/extract/meta.ts';
import { safeHttpUrl } from '../../../src/core/safe-url.ts';
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

describe('firstMatch', () => {
  const doc = page(
    '<meta name="x" content="in body"><div><meta property="og:title" content="late"></div><title>t</title>',
    '<meta name="description" content="d"><meta property="og:title" content="first"><meta name="DC.date" content="1">' +
      '<meta itemprop="datePublished" content="2"><title>head title</title>',
  );
  for (const sel of [
    'meta[property="og:title"]',
    'meta[name="x"]',
    'meta[name="twitter:title"]',
    'title',
    '[content]',
    'meta[name="description"][content]',
    'meta[name="dc.date"]',
    'meta[name="DC.date"]',
    'meta[itemprop="datePublished"]',
  ])
    it(`is querySelector("${sel}")`, () => {
      expect(firstMatch(doc, sel)).toBe(doc.querySelector(sel));
    });
});

describe('readMeta', () => {
  it('takes the microdata date in the order of its selectors: a datetime first, then a content', () => {
    const both = page(
      '<span itemprop="datePublished" content="2024-05-06">6/5</span><time itemprop="datePublished" datetime="2024-01-02">2/1</time>',
    );
    expect(readMeta(both).published).toBe('2024-01-02');
    const content = page(
      '<p itemprop="datePublished">x</p><span itemprop="datePublished" content=" 2024-05-06 ">6/5</span>',
    );
    expect(readMeta(content).published).toBe('2024-05-06');
    const meta = page(
      '<time itemprop="datePublished" datetime="2024-01-02">2/1</time>',
      '<meta name="pubdate" content="2023-03-04">',
    );
    expect(readMeta(meta).published).toBe('2024-01-02');
  });
});

describe('firstTextChar', () => {
  const doc = page(
    '<p id="a">  <!-- c --><script>x</script><style>y</style><span> \u00a0</span><b>\n Bình luận</b></p>' +
      '<div id="b"><img src="x.png"> </div><div id="c">\u2003\u00a0<i></i>(3) Tin</div>',
  );
  for (const id of ['a', 'b', 'c'])
    it(`is the first character boundedText shows (#${id})`, () => {
      const el = doc.getElementById(id)!;
      const t = boundedText(el, 1000) ?? '';
      expect(firstTextChar(el)).toBe(t ? t.charCodeAt(0) : -1);
    });
});

describe('dateLineLabel', () => {
  it('needs a year: no four digits in a row, no date line', () => {
    expect(dateLineLabel('Cập nhật: 12/3/2024 08:15')).not.toBeNull();
    expect(dateLineLabel('Ngày 5 tháng 6 năm 2025')).not.toBeNull();
    expect(dateLineLabel('Cập nhật: 12/3/24 08:15')).toBeNull();
    expect(dateLineLabel('Thứ Hai, 12/3')).toBeNull();
  });
});

describe('absoluteHttpUrl', () => {
  it('answers as safeHttpUrl for each base, also when a URL comes back under another base', () => {
    const raws = ['a/b.jpg', '/x?y=1', 'javascript:alert(1)', 'https://u:p@h/', '//cdn.example/i.png', ''];
    for (const base of [
      'https://haiphong.gov.vn/tin/1',
      'https://sotttt.haiphong.gov.vn/a/b/',
      'https://haiphong.gov.vn/tin/1',
    ])
      for (const raw of [...raws, ...raws]) expect(absoluteHttpUrl(raw, base)).toBe(safeHttpUrl(raw, base));
  });
});

describe('selectAll with a limit', () => {
  const doc = page(
    '<h2 class="x">a</h2>'.repeat(40) + '<div class="x"><h1>b</h1></div>'.repeat(10) + '<p class="y">c</p>',
  );
  for (const [sels, limit] of [
    [['h1', 'h2', '.x'], 30],
    [['.x', 'p'], 5],
    [['h3', '.y', 'div'], 3],
    [['#none', 'h1'], 1],
  ] as const)
    it(`is the first ${limit} of selectAll(${sels.join(', ')})`, () => {
      expect(selectAll(doc, sels, limit)).toEqual(selectAll(doc, sels).slice(0, limit));
    });
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
