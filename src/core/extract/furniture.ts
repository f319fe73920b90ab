/**
 * Extraction stage "furniture trimming": reader comments, related-news boxes and teaser runs that sit
 * inside or after an article container, found by their labels and link density (class names are
 * unknown on unseen markup).
 */
import type { Block } from '../types.ts';
import { boundedText, firstTextChar } from '../anatomy/dom.ts';
import { inlinesText } from './blocks.ts';
import { norm } from './text.ts';

/** Reader comments: everything from this label on is the readers', not the article. */
const COMMENTS_LABEL_RE =
  /^(?:ý\s*kiến\s*(?:của\s*)?(?:bạn\s*đọc|độc\s*giả)|bình\s*luận(?:\s*của\s*bạn\s*đọc)?|gửi\s*(?:bình\s*luận|ý\s*kiến)(?:\s*của\s*bạn)?|viết\s*bình\s*luận|comments?)\s*(?:\(\s*\d+\s*\))?\s*:?$/iu;
/** Related-news labels, also with a count ("Tin liên quan (3)"), that the block builder may not know. */
const RELATED_LABEL_RE =
  /^(?:các\s+)?(?:tin|bài(?:\s+viết)?)\s+(?:khác|liên\s+quan|cùng\s+(?:chuyên\s+mục|chủ\s+đề|lĩnh\s+vực)|đã\s+đưa|mới(?:\s+nhất)?|đọc\s+nhiều(?:\s+nhất)?|xem\s+nhiều(?:\s+nhất)?)\s*(?:\(\s*\d+\s*\))?\s*:?$/iu;

function blockLabel(b: Block | undefined): string | null {
  if (b?.type === 'heading') return norm(b.text);
  if (b?.type === 'paragraph') {
    const t = inlinesText(b.inlines);
    return t.length <= 50 ? norm(t) : null;
  }
  return null;
}

function linkChars(b: Block): { all: number; links: number } {
  const inl =
    b.type === 'paragraph' || b.type === 'quote' ? b.inlines : b.type === 'list' ? b.items.flat() : [];
  let all = 0;
  let links = 0;
  for (const i of inl) {
    all += i.text.length;
    if (i.type === 'link') links += i.text.length;
  }
  if (b.type === 'heading') all += b.text.length;
  return { all, links };
}

/**
 * Where the article ends, for labels the block builder does not cut at: reader comments ("Ý kiến bạn
 * đọc (2)", "Bình luận") end it outright; a related label with a count ("Tin liên quan (3)") ends it
 * when what follows is mostly links. Returns the index of the first block to drop, or -1.
 */
export function trailingFurnitureStart(blocks: Block[]): number {
  for (let i = 1; i < blocks.length; i++) {
    const label = blockLabel(blocks[i]);
    if (!label) continue;
    if (COMMENTS_LABEL_RE.test(label)) return i;
    if (RELATED_LABEL_RE.test(label)) {
      let all = 0;
      let links = 0;
      for (const b of blocks.slice(i + 1)) {
        const c = linkChars(b);
        all += c.all;
        links += c.links;
      }
      if (all === 0 || links >= all * 0.6) return i;
    }
  }
  return -1;
}

const LABEL_TAGS = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'P',
  'DIV',
  'SPAN',
  'STRONG',
  'B',
  'LEGEND',
  'HEADER',
]);
const RELATED_INLINE_RE =
  /^(?:tin\s+(?:bài\s+)?liên\s+quan|bài\s+(?:viết\s+)?liên\s+quan|xem\s+thêm|đọc\s+thêm|tin\s+cùng\s+chuyên\s+mục)\s*(?:\(\s*\d+\s*\))?\s*:?$/iu;

/**
 * ASCII letters the labels above can open with (ý and đ are not ASCII; their decomposed ý opens with
 * y): a text opening with any other ASCII character is no label. Other characters are left to the regexes.
 */
const LABEL_FIRST_ASCII = new Set([...'bBcCgGtTvVxXyY'].map((c) => c.charCodeAt(0)));

function mayOpenLabel(c: number): boolean {
  return c >= 128 || LABEL_FIRST_ASCII.has(c);
}

