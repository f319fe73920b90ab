import { describe, expect, it } from 'vitest';
import { cleanAuthor, findByline, looksLikeByline } from '../../../src/core/extract/index.ts';
import { extractArticle } from '../../../src/core/index.ts';
import type { Block } from '../../../src/core/types.ts';
import type { BlockHint } from '../../../src/core/extract/blocks.ts';
import { LONG, page } from './html.ts';
import { defined } from '../defined.ts';

const P = (text: string, bold = false): Block => ({
  type: 'paragraph',
  inlines: [{ type: 'text', text, ...(bold ? { bold: true } : {}) }],
});
const H = (right = false, authorClass = false): BlockHint => ({ right, authorClass });
const body = LONG.map((t) => P(t));

describe('looksLikeByline', () => {
  it.each([
    ['Hoàng Tùng', 'Hoàng Tùng'],
    ['Minh Thu - Đức Anh', 'Minh Thu - Đức Anh'],
    ['V.H.N', 'V.H.N'],
    ['V.H.N.', 'V.H.N.'],
    ['T.L', 'T.L'],
    ['Tác giả: Ngọc Mai', 'Ngọc Mai'],
    ['Tác giả : Ngọc Mai.', 'Ngọc Mai'],
    ['Bài và ảnh: Minh Khôi', 'Minh Khôi'],
    ['Thu Trang (tổng hợp)', 'Thu Trang'],
    ['NGUYỄN VĂN AN', 'NGUYỄN VĂN AN'],
  ])('%s → %s', (line, author) => {
    expect(looksLikeByline(line, true)).toBe(author);
  });

  it.each([
    'Ảnh: Hoàng Phong',
    '(Ảnh: Cổng TTĐT Hải Phòng)',
    'Ảnh minh họa: TTXVN',
    'Hết',
    'Nguồn: Báo Hải Phòng',
    'Các đại biểu dự tại điểm cầu thành phố Hải Phòng.',
    defined(LONG[0]),
    'Print',
    'Gốc',
    'Chia sẻ',
  ])('rejects %s', (line) => {
    expect(looksLikeByline(line, true)).toBeNull();
  });

  it('needs styling for a one-word signature', () => {
    expect(looksLikeByline('PV', true)).toBe('PV');
    expect(looksLikeByline('PV', false)).toBeNull();
  });

  it('cleanAuthor removes labels and source notes, refuses accounts and credits', () => {
    expect(cleanAuthor('Tác giả: Trung Kiên')).toBe('Trung Kiên');
    expect(cleanAuthor('  Thu Trang  (Theo Báo Hải Phòng) ')).toBe('Thu Trang');
    expect(cleanAuthor('admin')).toBeNull();
    expect(cleanAuthor('Ảnh: Đức Thịnh')).toBeNull();
    expect(cleanAuthor('')).toBeNull();
  });
});

describe('findByline over the body tail', () => {
  it('takes a trailing bold or right-aligned name', () => {
    const blocks = [...body, P('Hoàng Tùng', true)];
    expect(findByline(blocks, [...body.map(() => H()), H()])).toMatchObject({
      author: 'Hoàng Tùng',
      index: 4,
      rule: 'trailing-line',
    });
    expect(findByline([...body, P('Khánh Linh')], [...body.map(() => H()), H(true)])?.author).toBe(
      'Khánh Linh',
    );
  });

  it('takes initials on the last line', () => {
    expect(findByline([...body, P('V.H.N')], [...body.map(() => H()), H()])?.author).toBe('V.H.N');
  });

  it('takes a labelled "Tác giả:" line even before other trailing lines', () => {
    const blocks = [...body, P('Tác giả: Ngọc Mai'), P('Nguồn: Báo Hải Phòng')];
    expect(
      findByline(
        blocks,
        blocks.map(() => H()),
      ),
    ).toMatchObject({ author: 'Ngọc Mai', index: 4, rule: 'labelled' });
  });

  it('looks past trailing figures', () => {
    const fig: Block = {
      type: 'figure',
      src: 'https://haiphong.gov.vn/a.jpg',
      alt: '',
      caption: 'Toàn cảnh hội nghị.',
    };
    const blocks = [...body, P('Quang Huy', true), fig];
    expect(
      findByline(
        blocks,
        blocks.map(() => H()),
      )?.author,
    ).toBe('Quang Huy');
  });

  it('never takes a photo credit', () => {
    const blocks = [...body, P('Ảnh: Minh Khôi', true)];
    expect(
      findByline(
        blocks,
        blocks.map(() => H(true)),
      ),
    ).toBeNull();
  });

  it('does not take an ordinary last sentence', () => {
    expect(
      findByline(
        body,
        body.map(() => H()),
      ),
    ).toBeNull();
    expect(
      findByline([...body, P('Hội nghị kết thúc lúc 17 giờ cùng ngày.')], [...body.map(() => H()), H()]),
    ).toBeNull();
  });
});

describe('bylines in pages', () => {
  const url = 'https://example.org/bai-viet';
  const wrap = (tail: string) =>
    page(
      `<h1>Hội nghị học tập nghị quyết đại hội đảng bộ</h1><p>Thứ Tư, 19/11/2025 15:30</p><div class="noi-dung">${LONG.map((p) => `<p>${p}</p>`).join('')}${tail}</div>`,
      '',
      url,
    );

  it('right-aligned bold line', () => {
    const a = extractArticle(
      wrap('<p style="text-align: right;"><strong>Hoàng Tùng</strong></p>'),
      url,
    )!.article;
    expect(a.author).toBe('Hoàng Tùng');
    expect(a.text).not.toContain('Hoàng Tùng');
  });

  it('photo credit after the last figure is not the author; the byline is', () => {
    const a = extractArticle(
      wrap(
        '<p><img src="/anh/1.jpg"></p><p><em>Màn pháo hoa chào mừng khai mạc lễ hội.</em></p><p style="text-align:right"><em>Ảnh: Minh Khôi</em></p><p style="text-align:right"><b>Lan Hương</b></p>',
      ),
      url,
    )!.article;
    expect(a.author).toBe('Lan Hương');
    const fig = a.blocks.find((b) => b.type === 'figure');
    expect(fig).toMatchObject({
      caption: 'Màn pháo hoa chào mừng khai mạc lễ hội.',
      credit: 'Ảnh: Minh Khôi',
      src: 'https://example.org/anh/1.jpg',
    });
  });

  it('no byline: author null, nothing removed', () => {
    const a = extractArticle(wrap(''), url)!.article;
    expect(a.author).toBeNull();
    for (const p of LONG) expect(a.text).toContain(p);
  });
});
