/**
 * Page anatomy: the headline. The visible headline is the element near the top of the content that
 * shows the page's own title (og:title, <title>) without the site/category suffix; an h1 when it
 * agrees. Used by detection (is there a title?) and extraction (the article title). Read-only.
 */
import {
  boundedText,
  collapsedLength,
  collapseSpaces,
  elementText,
  firstMatch,
  firstTextChar,
  inChrome,
} from './dom.ts';

/** Text of a site-name heading, not an article title. */
const SITE_NAME_RE = /^(?:cổng\s+(?:thông\s+tin|tin\s+tức)|trang\s+thông\s+tin\s+điện\s+tử|cổng\s+ttđt)/i;
/** A short unit name used as a page heading ("UBND phường Kiến An"); article titles are longer. */
const UNIT_NAME_RE = /^(?:ubnd|ủy\s+ban\s+nhân\s+dân|hđnd|thành\s+ủy|đảng\s+ủy)\s+[^,.:;!?]{2,40}$/i;

export function isSiteName(text: string): boolean {
  return SITE_NAME_RE.test(text) || (text.length <= 45 && UNIT_NAME_RE.test(text));
}

/** Known title containers across generations, tried before a bare h1. */
const TITLE_SELECTORS = [
  '.ArticleHeader',
  '.divDetail_Title',
  '.amp-wp-title',
  'h1.entry-title',
  '.entry-title',
  '.news-detail-title',
  '.detail-title',
  '.title-detail',
  '.news-title',
  '.post-title',
  'article h1',
  'h1',
];

/**
 * A heading that is a teaser link, not a page title: "<h3><a>Headline</a></h3>", or a heading
 * inside a link ("<a class="prev-post"><h3>Headline</h3></a>", teaser cards).
 */
export function isLinkHeading(el: Element): boolean {
  const a = el.querySelector('a');
  if (a && elementText(a).length >= elementText(el).length * 0.8) return true;
  for (let n = el.parentElement, i = 0; n && i < 4; n = n.parentElement, i++)
    if (n.tagName === 'A') return true;
  return false;
}

/** Lower-case, whitespace-collapsed, NFC text for comparing titles. */
function titleKey(s: string): string {
  const t = collapseSpaces(s).toLowerCase();
  return /[\u0300-\u036f]/.test(t) ? t.normalize('NFC') : t;
}

/**
 * The page's own idea of its title (og:title, twitter:title and <title>), lower-cased: the heading
 * that repeats it is the article title, whatever its class (theme templates print teaser titles
 * with the same classes as the page title).
 */
export function ownTitles(doc: Document): string[] {
  const out: string[] = [];
  for (const sel of ['meta[property="og:title"]', 'meta[name="twitter:title"]']) {
    const v = firstMatch(doc, sel)?.getAttribute('content');
    if (v && v.trim()) out.push(titleKey(v));
  }
  const t = doc.querySelector('title')?.textContent;
  if (t && t.trim()) out.push(titleKey(t));
  return out;
}

/** True when a heading's text is the page's own title (or the <title> holds it next to the site name). */
export function matchesOwnTitle(text: string, own: string[]): boolean {
  const k = titleKey(text);
  return (
    k.length >= 8 &&
    own.some((o) => o === k || (o.length > k.length && o.includes(k) && k.length >= o.length * 0.35))
  );
}

/**
 * Of title candidates in preference order, the first that repeats the page's own title, else the
 * first. `ok` filters candidates (length, chrome, site names, teaser links). `own`: ownTitles(doc),
 * when the caller has it already.
 */
