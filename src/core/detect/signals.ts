/**
 * DOM and text signals for page-kind detection. Read-only; no imports from the extractor.
 * (The cheap ones, run on every page load, are in cheap-signals.ts.) `structureSignals` and `densitySignals` walk paragraphs once (only when a decision is needed).
 */
import type { PageKind } from '../types.ts';
import {
  boundedText,
  collapsedLength,
  elementText,
  inChrome,
  selectAll,
  type ChromeCache,
} from '../anatomy/dom.ts';
import { dateLineLabel, textsAroundTitle } from '../anatomy/dateline.ts';

export { boundedText, elementText, inChrome } from '../anatomy/dom.ts';
export { dateLineLabel, textsAroundTitle } from '../anatomy/dateline.ts';
export {
  findElementByText,
  findHeadline,
  findTitleElement,
  isLinkHeading,
  isSiteName,
  matchesOwnTitle,
  ownTitleElement,
  ownTitles,
  pickTitleCandidate,
} from '../anatomy/headline.ts';

export interface Vote {
  kind: PageKind;
  weight: number;
  reason: string;
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

/**
 * The teaser item around a headline link: the highest ancestor (≤ 4 levels) whose text stays short.
 * `known` keeps each ancestor's text for the next links of the same list (they share their ancestors).
 */
function teaserItemText(a: Element, known: Map<Element, string | null>): string {
  let text = boundedText(a, 600) ?? '';
  for (let n = a.parentElement, i = 0; n && i < 4 && n.tagName !== 'BODY'; n = n.parentElement, i++) {
    let t = known.get(n);
    if (t === undefined) {
      t = boundedText(n, 600);
      known.set(n, t);
    }
    if (t === null) break;
    text = t;
  }
  return text;
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'TABLE',
  'TBODY',
  'TR',
  'UL',
  'OL',
  'LI',
  'DL',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'FORM',
  'FIELDSET',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGURE',
  'PRE',
  'ADDRESS',
  'DETAILS',
  'CENTER',
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
      const len = collapsedLength((c as Text).data);
      chars += len;
      piece += len;
      if (inLink) linkChars += len;
    } else if (c.nodeType === 1) {
      const tag = (c as Element).tagName;
      if (tag === 'BR' || BLOCK_TAGS.has(tag)) cut();
      if (
        BLOCK_TAGS.has(tag) ||
        tag === 'SCRIPT' ||
        tag === 'STYLE' ||
        tag === 'NOSCRIPT' ||
        tag === 'TEMPLATE'
      )
        continue;
      for (let g = c.lastChild; g; g = g.previousSibling) stack.push([g, inLink || tag === 'A']);
    }
  }
  cut();
  return { chars, linkChars, pieces };
}

/** The elements the prose walk looks at (p, div, td, li), by local name as a type selector matches them. */
const PROSE_NAMES = new Set(['p', 'div', 'td', 'li']);

/** Prose per container: the number of long (≥ 100 characters) low-link text blocks and their characters. */
export interface Prose {
  n: number;
  chars: number;
}

/**
 * Rule "prose containers": one walk over p/div/td/li. A leaf-ish block (text, no child blocks) of
 * ≥ 100 characters, at most half of it links, counts for its parent; a block mixing its own text with
 * child blocks counts its own text for itself. Shared by detection (text density) and extraction (the
 * generic path's container).
 */
