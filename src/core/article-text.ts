import type { Block, Inline } from './types.ts';

/**
 * The one rule that turns an article's blocks into `Article.text`.
 * Mentions found by the analyser are offsets into that text, and the reader maps them back
 * to blocks with `textLayout`, so both sides must use this module.
 */

export const PART_SEPARATOR = '\n\n';

function inlineText(inlines: Inline[]): string {
  return inlines
    .map((i) => i.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Plain text of one block; '' for blocks that carry no text. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'quote':
      return inlineText(block.inlines);
    case 'heading':
      return block.text.replace(/\s+/g, ' ').trim();
    case 'list':
      return block.items
        .map((item) => inlineText(item))
        .filter(Boolean)
        .join('\n');
    case 'table':
      return block.rows
        .map((row) => row.map((c) => c.text.replace(/\s+/g, ' ').trim()).join(' | '))
        .join('\n');
    case 'figure':
      return [block.caption, block.credit].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  }
}

export interface TextPart {
  /** -1 for the sapo, else the index into blocks. */
  block: number;
  start: number;
  end: number;
}

/** Where each part (sapo, then every block with text) sits inside the article text. */
export function textLayout(sapo: string | null, blocks: Block[]): { text: string; parts: TextPart[] } {
  const parts: TextPart[] = [];
  let text = '';
  const push = (block: number, s: string) => {
    if (!s) return;
    if (text) text += PART_SEPARATOR;
    parts.push({ block, start: text.length, end: text.length + s.length });
    text += s;
  };
  if (sapo) push(-1, sapo.replace(/\s+/g, ' ').trim());
  blocks.forEach((b, i) => push(i, blockText(b)));
  return { text, parts };
}
