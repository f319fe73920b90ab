/**
 * Extraction path "generic": any page no profile knows — Readability on a clone, read again from the
 * page's own container when it drops figures, captions or the writer's line; a dated short notice read
 * from the headline's section; the densest container as the last resort.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { Block } from '../types.ts';
import { PART_SEPARATOR, textLayout } from '../article-text.ts';
import { boundedText, inChrome } from '../anatomy/dom.ts';
import { dateLineLabel } from '../anatomy/dateline.ts';
import { findElementByText, findHeadline } from '../anatomy/headline.ts';
import { creditLinesAfter, lastText } from '../anatomy/credits.ts';
import { buildBlocks, type BuildResult, visibleText } from './blocks.ts';
import { cleanAuthor, isCmsAccountLine, looksLikeByline, markedByline } from './byline.ts';
import { clearBody, type Gap } from './direct-path.ts';
import { findLead, type Lead } from '../anatomy/lead.ts';
import { proseContainers, type Prose } from '../detect/signals.ts';
import type { DetectedAnatomy } from '../detect/index.ts';
import { parseDate, type ParsedDate } from './date.ts';
import { documentTitle, type PageMeta, readMeta } from './meta.ts';
import { GENERIC_CAPTIONS } from './profiles.ts';
import { norm } from './text.ts';
import { dateNotes, pickPublished } from './published.ts';
import { furnitureSkips, isLinkOnly } from './furniture.ts';
import { attachWrapperCaptions } from './captions.ts';
import { assemble, baseFor, describeEl, MIN_BODY_CHARS, type Extraction } from './assemble.ts';

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
    if (!el) continue;
    const first = el.firstChild;
    if (!first || first.nodeType !== 3 || !/^\s*(?:t|T|n|N)/.test((first as Text).data)) continue;
    const t = norm(el.textContent);
    if (t.length > 80 || !LABELLED_AUTHOR_RE.test(t) || inChrome(el)) continue;
    const a = cleanAuthor(t);
    if (a) return a;
  }
  return null;
}

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
  opts: { baseUrl: string; title: string; captionSelectors: string[]; lead?: string | null },
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
  return root ? readAround(doc, root, built, opts) : null;
}

/**
 * The container `root` read again, then the one above it (an image and its caption, or the writer's
 * line, printed beside the text's own wrapper), each kept only when it passes the test of readAgain
 * against `built`: the higher reading that passes wins. `from` 1 skips `root` itself (`built` is its reading).
 */
export function readAround(
  doc: Document,
  root: Element,
  built: BuildResult,
  opts: { baseUrl: string; title: string; captionSelectors: string[]; lead?: string | null },
  from = 0,
  levels = 2,
  /** The first reading's text, when the caller has laid it out already. */
  text?: string,
): BuildResult | null {
  let best: BuildResult | null = null;
  // The first reading, laid out once for every container tried (and only when one is).
  let first: Reading | null = null;
  const before = () => (first ??= readingOf(built, text));
  // The reading of the level below: the builder takes it in whole instead of walking it again.
  let inner = built;
  for (let r: Element | null = root, level = 0; r && level < levels; r = r.parentElement, level++) {
    if (r === doc.body || r.tagName === 'HTML' || r.tagName === 'BODY' || inChrome(r)) break;
    // Above the container only when it holds other small boxes beside it (else nothing is gained).
    if (level > 0 && !smallSiblingsOnly(r, root)) break;
    if (level < from) continue;
    inner = buildBlocks(r, { ...opts, skip: furnitureSkips(r) }, inner);
    if (readAgain(inner, built, before(), opts)) best = inner;
  }
  return best;
}

/**
 * The parent holds, beside `child`'s branch, at least one other box with text, an image or a table,
 * and only small ones (≤ 300 characters each).
 */
function smallSiblingsOnly(parent: Element, child: Element): boolean {
  let others = 0;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if (c.contains(child)) continue;
    const t = boundedText(c, 300);
    if (t === null) return false;
    if (t || c.querySelector('img, amp-img, picture, table')) others++;
  }
  return others > 0;
}

