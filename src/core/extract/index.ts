/**
 * Article extraction: site profiles first (cheap, no Readability), the generic Readability
 * fallback for markup no profile knows. Never mutates the input document.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article, ArticleImage, Block } from '../types.ts';
import { PART_SEPARATOR, textLayout } from '../article-text.ts';
import { classifyUrl, type Generation } from '../detect/url.ts';
import {
  boundedText,
  dateLineLabel,
  elementText,
  findElementByText,
  findTitleElement,
  inChrome,
  inTeaser,
  isLinkHeading,
  isSiteName,
  matchesOwnTitle,
  ownTitleElement,
  ownTitles,
  pickTitleCandidate,
  textsAroundTitle,
} from '../detect/signals.ts';
import { buildBlocks, imageSrc, inlinesText, splitCredit, visibleText, type BlockHint, type BuildResult } from './blocks.ts';
import { cleanAuthor, findByline, looksLikeByline } from './byline.ts';
import { parseDate, type ParsedDate } from './date.ts';
import { documentTitle, readMeta, type PageMeta } from './meta.ts';
import { COMMON_REMOVE, GENERIC_CAPTIONS, PROFILES, portalName, type SiteProfile } from './profiles.ts';
import { countWords, norm, readingMinutes } from './text.ts';
import { canonicalUrl } from '../share/canonical.ts';

export { parseDate, parseVietnameseDate, type ParsedDate } from './date.ts';
export { findByline, looksLikeByline, cleanAuthor } from './byline.ts';
export { buildBlocks, splitCredit } from './blocks.ts';
export { PROFILES, type SiteProfile } from './profiles.ts';
export { countWords, readingMinutes, SYLLABLES_PER_MINUTE } from './text.ts';

export interface ExtractOptions {
  /** false: generic fallback only (profiles disabled); an array: use these profiles instead. */
  profiles?: boolean | SiteProfile[];
  /** false: never run the Readability fallback. */
  fallback?: boolean;
  /** Generation from the URL (computed when omitted). */
  generation?: Generation | null;
}

export interface Extraction {
  article: Article;
  method: 'profile' | 'generic';
  profile: string | null;
  notes: string[];
}

const MIN_BODY_CHARS = 200;
const SOURCE_PREFIX_RE = /^\(\s*(?:[\w-]+(?:\.[\w-]+)*\.(?:gov\.vn|vn|com|net)|Cổng\s+[^()]{2,40}|TTXVN|HPO)\s*\)\s*[-–—:]*\s*/iu;

/** Strip a leading "(Haiphong.gov.vn) –" source marker. */
export function stripSourcePrefix(s: string): string {
  return s.replace(SOURCE_PREFIX_RE, '');
}

function firstEl(doc: Document | Element, selectors: string[], minText = 1): Element | null {
  for (const s of selectors) {
    let els: Element[];
    try {
      els = Array.from(doc.querySelectorAll(s));
    } catch {
      continue;
    }
    for (const el of els) {
      if (minText > 1 || el.tagName !== 'META') {
        if ((el.textContent ?? '').trim().length >= minText) return el;
      } else if (el.getAttribute('content')) return el;
    }
  }
  return null;
}

function pickTitle(doc: Document, selectors: string[], meta: PageMeta): { title: string; el: Element | null } {
  // The profile's candidates (teaser links skipped), preferring the one that repeats the page's own
  // title; a generic heading that repeats it beats an unmatched profile candidate.
  const prof = pickTitleCandidate(doc, selectors, (el, t) => t.length >= 8 && t.length <= 400 && !inChrome(el) && !isSiteName(t) && !isLinkHeading(el));
  let el = prof.el;
  if (!prof.matched) {
    const gen = findTitleElement(doc);
    if (gen && (!el || matchesOwnTitle(elementText(gen), ownTitles(doc)))) el = gen;
  }
  // No heading: the element showing the page's own title (a div title), so the date line next to it is found.
  el ??= ownTitleElement(doc);
  if (el) return { title: norm(visibleText(el)), el };
  return { title: meta.title ?? documentTitle(doc) ?? '', el: null };
}

function dateFromElement(el: Element): ParsedDate | null {
  const attr = el.getAttribute('content') ?? el.getAttribute('datetime');
  return (attr ? parseDate(attr) : null) ?? parseDate(norm(el.textContent).slice(0, 200));
}