export function pickTitleCandidate(
  doc: Document,
  selectors: string[],
  ok: (el: Element, text: string) => boolean,
  limit = 60,
  own: string[] = ownTitles(doc),
): { el: Element | null; matched: boolean } {
  let first: Element | null = null;
  let seen = 0;
  const tried = new Set<Element>();
  for (const sel of selectors) {
    let els: Element[];
    try {
      els = Array.from(doc.querySelectorAll(sel));
    } catch {
      continue;
    }
    for (const el of els) {
      if (tried.has(el)) continue;
      tried.add(el);
      if (++seen > limit) return { el: first, matched: false };
      const t = elementText(el);
      // Once there is a first candidate, only one repeating the own title can change the answer:
      // the cheap text comparison goes before the filter (chrome, teaser-link walks).
      const matches = own.length > 0 && matchesOwnTitle(t, own);
      if (first && !matches) continue;
      if (!ok(el, t)) continue;
      if (matches) return { el, matched: true };
      if (!own.length) return { el, matched: false };
      first ??= el;
    }
  }
  return { el: first, matched: false };
}

const okTitle = (el: Element, t: string) =>
  t.length >= 8 && t.length <= 400 && !isSiteName(t) && !inChrome(el) && !isLinkHeading(el);
const okH2 = (el: Element, t: string) =>
  t.length >= 20 && t.length <= 400 && !isSiteName(t) && !inChrome(el) && !isLinkHeading(el);

/**
 * The element holding the article title, if any; skips site-name headings and chrome. Cheap (a few
 * selector queries): the content script's check. `findHeadline` adds the page-wide walk for div titles.
 */
export function findTitleElement(doc: Document): Element | null {
  const own = ownTitles(doc);
  const found = pickTitleCandidate(doc, TITLE_SELECTORS, okTitle, 60, own);
  if (found.matched) return found.el;
  // An h2 (themes that keep h1 for the site name) repeating the page's own title beats an unmatched
  // candidate; else the first candidate; last resort, the first h2 that is neither chrome nor a teaser link.
  const h2 = pickTitleCandidate(doc, ['h2'], okH2, 60, own);
  if (h2.matched || !found.el) return h2.el;
  return found.el;
}

/**
 * Rule "visible headline": a heading (h1, then h2) that agrees with the page's own title; else the
 * element whose text is the page's own title minus a site/category suffix (or a leading part of it),
 * whatever its tag (a div on many CMSs); else the first plausible heading. Never null because of a
 * <title> that carries " - Category - Site".
 */
export function findHeadline(doc: Document): Element | null {
  const own = ownTitles(doc);
  const found = pickTitleCandidate(doc, TITLE_SELECTORS, okTitle, 60, own);
  if (found.matched) return found.el;
  const h2 = pickTitleCandidate(doc, ['h2'], okH2, 60, own);
  if (h2.matched) return h2.el;
  return ownTitleElement(doc) ?? found.el ?? h2.el;
}

/** An element whose whole text is the given title (eras without a heading tag, e.g. div.divDetail_Title). */
export function findElementByText(doc: Document, text: string): Element | null {
  if (!text || !doc.body) return null;
  const want = titleKey(text);
  const els = doc.body.getElementsByTagName('*');
  let best: Element | null = null;
  for (let i = 0; i < els.length && i < 5000; i++) {
    const el = els[i];
    if (!el) continue;
    if (el.tagName === 'TITLE' || el.tagName === 'SCRIPT' || el.tagName === 'A') continue;
    const t = boundedText(el, want.length + 5);
    if (t && t.toLowerCase() === want && !inChrome(el)) best = el; // later matches are deeper or later: keep the deepest first match
    if (best && !best.contains(els[i + 1] ?? null)) break;
  }
  return best;
}

/** Separators between a title and its site/category parts: " - ", " | ", " – ", " — ", " » ", and ": ". */
const TITLE_PART_SEP_RE = /(\s+[-|–—»]\s+|:\s+)/;

/**
 * The page's own title and its leading runs: og:title and <title> split at the separators, every run
 * of parts that starts at the beginning or ends at the end ("Title - Category - Site" gives "Title",
 * "Title - Category", …; "Site | Title" gives "Title"), most complete first, site names left out.
 */
