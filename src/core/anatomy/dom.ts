/**
 * Page anatomy, DOM basics shared by detection and extraction: visible text of small elements and
 * whether an element sits in the site chrome (header, menus, footer). Read-only.
 */
/** Ancestors that hold site chrome rather than content. */
const CHROME_RE =
  /(?:^|[\s_-])(?:logo|banner|brand|site-?name|site-?title|navbar|topbar|menu|breadcrumbs?|footer|sidebar)(?:$|[\s_-])/i;

/**
 * The runs of whitespace that `/\s+/g` would replace by one space, less the single spaces (which stay
 * as they are): the same result, without a match per word of ordinary text.
 */
const SPACE_RUN_RE = /[^\S ]\s*| \s+/g;

/** `s.replace(/\s+/g, ' ').trim()`, quicker on long text. */
export function collapseSpaces(s: string): string {
  return s.replace(SPACE_RUN_RE, ' ').trim();
}

export function elementText(el: Element | null | undefined): string {
  return collapseSpaces(el?.textContent ?? '');
}

/** True for the characters `\s` matches in a regular expression (the whitespace `elementText` collapses). */
function isSpace(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff;
}

/**
 * `s.replace(/\s+/g, ' ').trim().length` without building the string (hot loops over many nodes);
 * counting stops once it passes `stop` (the answer is then some length above `stop`).
 */
export function collapsedLength(s: string, stop = Infinity): number {
  let n = 0;
  let gap = false;
  for (let i = 0; i < s.length && n <= stop; i++) {
    if (isSpace(s.charCodeAt(i))) {
      gap = n > 0;
      continue;
    }
    if (gap) n++;
    gap = false;
    n++;
  }
  return n;
}

/** `Node.DOCUMENT_POSITION_FOLLOWING`: the argument comes after the node in document order. */
const FOLLOWING = 4;

