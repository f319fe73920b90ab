import type { Block, Inline } from './types.ts';
import { collapseSpaces } from './anatomy/dom.ts';

/**
 * The one rule that turns an article's blocks into `Article.text`.
 * Mentions found by the analyser are offsets into that text, and the reader maps them back
 * to blocks with `textLayout`, so both sides must use this module.
 */

export const PART_SEPARATOR = '\n\n';

/**
 * Each list of inlines' text, made once: the extractor lays the body's blocks out again in every wider
 * container it tries and in the finished article, and the copies it makes of reused blocks share their
 * lists. Lists are never changed once built (the extractor makes new ones), so the text stays true.
 */
const INLINE_TEXT = new WeakMap<Inline[], string>();

function inlineText(inlines: Inline[]): string {
  let text = INLINE_TEXT.get(inlines);
  if (text === undefined) {
    text = collapseSpaces(inlines.map((i) => i.text).join(''));
    INLINE_TEXT.set(inlines, text);
  }
  return text;
}

/** Plain text of one block; '' for blocks that carry no text. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'quote':
      return inlineText(block.inlines);
    case 'heading':
      return collapseSpaces(block.text);
    case 'list':
      return block.items
        .map((item) => inlineText(item))
        .filter(Boolean)
        .join('\n');
    case 'table':
      return block.rows.map((row) => row.map((c) => collapseSpaces(c.text)).join(' | ')).join('\n');
    case 'figure':
      return collapseSpaces([block.caption, block.credit].filter(Boolean).join(' '));
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
  if (sapo) push(-1, collapseSpaces(sapo));
  blocks.forEach((b, i) => push(i, blockText(b)));
  return { text, parts };
}
