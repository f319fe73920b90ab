/**
 * Rebuild an article body as Blocks through an allow-list: paragraphs, headings, lists, tables,
 * quotes, figures with captions, inline emphasis and absolute http(s) links. Nothing else survives.
 * Works on any subtree (the live document or a clone); never mutates it.
 */
import type { Block, Inline, TableCell } from '../types.ts';
import { dateLineLabel } from '../detect/signals.ts';
import { BLANK_RUN_RE, COMBINING, absoluteHttpUrl, collapse, norm } from './text.ts';

export interface BlockHint {
  /** The block's element (or an ancestor inside the root) is right-aligned. */
  right: boolean;
  /** The element carries an author/byline class. */
  authorClass: boolean;
}

export interface BuildOptions {
  baseUrl: string;
  /** The article title: a heading or paragraph repeating it is dropped. */
  title?: string;
  /** Extra caption selectors (compound selectors only, matched on the caption element itself). */
  captionSelectors?: string[];
  /** Also drop descendants whose class/id looks like page furniture (share, related, QR, …). Default true. */
  dropFurniture?: boolean;
  /** Elements to leave out (with their subtree): lets a profile drop furniture without cloning the page. */
  skip?: Set<Element>;
}

export interface BuildResult {
  blocks: Block[];
  hints: BlockHint[];
  /** Text of the boundary marker ("Tin khác", "Tiện ích thông tin", …) where the body was cut, if any. */
  stoppedAt: string | null;
  /** A related-news box met inside the body (article text went on after it): its marker. */
  inlineBox: string | null;
}

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'NAV',
  'ASIDE',
  'FOOTER',
  'SVG',
  'CANVAS',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'MAP',
  'LINK',
  'META',
  'HEAD',
  'TITLE',
  'AMP-AD',
  'AMP-SOCIAL-SHARE',
  'AMP-ANALYTICS',
  'AMP-SIDEBAR',
  'AMP-IFRAME',
  'AMP-STICKY-AD',
]);
const INLINE_TAGS = new Set([
  'A',
  'B',
  'STRONG',
  'I',
  'EM',
  'U',
  'SPAN',
  'FONT',
  'SMALL',
  'BIG',
  'SUB',
  'SUP',
  'MARK',
  'ABBR',
  'TIME',
  'CITE',
  'Q',
  'LABEL',
  'S',
  'STRIKE',
  'DEL',
  'INS',
  'CODE',
  'KBD',
  'VAR',
  'DFN',
  'BDI',
  'BDO',
  'WBR',
  'DATA',
  'O:P',
]);
const IMG_TAGS = new Set(['IMG', 'AMP-IMG']);
/** Block elements that make an inline element wrapping them act as a container. */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'TABLE',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGURE',
]);
const HEADING_LEVEL: Record<string, 2 | 3 | 4> = { H1: 2, H2: 2, H3: 3, H4: 4, H5: 4, H6: 4 };

/** Headings that start the page furniture after an article: the body ends there. */
export const BOUNDARY_RE =
  /^(?:tin\s+khác|các\s+tin\s+khác|tin\s+(?:bài\s+)?liên\s+quan|các\s+tin\s+liên\s+quan|bài\s+(?:viết\s+)?liên\s+quan|tin\s+cùng\s+chuyên\s+mục|tiện\s+ích\s+thông\s+tin|các\s+tin\s+đã\s+đưa|các\s+bài\s+viết\s+khác|tin\s+mới\s+(?:hơn|nhất)|tin\s+cũ\s+hơn|bình\s+luận|ý\s+kiến\s+bạn\s+đọc|gửi\s+(?:bình\s+luận|ý\s+kiến)|chia\s+sẻ\s+bài\s+viết)\s*:?$/iu;
/** A "Xem thêm: <link>" line inside a body: dropped on its own, it does not end the article. */
const READ_MORE_RE = /^(?:xem\s+thêm|đọc\s+thêm|xem\s+tiếp|mời\s+xem|tin\s+liên\s+quan)\s*[:>»›]/iu;
/** Words of share/print toolbars: a short line made only of these is furniture. */
const TOOLBAR_TOKENS_RE =
  /(?<![\p{L}\p{N}])(?:in\s+bài(?:\s+(?:viết|này))?|in\s+trang|bản\s+in|print|gửi\s+(?:e-?mail|mail|bài(?:\s+viết)?|cho\s+bạn\s+bè)|e-?mail|chia\s+sẻ|share|facebook|zalo|twitter|tweet|lưu\s+(?:tin|bài)|cỡ\s+chữ|nghe\s+(?:đọc\s+)?bài(?:\s+viết)?|quay\s+lại|về\s+đầu\s+trang|gốc|lượt\s+xem|bình\s+luận|thích|copy\s+link|sao\s+chép\s+liên\s+kết)(?![\p{L}\p{N}])|(?:^|\s)[-+]?A[-+]?(?=\s|$)/giu;