/** Two lists of elements, each in document order, merged in document order, each element once. */
function mergeInOrder(a: Element[], b: Element[]): Element[] {
  const out: Element[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x.compareDocumentPosition(y) & FOLLOWING) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** A selector a browser answers from a fast path: one tag, class or id. */
const SIMPLE_SELECTOR_RE = /^(?:[a-z][a-z0-9]*|[.#][\w-]+)$/i;
/** The last compound of a selector ("… > li", "… h1.title[x]"): its tag and class, when written plainly. */
const RIGHTMOST_RE = /(?:^|[\s>])([a-z][a-z0-9]*)?(?:\.([\w-]+))?(?:\[[^\]"']*(?:"[^"]*"|'[^']*')?\])*$/i;
/** Above this many elements with the tag or class, the whole-page query is the quicker one. */
const NARROW_MAX = 64;

/**
 * The elements of `root` matching one selector, in document order. A compound or complex selector is
 * matched against every element of the page; when its last compound names a tag or class that few
 * elements carry, only those are tested (`matches`: the same selector engine, the same answer).
 */
function selectOne(root: Document | Element, sel: string, limit: number): Element[] {
  if (limit < Infinity && SIMPLE_SELECTOR_RE.test(sel) && sel[0] !== '#') {
    // The first `limit` of a tag or class: a live list walks the page only as far as they are.
    const list = sel[0] === '.' ? root.getElementsByClassName(sel.slice(1)) : root.getElementsByTagName(sel);
    const out: Element[] = [];
    for (let i = 0; i < limit; i++) {
      const el = list[i];
      if (!el) break;
      out.push(el);
    }
    return out;
  }
  if (!SIMPLE_SELECTOR_RE.test(sel)) {
    const m = RIGHTMOST_RE.exec(sel);
    const cls = m?.[2];
    const tag = m?.[1];
    const pool = cls ? root.getElementsByClassName(cls) : tag ? root.getElementsByTagName(tag) : null;
    if (pool && pool.length <= NARROW_MAX) {
      const out: Element[] = [];
      for (let i = 0; i < pool.length; i++) {
        const el = pool[i]!;
        if (el.matches(sel)) out.push(el);
      }
      return out;
    }
  }
  return Array.from(root.querySelectorAll(sel));
}

/**
 * What `root.querySelectorAll(selectors.join(', '))` returns (document order, each element once), by
 * one query per selector merged: a browser answers a single tag or class selector from a fast path,
 * while a selector list is matched selector by selector against every element of the page.
 */
export function selectAll(
  root: Document | Element,
  selectors: readonly string[],
  /** Only the first this many are wanted (the answer is then the first `limit` of the full one). */
  limit = Infinity,
): Element[] {
  let out: Element[] = [];
  for (const sel of selectors) {
    const found = selectOne(root, sel, limit);
    if (!found.length) continue;
    out = out.length ? mergeInOrder(out, found) : found;
  }
  return out.length > limit ? out.slice(0, limit) : out;
}

/** A selector on <meta> alone ("meta[name=…]"). */
const META_ONLY_RE = /^meta\[/;
/** `meta[name|property|itemprop="value"]`, nothing more. */
const META_ATTR_RE = /^meta\[(name|property|itemprop)="([^"\\]*)"\]$/;

/**
 * `doc.querySelector(sel)`, for a `meta[…]` selector by testing the page's <meta> elements alone (a
 * handful, in document order: the same first match, without walking the whole page when none matches).
 */
export function firstMatch(doc: Document, sel: string): Element | null {
  if (!META_ONLY_RE.test(sel)) return doc.querySelector(sel);
  const metas = doc.getElementsByTagName('meta');
  // `meta[name="…"]`: the attribute compared directly (names, properties and itemprops match case-sensitively).
  const plain = META_ATTR_RE.exec(sel);
  const attr = plain?.[1];
  const value = plain?.[2];
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    if (attr ? m.getAttribute(attr) === value : m.matches(sel)) return m;
  }
  return null;
}

/** Text of a small element, or null as soon as it passes `max` characters (stops walking early). */
export function boundedText(el: Element, max: number): string | null {
  let out = '';
  let checkAt = max * 2;
  const head = max * 8 + 64;
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      // A huge text node is decided by its start (no copy of megabytes of text).
      if (data.length > head && collapseSpaces(data.slice(0, head)).length > max) return null;
      out += data;
      if (out.length > checkAt) {
        if (collapseSpaces(out).length > max) return null;
        checkAt = out.length * 2; // mostly whitespace so far: check again when it has doubled (linear overall)
      }
      continue;
    }
    if (n.nodeType !== 1) continue;
    const tag = (n as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE') continue;
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  const t = collapseSpaces(out);
  if (t.length > max) return null;
  return /[\u0300-\u036f]/.test(t) ? t.normalize('NFC') : t;
}

/**
 * The first character of `boundedText(el, …)` before normalisation (its first character outside
 * whitespace, scripts and styles) as a char code, or -1 when the element shows no text. Stops there:
 * a cheap test before reading the text of each of many elements.
 */
export function firstTextChar(el: Element): number {
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      for (let i = 0; i < data.length; i++) {
        const c = data.charCodeAt(i);
        if (!isSpace(c)) return c;
      }
      continue;
    }
    if (n.nodeType !== 1) continue;
    const tag = (n as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE') continue;
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return -1;
}

function isChromeElement(n: Element): boolean {
  const tag = n.tagName;
  if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE') return true;
  const cls = `${n.getAttribute('class') ?? ''} ${n.getAttribute('id') ?? ''}`;
  return cls.length > 1 && CHROME_RE.test(cls);
}

/**
 * What a chrome cache knows of an element: everything below it is chrome (IN_CHROME); none is
 * unless it is chrome itself, as an article or main above decides for any header below (CLEAR);
 * or nothing above decides (OPEN: a header below it makes what is inside that header chrome).
 */
const IN_CHROME = 1;
const CLEAR = 2;
const OPEN = 3;
type ChromeState = typeof IN_CHROME | typeof CLEAR | typeof OPEN;

/** One page's answers of inChrome, shared by many questions (make one per document). */
export type ChromeCache = Map<Element, ChromeState>;

/**
 * True when an element sits in header/nav/footer-like chrome: a chrome element at or above it, or a
 * <header> whose nearest article or main is not above it (a <header> inside an article or main is
 * the entry's header, as in WordPress). Walks ancestors (no combinator matching); pass a cache when
 * asking about many elements of one page: the answer is the same with or without it.
 */
export function inChrome(el: Element, cache?: ChromeCache): boolean {
  const path: Element[] = [];
  let above: ChromeState = OPEN;
  for (let n: Element | null = el; n; n = n.parentElement) {
    const known = cache?.get(n);
    if (known !== undefined) {
      above = known;
      break;
    }
    const tag = n.tagName;
    if (tag === 'BODY' || tag === 'HTML') break;
    path.push(n);
    if (isChromeElement(n)) {
      above = IN_CHROME;
      break;
    }
  }
  // Down from the top: the first header, article or main met decides for everything below it.
  let state: ChromeState = above;
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i] as Element;
    if (state === OPEN) {
      const tag = n.tagName;
      if (tag === 'HEADER') state = IN_CHROME;
      else if (tag === 'ARTICLE' || tag === 'MAIN') state = CLEAR;
    }
    cache?.set(n, state);
  }
  return state === IN_CHROME;
}