export function proseContainers(doc: Document): Map<Element, Prose> {
  const byParent = new Map<Element, Prose>();
  // What querySelectorAll('p, div, td, li') returns, read off the body's elements by name (quicker than
  // matching a selector list against each of them).
  const all = doc.body ? doc.body.getElementsByTagName('*') : [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (!PROSE_NAMES.has(el.localName)) continue;
    const tag = el.tagName;
    if (tag !== 'P') {
      // Leaf-ish blocks count for their parent: a div/td/li holding text directly, not other blocks.
      let nested = false;
      for (let c = el.firstElementChild; c && !nested; c = c.nextElementSibling)
        nested = BLOCK_TAGS.has(c.tagName);
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
    const linkChars = Array.from(el.getElementsByTagName('a')).reduce(
      (s, a) => s + (a.textContent ?? '').length,
      0,
    );
    if (linkChars > t.length * 0.5) continue;
    const parent = el.parentElement;
    if (!parent) continue;
    const e = byParent.get(parent) ?? { n: 0, chars: 0 };
    e.n++;
    e.chars += t.trim().length;
    byParent.set(parent, e);
  }
  return byParent;
}

export function textDensity(doc: Document, prose: Map<Element, Prose> = proseContainers(doc)): Density {
  const chrome: ChromeCache = new Map();
  const byParent = prose;
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
  const itemTexts = new Map<Element, string | null>();
  for (const a of Array.from(doc.getElementsByTagName('a'))) {
    const len = collapsedLength(a.textContent ?? '');
    if (len < 25 || len > 300) continue;
    const href = a.getAttribute('href') ?? '';
    if (!href || href.startsWith('#') || seen.has(href)) continue;
    if (inChrome(a, chrome)) continue;
    seen.add(href);
    teaserLinks++;
    if (datedTeasers < 40 && ITEM_DATE_RE.test(teaserItemText(a, itemTexts))) datedTeasers++;
  }
  return { bestParagraphs, bestChars, teaserLinks, datedTeasers, bestIsTeaser };
}

const SEARCH_HEADING_RE =
  /kết quả tìm kiếm|tìm thấy\s+\d+\s+(?:kết quả|bài|tin)|(?:phù hợp|tìm kiếm)\s+(?:với|cho)\s+từ\s+khóa|search results/i;
/** Query fields of search forms: one that carries a value means the page shows results for it. */
const SEARCH_INPUTS = [
  'input[name="q"]',
  'input[name="s"]',
  'input[name="keyword"]',
  'input[name="kw"]',
  'input[name="searchtext"]',
  'input[name="tu-khoa"]',
  'input[name="k"]',
  'input[type="search"]',
];
const SEARCH_HEADINGS = ['h1', 'h2', 'h3', '.search-result', '.ketqua'];
const DOCUMENT_TABLES = ['table', 'dl', '.document-info', '.vanban-info'];
const DATE_ELEMENTS = ['.divDetail_DateCreate', '.PostDate', 'time[datetime]', '.post-date', '.entry-date'];
/** Legal-document field labels standing alone in a short element ("Số ký hiệu:", "Trích yếu"). */
const DOCUMENT_FIELD_RE =
  /^(?:số\s*(?:ký\s*hiệu|hiệu(?:\s*văn\s*bản)?)|ngày\s*ban\s*hành|ngày\s*(?:có\s*)?hiệu\s*lực|trích\s*yếu|cơ\s*quan\s*ban\s*hành|loại\s*văn\s*bản|người\s*ký|lĩnh\s*vực)\s*:?$/i;

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
const DOCUMENT_LABEL_RE =
  /(?:số\s*(?:ký\s*hiệu|hiệu)|ngày\s*ban\s*hành|trích\s*yếu|cơ\s*quan\s*ban\s*hành|loại\s*văn\s*bản|người\s*ký)/gi;

function hasAncestorTag(el: Element, tag: string, stop = 6): boolean {
  let n = el.parentElement;
  for (let i = 0; n && i < stop; i++, n = n.parentElement) if (n.tagName === tag) return true;
  return false;
}

/** Elements that can hold a field label, and how many of them (in document order) are looked at. */
const LABEL_TAGS = ['label', 'span', 'div', 'strong', 'b', 'th', 'td', 'dt', 'p'];
const LABEL_TAG_SET = new Set(LABEL_TAGS);
const LABEL_WALK = 3000;
const LABEL_START_RE = /^\s*[SNTCLsntcl]/;
/** `NodeFilter.SHOW_TEXT` and `Node.DOCUMENT_POSITION_FOLLOWING`. */
const SHOW_TEXT = 4;
const FOLLOWING = 4;

/**
 * Up to three legal-document field labels standing alone in the first LABEL_WALK label elements of the
 * body: elements that open with a text node starting like a label. One walk over the text nodes (an
 * element's first text child comes in the element's document order); the limit is checked only for
 * an element that holds a label.
 */
function documentFieldLabels(doc: Document): Set<string> {
  const labels = new Set<string>();
  const body = doc.body;
  if (!body) return labels;
  let last: Element | null | undefined; // the last element within the limit (null: all are)
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let n = walker.nextNode(); n && labels.size < 3; n = walker.nextNode()) {
    if (n.previousSibling || !LABEL_START_RE.test((n as Text).data)) continue;
    const el = n.parentElement;
    if (!el || el === body || !LABEL_TAG_SET.has(el.localName)) continue;
    const t = boundedText(el, 40);
    if (!t || !DOCUMENT_FIELD_RE.test(t)) continue;
    if (last === undefined) last = body.querySelectorAll(LABEL_TAGS.join(', '))[LABEL_WALK - 1] ?? null;
    if (last && el !== last && !(el.compareDocumentPosition(last) & FOLLOWING)) break;
    labels.add(
      t
        .toLowerCase()
        .replace(/[\s:]+/g, ' ')
        .trim(),
    );
  }
  return labels;
}