function isToolbarLine(text: string): boolean {
  if (text.length > 80) return false;
  const rest = text.replace(TOOLBAR_TOKENS_RE, ' ').replace(/[\s|·•:,./\-–—()\d]+/g, '');
  return rest.length === 0 && TOOLBAR_TOKENS_RE.test(text);
}

/** The label of a tag list. */
const TAG_LIST_RE = /^(?:từ\s*kh(?:óa|oá)|tags?|thẻ|nhãn|chủ\s*đề)\s*:/iu;

/** Lines that are page controls or labels, never article text. */
const NOISE_LINE_RE =
  /^(?:print|in\s+bài|in\s+trang|bản\s+in|gốc|lưu\s+tin|lưu\s+bài|chia\s+sẻ|share|tweet|e-?mail|gửi\s+email|facebook|zalo|twitter|cỡ\s+chữ|(?:[-+]?\s*a\s*){2,3}|nghe\s+(?:đọc\s+)?(?:bài|bài\s+viết)|quay\s+lại|trở\s+về|về\s+đầu\s+trang|đầu\s+trang|qr\s*code.*|mã\s+qr.*|nguồn\s+tin|chúng\s+tôi\s+trên\s+mạng\s+xã\s+hội|trang\s+chủ(?:\s*[>»/›|].*)?)$/iu;
const BREADCRUMB_RE = /^[^.!?]{1,60}(?:\s*[>»›]\s*[^.!?]{1,60}){1,5}$/u;
const FURNITURE_RE =
  /(?:^|[\s_-])(?:share|sharing|sharedaddy|social|toolbar|tools?|print|related|relate|relatedposts|tin-?khac|tinkhac|othernews|other-news|qr|qrcode|comments?|tags|breadcrumbs?|advert|ads|widget|rating|fontsize|font-size|sidebar|menu|navigation|pagination|fanpage)(?:$|[\s_-])/i;
const CAPTION_CLASS_RE =
  /(?:caption|chu-?thich|chuthich|image_?desc|img-?desc|photo-?desc|desc-?img|expnote|figcaption|note-?img|image-?note)/i;
const AUTHOR_CLASS_RE = /(?:author|byline|tac-?gia|tacgia|writer|nguoi-?viet)/i;
const DECORATIVE_SRC_RE =
  /(?:^|[/_.-])(?:icon|icons|logo|spacer|blank|pixel|loading|loader|qr-?code|qrcode|share|facebook|zalo|twitter|youtube|print|btn|button|avatar)(?:[/_.-]|$)/i;
const CREDIT_RE = /\(?\s*Ảnh(?:\s+minh\s+họa)?\s*:\s*[^.!?()]{1,60}\)?\.?\s*$/iu;

interface Style {
  bold: boolean;
  italic: boolean;
  href: string | null;
}

function styleOf(el: Element): string {
  return (el.getAttribute('style') ?? '').toLowerCase();
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const st = styleOf(el);
  return /display\s*:\s*none|visibility\s*:\s*hidden/.test(st);
}

function isRightAligned(el: Element): boolean {
  const st = styleOf(el);
  return (
    /text-align\s*:\s*right/.test(st) ||
    (el.getAttribute('align') ?? '').toLowerCase() === 'right' ||
    /(?:^|\s)(?:text-right|align-?right|has-text-align-right)(?:\s|$)/i.test(el.getAttribute('class') ?? '')
  );
}

function isCentered(el: Element): boolean {
  const st = styleOf(el);
  return (
    /text-align\s*:\s*center/.test(st) ||
    (el.getAttribute('align') ?? '').toLowerCase() === 'center' ||
    /(?:^|\s)(?:text-center|aligncenter|has-text-align-center)(?:\s|$)/i.test(el.getAttribute('class') ?? '')
  );
}

/**
 * The text a reader sees in an element: its text nodes, minus the subtrees the walk never reads
 * (script, style, noscript, template, form controls, … and hidden elements). textContent would
 * bring script bodies and CSS into headings, table cells and captions.
 */
export function visibleText(el: Element): string {
  let out = '';
  const walk = (parent: Element): void => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) out += (n as Text).data;
      else if (n.nodeType === 1) {
        const child = n as Element;
        if (!SKIP_TAGS.has(child.tagName.toUpperCase()) && !isHidden(child)) walk(child);
      }
    }
  };
  walk(el);
  return out;
}

function classId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
}

/** Best image URL of an <img>/<amp-img>: lazy-load attributes first, then src, then srcset. */
export function imageSrc(img: Element, base: string): string | null {
  const candidates = [
    img.getAttribute('data-src'),
    img.getAttribute('data-original'),
    img.getAttribute('data-lazy-src'),
    img.getAttribute('src'),
    (img.getAttribute('srcset') ?? img.getAttribute('data-srcset') ?? '')
      .split(',')[0]
      ?.trim()
      .split(/\s+/)[0],
  ];
  for (const c of candidates) {
    const abs = absoluteHttpUrl(c, base);
    if (abs) return abs;
  }
  return null;
}