/** Readability's reading as the container test compares it: its text, that text's key, and the keys of its long parts. */
interface Reading {
  text: string;
  key: string;
  longPartKeys: string[];
}

function readingOf(built: BuildResult, laidOut?: string): Reading {
  const text = laidOut ?? textLayout(null, built.blocks).text;
  const longPartKeys = text
    .split(PART_SEPARATOR)
    .filter((part) => part.length >= 40)
    .map(partKey);
  return { text, key: partKey(text), longPartKeys };
}

/** Whether `again`, a reading of a container around the first one, passes the test of readAround against `built`. */
function readAgain(
  again: BuildResult,
  built: BuildResult,
  { text: before, key: beforeKey, longPartKeys }: Reading,
  opts: { lead?: string | null },
): boolean {
  const layout = textLayout(null, again.blocks);
  const after = layout.text;
  const afterKey = partKey(after);
  // A container that takes in the lead box is above the body (the lead is read apart, as the sapo).
  if (opts.lead && afterKey.includes(partKey(opts.lead)) && !beforeKey.includes(partKey(opts.lead)))
    return false;
  // Keeps every part Readability read.
  for (const key of longPartKeys) if (!afterKey.includes(key)) return false;
  // Adds something: text parts or figures.
  let extraChars = 0;
  let extraLinkChars = 0;
  for (const part of layout.parts) {
    const b = again.blocks[part.block];
    if (!b) continue;
    const text = after.slice(part.start, part.end);
    if (beforeKey.includes(partKey(text))) continue;
    // Only what Readability is known to drop comes back: figures with their captions, tables, and a
    // short line right after an image (a caption the builder did not recognise). Other new text means
    // the container holds more than the article (toolbars, related lists): keep Readability's reading.
    const prev = again.blocks[part.block - 1];
    const imageLine = b.type === 'paragraph' && prev?.type === 'figure' && text.length <= 200;
    // The writer's line and the CMS's uploader field after the text (judged by the byline rules later).
    const credit =
      b.type === 'paragraph' &&
      part.block >= again.blocks.length - 3 &&
      text.length <= 80 &&
      (!!looksLikeByline(text, true) || isCmsAccountLine(text));
    if (credit) continue;
    if (b.type !== 'figure' && b.type !== 'table' && !imageLine) return false;
    extraChars += text.length;
    if (b.type === 'paragraph')
      for (const i of b.inlines) if (i.type === 'link') extraLinkChars += i.text.length;
  }
  const figures = (bs: Block[]) => bs.filter((b) => b.type === 'figure').length;
  if (!extraChars && figures(again.blocks) <= figures(built.blocks)) return false;
  if (extraChars > before.length * 0.5 + 400 || extraLinkChars > extraChars * 0.3) return false;
  return true;
}

/** A dated notice under its headline may be a single line ("Chi tiết xem tại file đính kèm"). */
const SHORT_NOTICE_CHARS = 20;

/**
 * Rule "headline section": the nearest ancestor of the headline (up to three levels) in which text
 * follows the headline (date lines aside), with the headline and what precedes it to skip. Null when
 * what follows is long (then it is the page, not the article's section) or nothing follows.
 */
export function sectionAfterHeadline(
  headline: Element,
): { root: Element; skip: Set<Element>; chars: number } | null {
  let node = headline;
  for (let level = 0; level < 3; level++) {
    const parent = node.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') return null;
    let chars = 0;
    for (let s = node.nextElementSibling; s; s = s.nextElementSibling) {
      const t = boundedText(s, 3000);
      if (t === null) return null;
      if (!t || dateLineLabel(t)) continue;
      // Links are not the article's text (print/send actions, related news).
      let links = 0;
      for (const a of Array.from(s.getElementsByTagName('a'))) links += norm(a.textContent).length;
      chars += Math.max(0, t.length - links);
    }
    if (chars >= SHORT_NOTICE_CHARS) {
      // Skipped: the headline and what precedes it, and the link-only boxes after it (print/send, related news).
      const skip = new Set<Element>();
      let after = false;
      for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
        if (!after || isLinkOnly(s)) skip.add(s);
        if (s === node) after = true;
      }
      return { root: parent, skip, chars };
    }
    node = parent;
  }
  return null;
}

