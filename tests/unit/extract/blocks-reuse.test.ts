/**
 * buildBlocks(parent, opts, earlierBuildOfAChild): the parent's reading takes the child's blocks from
 * the earlier build instead of walking it again (the article body, when its parent is read again for
 * the figures beside it). It must give exactly what a full walk of the parent gives, whatever waits
 * before the child (an image for its caption, a figure for its credit), whatever rules look at the
 * block count (breadcrumbs, boundary markers), and whatever classes or alignment sit above it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBlocks, type BuildOptions, type BuildResult } from '../../../src/core/extract/blocks.ts';
import { furnitureSkips } from '../../../src/core/extract/furniture.ts';
import { loadRealPages, REAL_DIR } from '../../fixtures/real/index.ts';
import { docFrom, LONG, page } from './html.ts';

const BASE = 'https://haiphong.gov.vn/tin-tuc-su-kien/bai-viet-12345';
const OPTS: BuildOptions = { baseUrl: BASE, title: 'Tiêu đề bài viết', captionSelectors: ['.ghi-chu'] };
const IMG = '<img src="/anh/hoi-nghi.jpg" width="600" height="400" alt="Quang cảnh hội nghị">';
const BODY = LONG.map((t) => `<p>${t}</p>`).join('');

/** The parent read in full, and read again with the earlier build of its child `#body` reused. */
function both(html: string, opts: BuildOptions = OPTS, withSkips = true) {
  const doc = page(html, '', BASE);
  const parent = doc.getElementById('parent')!;
  const body = doc.getElementById('body')!;
  const of = (el: Element): BuildOptions => (withSkips ? { ...opts, skip: furnitureSkips(el) } : opts);
  const inner = buildBlocks(body, of(body));
  const innerCopy = structuredClone(inner);
  const full = buildBlocks(parent, of(parent));
  const fast = buildBlocks(parent, of(parent), inner);
  return { full, fast, inner, innerCopy };
}

const paragraphs = (r: BuildResult) =>
  r.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.inlines.map((i) => i.text).join('')] : []));