function isDecorative(img: Element, src: string): boolean {
  const w = parseInt(img.getAttribute('width') ?? '', 10);
  const h = parseInt(img.getAttribute('height') ?? '', 10);
  if ((w && w < 40) || (h && h < 40)) return true;
  let path = src;
  try {
    path = new URL(src).pathname;
  } catch {
    /* keep */
  }
  return (
    DECORATIVE_SRC_RE.test(path) ||
    DECORATIVE_SRC_RE.test(classId(img)) ||
    /^(?:qr|logo|icon)/i.test(img.getAttribute('alt') ?? '')
  );
}

/** Split a trailing photo credit ("… Ảnh: Hoàng Phong", "(Ảnh: TTXVN)") off a caption. */
export function splitCredit(text: string): { caption: string; credit?: string } {
  const t = norm(text);
  const m = CREDIT_RE.exec(t);
  if (!m) return { caption: t };
  const caption = t.slice(0, m.index).trim();
  return { caption, credit: m[0].trim() };
}

function sameStyle(a: Inline, s: Style): boolean {
  if (s.href) return a.type === 'link' && a.href === s.href;
  return a.type === 'text' && !!a.bold === s.bold && !!a.italic === s.italic;
}

function finishInlines(raw: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const i of raw) {
    const text = i.text.replace(BLANK_RUN_RE, ' ');
    if (!text) continue;
    const last = out[out.length - 1];
    if (
      last &&
      last.type === i.type &&
      (i.type === 'link'
        ? last.type === 'link' && last.href === i.href
        : last.type === 'text' &&
          !!last.bold === !!(i as { bold?: boolean }).bold &&
          !!last.italic === !!(i as { italic?: boolean }).italic)
    ) {
      last.text += text;
    } else out.push({ ...i, text });
  }
  // Trim the ends.
  while (out[0] && !out[0].text.trim()) out.shift();
  while (out.length && !out.at(-1)?.text.trim()) out.pop();
  const [head] = out;
  const tail = out.at(-1);
  if (head && tail) {
    head.text = head.text.replace(/^\s+/, '');
    tail.text = tail.text.replace(/\s+$/, '');
  }
  return out;
}

export function inlinesText(inlines: Inline[]): string {
  // Inline texts come out of finishInlines already collapsed: only the joins can double a space.
  let s = '';
  for (const i of inlines) s += s.endsWith(' ') && i.text.startsWith(' ') ? i.text.slice(1) : i.text;
  return s.length && (s.startsWith(' ') || s.endsWith(' ') || /\s\s|[\t\n\r\u00a0\u200b]/.test(s))
    ? collapse(s)
    : s;
}

function allStyled(inlines: Inline[], key: 'bold' | 'italic'): boolean {
  let styled = 0;
  let total = 0;
  for (const i of inlines) {
    const n = i.text.trim().length;
    total += n;
    if (i.type === 'text' && i[key]) styled += n;
  }
  return total > 0 && styled / total >= 0.9;
}

/**
 * A build as it stood before its boundary markers were resolved, kept so that a build of an ancestor
 * can take it in whole instead of walking the subtree again (see Builder.splice).
 */
interface RawBuild {
  root: Element;
  opts: BuildOptions;
  blocks: Block[];
  hints: BlockHint[];
  linkShare: number[];
  markers: { index: number; text: string }[];
  awaitCaption: { index: number; img: Element } | null;
  awaitCredit: number | null;
  /** The breadcrumb rule (first two blocks only) dropped a line. */
  crumb: boolean;
  /** A boundary marker was met before any block (and ignored). */
  lostMark: boolean;
  /** The build's first step that reads or sets a waiting caption or credit (see FirstStep). */
  first: FirstStep | null;
}

/**
 * What an image or caption waiting before a container would meet first inside it: a line (which might
 * be taken as its caption or credit), a new image (the wait is replaced), or a heading (the caption
 * wait ends, a credit wait goes on).
 */
type FirstStep = { text: string; inlines: Inline[]; el: Element | null } | 'image' | 'heading';

