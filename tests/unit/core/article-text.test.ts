import { describe, expect, it } from 'vitest';
import { blockText, textLayout } from '../../../src/core/article-text.ts';
import type { Block } from '../../../src/core/types.ts';
import { defined } from '../defined.ts';

const blocks: Block[] = [
  {
    type: 'paragraph',
    inlines: [
      { type: 'text', text: 'Sáng 11/3, ' },
      { type: 'text', text: 'hội  nghị', bold: true },
    ],
  },
  {
    type: 'figure',
    src: 'https://haiphong.gov.vn/a.jpg',
    alt: '',
    caption: 'Các đại biểu dự hội nghị.',
    credit: 'Ảnh: Minh Thu',
  },
  { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Một' }], [{ type: 'text', text: 'Hai' }]] },
  {
    type: 'table',
    rows: [
      [
        { text: 'A', header: true },
        { text: 'B', header: true },
      ],
    ],
  },
  { type: 'figure', src: 'https://haiphong.gov.vn/b.jpg', alt: '', caption: '' },
];

describe('article text', () => {
  it('renders each block as plain text', () => {
    expect(blockText(defined(blocks[0]))).toBe('Sáng 11/3, hội nghị');
    expect(blockText(defined(blocks[1]))).toBe('Các đại biểu dự hội nghị. Ảnh: Minh Thu');
    expect(blockText(defined(blocks[2]))).toBe('Một\nHai');
    expect(blockText(defined(blocks[3]))).toBe('A | B');
  });

  it('joins the sapo and blocks with blank lines and maps every part to its span', () => {
    const { text, parts } = textLayout('Lead  text', blocks);
    expect(text).toBe(
      'Lead text\n\nSáng 11/3, hội nghị\n\nCác đại biểu dự hội nghị. Ảnh: Minh Thu\n\nMột\nHai\n\nA | B',
    );
    expect(parts.map((p) => p.block)).toEqual([-1, 0, 1, 2, 3]);
    for (const part of parts) {
      const expected = part.block === -1 ? 'Lead text' : blockText(defined(blocks[part.block]));
      expect(text.slice(part.start, part.end)).toBe(expected);
    }
  });
});