function* dateCandidates(doc: Document, meta: PageMeta, titleEl: Element | null, selectors: string[]): Generator<ParsedDate> {
  if (meta.published) {
    const p = parseDate(meta.published);
    if (p) yield p;
  }
  for (const s of selectors) {
    let els: Element[] = [];
    try {
      els = Array.from(doc.querySelectorAll(s)).slice(0, 5);
    } catch {
      continue;
    }
    // The first one that is not a teaser's date (inside a list item of a related list).
    const el = els.find((e) => !inListItem(e));
    const p = el && dateFromElement(el);
    if (p) yield p;
  }
  if (titleEl) {
    for (const t of textsAroundTitle(titleEl)) {
      if (!dateLineLabel(t)) continue;
      const p = parseDate(t);
      if (p) yield p;
    }
  }
  for (const time of Array.from(doc.querySelectorAll('time[datetime]')).slice(0, 5)) {
    if (inListItem(time) || inTeaser(time, titleEl)) continue;
    // A modification time ("time.updated", itemprop=dateModified) is not the publication date.
    const cls = `${time.getAttribute('class') ?? ''} ${time.getAttribute('itemprop') ?? ''}`;
    if (/(?:^|\s)(?:updated|dateModified|modified)(?:\s|$)/i.test(cls) && !/(?:^|\s)(?:published|datePublished)(?:\s|$)/i.test(cls)) continue;
    const p = dateFromElement(time);
    if (p) yield p;
    break;
  }
  // Last resort: a labelled date line anywhere outside chrome and teasers ("Ngày đăng: … | Lượt xem"
  // under the body, "Cập nhật lúc …" in a side box of the article).
  const els = doc.body ? doc.body.getElementsByTagName('*') : [];
  for (let i = 0; i < els.length && i < 5000; i++) {
    const el = els[i];
    const first = el.firstChild;
    if (!first || first.nodeType !== 3 || !/\S/.test((first as Text).data)) continue;
    const t = boundedText(el, 120);
    if (!t || !LABELLED_DATE_RE.test(t) || inChrome(el) || inListItem(el) || inTeaser(el, titleEl)) continue;
    const p = parseDate(t);
    if (p) {
      yield p;
      return;
    }
  }
}

/** A date line with a label saying it is the publication date. */
const LABELLED_DATE_RE = /^\s*(?:ngày\s*(?:đăng|đưa\s*tin|xuất\s*bản|cập\s*nhật)|đăng\s*(?:ngày|lúc)|cập\s*nhật(?:\s*(?:ngày|lúc))?|xuất\s*bản|thời\s*gian(?:\s*đăng)?)\s*:?\s*\d/iu;

function inListItem(el: Element): boolean {
  for (let n = el.parentElement, i = 0; n && i < 6; n = n.parentElement, i++) if (n.tagName === 'LI') return true;
  return false;
}

/** Meta tags first, then the profile's date elements, then date lines around the title; the first with a time wins. */
function pickPublished(doc: Document, meta: PageMeta, titleEl: Element | null, selectors: string[]): ParsedDate | null {
  let dateOnly: ParsedDate | null = null;
  for (const p of dateCandidates(doc, meta, titleEl, selectors)) {
    if (p.hasTime) return p;
    dateOnly ??= p;
  }
  return dateOnly;
}

function dateNotes(p: ParsedDate | null): string[] {
  if (!p) return ['no publication date found'];
  return p.weekdayMismatch ? [`the weekday printed next to ${p.iso.slice(0, 10)} is wrong (the digits were kept)`] : [];
}

/**
 * Captions that share a small wrapper with their image: "<div class=box><img><div>Caption</div></div>",
 * an image table whose other cell holds the caption. The builder knows a caption by its look (italic,
 * centred, figcaption, caption-like class); the generic path reads Readability's copy, which turns such
 * divs into plain <p>. Here the original page decides: a figure without caption followed by a short
 * paragraph whose text is all the text of the image's nearest text-holding ancestor (one image in it)
 * gets that paragraph as its caption.
 */