/** A photo credit line after a caption ("Ảnh: …"). */
const CREDIT_LINE_RE = /^\(?\s*Ảnh(?:\s+minh\s+họa)?\s*:/iu;

const RAW = new WeakMap<BuildResult, RawBuild>();

/** The same skip set inside `el` (its own membership aside: a root's own is never looked at). */
function sameSkipsInside(el: Element, a: Set<Element> | undefined, b: Set<Element> | undefined): boolean {
  let n = 0;
  for (const e of a ?? []) {
    if (e === el || !el.contains(e)) continue;
    if (!b?.has(e)) return false;
    n++;
  }
  for (const e of b ?? []) if (e !== el && el.contains(e)) n--;
  return n === 0;
}

class Builder {
  blocks: Block[] = [];
  hints: BlockHint[] = [];
  stoppedAt: string | null = null;
  inlineBox: string | null = null;
  /** Share of link text in each block (paragraphs and lists). */
  private linkShare: number[] = [];
  private markers: { index: number; text: string }[] = [];
  private buf: Inline[] = [];
  private bufEl: Element | null = null;
  private awaitCaption: { index: number; img: Element } | null = null;
  private awaitCredit: number | null = null;
  private titleNorm: string;
  private dropFurniture: boolean;
  private crumb = false;
  private lostMark = false;
  private first: FirstStep | null = null;
  raw: RawBuild | null = null;

  constructor(
    private root: Element,
    private opts: BuildOptions,
    /** Shared with the nested builders (lists, quotes, captions) of the same run. */
    private blockInside = new WeakMap<Element, boolean>(),
    /** An earlier build of an element inside the root, taken in whole when the walk meets it (see splice). */
    private reuse: RawBuild | null = null,
  ) {
    this.titleNorm = norm(opts.title).toLowerCase();
    this.dropFurniture = opts.dropFurniture !== false;
  }

  run(): BuildResult {
    this.children(this.root, { bold: false, italic: false, href: null });
    this.flush();
    this.raw = {
      root: this.root,
      opts: this.opts,
      blocks: [...this.blocks],
      hints: [...this.hints],
      linkShare: [...this.linkShare],
      markers: [...this.markers],
      awaitCaption: this.awaitCaption,
      awaitCredit: this.awaitCredit,
      crumb: this.crumb,
      lostMark: this.lostMark,
      first: this.first,
    };
    this.resolveMarker();
    return { blocks: this.blocks, hints: this.hints, stoppedAt: this.stoppedAt, inlineBox: this.inlineBox };
  }

  /**
   * The container `el` met by the walk is the root of the earlier build `reuse`: its blocks are taken
   * as they are instead of walking it again, when nothing the walk would see differently lies between —
   * the same options and skips inside it, no image waiting for a caption (or figure for a credit) that
   * its first line would give, no class or alignment above it that the hints, caption and signature
   * tests would read, and none of the rules that look at the block count (breadcrumbs, markers) used.
   * False: walk it.
   */
  private splice(el: Element): boolean {
    const r = this.reuse;
    if (!r || r.root !== el || !this.waitEndsAs(r.first)) return false;
    const at = this.blocks.length;
    if (at > 0 && (r.crumb || r.lostMark)) return false;
    const o = r.opts;
    if (
      o.baseUrl !== this.opts.baseUrl ||
      norm(o.title).toLowerCase() !== this.titleNorm ||
      (o.dropFurniture !== false) !== this.dropFurniture ||
      (o.captionSelectors ?? []).join('\n') !== (this.opts.captionSelectors ?? []).join('\n') ||
      !sameSkipsInside(el, o.skip, this.opts.skip)
    )
      return false;
    // The caption and signature tests climb from a line up to the root; the hints up to and with it.
    for (let n: Element | null = el; n && n !== this.root; n = n.parentElement) {
      if (isRightAligned(n) || isCentered(n) || n.tagName === 'FIGCAPTION') return false;
      if (CAPTION_CLASS_RE.test(classId(n)) || (n !== el && AUTHOR_CLASS_RE.test(classId(n)))) return false;
      if (this.opts.captionSelectors?.some((s) => safeMatches(n!, s))) return false;
    }
    if (isRightAligned(this.root) || AUTHOR_CLASS_RE.test(classId(this.root))) return false;
    for (let i = 0; i < r.blocks.length; i++) {
      // Copies: a line after the container may still give its last figure a caption.
      this.blocks.push({ ...r.blocks[i]! });
      this.hints.push({ ...r.hints[i]! });
      this.linkShare.push(r.linkShare[i] ?? 0);
    }
    for (const m of r.markers) this.markers.push({ index: m.index + at, text: m.text });
    // A container that never touches the waits leaves them as they were.
    if (r.first) {
      this.awaitCaption = r.awaitCaption && { index: r.awaitCaption.index + at, img: r.awaitCaption.img };
      this.awaitCredit = r.awaitCredit === null ? null : r.awaitCredit + at;
    }
    this.crumb ||= r.crumb;
    this.lostMark ||= r.lostMark;
    this.first ??= r.first;
    return true;
  }

  /** Whether the caption or credit this build waits for (if any) would not be taken by `first`. */
  private waitEndsAs(first: FirstStep | null): boolean {
    if (!this.awaitCaption && this.awaitCredit === null) return true;
    if (first === null || first === 'image') return true;
    if (first === 'heading') return this.awaitCredit === null;
    if (this.awaitCredit !== null && this.takesCredit(this.awaitCredit, first.text)) return false;
    return !this.awaitCaption || !this.takesCaption(this.awaitCaption, first.text, first.inlines, first.el);
  }

  /** The line is the photo credit of the figure at `index`. */
  private takesCredit(index: number, text: string): boolean {
    const fig = this.blocks[index];
    return fig?.type === 'figure' && !fig.credit && CREDIT_LINE_RE.test(text) && text.length <= 70;
  }

  /** The line is the caption of the image waiting for one. */
  private takesCaption(
    wait: { index: number; img: Element },
    text: string,
    inlines: Inline[],
    el: Element | null,
  ): boolean {
    const fig = this.blocks[wait.index];
    return (
      fig?.type === 'figure' && !this.rightAlignedLine(el) && this.captionLike(text, inlines, el, wait.img)
    );
  }

  /** A boundary heading ("Tin khác", …) was met: note it, keep walking, decide at the end. */
  private mark(text: string): void {
    if (!this.blocks.length) {
      this.lostMark = true;
      return;
    }
    const last = this.markers[this.markers.length - 1];
    if (last && last.index === this.blocks.length) return;
    this.markers.push({ index: this.blocks.length, text });
  }

  /**
   * After each boundary marker, either everything up to the next marker is furniture (teaser links,
   * their dates and sapos): cut the body there; or real prose goes on (a related box sat inside the
   * article): drop only the box's link blocks and look at the next marker. Prose = a paragraph of
   * ≥ 120 chars, mostly not links, not a truncated teaser ("…"). It takes two prose paragraphs, one
   * of them not right after a link line or heading (where a teaser's sapo sits), to resume.
   */
  private resolveMarker(): void {
    if (!this.markers.length) return;
    const text = (i: number) =>
      this.blocks[i]?.type === 'paragraph'
        ? inlinesText((this.blocks[i] as { inlines: Inline[] }).inlines)
        : '';
    const linky = (i: number) => (this.linkShare[i] ?? 0) >= 0.6 || this.blocks[i]?.type === 'heading';
    const prose = (i: number) => {
      const t = text(i);
      return t.length >= 120 && (this.linkShare[i] ?? 0) < 0.3 && !/(?:…|\.\.\.)$/.test(t);
    };
    const drop = new Set<number>();
    let cut = -1;
    for (const [k, marker] of this.markers.entries()) {
      const m = marker.index;
      const end = this.markers[k + 1]?.index ?? this.blocks.length;
      let first = -1;
      let total = 0;
      let clean = 0;
      for (let i = m; i < end; i++) {
        if (!prose(i)) continue;
        if (first < 0) first = i;
        total++;
        if (i > m && !linky(i - 1)) clean++;
      }
      if (first >= 0 && total >= 2 && clean >= 1) {
        for (let i = m; i < end; i++) if (i < first || (this.linkShare[i] ?? 0) >= 0.6) drop.add(i);
        this.inlineBox ??= marker.text;
        continue;
      }
      cut = m;
      this.stoppedAt = marker.text;
      break;
    }
    const keep = (i: number) => (cut < 0 || i < cut) && !drop.has(i);
    this.blocks = this.blocks.filter((_, i) => keep(i));
    this.hints = this.hints.filter((_, i) => keep(i));
    this.linkShare = this.linkShare.filter((_, i) => keep(i));
  }

  private hintFor(el: Element | null): BlockHint {
    let right = false;
    let authorClass = false;
    for (let n = el; n && n !== this.root.parentElement; n = n.parentElement) {
      if (!right && isRightAligned(n)) right = true;
      if (!authorClass && AUTHOR_CLASS_RE.test(classId(n))) authorClass = true;
      if (n === this.root) break;
    }
    return { right, authorClass };
  }

  private push(block: Block, el: Element | null, linkShare = 0): void {
    this.blocks.push(block);
    this.hints.push(this.hintFor(el));
    this.linkShare.push(linkShare);
  }

  private children(el: Element, style: Style): void {
    for (let n = el.firstChild; n; n = n.nextSibling) this.node(n, style);
  }

  private text(data: string, style: Style, parent: Element): void {
    if (!/\S/.test(data)) {
      if (this.buf.length) this.appendText(' ', style);
      return;
    }
    if (!this.buf.length || !this.buf.some((i) => /\S/.test(i.text))) {
      if (data.length <= 80) {
        const t = norm(data);
        if (BOUNDARY_RE.test(t)) {
          this.flush();
          this.buf = [];
          this.mark(t);
          return;
        }
      }
      this.bufEl = blockAncestor(parent, this.root);
    }
    // Decomposed (NFD) Vietnamese is composed once, here, so every later step sees NFC.
    this.appendText(COMBINING.test(data) ? data.normalize('NFC') : data, style);
  }

  private appendText(data: string, style: Style): void {
    const last = this.buf[this.buf.length - 1];
    if (last && sameStyle(last, style)) {
      last.text += data;
      return;
    }
    if (style.href) this.buf.push({ type: 'link', text: data, href: style.href });
    else {
      const t: Inline = { type: 'text', text: data };
      if (style.bold) t.bold = true;
      if (style.italic) t.italic = true;
      this.buf.push(t);
    }
  }

  private flush(): void {
    const inlines = finishInlines(this.buf);
    const el = this.bufEl;
    this.buf = [];
    this.bufEl = null;
    if (!inlines.length) return;
    const text = inlinesText(inlines);
    if (!text) return;
    if (this.isNoise(text)) return;
    this.first ??= { text, inlines, el };
    if (this.awaitCredit !== null) {
      const index = this.awaitCredit;
      this.awaitCredit = null;
      const fig = this.blocks[index];
      if (fig?.type === 'figure' && this.takesCredit(index, text)) {
        fig.credit = text;
        return;
      }
    }
    if (this.awaitCaption) {
      const wait = this.awaitCaption;
      this.awaitCaption = null;
      const fig = this.blocks[wait.index];
      if (fig?.type === 'figure' && this.takesCaption(wait, text, inlines, el)) {
        const index = wait.index;
        const { caption, credit } = splitCredit(text);
        fig.caption = caption;
        if (credit) fig.credit = credit;
        else this.awaitCredit = index;
        return;
      }
    }
    let linkChars = 0;
    for (const i of inlines) if (i.type === 'link') linkChars += i.text.length;
    const share = linkChars / Math.max(1, text.length);
    if (share >= 0.3 && READ_MORE_RE.test(text)) return;
    // A tag list ("Từ khóa: <a>…</a>, <a>…</a>") names other pages, not the article's text.
    if (share >= 0.4 && TAG_LIST_RE.test(text)) return;
    this.push({ type: 'paragraph', inlines }, el, share);
  }

  private isNoise(text: string): boolean {
    if (text.length <= 90) {
      if (NOISE_LINE_RE.test(text) || isToolbarLine(text)) return true;
      if (this.blocks.length < 2 && BREADCRUMB_RE.test(text) && /[>»›]/.test(text)) {
        this.crumb = true;
        return true;
      }
    }
    if (text.length <= 90 && dateLineLabel(text) && !/tháng/i.test(text)) return true;
    if (this.titleNorm && text.toLowerCase() === this.titleNorm) return true;
    return false;
  }

  private captionLike(text: string, inlines: Inline[], el: Element | null, img: Element): boolean {
    if (text.length > 300) return false;
    if (/(?<![\p{L}\p{N}])Ảnh(?:\s+minh\s+họa)?\s*:/iu.test(text)) return true;
    if (allStyled(inlines, 'italic')) return true;
    // The text the image (or its lightbox link) carries as alt/title, repeated under it.
    for (const t of [
      img.getAttribute('alt'),
      img.getAttribute('title'),
      img.parentElement?.tagName === 'A' ? img.parentElement.getAttribute('title') : null,
    ]) {
      if (t && norm(t) === text) return true;
    }
    for (let n = el; n && n !== this.root; n = n.parentElement) {
      if (CAPTION_CLASS_RE.test(classId(n)) || n.tagName === 'FIGCAPTION') return true;
      if (this.opts.captionSelectors?.some((s) => safeMatches(n!, s))) return true;
      if (n.tagName === 'P' || n.tagName === 'DIV' || n.tagName === 'TD') {
        if (isCentered(n) && text.length <= 200) return true;
        break;
      }
    }
    return false;
  }

  /** A right-aligned line is a signature (the writer's byline), never an image's caption. */
  private rightAlignedLine(el: Element | null): boolean {
    for (let n = el, i = 0; n && n !== this.root && i < 4; n = n.parentElement, i++)
      if (isRightAligned(n)) return true;
    return false;
  }

  private node(n: Node, style: Style): void {
    if (n.nodeType === 3) {
      this.text((n as Text).data, style, n.parentElement ?? this.root);
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || isHidden(el) || this.opts.skip?.has(el)) return;
    if (
      this.dropFurniture &&
      el !== this.root &&
      tag !== 'P' &&
      tag !== 'IMG' &&
      FURNITURE_RE.test(classId(el))
    )
      return;

    if (IMG_TAGS.has(tag)) {
      this.image(el);
      return;
    }
    if (tag === 'BR') {
      if (this.buf.length) {
        const prev = previousNonBlank(el);
        if (prev && prev.nodeType === 1 && (prev as Element).tagName === 'BR') this.flush();
        else if (shortTail(el))
          this.flush(); // "…cuộc sống.<br><b>Hoàng Tùng</b>": the tail line stands alone
        else this.appendText(' ', style);
      }
      return;
    }
    const level = HEADING_LEVEL[tag];
    if (level) {
      this.flush();
      const t = norm(visibleText(el));
      if (!t) return;
      if (BOUNDARY_RE.test(t)) {
        this.mark(t);
        return;
      }
      if (t.toLowerCase() === this.titleNorm || this.isNoise(t)) return;
      if (el.querySelector('img, amp-img')) {
        this.children(el, style);
        this.flush();
        return;
      }
      this.awaitCaption = null;
      this.first ??= 'heading';
      this.push({ type: 'heading', level, text: t }, el);
      return;
    }
    if (tag === 'UL' || tag === 'OL') {
      this.flush();
      this.list(el, tag === 'OL');
      return;
    }
    if (tag === 'TABLE') {
      this.flush();
      this.table(el, style);
      return;
    }
    if (tag === 'BLOCKQUOTE') {
      this.flush();
      const inner = new Builder(el, { ...this.opts, title: undefined }, this.blockInside);
      const res = inner.run();
      for (let i = 0; i < res.blocks.length; i++) {
        const b = res.blocks[i];
        if (!b) continue;
        if (b.type === 'paragraph') this.push({ type: 'quote', inlines: b.inlines }, el);
        else this.push(b, el);
      }
      return;
    }
    if (tag === 'FIGURE') {
      this.flush();
      this.figure(el, style);
      return;
    }
    if (tag === 'FIGCAPTION') {
      // A figcaption outside a <figure> we handled: treat as a caption candidate paragraph.
      this.flush();
      this.children(el, style);
      this.flush();
      return;
    }
    if (INLINE_TAGS.has(tag)) {
      // An inline element wrapping blocks (e.g. <a><div>…</div></a>, <span><p>) acts as a container.
      if (this.wrapsBlocks(el)) {
        this.flush();
        this.children(el, style);
        this.flush();
        return;
      }
      const next: Style = { ...style };
      if (tag === 'B' || tag === 'STRONG') next.bold = true;
      if (tag === 'I' || tag === 'EM' || tag === 'CITE') next.italic = true;
      const fw = styleOf(el);
      if (/font-weight\s*:\s*(?:bold|[6-9]00)/.test(fw)) next.bold = true;
      if (/font-style\s*:\s*italic/.test(fw)) next.italic = true;
      if (tag === 'A') next.href = absoluteHttpUrl(el.getAttribute('href'), this.opts.baseUrl);
      this.children(el, next);
      return;
    }
    // Any other element is a block container (p, div, section, article, center, dl, …).
    this.flush();
    if (!this.splice(el)) this.children(el, { bold: false, italic: false, href: null });
    this.flush();
  }

  /**
   * Whether an inline element holds block elements (p, div, table, …) anywhere below it. Computed for
   * the whole subtree in one iterative pass and remembered, so nested inline elements cost O(n) in
   * total, not one subtree query per level (5,000 nested <span>s took minutes).
   */
  private wrapsBlocks(el: Element): boolean {
    const known = this.blockInside.get(el);
    if (known !== undefined) return known;
    // Post-order over the subtree: an element wraps blocks if a child is a block or wraps blocks.
    const order: Element[] = [];
    const stack: Element[] = [el];
    while (stack.length) {
      const n = stack.pop()!;
      order.push(n);
      for (let c = n.firstElementChild; c; c = c.nextElementSibling)
        if (!this.blockInside.has(c)) stack.push(c);
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const n = order[i];
      if (!n) continue;
      let found = false;
      for (let c = n.firstElementChild; c && !found; c = c.nextElementSibling)
        found = BLOCK_TAGS.has(c.tagName.toUpperCase()) || this.blockInside.get(c) === true;
      this.blockInside.set(n, found);
    }
    return this.blockInside.get(el) === true;
  }

  private image(img: Element): void {
    const src = imageSrc(img, this.opts.baseUrl);
    if (!src || isDecorative(img, src)) return;
    this.flush();
    this.push({ type: 'figure', src, alt: norm(img.getAttribute('alt')), caption: '' }, img);
    this.awaitCaption = { index: this.blocks.length - 1, img };
    this.awaitCredit = null;
    this.first ??= 'image';
  }

  private figure(el: Element, style: Style): void {
    const imgs = Array.from(el.querySelectorAll('img, amp-img'));
    const cap = el.querySelector('figcaption');
    const lastImg = imgs.at(-1);
    if (!lastImg) {
      this.children(el, style);
      this.flush();
      return;
    }
    const start = this.blocks.length;
    for (const img of imgs) this.image(img);
    this.awaitCaption = null;
    this.first ??= 'heading'; // (when no image was kept) the caption wait ends, a credit wait goes on
    if (cap && this.blocks.length > start) {
      const inner = new Builder(cap, { ...this.opts, title: undefined }, this.blockInside);
      const text =
        norm(
          inner
            .run()
            .blocks.map((b) => (b.type === 'paragraph' ? inlinesText(b.inlines) : ''))
            .join(' '),
        ) || norm(visibleText(cap));
      const fig = this.blocks.at(-1);
      if (fig?.type === 'figure' && text) {
        const { caption, credit } = splitCredit(text);
        fig.caption = caption;
        if (credit) fig.credit = credit;
        else this.awaitCredit = this.blocks.length - 1;
      } else if (fig?.type === 'figure') {
        this.awaitCaption = { index: this.blocks.length - 1, img: lastImg };
      }
    } else if (this.blocks.length > start) {
      this.awaitCaption = { index: this.blocks.length - 1, img: lastImg };
    } else if (cap) {
      // Image unusable (data: URL, icon): keep the caption text as a paragraph.
      this.children(cap, style);
      this.flush();
    }
  }

  private list(el: Element, ordered: boolean): void {
    const items: Inline[][] = [];
    for (const li of Array.from(el.children)) {
      if (li.tagName !== 'LI') continue;
      if (li.querySelector('img, amp-img') && !norm(li.textContent)) continue;
      const inner = new Builder(
        li,
        { ...this.opts, title: undefined, dropFurniture: this.dropFurniture },
        this.blockInside,
      );
      const res = inner.run();
      const inl: Inline[] = [];
      for (const b of res.blocks) {
        if (b.type === 'paragraph' || b.type === 'quote') {
          if (inl.length) inl.push({ type: 'text', text: ' ' });
          inl.push(...b.inlines);
        } else if (b.type === 'heading') {
          if (inl.length) inl.push({ type: 'text', text: ' ' });
          inl.push({ type: 'text', text: b.text, bold: true });
        } else if (b.type === 'list') {
          for (const it of b.items) {
            if (inl.length) inl.push({ type: 'text', text: ' ' });
            inl.push(...it);
          }
        }
      }
      const fin = finishInlines(inl);
      if (fin.length) items.push(fin);
    }
    if (!items.length) return;
    let all = 0;
    let links = 0;
    for (const it of items)
      for (const i of it) {
        all += i.text.length;
        if (i.type === 'link') links += i.text.length;
      }
    this.push({ type: 'list', ordered, items }, el, links / Math.max(1, all));
  }

  private table(el: Element, style: Style): void {
    const rows = ownRows(el);
    const cells = rows.flatMap((tr) =>
      Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH'),
    );
    const imgs = el.querySelectorAll('img, amp-img');
    const textLen = norm(el.textContent).length;
    // Image table (CMS photo with caption cell).
    if (imgs.length && imgs.length <= 4 && textLen <= 400 && rows.length <= 6) {
      for (const c of cells) {
        this.children(c, style);
        this.flush();
      }
      return;
    }
    // Layout table: one cell, or cells holding blocks.
    const layout =
      cells.length <= 1 ||
      cells.some((c) => c.querySelector('p, div, table, ul, ol, h1, h2, h3, h4, img, amp-img'));
    if (layout) {
      for (const c of cells) {
        this.children(c, style);
        this.flush();
      }
      return;
    }
    const out: TableCell[][] = [];
    for (const tr of rows) {
      const row: TableCell[] = [];
      for (const c of Array.from(tr.children)) {
        if (c.tagName !== 'TD' && c.tagName !== 'TH') continue;
        const cell: TableCell = { text: norm(visibleText(c)), header: c.tagName === 'TH' };
        const cs = parseInt(c.getAttribute('colspan') ?? '', 10);
        const rs = parseInt(c.getAttribute('rowspan') ?? '', 10);
        if (cs > 1) cell.colspan = cs;
        if (rs > 1) cell.rowspan = rs;
        row.push(cell);
      }
      if (row.some((c) => c.text)) out.push(row);
    }
    if (out.length) this.push({ type: 'table', rows: out }, el);
  }
}

/** The table's own rows (direct, or in its thead/tbody/tfoot), never those of nested tables. */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'TR') rows.push(c);
    else if (c.tagName === 'TBODY' || c.tagName === 'THEAD' || c.tagName === 'TFOOT')
      for (let r = c.firstElementChild; r; r = r.nextElementSibling) if (r.tagName === 'TR') rows.push(r);
  }
  return rows;
}

