/**
 * From a mention (offsets into Article.text) to the element that shows it in the overlay, and
 * a DOM Range over the mentioned words when they can be found inside that element.
 */
import type { TextPart } from '../../core/article-text.ts';
import type { Mention } from '../../core/types.ts';

export function partOf(parts: TextPart[], mention: Mention): TextPart | null {
  return parts.find((p) => mention.start >= p.start && mention.start < p.end) ?? null;
}

export function elementIdFor(part: TextPart): string {
  return part.block === -1 ? 'hpr-sapo' : `hpr-b${part.block}`;
}

/** A Range over the first occurrence of `text` in `el` (whitespace runs compared as one space). */
export function rangeForText(el: Element, text: string): Range | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let flat = '';
  // Map every character of the whitespace-collapsed text back to (node, offset).
  const map: { node: Text; offset: number }[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    nodes.push({ node: n, start: flat.length });
    const value = n.data;
    for (let i = 0; i < value.length; i++) {
      const c = value.charAt(i);
      const ch = /\s/.test(c) ? ' ' : c;
      if (ch === ' ' && flat.endsWith(' ')) continue;
      flat += ch;
      map.push({ node: n, offset: i });
    }
  }
  const needle = text.replace(/\s+/g, ' ').trim();
  const at = needle ? flat.indexOf(needle) : -1;
  if (at < 0) return null;
  const first = map[at];
  const last = map[at + needle.length - 1];
  if (!first || !last) return null;
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}