export function attachWrapperCaptions(doc: Document, built: BuildResult, baseUrl: string): BuildResult {
  const { blocks, hints } = built;
  let imgs: Map<string, Element> | null = null;
  const out: typeof blocks = [];
  const outHints: BlockHint[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    out.push(b);
    outHints.push(hints[i]);
    const next = blocks[i + 1];
    if (b.type !== 'figure' || b.caption || next?.type !== 'paragraph') continue;
    const text = inlinesText(next.inlines);
    if (text.length > 200 || !/\p{L}/u.test(text)) continue;
    if (!imgs) {
      imgs = new Map();
      for (const img of Array.from(doc.querySelectorAll('img, amp-img')).slice(0, 300)) {
        const src = imageSrc(img, baseUrl);
        if (src && !imgs.has(src)) imgs.set(src, img);
      }
    }
    const img = imgs.get(b.src);
    if (!img) continue;
    for (let n = img.parentElement, k = 0; n && k < 4 && n.tagName !== 'BODY'; n = n.parentElement, k++) {
      const t = norm(visibleText(n));
      if (!t) continue;
      if (t === text && n.querySelectorAll('img, amp-img').length === 1) {
        const { caption, credit } = splitCredit(text);
        out[out.length - 1] = credit ? { ...b, caption, credit } : { ...b, caption };
        i++; // the paragraph became the caption
      }
      break;
    }
  }
  return { ...built, blocks: out, hints: outHints };
}

interface Assembled {
  doc: Document;
  url: string;
  meta: PageMeta;
  title: string;
  published: string | null;
  sapo: string | null;
  blocks: Block[];
  hints: BlockHint[];
  authorFromPage: string | null;
  authorFallback: string | null;
}

function boldShare(b: Block): number {
  if (b.type !== 'paragraph') return 0;
  let bold = 0;
  let total = 0;
  for (const i of b.inlines) {
    const n = i.text.trim().length;
    total += n;
    if (i.type === 'text' && i.bold) bold += n;
  }
  return total ? bold / total : 0;
}

/** Reader comments: everything from this label on is the readers', not the article. */
const COMMENTS_LABEL_RE = /^(?:ý\s*kiến\s*(?:của\s*)?(?:bạn\s*đọc|độc\s*giả)|bình\s*luận(?:\s*của\s*bạn\s*đọc)?|gửi\s*(?:bình\s*luận|ý\s*kiến)(?:\s*của\s*bạn)?|viết\s*bình\s*luận|comments?)\s*(?:\(\s*\d+\s*\))?\s*:?$/iu;
/** Related-news labels, also with a count ("Tin liên quan (3)"), that the block builder may not know. */
const RELATED_LABEL_RE = /^(?:các\s+)?(?:tin|bài(?:\s+viết)?)\s+(?:khác|liên\s+quan|cùng\s+(?:chuyên\s+mục|chủ\s+đề|lĩnh\s+vực)|đã\s+đưa|mới(?:\s+nhất)?|đọc\s+nhiều(?:\s+nhất)?|xem\s+nhiều(?:\s+nhất)?)\s*(?:\(\s*\d+\s*\))?\s*:?$/iu;

function blockLabel(b: Block): string | null {
  if (b.type === 'heading') return norm(b.text);
  if (b.type === 'paragraph') {
    const t = inlinesText(b.inlines);
    return t.length <= 50 ? norm(t) : null;
  }
  return null;
}