/**
 * True when what follows a <br> is a short line standing alone (a byline, a credit): up to the end of
 * the parent or the next <br>, ≤ 60 characters, and either a single styled element
 * ("…cuộc sống.<br><strong>Hoàng Tùng</strong>") or a labelled line ("Tác giả: …", "Ảnh: …").
 */
function shortTail(br: Element): boolean {
  let len = 0;
  let elements = 0;
  let loose = false;
  let text = '';
  for (let n = br.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).tagName === 'BR') break;
    const t = (n.textContent ?? '').trim();
    if (!t) continue;
    len += t.length;
    text += ' ' + t;
    if (len > 60) return false;
    if (n.nodeType === 1) elements++;
    else loose = true;
  }
  if (!len) return false;
  return (elements === 1 && !loose) || /^\s*(?:tác\s*giả|người\s*viết|\(?ảnh)\s*:/iu.test(text);
}

function previousNonBlank(el: Element): Node | null {
  let p = el.previousSibling;
  while (p && p.nodeType === 3 && !/\S/.test((p as Text).data)) p = p.previousSibling;
  return p;
}

function blockAncestor(el: Element, root: Element): Element {
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n === root || !INLINE_TAGS.has(n.tagName.toUpperCase())) return n;
  }
  return root;
}

export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * `reuse`: an earlier build of an element inside `root` (the article body, when its parent is read
 * again for the figures beside it); where the walk meets that element its blocks are taken as they
 * are, when the result is sure to be the same (see Builder.splice).
 */
export function buildBlocks(root: Element, opts: BuildOptions, reuse?: BuildResult): BuildResult {
  const builder = new Builder(root, opts, undefined, (reuse && RAW.get(reuse)) ?? null);
  const result = builder.run();
  if (builder.raw) RAW.set(result, builder.raw);
  return result;
}