/**
 * Readability strips style and align attributes, which say what a line is (a centred caption, a
 * right-aligned signature); on the clone they are kept as class tokens the block builder reads.
 */
function keepAlignment(clone: Document): void {
  let els: Element[];
  try {
    els = Array.from(clone.querySelectorAll('[align], [style*="text-align"]')).slice(0, 2000);
  } catch {
    return;
  }
  for (const el of els) {
    const how = `${el.getAttribute('align') ?? ''} ${el.getAttribute('style') ?? ''}`.toLowerCase();
    if (/(?:^|\s)right\b|text-align\s*:\s*right/.test(how)) el.classList.add('text-right');
    else if (/(?:^|\s)center\b|text-align\s*:\s*center/.test(how)) el.classList.add('text-center');
  }
}

/**
 * What the readings of one page (direct, short notice, Readability) each ask of it — metadata, the
 * publication date and the lead under a title, the marked and labelled bylines — read once: no reading
 * changes the page (Readability works on a clone).
 */
interface PageReads {
  meta(): PageMeta;
  published(titleEl: Element | null): ParsedDate | null;
  lead(headline: Element): Lead | null;
  /** The lead under the title as text (see leadText). */
  sapo(titleEl: Element | null): string | null;
  /** The metadata's author, else a byline marked by class, id, rel or itemprop. */
  byline(): string | null;
  labelledAuthor(): string | null;
}

/** `read`, run once per key. */
function once<K, V>(read: (k: K) => V): (k: K) => V {
  const known = new Map<K, V>();
  return (k) => {
    if (!known.has(k)) known.set(k, read(k));
    return known.get(k) as V;
  };
}

/** `read`, run once. */
function lazy<V>(read: () => V): () => V {
  let known: { v: V } | null = null;
  return () => (known ??= { v: read() }).v;
}

function pageReads(doc: Document): PageReads {
  const meta = lazy(() => readMeta(doc));
  const marked = lazy(() => markedByline(doc));
  const lead = once((h: Element) => findLead(h));
  return {
    meta,
    published: once((t: Element | null) => pickPublished(doc, meta(), t, [])),
    lead,
    sapo: once((t: Element | null) => {
      const l = t ? lead(t) : null;
      return l ? norm(visibleText(l.el)) || null : null;
    }),
    byline: () => meta().author ?? marked(),
    labelledAuthor: lazy(() => labelledAuthor(doc)),
  };
}

/**
 * Rule "direct": a page whose body is clear (see clearBody) is read from that container, widened to
 * its parent or grandparent when they add only figures, captions, tables or the writer's line (the
 * test that restores what Readability leaves out).
 */
function extractDirect(
  doc: Document,
  url: string,
  reads: PageReads,
  titleEl: Element,
  title: string,
  { body, gap }: { body: Element; gap: Gap },
): Extraction | null {
  const baseUrl = baseFor(doc, url);
  const sapo = reads.sapo(titleEl);
  const opts = { baseUrl, title, captionSelectors: GENERIC_CAPTIONS };
  let built = buildBlocks(body, { ...opts, skip: furnitureSkips(body) });
  const first = textLayout(null, built.blocks).text;
  if (first.length < MIN_BODY_CHARS) return null;
  const notes = [`clear body: ${describeEl(body)}`];
  const wider = readAround(doc, body, built, { ...opts, lead: sapo }, 1, 2, first);
  if (wider) {
    built = wider;
    notes.push('widened to the figures and lines around it');
  }
  // The photo printed between the headline and the body opens the article.
  if (gap.images.length) {
    const shown = new Set(built.blocks.flatMap((b) => (b.type === 'figure' ? [b.src] : [])));
    const blocks: Block[] = [];
    const hints: BuildResult['hints'] = [];
    for (const el of gap.images) {
      const photo = buildBlocks(el, opts);
      photo.blocks.forEach((b, i) => {
        if (b.type !== 'figure' || shown.has(b.src)) return;
        shown.add(b.src);
        blocks.push(b);
        hints.push(photo.hints[i] ?? { right: false, authorClass: false });
      });
    }
    built = { ...built, blocks: [...blocks, ...built.blocks], hints: [...hints, ...built.hints] };
  }
  const bodyEnd = lastText(body);
  const published = reads.published(titleEl);
  const byline = reads.byline();
  const reading = { title, published, sapo, built, byline, bodyEnd, minChars: MIN_BODY_CHARS };
  return finishGeneric(doc, url, reads, reading, notes, 'generic: direct');
}

