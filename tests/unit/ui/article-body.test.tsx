import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ArticleBody } from '../../../src/ui/reader/ArticleBody.tsx';
import type { Block } from '../../../src/core/types.ts';

function renderBlocks(blocks: Block[]) {
  const root = document.createElement('div');
  render(<ArticleBody blocks={blocks} />, root);
  return root;
}

describe('ArticleBody', () => {
  it('renders text as text, never as markup', () => {
    const root = renderBlocks([
      { type: 'paragraph', inlines: [{ type: 'text', text: '<img src=x onerror="alert(1)">' }] },
    ]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('p')!.textContent).toBe('<img src=x onerror="alert(1)">');
  });

  it('keeps only http(s) links, opened in a new tab without opener or referrer', () => {
    const root = renderBlocks([
      {
        type: 'paragraph',
        inlines: [
          { type: 'link', text: 'ok', href: 'https://haiphong.gov.vn/a' },
          { type: 'link', text: 'bad', href: 'javascript:alert(1)' },
        ],
      },
    ]);
    const links = root.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('https://haiphong.gov.vn/a');
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.textContent).toContain('bad');
  });

  it('renders figures with their captions, and a caption alone when the image URL is unsafe', () => {
    const root = renderBlocks([
      {
        type: 'figure',
        src: 'https://haiphong.gov.vn/a.jpg',
        alt: '',
        caption: 'Đại biểu dự hội nghị.',
        credit: 'Ảnh: Minh Thu',
      },
      { type: 'figure', src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: '', caption: 'Chú thích' },
    ]);
    expect(root.querySelectorAll('img')).toHaveLength(1);
    expect(root.querySelector('figcaption')!.textContent).toBe('Đại biểu dự hội nghị. Ảnh: Minh Thu');
    expect(root.textContent).toContain('Chú thích');
  });

  it('renders headings, lists, quotes and tables from the allow-list', () => {
    const root = renderBlocks([
      { type: 'heading', level: 2, text: 'Mục 1' },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'a' }]] },
      { type: 'quote', inlines: [{ type: 'text', text: 'q' }] },
      { type: 'table', rows: [[{ text: 'H', header: true }], [{ text: 'v', header: false }]] },
    ]);
    expect(root.querySelector('h2')!.textContent).toBe('Mục 1');
    expect(root.querySelector('ol li')!.textContent).toBe('a');
    expect(root.querySelector('blockquote')!.textContent).toBe('q');
    expect(root.querySelector('th')!.textContent).toBe('H');
    expect(root.querySelector('td')!.textContent).toBe('v');
  });
});
