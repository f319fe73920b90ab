/**
 * Page anatomy: the credit lines after the body. Many CMSs print the writer's name as a short,
 * right-aligned or bold line after the article text, outside the container a body reader keeps, and
 * some print the uploader's account after it. `creditLinesAfter` reads those short lines on the page
 * (up to the first long text, heading, link or list), so the byline rules can judge them with the
 * body's last lines. Read-only; a bounded forward walk.
 */
import { boundedText } from './dom.ts';
import { boldShareOf, styledShare } from './lead.ts';

export interface CreditLine {
  text: string;
  /** Bold or italic (≥ 90 % of the characters). */
  strong: boolean;
  /** Right-aligned (align=right or text-align: right on the line or a close ancestor). */
  right: boolean;
}

const STOP_TAGS = /^(?:H[1-6]|UL|OL|TABLE|FORM|NAV|ASIDE|FOOTER|SECTION|ARTICLE|IFRAME|BUTTON|SELECT|INPUT)$/;
const SKIP_TAGS = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|BR|HR|IMG|PICTURE|SOURCE)$/;

function nextAfter(el: Element): Element | null {
  for (let n: Element | null = el; n; n = n.parentElement)
    if (n.nextElementSibling) return n.nextElementSibling;
  return null;
}

function rightAligned(el: Element): boolean {
  for (let n: Element | null = el, i = 0; n && i < 3; n = n.parentElement, i++) {
    if ((n.getAttribute('align') ?? '').toLowerCase() === 'right') return true;
    if (/text-align\s*:\s*right/i.test(n.getAttribute('style') ?? '')) return true;
  }
  return false;
}

const italicShare = (el: Element) => styledShare(el, (e) => e.tagName === 'I' || e.tagName === 'EM');

function blockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (/^(?:P|DIV|H[1-6]|UL|OL|TABLE|SECTION|BLOCKQUOTE)$/.test(c.tagName)) return true;
  return false;
}

/**
 * Short lines (≤ 80 characters) that follow `last` (the body's last node) in document order: at most
 * `max` lines, stopping at long text, a heading, a list, a link (print/send actions, related news) or
 * after `limit` elements.
 */
export function creditLinesAfter(last: Node, max = 3, limit = 30): CreditLine[] {
  const out: CreditLine[] = [];
  const start = last.nodeType === 1 ? (last as Element) : last.parentElement;
  let el = start ? nextAfter(start) : null;
  for (let seen = 0; el && seen < limit && out.length < max; seen++) {
    if (SKIP_TAGS.test(el.tagName)) {
      el = nextAfter(el);
      continue;
    }
    if (STOP_TAGS.test(el.tagName) || el.tagName === 'A') break;
    const text = boundedText(el, 80);
    if (text === null) break;
    if (text === '') {
      el = nextAfter(el);
      continue;
    }
    if (el.getElementsByTagName('a').length) break;
    if (blockChild(el)) {
      el = el.firstElementChild;
      continue;
    }
    out.push({ text, strong: boldShareOf(el) >= 0.9 || italicShare(el) >= 0.9, right: rightAligned(el) });
    el = nextAfter(el);
  }
  return out;
}

/** The last text node with visible text under a node (script and style skipped): where a body ends. */
export function lastText(root: Node): Node | null {
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      if (/\S/.test((n as Text).data)) return n;
      continue;
    }
    if (n.nodeType !== 1 || /^(?:SCRIPT|STYLE|TEMPLATE)$/.test((n as Element).tagName)) continue;
    for (let c = n.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  return null;
}
