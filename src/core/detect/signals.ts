/**
 * DOM and text signals for page-kind detection. Read-only; no imports from the extractor.
 * `cheapSignals` costs a handful of querySelector calls (content script, every page load);
 * `textSignals` walks paragraphs once (only when a decision is needed).
 */
import type { PageKind } from '../types.ts';

export interface Vote {
  kind: PageKind;
  weight: number;
  reason: string;
}

/** Ancestors that hold site chrome rather than content. */
const CHROME_RE = /(?:^|[\s_-])(?:logo|banner|brand|site-?name|site-?title|navbar|topbar|menu|breadcrumbs?|footer|sidebar)(?:$|[\s_-])/i;
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
  for (let n = el.parentElement, i = 0; n && i < 4; n = n.parentElement, i++) if (n.tagName === 'A') return true;
  return false;
}

/** Lower-case, whitespace-collapsed, NFC text for comparing titles. */
function titleKey(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim().toLowerCase();
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
    const v = doc.querySelector(sel)?.getAttribute('content');
    if (v && v.trim()) out.push(titleKey(v));
  }
  const t = doc.querySelector('title')?.textContent;
  if (t && t.trim()) out.push(titleKey(t));
  return out;
}

/** True when a heading's text is the page's own title (or the <title> holds it next to the site name). */
export function matchesOwnTitle(text: string, own: string[]): boolean {
  const k = titleKey(text);
  return k.length >= 8 && own.some((o) => o === k || (o.length > k.length && o.includes(k) && k.length >= o.length * 0.35));
}

/**
 * Of title candidates in preference order, the first that repeats the page's own title, else the
 * first. `ok` filters candidates (length, chrome, site names, teaser links).
 */
export function pickTitleCandidate(
  doc: Document,
  selectors: string[],
  ok: (el: Element, text: string) => boolean,
  limit = 60,
): { el: Element | null; matched: boolean } {
  const own = ownTitles(doc);
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
      if (!ok(el, t)) continue;
      if (own.length && matchesOwnTitle(t, own)) return { el, matched: true };
      if (!own.length) return { el, matched: false };
      first ??= el;
    }
  }
  return { el: first, matched: false };
}