export function ownTitleTexts(doc: Document): string[] {
  const out: string[] = [];
  const og = firstMatch(doc, 'meta[property="og:title"]')?.getAttribute('content');
  const title = doc.querySelector('title')?.textContent;
  for (const raw of [og, title]) {
    if (!raw) continue;
    const parts = collapseSpaces(raw).split(TITLE_PART_SEP_RE);
    const runs: string[] = [];
    for (let i = 0; i < parts.length && i < 12; i += 2) {
      for (let j = parts.length - 1; j >= i; j -= 2) {
        if (i > 0 && j < parts.length - 1) continue; // a middle part is a category, not the title
        runs.push(parts.slice(i, j + 1).join(''));
      }
    }
    runs.sort((a, b) => b.length - a.length);
    for (const s of runs) if (s.length >= 12 && !isSiteName(s)) out.push(s);
  }
  return [...new Set(out)].slice(0, 12);
}

const SKIP_TAGS = new Set(['TITLE', 'SCRIPT', 'STYLE', 'A', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'BUTTON']);
/** How many elements of the body (in document order) the own-title walk looks at. */
const OWN_TITLE_WALK = 8000;
/** `NodeFilter.SHOW_TEXT` and `Node.DOCUMENT_POSITION_FOLLOWING`. */
const SHOW_TEXT = 4;
const FOLLOWING = 4;
const NON_SPACE_RE = /\S/;

/**
 * Whether text opening with the character `c` (its first character outside whitespace, as a char code)
 * can have a title key starting with one of `starts`. An ASCII character stays the key's first character
 * through lower-casing and NFC (and is its own decomposition); others are not judged here.
 */
function mayOpenTitle(c: number, starts: Set<string>): boolean {
  return c >= 128 || (c >= 0 && starts.has(String.fromCharCode(c).toLowerCase()));
}

/**
 * The element showing the page's own title when no heading holds it (a div title): one bounded walk
 * over the body, comparing elements that hold text of their own with the runs of ownTitleTexts; the
 * most complete run wins, then the first (outermost-deepest) element in document order. Full
 * detection and extraction use it, not quickDetect.
 */
export function ownTitleElement(doc: Document): Element | null {
  if (!doc.body) return null;
  const texts = ownTitleTexts(doc);
  if (!texts.length) return null;
  const rank = new Map<string, number>();
  texts.forEach((t, i) => {
    const k = titleKey(t);
    if (!rank.has(k)) rank.set(k, i);
  });
  const max = Math.max(...texts.map((t) => t.length)) + 5;
  // The characters a run's key starts with, decomposed (an element whose text opens with any other
  // ASCII character shows none of the runs: see mayOpenTitle).
  const starts = new Set<string>();
  for (const k of rank.keys()) starts.add(k.normalize('NFD').charAt(0));
  let best: Element | null = null;
  let bestRank = Infinity;
  // The elements with text of their own are the parents of the non-blank text nodes: one walk over the
  // text nodes finds them. Their order differs from the elements' (a parent's text can follow its
  // child's), which does not change the pick: two elements showing the same text are never nested
  // when both hold text of their own, so ties keep document order.
  const body = doc.body;
  let last: Element | null | undefined; // the last element within the walk's limit (null: all are)
  const withinLimit = (el: Element): boolean => {
    if (last === undefined) last = body.getElementsByTagName('*')[OWN_TITLE_WALK - 1] ?? null;
    return !last || el === last || !!(el.compareDocumentPosition(last) & FOLLOWING);
  };
  const seen = new Set<Element>();
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (!NON_SPACE_RE.test(data)) continue;
    const el = n.parentElement;
    if (!el || el === body || seen.has(el)) continue;
    seen.add(el);
    // A text node longer than every run makes its parent's text longer still (a paragraph).
    if (SKIP_TAGS.has(el.tagName) || collapsedLength(data, max) > max) continue;
    if (!mayOpenTitle(firstTextChar(el), starts)) continue;
    const t = boundedText(el, max);
    if (!t) continue;
    const r = rank.get(titleKey(t));
    if (r === undefined || r >= bestRank || !withinLimit(el) || inChrome(el) || isLinkHeading(el)) continue;
    best = el;
    bestRank = r;
    if (r === 0) break;
  }
  return best;
}