export function isLinkOnly(el: Element): boolean {
  const t = norm(el.textContent);
  if (!t) return el.tagName !== 'IMG' && !el.querySelector('img');
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += norm(a.textContent).length;
  if (el.tagName === 'A') links = t.length;
  return links >= t.length * 0.8;
}

function isProse(el: Element): boolean {
  const t = norm(el.textContent);
  return t.length >= 120 && !isLinkOnly(el);
}

/**
 * Page furniture inside an article container that the block builder would misread, found by structure
 * (class names are unknown on unseen markup):
 *  - reader comments: the element a "Ý kiến bạn đọc (2)" / "Bình luận" label opens, or the label and
 *    everything after it at its level;
 *  - an in-body related box: a "Tin liên quan" / "Xem thêm" label and the link-only lines after it,
 *    when article prose follows (so the builder does not end the article there).
 */
export function furnitureSkips(root: Element): Set<Element> {
  const skip = new Set<Element>();
  const els = root.getElementsByTagName('*');
  for (let i = 0; i < els.length && i < 4000; i++) {
    const el = els[i];
    if (!el) continue;
    if (!LABEL_TAGS.has(el.tagName) || !mayOpenLabel(firstTextChar(el))) continue;
    const t = boundedText(el, 50);
    if (!t) continue;
    // A label is the element holding the text, not a wrapper around one (take the innermost block).
    if (
      el.firstElementChild &&
      norm(el.firstElementChild.textContent) === t &&
      LABEL_TAGS.has(el.firstElementChild.tagName) &&
      !/^(?:STRONG|B|SPAN)$/.test(el.firstElementChild.tagName)
    )
      continue;
    if (COMMENTS_LABEL_RE.test(t)) {
      let label: Element = el;
      // Climb out of inline wrappers (<p><strong>Bình luận</strong></p>).
      while (
        label.parentElement &&
        label.parentElement !== root &&
        norm(label.parentElement.textContent) === t
      )
        label = label.parentElement;
      const box = label.parentElement;
      if (box && box !== root && box.firstElementChild === label) skip.add(box);
      else for (let n: Element | null = label; n; n = n.nextElementSibling) skip.add(n);
      continue;
    }
    if (RELATED_INLINE_RE.test(t)) {
      let label: Element = el;
      while (
        label.parentElement &&
        label.parentElement !== root &&
        norm(label.parentElement.textContent) === t
      )
        label = label.parentElement;
      const links: Element[] = [];
      let n = label.nextElementSibling;
      for (; n && isLinkOnly(n) && links.length < 12; n = n.nextElementSibling) links.push(n);
      if (!links.length || !n) continue;
      // Prose must follow: the next sibling, or (label wrapped in a box) what follows the box.
      if (isProse(n)) {
        skip.add(label);
        for (const l of links) skip.add(l);
      }
    }
  }
  return skip;
}

/** A block that is a teaser: mostly link text, with a headline-length link. */
function isTeaserBlock(b: Block | undefined): boolean {
  if (b?.type !== 'paragraph' && b?.type !== 'list') return false;
  const inl = b.type === 'paragraph' ? b.inlines : b.items.flat();
  let all = 0;
  let links = 0;
  let headline = false;
  for (const i of inl) {
    const n = i.text.trim().length;
    all += n;
    if (i.type === 'link') {
      links += n;
      if (n >= 25) headline = true;
    }
  }
  return headline && links >= all * 0.6;
}

/**
 * An unlabelled run of teaser links at the end of the body ("<p><a>Headline</a> (12/05/2024)</p>" × n
 * in the same container): other articles, not this one. Two such blocks, or one list of ≥ 2 items,
 * end the body. Returns the new end.
 */
export function trailingTeasersStart(blocks: Block[]): number {
  let i = blocks.length;
  let items = 0;
  while (i > 0 && isTeaserBlock(blocks[i - 1])) {
    const b = blocks[i - 1];
    items += b?.type === 'list' ? b.items.length : 1;
    i--;
  }
  return items >= 2 && i > 0 ? i : blocks.length;
}