function linkChars(b: Block): { all: number; links: number } {
  const inl = b.type === 'paragraph' || b.type === 'quote' ? b.inlines : b.type === 'list' ? b.items.flat() : [];
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

const LABEL_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV', 'SPAN', 'STRONG', 'B', 'LEGEND', 'HEADER']);
const RELATED_INLINE_RE = /^(?:tin\s+(?:bài\s+)?liên\s+quan|bài\s+(?:viết\s+)?liên\s+quan|xem\s+thêm|đọc\s+thêm|tin\s+cùng\s+chuyên\s+mục)\s*(?:\(\s*\d+\s*\))?\s*:?$/iu;

function isLinkOnly(el: Element): boolean {
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
    if (!LABEL_TAGS.has(el.tagName)) continue;
    const t = boundedText(el, 50);
    if (!t) continue;
    // A label is the element holding the text, not a wrapper around one (take the innermost block).
    if (el.firstElementChild && norm(el.firstElementChild.textContent) === t && LABEL_TAGS.has(el.firstElementChild.tagName) && !/^(?:STRONG|B|SPAN)$/.test(el.firstElementChild.tagName)) continue;
    if (COMMENTS_LABEL_RE.test(t)) {
      let label: Element = el;
      // Climb out of inline wrappers (<p><strong>Bình luận</strong></p>).
      while (label.parentElement && label.parentElement !== root && norm(label.parentElement.textContent) === t) label = label.parentElement;
      const box = label.parentElement;
      if (box && box !== root && box.firstElementChild === label) skip.add(box);
      else for (let n: Element | null = label; n; n = n.nextElementSibling) skip.add(n);
      continue;
    }
    if (RELATED_INLINE_RE.test(t)) {
      let label: Element = el;
      while (label.parentElement && label.parentElement !== root && norm(label.parentElement.textContent) === t) label = label.parentElement;
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
function isTeaserBlock(b: Block): boolean {
  if (b.type !== 'paragraph' && b.type !== 'list') return false;
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
    items += b.type === 'list' ? b.items.length : 1;
    i--;
  }
  return items >= 2 && i > 0 ? i : blocks.length;
}

function assemble(a: Assembled): Article | null {
  let blocks = a.blocks.slice();
  let hints = a.hints.slice();
  let sapo = a.sapo ? stripSourcePrefix(norm(a.sapo)) || null : null;

  let end = trailingFurnitureStart(blocks);
  if (end < 0) end = blocks.length;
  end = trailingTeasersStart(blocks.slice(0, end));
  if (end < blocks.length) {
    blocks = blocks.slice(0, end);
    hints = hints.slice(0, end);
  }

  // Author: explicit element, else the byline rules on the body's tail, else metadata.
  let author = a.authorFromPage;
  const by = findByline(blocks, hints);
  if (by) {
    if (!author) author = by.author;
    if (!author || by.author === author) {
      blocks.splice(by.index, 1);
      hints.splice(by.index, 1);
    }
  }
  if (!author) author = a.authorFallback;

  // Sapo from the body's first paragraph when it is marked as one.
  if (!sapo && blocks[0]?.type === 'paragraph') {
    const t = inlinesText(blocks[0].inlines);
    if (SOURCE_PREFIX_RE.test(t) || (boldShare(blocks[0]) >= 0.9 && t.length >= 80)) {
      sapo = stripSourcePrefix(t);
      blocks = blocks.slice(1);
      hints = hints.slice(1);
    }
  } else if (sapo && blocks[0]?.type === 'paragraph' && stripSourcePrefix(inlinesText(blocks[0].inlines)) === sapo) {
    blocks = blocks.slice(1);
  }
  // A remaining source marker on the first paragraph.
  if (blocks[0]?.type === 'paragraph' && blocks[0].inlines[0]?.type === 'text') {
    const first = blocks[0].inlines[0];
    const stripped = stripSourcePrefix(first.text);
    if (stripped !== first.text) blocks[0] = { ...blocks[0], inlines: [{ ...first, text: stripped }, ...blocks[0].inlines.slice(1)] };
  }

  const { text } = textLayout(sapo, blocks);
  // A body is text paragraphs, or (photo stories) a sapo with captioned pictures.
  const captioned = blocks.filter((b) => b.type === 'figure' && (b.caption || b.credit)).length;
  if (text.length < MIN_BODY_CHARS || !(blocks.some((b) => b.type === 'paragraph') || (sapo && captioned >= 2))) return null;
  const images: ArticleImage[] = blocks
    .filter((b): b is Extract<Block, { type: 'figure' }> => b.type === 'figure')
    .map((f) => ({ src: f.src, caption: [f.caption, f.credit].filter(Boolean).join(' ') }));
  const wordCount = countWords(text);
  let host = '';
  try {
    host = new URL(a.url).hostname.toLowerCase();
  } catch {
    /* keep '' */
  }
  return {
    title: a.title,
    published: a.published,
    author: author ?? null,
    sapo,
    source: { portal: portalName(host, a.meta.siteName), host, url: canonicalUrl(a.doc, a.url) },
    blocks,
    text,
    images,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
}

function authorFromElement(doc: Document, selectors: string[]): string | null {
  const el = firstEl(doc, selectors);
  if (!el) return null;
  const t = norm(el.textContent);
  return looksLikeByline(t, true) ?? cleanAuthor(t.replace(/^(?:tác\s*giả|người\s*viết)\s*:\s*/iu, ''));
}

/** Extraction with one site profile; null when the profile's body is not on the page. */
export function extractWithProfile(doc: Document, url: string, p: SiteProfile): Extraction | null {
  const body = firstEl(doc, p.body, 150);
  if (!body) return null;
  const meta = readMeta(doc);
  const { title, el: titleEl } = pickTitle(doc, p.title, meta);
  if (!title) return null;
  // Furniture inside the body is skipped while building (no clone, one selector pass).
  const skip = collectSkip(body, [...COMMON_REMOVE, ...p.remove, ...p.sapo, ...p.title, ...p.author, ...p.date.filter((s) => !s.startsWith('meta'))]);
  for (const e of furnitureSkips(body)) skip.add(e);
  const built = attachWrapperCaptions(doc, buildBlocks(body, { baseUrl: baseFor(doc, url), title, captionSelectors: [...p.caption, ...GENERIC_CAPTIONS], skip }), baseFor(doc, url));
  const sapoEl = firstEl(doc, p.sapo, 20);
  const published = pickPublished(doc, meta, titleEl, p.date);
  const article = assemble({
    doc,
    url,
    meta,
    title,
    published: published?.iso ?? null,
    sapo: sapoEl ? norm(visibleText(sapoEl)) : null,
    blocks: built.blocks,
    hints: built.hints,
    authorFromPage: authorFromElement(doc, p.author),
    authorFallback: cleanAuthor(meta.author),
  });
  if (!article) return null;
  const notes = [`profile ${p.id}: body ${describeEl(body)}`, ...dateNotes(published)];
  if (built.stoppedAt) notes.push(`body cut at "${built.stoppedAt}"`);
  return { article, method: 'profile', profile: p.id, notes };
}

function collectSkip(root: Element, selectors: string[]): Set<Element> {
  try {
    return new Set(Array.from(root.querySelectorAll(selectors.join(', '))));
  } catch {
    // One bad selector must not spoil the others.
    const set = new Set<Element>();
    for (const sel of selectors) {
      try {
        for (const e of Array.from(root.querySelectorAll(sel))) set.add(e);
      } catch {
        /* skip it */
      }
    }
    return set;
  }
}

/** Base for relative URLs: <base href> (resolved against the page URL), else the page URL. */
export function baseFor(doc: Document, url: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  try {
    return href ? new URL(href, url).href : url;
  } catch {
    return url;
  }
}

function describeEl(el: Element): string {
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  const id = el.getAttribute('id');
  return `${el.tagName.toLowerCase()}${id ? '#' + id : ''}${cls ? '.' + cls : ''}`;
}

/** The element whose direct children hold the most paragraph text (outside chrome). */
export function densestContainer(doc: Document): Element | null {
  const score = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const len = (p.textContent ?? '').trim().length;
    if (len < 60) continue;
    const parent = p.parentElement;
    if (!parent || inChrome(parent)) continue;
    score.set(parent, (score.get(parent) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, sc] of score) {
    if (sc > bestScore) {
      best = el;
      bestScore = sc;
    }
  }
  return bestScore >= MIN_BODY_CHARS ? best : null;
}

const LABELLED_AUTHOR_RE = /^(?:tác\s*giả|người\s*viết)\s*:/iu;

/** A short "Tác giả: …" line anywhere outside the page chrome (generic path: its box may sit outside the body). */
export function labelledAuthor(doc: Document): string | null {
  const els = doc.body ? doc.body.getElementsByTagName('*') : [];
  for (let i = 0; i < els.length && i < 5000; i++) {
    const el = els[i];
    const first = el.firstChild;
    if (!first || first.nodeType !== 3 || !/^\s*(?:t|T|n|N)/.test((first as Text).data)) continue;
    const t = norm(el.textContent);
    if (t.length > 80 || !LABELLED_AUTHOR_RE.test(t) || inChrome(el)) continue;
    const a = cleanAuthor(t);
    if (a) return a;
  }
  return null;
}

export { findElementByText } from '../detect/signals.ts';

/**
 * Clone → original for every element and text node of the body, walked in parallel right after
 * cloning (before Readability moves the clone's nodes around; moved nodes keep their identity).
 */
export function traceClone(original: Node, clone: Node, map: Map<Node, Node> = new Map()): Map<Node, Node> {
  const stack: [Node, Node][] = [[original, clone]];
  while (stack.length) {
    const [o, c] = stack.pop()!;
    map.set(c, o);
    for (let oc = o.firstChild, cc = c.firstChild; oc && cc; oc = oc.nextSibling, cc = cc.nextSibling) {
      if (oc.nodeType === 1 || oc.nodeType === 3) stack.push([oc, cc]);
    }
  }
  return map;
}

function lowestCommonAncestor(a: Element, b: Element): Element | null {
  if (a.contains(b)) return a;
  for (let n: Element | null = a.parentElement; n; n = n.parentElement) if (n.contains(b)) return n;
  return null;
}

const partKey = (s: string) => norm(s).toLowerCase();

/**
 * Readability scores blocks and drops those it judges weak: an image block between two text blocks,
 * a caption, a short paragraph, a table. Readers' first complaint is missing content, so the page's own
 * container of everything Readability kept (their lowest common ancestor on the original page, traced
 * through the clone's moved nodes) is read again with the block builder. It replaces Readability's
 * reading only when it keeps every part of it, adds something, and what it adds is modest and not
 * made of links (no sidebar, no related list).
 */
export function restoreOmitted(
  doc: Document,
  content: Element,
  trace: Map<Node, Node>,
  built: BuildResult,
  opts: { baseUrl: string; title: string; captionSelectors: string[] },
): BuildResult | null {
  // Where Readability's text and images came from: text nodes keep their identity when Readability
  // rewraps them (a <br>-separated div becomes new <p>s), so they are traced, not the wrappers.
  let root: Element | null = null;
  const stack: Node[] = [content];
  while (stack.length) {
    const n = stack.pop()!;
    let orig: Element | null = null;
    if (n.nodeType === 3) {
      if (/\S/.test((n as Text).data)) orig = trace.get(n)?.parentElement ?? null;
    } else if (n.nodeType === 1) {
      if ((n as Element).tagName === 'IMG') orig = (trace.get(n) as Element | undefined) ?? null;
      for (let c = n.firstChild; c; c = c.nextSibling) stack.push(c);
    }
    if (!orig) continue;
    root = root ? lowestCommonAncestor(root, orig) : orig;
    if (!root) return null;
  }
  if (!root || root === doc.body || root.tagName === 'HTML' || inChrome(root)) return null;
  const again = buildBlocks(root, { ...opts, skip: furnitureSkips(root) });
  const before = textLayout(null, built.blocks).text;
  const after = textLayout(null, again.blocks).text;
  const afterKey = partKey(after);
  const beforeKey = partKey(before);
  // Keeps every part Readability read.
  for (const part of before.split(PART_SEPARATOR)) if (part.length >= 40 && !afterKey.includes(partKey(part))) return null;
  // Adds something: text parts or figures.
  let extraChars = 0;
  let extraLinkChars = 0;
  const layout = textLayout(null, again.blocks);
  for (const part of layout.parts) {
    const b = again.blocks[part.block];
    const text = after.slice(part.start, part.end);
    if (beforeKey.includes(partKey(text))) continue;
    // Only what Readability is known to drop comes back: figures with their captions, tables, and a
    // short line right after an image (a caption the builder did not recognise). Other new text means
    // the container holds more than the article (toolbars, related lists): keep Readability's reading.
    const prev = again.blocks[part.block - 1];
    const imageLine = b.type === 'paragraph' && prev?.type === 'figure' && text.length <= 200;
    if (b.type !== 'figure' && b.type !== 'table' && !imageLine) return null;
    extraChars += text.length;
    if (b.type === 'paragraph') for (const i of b.inlines) if (i.type === 'link') extraLinkChars += i.text.length;
  }
  const figures = (bs: Block[]) => bs.filter((b) => b.type === 'figure').length;
  if (!extraChars && figures(again.blocks) <= figures(built.blocks)) return null;
  if (extraChars > before.length * 0.5 + 400 || extraLinkChars > extraChars * 0.3) return null;
  return again;
}

/** Generic fallback: Readability on a clone of the document (then the densest container if it fails). */
export function extractGeneric(doc: Document, url: string): Extraction | null {
  const notes: string[] = [];
  let readerable = true;
  try {
    // Read-only check, on the original (cheap); the parse below runs on a clone.
    readerable = isProbablyReaderable(doc, { minContentLength: 100, minScore: 20 });
  } catch {
    readerable = true;
  }
  if (!readerable) notes.push('isProbablyReaderable: false; parsed anyway because detection said article');
  const clone = doc.cloneNode(true) as Document;
  // Map the clone's nodes to the page's so Readability's output can be traced back (see restoreOmitted).
  const trace = doc.body && clone.body ? traceClone(doc.body, clone.body) : new Map<Node, Node>();
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    parsed = new Readability<Element>(clone, { serializer: (n) => n as Element, keepClasses: true, charThreshold: 300 }).parse();
  } catch (e) {
    notes.push(`Readability failed: ${(e as Error).message}`);
  }
  const meta = readMeta(doc);
  let titleEl = findTitleElement(doc);
  let title = titleEl ? norm(visibleText(titleEl)) : '';
  if (!titleEl) {
    // No heading: the page's own title (og:title, <title> minus the site name), then the element showing it.
    title = meta.title || documentTitle(doc) || norm(parsed?.title) || '';
    titleEl = findElementByText(doc, title);
  }
  const baseUrl = baseFor(doc, url);
  let built = parsed?.content ? buildBlocks(parsed.content, { baseUrl, title, captionSelectors: GENERIC_CAPTIONS, skip: furnitureSkips(parsed.content) }) : null;
  if (!built || textLayout(null, built.blocks).text.length < MIN_BODY_CHARS) {
    // Readability found nothing usable: take the container with the most paragraph text.
    const dense = densestContainer(doc);
    if (!dense) return null;
    notes.push(`density fallback: ${describeEl(dense)}`);
    built = buildBlocks(dense, { baseUrl, title, captionSelectors: GENERIC_CAPTIONS, skip: furnitureSkips(dense) });
  }
  else if (parsed?.content) {
    const restored = restoreOmitted(doc, parsed.content, trace, built, { baseUrl, title, captionSelectors: GENERIC_CAPTIONS });
    if (restored) {
      built = restored;
      notes.push('restored what Readability left out of the article container');
    }
  }
  built = attachWrapperCaptions(doc, built, baseUrl);
  const published = pickPublished(doc, meta, titleEl, []) ?? (parsed?.publishedTime ? parseDate(parsed.publishedTime) : null);
  notes.push(...dateNotes(published));
  const article = assemble({
    doc,
    url,
    meta,
    title,
    published: published?.iso ?? null,
    sapo: null,
    blocks: built.blocks,
    hints: built.hints,
    authorFromPage: null,
    authorFallback: cleanAuthor(parsed?.byline) ?? labelledAuthor(doc) ?? cleanAuthor(meta.author),
  });
  if (!article) return null;
  notes.unshift('generic: Readability');
  if (built.stoppedAt) notes.push(`body cut at "${built.stoppedAt}"`);
  return { article, method: 'generic', profile: null, notes };
}

/** Profiles that apply: markers on the page first, then the URL's generation. */
export function applicableProfiles(doc: Document, generation: Generation | null, profiles: SiteProfile[] = PROFILES): SiteProfile[] {
  const byMarker: SiteProfile[] = [];
  const byGen: SiteProfile[] = [];
  for (const p of profiles) {
    let marked = false;
    try {
      marked = p.markers.length > 0 && !!doc.querySelector(p.markers.join(', '));
    } catch {
      marked = false;
    }
    if (marked) byMarker.push(p);
    else if (generation && p.generations.includes(generation)) byGen.push(p);
  }
  return [...byMarker, ...byGen];
}

export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): Extraction | null {
  const generation = opts.generation !== undefined ? opts.generation : classifyUrl(url).generation;
  const list = opts.profiles === false ? [] : Array.isArray(opts.profiles) ? opts.profiles : PROFILES;
  for (const p of applicableProfiles(doc, generation, list)) {
    const r = extractWithProfile(doc, url, p);
    if (r) return r;
  }
  if (opts.fallback === false) return null;
  return extractGeneric(doc, url);
}
