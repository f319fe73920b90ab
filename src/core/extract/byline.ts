/**
 * Byline rules. The author of a portal article is printed as:
 *   - a trailing short line, usually bold and/or right-aligned: "Hoàng Tùng", "Minh Thu - Đức Anh";
 *   - initials only: "V.H.N", "T.L.";
 *   - a labelled line: "Tác giả: Ngọc Mai", "Bài và ảnh: Minh Khôi".
 * A photo credit ("Ảnh: Name", "(Ảnh: TTXVN)") is never a byline.
 */
import type { Block } from '../types.ts';
import type { BlockHint } from './blocks.ts';
import { inlinesText } from './blocks.ts';
import { norm } from './text.ts';

const LABELLED_RE =
  /^(?:tác\s*giả(?:\s*bài\s*viết)?|người\s*viết|bài(?:\s*(?:và|,|&)\s*ảnh)?|tin\s*(?:và|,|&)\s*ảnh|nhóm\s*pv)\s*:\s*(.{2,80})$/iu;
const INITIALS_RE = /^(?:\p{Lu}{1,2}\.\s?){1,5}\p{Lu}{0,2}\.?$/u;
const WORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’]*`;
const NAME_RE = new RegExp(
  String.raw`^${WORD}(?:\s+${WORD}){0,4}(?:\s*[-–,&]\s*${WORD}(?:\s+${WORD}){0,4})?$`,
  'u',
);
/** Trailing source notes after a name: "(tổng hợp)", "- TTXVN", "(Theo Báo Hải Phòng)". */
const SUFFIX_RE =
  /\s*(?:\((?:tổng\s*hợp|TH|st|sưu\s*tầm|lược\s*dịch|theo\s+[^)]{1,40}|TTXVN|VNA|TTXVN\/VNA)\)|[-–]\s*(?:TTXVN|VNA|theo\s+.{1,40}))\s*$/iu;
/** A photo credit after the writer on one line: "Hoàng Tùng - Ảnh: Minh Đức", "Hoàng Tùng (Ảnh: Minh Đức)". */
const TRAILING_CREDIT_RE = /\s*(?:[-–,;|]\s*|\(\s*)ảnh(?:\s+minh\s+họa)?\s*:[^()]{1,50}\)?\.?$/iu;
const CREDIT_RE = /^\(?\s*ảnh(?:\s+minh\s+họa)?\s*:/iu;
/** A line that only credits photos: "Ảnh: Minh Đức", "(Ảnh: Cổng TTĐT đặc khu Cát Hải)", "Ảnh minh họa: TTXVN". */
const CREDIT_LINE_RE = /^\(?\s*ảnh(?:\s+minh\s+họa)?\s*:[^()]{1,70}\)?\.?$/iu;
const NOT_A_NAME_RE =
  /^(?:hết|kết thúc|the end|nguồn|tin|ảnh|video|clip|xem|đọc|trang|in|print|gốc|chia sẻ|qr)(?![\p{L}\p{N}])/iu;

/** Clean an author string; null when it does not look like a person or a newsroom signature. */
export function cleanAuthor(raw: string | null | undefined): string | null {
  const labelled = LABELLED_RE.exec(norm(raw));
  if (labelled) raw = labelled[1];
  raw = norm(raw).replace(TRAILING_CREDIT_RE, '');
  let t = norm(raw).replace(/[.:;,]+$/, (m) => (/\p{Lu}\.$/u.test(norm(raw)) ? m : ''));
  t = t.replace(SUFFIX_RE, '').trim();
  if (!t || t.length > 60 || CREDIT_RE.test(t)) return null;
  if (/^(?:admin|administrator|ban\s+biên\s+tập|quản\s+trị|cổng\s+(?:thông\s+tin|tin\s+tức))/iu.test(t))
    return null;
  return t;
}

/** Does a line look like a byline on its own (name or initials)? */
export function looksLikeByline(text: string, strong: boolean): string | null {
  const t0 = norm(text);
  if (!t0 || t0.length > 60) return null;
  const labelled = LABELLED_RE.exec(t0);
  if (labelled) return cleanAuthor(labelled[1]);
  if (CREDIT_RE.test(t0)) return null;
  // "Name - Ảnh: Name": the writer comes first; the credit part is dropped.
  const withoutCredit = t0.replace(TRAILING_CREDIT_RE, '');
  if (withoutCredit !== t0 && withoutCredit) return looksLikeByline(withoutCredit, strong);
  if (/ảnh\s*:/iu.test(t0)) return null;
  const t = t0
    .replace(SUFFIX_RE, '')
    .replace(/\.$/, (m) => (INITIALS_RE.test(t0) ? m : ''))
    .trim();
  if (NOT_A_NAME_RE.test(t)) return null;
  if (INITIALS_RE.test(t)) return t;
  if (!NAME_RE.test(t)) return null;
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (words >= 2 && words <= 10) return cleanAuthor(t);
  if (words === 1 && strong && t.length <= 20) return cleanAuthor(t);
  return null;
}

function paragraphText(b: Block | undefined): string | null {
  return b?.type === 'paragraph' ? inlinesText(b.inlines) : null;
}

function isStrong(b: Block, h: BlockHint | undefined): boolean {
  if (h?.right || h?.authorClass) return true;
  if (b.type !== 'paragraph') return false;
  let bold = 0;
  let total = 0;
  for (const i of b.inlines) {
    const n = i.text.trim().length;
    total += n;
    if (i.type === 'text' && (i.bold || i.italic)) bold += n;
  }
  return total > 0 && bold / total >= 0.9;
}

export interface BylineMatch {
  author: string;
  /** Index of the block holding the byline (to drop from the body). */
  index: number;
  rule: 'labelled' | 'trailing-line';
  /** Index of a CMS account field printed after the writer's byline (also dropped; not the author). */
  cmsField?: number;
}

/** An account name rather than a person's: "admin", "webmaster", "user_12", "bientap@…". */
const ACCOUNT_RE =
  /^(?:admin(?:istrator)?|webmaster|quản\s*trị(?:\s*viên)?|editor|root)(?:\s+(?:admin(?:istrator)?|webmaster|editor|root))?$|^(?=[\w.@-]*[@_\d])(?=[\w.@-]*[a-z])[\w.@-]+$/iu;

/**
 * Rule "CMS field": a line the CMS prints after the article with the uploader's account, not the
 * writer: an account name ("admin admin", "bientap_01"), or a name typed without any Vietnamese
 * diacritic in three or more words ("Pho Ban bien tap"), which a byline written by the newsroom has.
 */
export function isCmsAccountLine(text: string): boolean {
  const t = norm(text);
  if (!t || t.length > 40) return false;
  if (ACCOUNT_RE.test(t)) return true;
  return /^[A-Za-z]+(?:\s+[A-Za-z]+){2,5}$/.test(t);
}

/** Find the byline among the last blocks of a body. */
export function findByline(blocks: Block[], hints: BlockHint[]): BylineMatch | null {
  // 1. A labelled line ("Tác giả: …") among the last four blocks.
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - 4); i--) {
    const t = paragraphText(blocks[i]);
    if (!t) continue;
    const m = LABELLED_RE.exec(norm(t));
    if (m) {
      const a = cleanAuthor(m[1]);
      if (a) return { author: a, index: i, rule: 'labelled' };
    }
  }
  // 2. The last paragraph (figures and photo-credit lines after it are allowed: "Hoàng Mai" then
  //    "(Ảnh: Cổng TTĐT …)"), short and name-like. A credit line is never the byline itself.
  //    Two name lines at the end: the writer, then the CMS's uploader field (rule "CMS field").
  let cmsField: number | undefined;
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - 5); i--) {
    const b = blocks[i];
    if (!b) continue;
    if (b.type === 'figure') continue;
    const t = paragraphText(b);
    if (!t) return null;
    if (t.length <= 80 && CREDIT_LINE_RE.test(norm(t))) continue;
    if (cmsField === undefined && isCmsAccountLine(t)) {
      cmsField = i;
      continue;
    }
    const a = trailingName(t, b, hints[i]);
    if (!a) return cmsField === undefined ? null : { author: '', index: -1, rule: 'trailing-line', cmsField };
    if (cmsField === undefined && i > 0) {
      // The line before is a styled name too: that one is the writer, this one the uploader field.
      const prev = blocks[i - 1];
      const pt = paragraphText(prev);
      const writer =
        prev && pt && isStrong(prev, hints[i - 1]) && isStrong(b, hints[i])
          ? trailingName(pt, prev, hints[i - 1])
          : null;
      if (writer) return { author: writer, index: i - 1, rule: 'trailing-line', cmsField: i };
    }
    return { author: a, index: i, rule: 'trailing-line', ...(cmsField !== undefined ? { cmsField } : {}) };
  }
  return cmsField === undefined ? null : { author: '', index: -1, rule: 'trailing-line', cmsField };
}

/** A short name-like line; unstyled lines must be clearly a name: 2–5 words, ≤ 40 chars. */
function trailingName(t: string, b: Block, h: BlockHint | undefined): string | null {
  const strong = isStrong(b, h);
  const a = looksLikeByline(t, strong);
  return a && (strong || (t.length <= 40 && a.split(/\s+/).length <= 5)) ? a : null;
}

/** Class or id of an element that holds the writer's name (byline, author box). */
const BYLINE_MARK_RE = /byline|author|writtenby/i;

/**
 * The text of the first element the page marks as the writer's (rel=author, itemprop=author, or a
 * byline/author class or id), when it is a short line (under 100 characters): the generic path's
 * byline when it reads the page without Readability. A bounded walk in document order.
 */
export function markedByline(doc: Document, limit = 5000): string | null {
  const els = doc.body ? doc.body.getElementsByTagName('*') : [];
  for (let i = 0; i < els.length && i < limit; i++) {
    const el = els[i];
    // Most elements carry no attribute at all: nothing to read on them.
    if (!el) break;
    if (!el.hasAttributes()) continue;
    const mark = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (
      el.getAttribute('rel') !== 'author' &&
      !(el.getAttribute('itemprop') ?? '').includes('author') &&
      !(mark.length > 1 && BYLINE_MARK_RE.test(mark))
    )
      continue;
    const t = norm(el.textContent);
    if (t && t.length < 100) return t;
  }
  return null;
}
