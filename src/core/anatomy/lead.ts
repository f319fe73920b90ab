/**
 * Page anatomy: the lead (sapo). Vietnamese portals print a summary paragraph between the headline and
 * the body, often in a box of its own outside the body container (so a body reader never sees it):
 * bold text, or a class/id naming it (sapo, summary, lead, intro, excerpt, tóm tắt, chapeau …).
 * `findLead` walks forward in document order from the headline to the first prose block and returns
 * that lead-like block, or null when the first prose is ordinary body text. Read-only; bounded walk.
 */
import { DATE_LINE_MAX, dateLineLabel } from './dateline.ts';
import { boundedText, collapseSpaces } from './dom.ts';

/** Class or id words of a lead box across CMSs (a word of its own, e.g. "sapo-wrapper", "article__summary"). */
const LEAD_CLASS_RE =
  /(?:^|[\s_-])(?:sapo|summary|lead|lede|intro|excerpt|tomtat|tom-tat|chapeau|abstract|description|mo-?ta)(?:$|[\s_-])/i;
const BOLD_TAGS = new Set(['B', 'STRONG', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'BUTTON',
  'SELECT',
  'IFRAME',
]);
const PROSE_MIN = 40;
const LEAD_MAX = 1500;

function leadClass(el: Element): boolean {
  const c = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return c.length > 1 && LEAD_CLASS_RE.test(c);
}

function boldStyle(el: Element): boolean {
  const s = el.getAttribute('style');
  return !!s && /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(s);
}

/** Share of an element's visible characters inside elements `styled` says yes to (itself included). */
export function styledShare(el: Element, styled: (e: Element) => boolean): number {
  let on = 0;
  let all = 0;
  const stack: [Node, boolean][] = [[el, styled(el)]];
  while (stack.length) {
    const [n, inside] = stack.pop()!;
    if (n.nodeType === 3) {
      const len = (n as Text).data.replace(/\s+/g, '').length;
      all += len;
      if (inside) on += len;
      continue;
    }
    if (n.nodeType !== 1 || SKIP_TAGS.has((n as Element).tagName)) continue;
    for (let c = n.firstChild; c; c = c.nextSibling)
      stack.push([c, inside || (c.nodeType === 1 && styled(c as Element))]);
  }
  return all ? on / all : 0;
}

/** Share of an element's visible characters set in bold (b/strong/h2–h6, or a bold font-weight). */
export function boldShareOf(el: Element): number {
  return styledShare(el, (e) => BOLD_TAGS.has(e.tagName) || boldStyle(e));
}

function linkChars(el: Element): number {
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) n += collapseSpaces(links[i]?.textContent ?? '').length;
  return n;
}

function nextAfter(el: Element): Element | null {
  for (let n: Element | null = el; n; n = n.parentElement)
    if (n.nextElementSibling) return n.nextElementSibling;
  return null;
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (/^(?:P|DIV|H[1-6]|UL|OL|TABLE|SECTION|ARTICLE|BLOCKQUOTE|FIGURE)$/.test(c.tagName)) return true;
  return false;
}

export interface Lead {
  el: Element;
  text: string;
  rule: 'lead-class' | 'bold-block';
}

/**
 * Rule "lead": the first prose block after the headline (date lines, breadcrumbs, empty boxes and
 * image-only blocks skipped), when it is marked as a lead by a class/id word or set in bold (≥ 90 %).
 * Stops at the first ordinary prose block, after `limit` elements, or when the walk leaves the
 * headline's section (a long container whose start is not lead-like is the body).
 */
export function findLead(headline: Element, limit = 400): Lead | null {
  let el = nextAfter(headline);
  for (let seen = 0; el && seen < limit; seen++) {
    if (SKIP_TAGS.has(el.tagName)) {
      el = nextAfter(el);
      continue;
    }
    // A container is looked into unless it is empty or a short line: its text is needed only up to a
    // date line's length (a long container, the body's, is not read to its end at every level).
    const container = hasBlockChild(el);
    const text = boundedText(el, container ? DATE_LINE_MAX : LEAD_MAX);
    if (text === '' || (text !== null && text.length < PROSE_MIN) || (text !== null && dateLineLabel(text))) {
      el = nextAfter(el); // empty, a short line (date, breadcrumb, label) or the date line: not prose
      continue;
    }
    if (text === null || container) {
      // A container: a lead box holding the lead block, or the body holding the first paragraph.
      el = el.firstElementChild ?? nextAfter(el);
      continue;
    }
    if (linkChars(el) > text.length * 0.5) return null; // a teaser or related list: no lead here
    let marked = false;
    for (let n: Element | null = el, i = 0; n && i < 3 && !marked; n = n.parentElement, i++)
      marked = leadClass(n);
    if (marked) return { el, text, rule: 'lead-class' };
    if (text.length >= 60 && boldShareOf(el) >= 0.9) return { el, text, rule: 'bold-block' };
    return null;
  }
  return null;
}