describe('buildBlocks reusing the build of a child', () => {
  it('takes the child’s blocks from the earlier build (not walked again)', () => {
    const doc = page(`<div id="parent"><p>${IMG}</p><div id="body">${BODY}</div></div>`, '', BASE);
    const body = doc.getElementById('body')!;
    const inner = buildBlocks(body, OPTS);
    const first = inner.blocks[0];
    if (first?.type !== 'paragraph' || !first.inlines[0]) throw new Error('no paragraph');
    // Marked on the earlier build only: seen in the parent's reading only if it was taken from there.
    first.inlines[0].text = 'ĐÃ DÙNG LẠI';
    const fast = buildBlocks(doc.getElementById('parent')!, OPTS, inner);
    expect(paragraphs(fast)[0]).toBe('ĐÃ DÙNG LẠI');
    expect(paragraphs(buildBlocks(doc.getElementById('parent')!, OPTS))[0]).toBe(LONG[0]);
  });

  it('gives the full walk’s reading when the body’s first line is the caption of the image before it', () => {
    const { full, fast } = both(
      `<div id="parent"><p>${IMG}</p><div id="body"><p><em>Quang cảnh hội nghị sáng nay</em></p>${BODY}</div></div>`,
    );
    const fig = full.blocks[0];
    expect(fig?.type === 'figure' && fig.caption).toBe('Quang cảnh hội nghị sáng nay');
    expect(fast).toEqual(full);
  });

  it('… when the image before it waits for a caption the body’s first line is not', () => {
    const { full, fast } = both(`<div id="parent"><p>${IMG}</p><div id="body">${BODY}</div></div>`);
    expect(full.blocks[0]?.type).toBe('figure');
    expect(paragraphs(full)[0]).toBe(LONG[0]);
    expect(fast).toEqual(full);
  });

  it('… when the body’s first line is the photo credit of the figure before it', () => {
    const { full, fast } = both(
      `<div id="parent"><figure>${IMG}<figcaption>Các đại biểu dự hội nghị</figcaption></figure><div id="body"><p>Ảnh: Minh Anh</p>${BODY}</div></div>`,
    );
    const fig = full.blocks[0];
    expect(fig?.type === 'figure' && fig.credit).toBe('Ảnh: Minh Anh');
    expect(fast).toEqual(full);
  });

  it('… when the body opens with a heading or an image of its own after a waiting image', () => {
    for (const opening of [
      '<h3>Những kết quả nổi bật</h3>',
      `<p>${IMG.replace('hoi-nghi', 'dai-bieu')}</p>`,
    ]) {
      const { full, fast } = both(
        `<div id="parent"><p>${IMG}</p><div id="body">${opening}<p><em>Dòng nghiêng ngắn</em></p>${BODY}</div></div>`,
      );
      expect(fast).toEqual(full);
    }
  });

  it('… when the body ends with an image whose caption follows it in the parent, without changing the earlier build', () => {
    const { full, fast, inner, innerCopy } = both(
      `<div id="parent"><div id="body">${BODY}<p>${IMG}</p></div><p class="ghi-chu">Đại biểu phát biểu tại hội nghị</p></div>`,
    );
    const fig = full.blocks.at(-1);
    expect(fig?.type === 'figure' && fig.caption).toBe('Đại biểu phát biểu tại hội nghị');
    expect(fast).toEqual(full);
    expect(inner).toEqual(innerCopy);
  });

  it('… when a breadcrumb line opens the body (dropped only among the first two blocks)', () => {
    for (const before of ['', `<p>${LONG[1]}</p><p>${LONG[2]}</p>`]) {
      const { full, fast } = both(
        `<div id="parent">${before}<div id="body"><p>Tin tức › Sự kiện › Hội nghị</p>${BODY}</div></div>`,
      );
      expect(fast).toEqual(full);
    }
  });

  it('… when boundary markers sit at the body’s edges', () => {
    for (const [before, inside] of [
      ['', '<h3>Tin khác</h3>'],
      [
        `<p>${LONG[1]}</p><h3>Tin khác</h3>`,
        '<h3>Tin liên quan</h3><p><a href="/a">Một tin khác về hội nghị của thành phố</a></p>',
      ],
      [`<p>${LONG[1]}</p>`, ''],
      [`<p>${LONG[1]}</p>`, '<h3>Tin khác</h3>'],
    ]) {
      const { full, fast } = both(
        `<div id="parent">${before}<div id="body">${inside}${BODY}<h3>Tin khác</h3><p><a href="/b">Tin cũ hơn về hội nghị</a></p></div></div>`,
      );
      expect(fast).toEqual(full);
    }
  });

  it('… when the parent or the body carries alignment or classes the hints and caption tests read', () => {
    for (const [p, b] of [
      [' style="text-align:right"', ''],
      [' class="tac-gia"', ''],
      ['', ' class="chu-thich"'],
      ['', ' class="ghi-chu"'],
      ['', ' align="center"'],
      ['', ' style="text-align: right"'],
    ]) {
      const { full, fast } = both(
        `<div id="parent"${p}><p>${IMG}</p><div id="body"${b}><p>Đại biểu dự hội nghị</p>${BODY}<p>Minh Anh</p></div></div>`,
      );
      expect(fast).toEqual(full);
    }
  });

  it('… when the parent’s furniture skips differ inside the body, or the options differ', () => {
    // The comment label is the body's whole text: from the parent it opens a box to skip, not from the body.
    const { full, fast } = both(
      `<div id="parent"><p>${LONG[0]}</p><div id="body"><p>Bình luận</p></div><p>${LONG[1]}</p></div>`,
    );
    expect(fast).toEqual(full);
    const doc = page(`<div id="parent"><p>${IMG}</p><div id="body">${BODY}</div></div>`, '', BASE);
    const parent = doc.getElementById('parent')!;
    const body = doc.getElementById('body')!;
    const inner = buildBlocks(body, { ...OPTS, title: LONG[0] });
    expect(buildBlocks(parent, OPTS, inner)).toEqual(buildBlocks(parent, OPTS));
    const skipped = buildBlocks(body, { ...OPTS, skip: new Set([body.children[1]!]) });
    expect(buildBlocks(parent, OPTS, skipped)).toEqual(buildBlocks(parent, OPTS));
  });
});

const real = loadRealPages();
describe.skipIf(!real)('buildBlocks reusing a child’s build on the real pages (../shared/real/pages)', () => {
  it('gives the full walk’s reading for every parent and child with text', () => {
    let pairs = 0;
    for (const p of real ?? []) {
      const doc = docFrom(readFileSync(join(REAL_DIR, p.file), 'utf8'), p.url);
      for (const parent of Array.from(doc.body?.getElementsByTagName('*') ?? [])) {
        if (parent.children.length < 2) continue;
        const opts = { ...OPTS, baseUrl: p.url, skip: furnitureSkips(parent) };
        const full = buildBlocks(parent, opts);
        for (const child of Array.from(parent.children)) {
          if ((child.textContent ?? '').trim().length < 40) continue;
          const inner = buildBlocks(child, { ...OPTS, baseUrl: p.url, skip: furnitureSkips(child) });
          expect(buildBlocks(parent, opts, inner)).toEqual(full);
          pairs++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(100);
  }, 120_000);
});
if (!real)
  describe('buildBlocks reusing a child’s build on the real pages', () => {
    it.skip(`skipped: ${REAL_DIR}/index.json not found (read from ../shared/real at run time)`, () => {});
  });