export function elementText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text of a small element, or null as soon as it passes `max` characters (stops walking early). */
export function boundedText(el: Element, max: number): string | null {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      out += (n as Text).data;
      if (out.length > max * 2 && out.replace(/\s+/g, ' ').trim().length > max) return null;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const tag = (n as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE') continue;
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  const t = out.replace(/\s+/g, ' ').trim();
  if (t.length > max) return null;
  return /[\u0300-\u036f]/.test(t) ? t.normalize('NFC') : t;
}

function isChromeElement(n: Element): boolean {
  const tag = n.tagName;
  if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE') return true;
  const cls = `${n.getAttribute('class') ?? ''} ${n.getAttribute('id') ?? ''}`;
  return cls.length > 1 && CHROME_RE.test(cls);
}

/**
 * True when an element sits in header/nav/footer-like chrome. Walks ancestors (no combinator
 * matching); pass a cache when asking about many elements of one page.
 */
export function inChrome(el: Element, cache?: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let result = false;
  let header = false;
  for (let n: Element | null = el; n; n = n.parentElement) {
    const known = cache?.get(n);
    if (known !== undefined) {
      result = known || header;
      break;
    }
    const tag = n.tagName;
    if (tag === 'BODY' || tag === 'HTML') {
      result = header;
      break;
    }
    // A <header> is the page header unless it sits inside an article or main (WordPress entry-header).
    if (tag === 'ARTICLE' || tag === 'MAIN') header = false;
    else if (tag === 'HEADER') header = true;
    path.push(n);
    if (isChromeElement(n)) {
      result = true;
      break;
    }
  }
  // Only cache what does not depend on a <header> below the cached element.
  if (cache && !header) for (const n of path) cache.set(n, result);
  return result;
}

/** The element holding the article title, if any; skips site-name headings and chrome. */
export function findTitleElement(doc: Document): Element | null {
  const found = pickTitleCandidate(doc, TITLE_SELECTORS, (el, t) => t.length >= 8 && t.length <= 400 && !isSiteName(t) && !inChrome(el) && !isLinkHeading(el));
  if (found.matched) return found.el;
  // An h2 (themes that keep h1 for the site name) repeating the page's own title beats an unmatched
  // candidate; else the first candidate; last resort, the first h2 that is neither chrome nor a teaser link.
  const h2 = pickTitleCandidate(doc, ['h2'], (el, t) => t.length >= 20 && t.length <= 400 && !isSiteName(t) && !inChrome(el) && !isLinkHeading(el));
  if (h2.matched || !found.el) return h2.el;
  return found.el;
}

/** An element whose whole text is the given title (eras without a heading tag, e.g. div.divDetail_Title). */
export function findElementByText(doc: Document, text: string): Element | null {
  if (!text || !doc.body) return null;
  const want = titleKey(text);
  const els = doc.body.getElementsByTagName('*');
  let best: Element | null = null;
  for (let i = 0; i < els.length && i < 5000; i++) {
    const el = els[i];
    if (el.tagName === 'TITLE' || el.tagName === 'SCRIPT' || el.tagName === 'A') continue;
    const t = boundedText(el, want.length + 5);
    if (t && t.toLowerCase() === want && !inChrome(el)) best = el; // later matches are deeper or later: keep the deepest first match
    if (best && !best.contains(els[i + 1] ?? null)) break;
  }
  return best;
}

/** Parts of the page's own titles that may be the article title (the site name split off). */
function ownTitleTexts(doc: Document): string[] {
  const out: string[] = [];
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const title = doc.querySelector('title')?.textContent;
  for (const raw of [og, title]) {
    if (!raw) continue;
    const full = raw.replace(/\s+/g, ' ').trim();
    // "Title - Site", "Site | Title", and titles holding " - " themselves: every run of parts.
    const parts = full.split(/(\s+[-|–—»]\s+)/);
    for (let i = 0; i < parts.length && i < 12; i += 2) {
      for (let j = parts.length - 1; j >= i; j -= 2) {
        const s = parts.slice(i, j + 1).join('');
        if (s.length >= 20 && !isSiteName(s)) out.push(s);
      }
    }
  }
  return [...new Set(out)].slice(0, 8);
}

/**
 * The element showing the page's own title when no heading holds it (a div title): og:title or the
 * <title> without the site name. Walks the body (bounded), so full detection and extraction use it,
 * not quickDetect.
 */
export function ownTitleElement(doc: Document): Element | null {
  for (const t of ownTitleTexts(doc)) {
    const el = findElementByText(doc, t);
    if (el && !isLinkHeading(el)) return el;
  }
  return null;
}

// ---- date lines (detection only needs "is there one", the extractor parses) ----

const D = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`;
/** A time, 24-hour or 12-hour ("07:20 PM", "7:20 CH"). */
const T = String.raw`\d{1,2}\s*[:h]\s*\d{2}(?:\s*(?:AM|PM|SA|CH|sáng|trưa|chiều|tối|đêm)(?![\p{L}\p{N}]))?`;
const WEEKDAY = String.raw`(?:Thứ\s*(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\s*nhật|CN)`;
const VI_MONTH = String.raw`(?:\d{1,2}|mười\s+một|mười\s+hai|mười|một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|chạp)(?!\p{L})`;
export const DATE_LINE_PATTERNS: { re: RegExp; label: string }[] = [
  { re: new RegExp(String.raw`^\s*Print\s+${WEEKDAY}\s*,?\s*${D}`, 'i'), label: '"Print <weekday>, dd/mm/yyyy HH:MM" line' },
  { re: new RegExp(String.raw`Thời\s*gian\s*:?\s*${D}`, 'iu'), label: '"Thời gian: dd/mm/yyyy HH:MM" line' },
  { re: new RegExp(String.raw`(?:Ngày\s*(?:đăng|cập\s*nhật|ban\s*hành)?\s*:|(?:Cập\s*nhật|Đăng|Xuất\s*bản)\s*(?:ngày|lúc)?\s*:?)\s*(?:${T}\s*(?:[-|,]\s*)?(?:ngày\s*)?)?${D}`, 'iu'), label: 'labelled date line' },
  { re: new RegExp(String.raw`${WEEKDAY}\s*,?\s*(?:ngày\s*)?${D}`, 'iu'), label: 'weekday date line' },
  { re: new RegExp(String.raw`${D}\s*[-|,]?\s*${T}`, 'iu'), label: '"dd/mm/yyyy - HH:MM" date line' },
  { re: new RegExp(String.raw`^\s*${T}\s*(?:[-|,]|ngày)?\s*${D}`, 'iu'), label: '"HH:MM dd/mm/yyyy" date line' },
  { re: new RegExp(String.raw`^\s*(?:${T}\s*[-|,]?\s*)?${D}\s*$`, 'iu'), label: 'bare date line' },
  { re: /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/i, label: '"ngày dd tháng mm năm yyyy" line' },
  // WordPress Vietnamese locale: "29 Tháng Ba, 2021", "Tháng Ba 29, 2021", "29 tháng 3, 2021".
  { re: new RegExp(String.raw`^[^\d]{0,40}?\d{1,2}\s+tháng\s+${VI_MONTH}\s*,?\s+\d{4}(?!\d)`, 'iu'), label: '"dd Tháng <month>, yyyy" line' },
  { re: new RegExp(String.raw`^[^\d]{0,40}?tháng\s+${VI_MONTH}\s+\d{1,2}\s*,\s*\d{4}(?!\d)`, 'iu'), label: '"Tháng <month> dd, yyyy" line' },
];

export function dateLineLabel(raw: string): string | null {
  if (raw.length > 200) return null;
  const text = /[\u0300-\u036f]/.test(raw) ? raw.normalize('NFC') : raw;
  for (const p of DATE_LINE_PATTERNS) if (p.re.test(text)) return p.label;
  return null;
}

/** True when an element holds a link with headline-length text (≥ 25 characters): a teaser. */
function hasHeadlineLink(el: Element): boolean {
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 20; i++) if ((boundedText(links[i], 300) ?? 'x'.repeat(300)).length >= 25) return true;
  return false;
}

/** Short texts around the title: siblings of the title, its parent and grandparent (teasers skipped). */
export function textsAroundTitle(title: Element, maxEach = 250): string[] {
  const out: string[] = [];
  const text = (n: Node): string | null | undefined => {
    if (n.nodeType === 3) return (n as Text).data.replace(/\s+/g, ' ').trim() || undefined;
    if (n.nodeType !== 1) return undefined;
    const tag = (n as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'BR') return undefined;
    if (hasHeadlineLink(n as Element)) return undefined; // a teaser (headline link + its date), not the page's date line
    const t = boundedText(n as Element, maxEach);
    return t === '' ? undefined : t; // null: a long element
  };
  let node: Element | null = title;
  for (let level = 0; level < 3 && node && node.tagName !== 'BODY'; level++) {
    let seen = 0;
    for (let prev = node.previousSibling; prev && seen < 3; prev = prev.previousSibling) {
      const t = text(prev);
      if (t === undefined) continue;
      seen++;
      if (t) out.push(t);
    }
    seen = 0;
    for (let next = node.nextSibling; next && seen < 4; next = next.nextSibling) {
      const t = text(next);
      if (t === undefined) continue;
      seen++;
      if (t) out.push(t);
      else {
        // A long sibling (the body): its first short child may be the date line (WordPress "Print …").
        const first = (next as Element).firstElementChild;
        const ft = first && !hasHeadlineLink(first) && boundedText(first, maxEach);
        if (ft) out.push(ft);
        break;
      }
    }
    node = node.parentElement;
  }
  return out;
}

// ---- cheap signals ----

const PAGINATION_MARKERS = ['ArticleInMenuPagination', 'UIArticleInMenu'];
const PAGINATION_RE = /maxPage\s*=\s*parseInt\(|article_category_id\s*:/;
const ARTICLE_MARKERS =
  '.divDetail_Content, .ArticleContent, .entry-content, article.post, .amp-wp-article, .amp-wp-article-content, .single-post, .post-content, .detail-content, .news-content, #news-content';
const JSONLD_ARTICLE_RE = /"@type"\s*:\s*"(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle)"/;
const JSONLD_LISTING_RE = /"@type"\s*:\s*"(?:CollectionPage|SearchResultsPage|ItemList)"/;

export function hasPaginationScript(doc: Document): boolean {
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i];
    if (s.hasAttribute('src')) continue;
    const t = s.textContent ?? '';
    if (PAGINATION_MARKERS.some((m) => t.includes(m)) || PAGINATION_RE.test(t)) return true;
  }
  return false;
}

/** A few querySelector calls: safe for every page load. */
export function cheapSignals(doc: Document): Vote[] {
  const votes: Vote[] = [];
  if (hasPaginationScript(doc)) {
    votes.push({ kind: 'listing', weight: 0.9, reason: 'DOM: listing pagination script (ArticleInMenuPagination / maxPage)' });
  }
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') votes.push({ kind: 'article', weight: 0.3, reason: 'DOM: og:type=article' });
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 4)) {
    const t = s.textContent ?? '';
    if (JSONLD_ARTICLE_RE.test(t)) {
      votes.push({ kind: 'article', weight: 0.35, reason: 'DOM: JSON-LD NewsArticle/Article' });
      break;
    }
    if (JSONLD_LISTING_RE.test(t)) {
      votes.push({ kind: 'listing', weight: 0.3, reason: 'DOM: JSON-LD CollectionPage/ItemList' });
      break;
    }
  }
  if (doc.querySelector('meta[property="article:published_time"], meta[itemprop="datePublished"]')) {
    votes.push({ kind: 'article', weight: 0.2, reason: 'DOM: article:published_time meta' });
  }
  const posts = doc.querySelectorAll('article.post, article.type-post, .UIListNews_Default .item, .list-news > li');
  if (posts.length >= 4) votes.push({ kind: 'listing', weight: 0.3, reason: `DOM: ${posts.length} post teasers` });
  for (const marker of posts.length >= 4 ? [] : Array.from(doc.querySelectorAll(ARTICLE_MARKERS)).slice(0, 6)) {
    if (boundedText(marker, 200) === null) {
      // more than 200 characters (the walk stops there: no full-text scan)
      votes.push({ kind: 'article', weight: 0.2, reason: `DOM: article container ${describe(marker)}` });
      break;
    }
  }
  return votes;
}

export function describe(el: Element): string {
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return `${el.tagName.toLowerCase()}${id ? '#' + id : ''}${cls ? '.' + cls : ''}`;
}

// ---- text signals (one walk over paragraphs) ----

export interface Density {
  /** Long paragraphs (≥ 100 chars, outside links) in the densest container. */
  bestParagraphs: number;
  /** Characters of long paragraphs in the densest container. */
  bestChars: number;
  /** Teaser links: links whose text looks like a headline (≥ 25 chars), outside nav/footer. */
  teaserLinks: number;
  /** Teaser links whose item (the link's largest short ancestor, ≤ 600 chars) also shows a date. */
  datedTeasers: number;
  /** The densest container opens with a headline link: a featured teaser with a long sapo, not a body. */
  bestIsTeaser: boolean;
}

/**
 * True when a container's first content is a headline link ("<h2><a>Headline</a></h2><p>sapo…</p>",
 * a listing's featured item). An article body opens with its own text, not with a link elsewhere.
 */
function opensWithHeadlineLink(el: Element): boolean {
  for (let c = el.firstElementChild, i = 0; c && i < 3; c = c.nextElementSibling, i++) {
    const text = boundedText(c, 400);
    if (text === '') continue; // an empty wrapper or an image link
    if (text === null) return false; // long text first: a body
    if (c.tagName === 'A' && text.length >= 25) return true;
    const a = c.getElementsByTagName('a')[0];
    return !!a && elementText(a).length >= 25 && elementText(a).length >= text.length * 0.8;
  }
  return false;
}

/** A date inside a teaser (item texts are joined without spaces: "…cuối năm27/10/2025Sáng nay…"). */
const ITEM_DATE_RE = /(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?!\d)|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/;

/** The teaser item around a headline link: the highest ancestor (≤ 4 levels) whose text stays short. */
function teaserItemText(a: Element): string {
  let text = boundedText(a, 600) ?? '';
  for (let n = a.parentElement, i = 0; n && i < 4 && n.tagName !== 'BODY'; n = n.parentElement, i++) {
    const t = boundedText(n, 600);
    if (t === null) break;
    text = t;
  }
  return text;
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'TABLE', 'TBODY', 'TR', 'UL', 'OL', 'LI', 'DL', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE',
  'FORM', 'FIELDSET', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGURE', 'PRE', 'ADDRESS', 'DETAILS', 'CENTER',
]);

/**
 * An element's own text (its text nodes and inline descendants, not child blocks): characters, link
 * characters, and the number of pieces of ≥ 60 characters between <br>s and child blocks.
 */
function ownInlineText(el: Element): { chars: number; linkChars: number; pieces: number } {
  let chars = 0;
  let linkChars = 0;
  let pieces = 0;
  let piece = 0;
  const cut = () => {
    if (piece >= 60) pieces++;
    piece = 0;
  };
  // Iterative (no recursion: pages nest inline elements thousands deep).
  const stack: [Node, boolean][] = [];
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push([c, false]);
  while (stack.length) {
    const [c, inLink] = stack.pop()!;
    if (c.nodeType === 3) {
      const len = (c as Text).data.replace(/\s+/g, ' ').trim().length;
      chars += len;
      piece += len;
      if (inLink) linkChars += len;
    } else if (c.nodeType === 1) {
      const tag = (c as Element).tagName;
      if (tag === 'BR' || BLOCK_TAGS.has(tag)) cut();
      if (BLOCK_TAGS.has(tag) || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
      for (let g = c.lastChild; g; g = g.previousSibling) stack.push([g, inLink || tag === 'A']);
    }
  }
  cut();
  return { chars, linkChars, pieces };
}

export function textDensity(doc: Document): Density {
  const chrome = new Map<Element, boolean>();
  const byParent = new Map<Element, { n: number; chars: number }>();
  const candidates = doc.body ? doc.body.querySelectorAll('p, div, td, li') : [];
  for (const el of Array.from(candidates)) {
    const tag = el.tagName;
    if (tag !== 'P') {
      // Leaf-ish blocks count for their parent: a div/td/li holding text directly, not other blocks.
      let nested = false;
      for (let c = el.firstElementChild; c && !nested; c = c.nextElementSibling) nested = BLOCK_TAGS.has(c.tagName);
      if (nested) {
        // A block mixing its own text with child blocks ("text<br><br>text<figure>…</figure>text", no
        // <p>): its own text counts for itself, so a <br>-separated body is dense text too.
        const own = ownInlineText(el);
        if (own.chars >= 100 && own.linkChars <= own.chars * 0.5) {
          const e = byParent.get(el) ?? { n: 0, chars: 0 };
          e.n += Math.max(1, own.pieces);
          e.chars += own.chars;
          byParent.set(el, e);
        }
        continue;
      }
    }
    const t = el.textContent ?? '';
    if (t.length < 100) continue;
    const linkChars = Array.from(el.getElementsByTagName('a')).reduce((s, a) => s + (a.textContent ?? '').length, 0);
    if (linkChars > t.length * 0.5) continue;
    const parent = el.parentElement;
    if (!parent) continue;
    const e = byParent.get(parent) ?? { n: 0, chars: 0 };
    e.n++;
    e.chars += t.trim().length;
    byParent.set(parent, e);
  }
  let bestParagraphs = 0;
  let bestChars = 0;
  let best: Element | null = null;
  for (const [el, v] of byParent) {
    if (v.chars > bestChars) {
      bestChars = v.chars;
      bestParagraphs = v.n;
      best = el;
    }
  }
  const bestIsTeaser = !!best && opensWithHeadlineLink(best);
  let teaserLinks = 0;
  let datedTeasers = 0;
  const seen = new Set<string>();
  for (const a of Array.from(doc.getElementsByTagName('a'))) {
    const t = elementText(a);
    if (t.length < 25 || t.length > 300) continue;
    const href = a.getAttribute('href') ?? '';
    if (!href || href.startsWith('#') || seen.has(href)) continue;
    if (inChrome(a, chrome)) continue;
    seen.add(href);
    teaserLinks++;
    if (datedTeasers < 40 && ITEM_DATE_RE.test(teaserItemText(a))) datedTeasers++;
  }
  return { bestParagraphs, bestChars, teaserLinks, datedTeasers, bestIsTeaser };
}

const SEARCH_HEADING_RE = /kết quả tìm kiếm|tìm thấy\s+\d+\s+(?:kết quả|bài|tin)|(?:phù hợp|tìm kiếm)\s+(?:với|cho)\s+từ\s+khóa|search results/i;
/** Query fields of search forms: one that carries a value means the page shows results for it. */
const SEARCH_INPUT_SELECTOR = 'input[name="q"], input[name="s"], input[name="keyword"], input[name="kw"], input[name="searchtext"], input[name="tu-khoa"], input[name="k"], input[type="search"]';
/** Legal-document field labels standing alone in a short element ("Số ký hiệu:", "Trích yếu"). */
const DOCUMENT_FIELD_RE = /^(?:số\s*(?:ký\s*hiệu|hiệu(?:\s*văn\s*bản)?)|ngày\s*ban\s*hành|ngày\s*(?:có\s*)?hiệu\s*lực|trích\s*yếu|cơ\s*quan\s*ban\s*hành|loại\s*văn\s*bản|người\s*ký|lĩnh\s*vực)\s*:?$/i;

/**
 * True when a date element belongs to a teaser: its item (the highest short ancestor) also holds a
 * headline link that is not the page title.
 */
export function inTeaser(el: Element, title: Element | null): boolean {
  let item: Element | null = null;
  for (let n = el.parentElement, i = 0; n && i < 4 && n.tagName !== 'BODY'; n = n.parentElement, i++) {
    if (boundedText(n, 600) === null) break;
    item = n;
  }
  if (!item) return false;
  for (const a of Array.from(item.getElementsByTagName('a'))) {
    if (title && (title.contains(a) || a.contains(title))) continue;
    if (elementText(a).length >= 25) return true;
  }
  return false;
}
const DOCUMENT_LABEL_RE = /(?:số\s*(?:ký\s*hiệu|hiệu)|ngày\s*ban\s*hành|trích\s*yếu|cơ\s*quan\s*ban\s*hành|loại\s*văn\s*bản|người\s*ký)/gi;

function hasAncestorTag(el: Element, tag: string, stop = 6): boolean {
  let n = el.parentElement;
  for (let i = 0; n && i < stop; i++, n = n.parentElement) if (n.tagName === tag) return true;
  return false;
}

/** Search headings, legal-document fields, and a date line next to the title. Cheap: no full-text walk. */
export function structureSignals(doc: Document, title: Element | null): { votes: Vote[]; dated: boolean } {
  const votes: Vote[] = [];
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3, .search-result, .ketqua')).slice(0, 30)) {
    const t = boundedText(h, 300);
    if (t && SEARCH_HEADING_RE.test(t)) {
      votes.push({ kind: 'search', weight: 0.5, reason: `DOM: search heading "${t.slice(0, 40)}"` });
      break;
    }
  }
  for (const input of Array.from(doc.querySelectorAll(SEARCH_INPUT_SELECTOR)).slice(0, 5)) {
    const v = (input.getAttribute('value') ?? '').trim();
    if (v.length >= 2) {
      // The value is the page's text: it never goes into a reason (reasons are shown in the popup).
      votes.push({ kind: 'search', weight: 0.4, reason: 'DOM: a search field carries a query' });
      break;
    }
  }
  // Legal-document metadata: a small table or definition list with the usual fields.
  for (const t of Array.from(doc.querySelectorAll('table, dl, .document-info, .vanban-info')).slice(0, 30)) {
    const text = boundedText(t, 3000);
    if (!text) continue;
    const labels = new Set((text.match(DOCUMENT_LABEL_RE) ?? []).map((x) => x.toLowerCase().replace(/\s+/g, ' ')));
    if (labels.size >= 3) {
      votes.push({ kind: 'document', weight: 0.5, reason: `DOM: legal-document fields (${[...labels].slice(0, 3).join(', ')})` });
      break;
    }
  }
  if (!votes.some((v) => v.kind === 'document')) {
    // The same fields laid out as label elements (div/span/label rows) rather than a table.
    const labels = new Set<string>();
    const els = doc.body ? doc.body.querySelectorAll('label, span, div, strong, b, th, td, dt, p') : [];
    for (let i = 0; i < els.length && i < 3000 && labels.size < 3; i++) {
      const first = els[i].firstChild;
      if (!first || first.nodeType !== 3 || !/^\s*[SNTCLsntcl]/.test((first as Text).data)) continue;
      const t = boundedText(els[i], 40);
      if (t && DOCUMENT_FIELD_RE.test(t)) labels.add(t.toLowerCase().replace(/[\s:]+/g, ' ').trim());
    }
    if (labels.size >= 3) votes.push({ kind: 'document', weight: 0.5, reason: `DOM: legal-document field labels (${[...labels].join(', ')})` });
  }
  let dated = false;
  for (const dateEl of Array.from(doc.querySelectorAll('.divDetail_DateCreate, .PostDate, time[datetime], .post-date, .entry-date')).slice(0, 5)) {
    if (hasAncestorTag(dateEl, 'LI') || inTeaser(dateEl, title)) continue; // a teaser's date, not the page's
    const t = (boundedText(dateEl, 200) ?? '') + (dateEl.getAttribute('datetime') ?? '');
    if (/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}/.test(t)) {
      dated = true;
      votes.push({ kind: 'article', weight: 0.3, reason: `DOM: date element ${describe(dateEl)}` });
      break;
    }
  }
  if (title && !dated) {
    for (const t of textsAroundTitle(title)) {
      const label = dateLineLabel(t);
      if (label) {
        dated = true;
        votes.push({ kind: 'article', weight: 0.3, reason: `Text: ${label} next to the title` });
        break;
      }
    }
  }
  if (!title) votes.push({ kind: 'listing', weight: 0.05, reason: 'DOM: no article title heading' });
  return { votes, dated };
}

/** Text density: one walk over the paragraphs and links. */
export function densitySignals(doc: Document, title: Element | null, dated: boolean): Vote[] {
  const d = textDensity(doc);
  if (((d.bestParagraphs >= 3 && d.bestChars >= 500) || d.bestChars >= 900) && !(d.bestIsTeaser && d.datedTeasers >= 5)) {
    const votes: Vote[] = [];
    if (dated || title) {
      votes.push({ kind: 'article', weight: dated ? 0.3 : 0.15, reason: `Text: ${d.bestParagraphs} long paragraphs (${d.bestChars} chars) in one container` });
    }
    if (!dated) votes.push({ kind: 'other', weight: 0.4, reason: 'Text: long text but no date line (static page)' });
    return votes;
  }
  // Dated teasers (headline link + its date, repeated) are what a listing is made of; without a dense
  // text block they outweigh an article-looking URL (subcategories can end in -<id>).
  if (d.datedTeasers >= 5) return [{ kind: 'listing', weight: 0.6, reason: `Text: ${d.datedTeasers} dated headline teasers and no dense text block${d.bestIsTeaser ? ' but a featured teaser' : ''}` }];
  if (d.teaserLinks >= 8) return [{ kind: 'listing', weight: 0.35, reason: `Text: ${d.teaserLinks} headline links and no dense text block` }];
  return [{ kind: 'other', weight: 0.15, reason: 'Text: little text, no dense block' }];
}

/** structureSignals + densitySignals. */
export function textSignals(doc: Document, title: Element | null): Vote[] {
  const { votes, dated } = structureSignals(doc, title);
  return [...votes, ...densitySignals(doc, title, dated)];
}