/** What both generic readings end with: captions from the page, then the Article with its byline and credit lines. */
function finishGeneric(
  doc: Document,
  url: string,
  reads: PageReads,
  r: {
    title: string;
    published: ParsedDate | null;
    sapo: string | null;
    built: BuildResult;
    byline: string | null | undefined;
    bodyEnd: Node | null;
    minChars: number;
  },
  notes: string[],
  how: string,
): Extraction | null {
  const meta = reads.meta();
  const built = attachWrapperCaptions(doc, r.built, baseFor(doc, url));
  notes.push(...dateNotes(r.published));
  const article = assemble({
    doc,
    url,
    meta,
    title: r.title,
    published: r.published?.iso ?? null,
    sapo: r.sapo,
    blocks: built.blocks,
    hints: built.hints,
    authorFromPage: null,
    authorFallback: cleanAuthor(r.byline) ?? reads.labelledAuthor() ?? cleanAuthor(meta.author),
    creditLines: r.bodyEnd ? creditLinesAfter(r.bodyEnd) : [],
    minChars: r.minChars,
  });
  if (!article) return null;
  notes.unshift(how);
  if (built.stoppedAt) notes.push(`body cut at "${built.stoppedAt}"`);
  return { article, method: 'generic', profile: null, notes };
}

/**
 * Rule "short notice", decided before Readability: a dated headline followed in its own section by a
 * short text (a notice pointing at its attachment), with no prose container around that section
 * (Readability's reading could only end outside it, and then the section is taken anyway).
 */
function extractNotice(
  doc: Document,
  url: string,
  reads: PageReads,
  headline: Element,
  prose: Map<Element, Prose>,
): Extraction | null {
  const published = reads.published(headline);
  const around = published ? sectionAfterHeadline(headline) : null;
  if (!around || around.chars >= MIN_BODY_CHARS || around.root.tagName === 'HEADER') return null;
  for (const [el, p] of prose)
    if (p.chars >= MIN_BODY_CHARS && (el.contains(around.root) || around.root.contains(el))) return null;
  const title = norm(visibleText(headline));
  const baseUrl = baseFor(doc, url);
  const built = buildBlocks(around.root, {
    baseUrl,
    title,
    captionSelectors: GENERIC_CAPTIONS,
    skip: new Set([...around.skip, ...furnitureSkips(around.root)]),
  });
  if (textLayout(null, built.blocks).text.length < SHORT_NOTICE_CHARS) return null;
  const notes = [`headline section: ${describeEl(around.root)}`];
  const byline = reads.byline();
  const reading = {
    title,
    published,
    sapo: reads.sapo(headline),
    built,
    byline,
    bodyEnd: lastText(around.root),
    minChars: SHORT_NOTICE_CHARS,
  };
  return finishGeneric(doc, url, reads, reading, notes, 'generic: direct');
}

export interface GenericOptions {
  /** false: always run Readability (never read a clear body directly). */
  direct?: boolean;
  /** Detection's reading of this document (headline, prose containers), reused. */
  anatomy?: DetectedAnatomy;
}

/**
 * Generic fallback: a clear body read directly; else Readability on a clone of the document (then the
 * densest container if it fails).
 */