/** Search headings, legal-document fields, and a date line next to the title. Cheap: no full-text walk. */
export function structureSignals(doc: Document, title: Element | null): { votes: Vote[]; dated: boolean } {
  const votes: Vote[] = [];
  for (const h of selectAll(doc, SEARCH_HEADINGS, 30)) {
    const t = boundedText(h, 300);
    if (t && SEARCH_HEADING_RE.test(t)) {
      votes.push({ kind: 'search', weight: 0.5, reason: `DOM: search heading "${t.slice(0, 40)}"` });
      break;
    }
  }
  for (const input of selectAll(doc, SEARCH_INPUTS, 5)) {
    const v = (input.getAttribute('value') ?? '').trim();
    if (v.length >= 2) {
      // The value is the page's text: it never goes into a reason (reasons are shown in the popup).
      votes.push({ kind: 'search', weight: 0.4, reason: 'DOM: a search field carries a query' });
      break;
    }
  }
  // Legal-document metadata: a small table or definition list with the usual fields.
  for (const t of selectAll(doc, DOCUMENT_TABLES, 30)) {
    const text = boundedText(t, 3000);
    if (!text) continue;
    const labels = new Set(
      (text.match(DOCUMENT_LABEL_RE) ?? []).map((x) => x.toLowerCase().replace(/\s+/g, ' ')),
    );
    if (labels.size >= 3) {
      votes.push({
        kind: 'document',
        weight: 0.5,
        reason: `DOM: legal-document fields (${[...labels].slice(0, 3).join(', ')})`,
      });
      break;
    }
  }
  if (!votes.some((v) => v.kind === 'document')) {
    // The same fields laid out as label elements (div/span/label rows) rather than a table.
    const labels = documentFieldLabels(doc);
    if (labels.size >= 3)
      votes.push({
        kind: 'document',
        weight: 0.5,
        reason: `DOM: legal-document field labels (${[...labels].join(', ')})`,
      });
  }
  let dated = false;
  for (const dateEl of selectAll(doc, DATE_ELEMENTS, 5)) {
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
export function densitySignals(
  doc: Document,
  title: Element | null,
  dated: boolean,
  prose: Map<Element, Prose> = proseContainers(doc),
): Vote[] {
  const d = textDensity(doc, prose);
  if (
    ((d.bestParagraphs >= 3 && d.bestChars >= 500) || d.bestChars >= 900) &&
    !(d.bestIsTeaser && d.datedTeasers >= 5)
  ) {
    const votes: Vote[] = [];
    if (dated || title) {
      votes.push({
        kind: 'article',
        weight: dated ? 0.3 : 0.15,
        reason: `Text: ${d.bestParagraphs} long paragraphs (${d.bestChars} chars) in one container`,
      });
    }
    if (!dated)
      votes.push({ kind: 'other', weight: 0.4, reason: 'Text: long text but no date line (static page)' });
    return votes;
  }
  // Dated teasers (headline link + its date, repeated) are what a listing is made of; without a dense
  // text block they outweigh an article-looking URL (subcategories can end in -<id>).
  if (d.datedTeasers >= 5)
    return [
      {
        kind: 'listing',
        weight: 0.6,
        reason: `Text: ${d.datedTeasers} dated headline teasers and no dense text block${d.bestIsTeaser ? ' but a featured teaser' : ''}`,
      },
    ];
  if (d.teaserLinks >= 8)
    return [
      {
        kind: 'listing',
        weight: 0.35,
        reason: `Text: ${d.teaserLinks} headline links and no dense text block`,
      },
    ];
  return [{ kind: 'other', weight: 0.15, reason: 'Text: little text, no dense block' }];
}