export function extractGeneric(doc: Document, url: string, gopts: GenericOptions = {}): Extraction | null {
  const headline = gopts.anatomy ? gopts.anatomy.headline : findHeadline(doc);
  const reads = pageReads(doc);
  if (gopts.direct !== false) {
    const lead = headline ? reads.lead(headline) : null;
    const prose = headline ? (gopts.anatomy?.prose ?? proseContainers(doc)) : null;
    const clear = headline && prose ? clearBody(headline, prose, lead?.el ?? null) : null;
    if (headline && clear) {
      const title = norm(visibleText(headline));
      const direct = extractDirect(doc, url, reads, headline, title, clear);
      if (direct) return direct;
    }
    const notice = headline && prose ? extractNotice(doc, url, reads, headline, prose) : null;
    if (notice) return notice;
  }
  const notes: string[] = [];
  let readerable: boolean;
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
  keepAlignment(clone);
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    parsed = new Readability<Element>(clone, {
      serializer: (n) => n as Element,
      keepClasses: true,
      charThreshold: 300,
    }).parse();
  } catch (e) {
    notes.push(`Readability failed: ${(e as Error).message}`);
  }
  const meta = reads.meta();
  let titleEl = headline;
  let title = titleEl ? norm(visibleText(titleEl)) : '';
  if (!titleEl) {
    // No heading: the page's own title (og:title, <title> minus the site name), then the element showing it.
    title = meta.title || documentTitle(doc) || norm(parsed?.title) || '';
    titleEl = findElementByText(doc, title);
  }
  const sapo = reads.sapo(titleEl);
  const baseUrl = baseFor(doc, url);
  // Where the body ends on the page (the credit lines after it are read from there).
  const readEnd = parsed?.content ? lastText(parsed.content) : null;
  let bodyEnd: Node | null = readEnd ? (trace.get(readEnd) ?? null) : null;
  let built = parsed?.content
    ? buildBlocks(parsed.content, {
        baseUrl,
        title,
        captionSelectors: GENERIC_CAPTIONS,
        skip: furnitureSkips(parsed.content),
      })
    : null;
  let minChars = MIN_BODY_CHARS;
  const published =
    reads.published(titleEl) ?? (parsed?.publishedTime ? parseDate(parsed.publishedTime) : null);
  const readOk = !!built && textLayout(null, built.blocks).text.length >= MIN_BODY_CHARS;
  const around = titleEl && published ? sectionAfterHeadline(titleEl) : null;
  // Readability found nothing usable under a dated headline, or read a page part outside the headline's
  // short section (a footer): what follows the headline in its own section is the article, however
  // short (a notice pointing at its attachment).
  const section =
    around &&
    around.chars < MIN_BODY_CHARS &&
    around.root.tagName !== 'HEADER' &&
    (!readOk || !(bodyEnd && around.root.contains(bodyEnd)))
      ? around
      : null;
  const notice = section
    ? buildBlocks(section.root, {
        baseUrl,
        title,
        captionSelectors: GENERIC_CAPTIONS,
        skip: new Set([...section.skip, ...furnitureSkips(section.root)]),
      })
    : null;
  if (section && notice && textLayout(null, notice.blocks).text.length >= SHORT_NOTICE_CHARS) {
    notes.push(`headline section: ${describeEl(section.root)}`);
    bodyEnd = lastText(section.root);
    built = notice;
    minChars = SHORT_NOTICE_CHARS;
  } else if (!built || textLayout(null, built.blocks).text.length < MIN_BODY_CHARS) {
    // Readability found nothing usable: take the container with the most paragraph text.
    const dense = densestContainer(doc);
    if (!dense) return null;
    notes.push(`density fallback: ${describeEl(dense)}`);
    bodyEnd = lastText(dense);
    built = buildBlocks(dense, {
      baseUrl,
      title,
      captionSelectors: GENERIC_CAPTIONS,
      skip: furnitureSkips(dense),
    });
  } else if (parsed?.content) {
    const restored = restoreOmitted(doc, parsed.content, trace, built, {
      baseUrl,
      title,
      captionSelectors: GENERIC_CAPTIONS,
      lead: sapo,
    });
    if (restored) {
      built = restored;
      notes.push('restored what Readability left out of the article container');
    }
  }
  const reading = { title, published, sapo, built, byline: parsed?.byline, bodyEnd, minChars };
  return finishGeneric(doc, url, reads, reading, notes, 'generic: Readability');
}
