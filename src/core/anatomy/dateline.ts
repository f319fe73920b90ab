/**
 * Page anatomy: date lines. One vocabulary of Vietnamese date lines ("Ngày đăng 21/07/2022 | 10:00 AM",
 * "Thứ Năm, 11/03/2021 17:15", "Cập nhật: …") for detection (is there one next to the title?) and
 * extraction (which line holds the publication date). Parsing the date itself is extract/date.ts.
 */
import { boundedText, collapseSpaces } from './dom.ts';

// ---- date lines (detection only needs "is there one", the extractor parses) ----

/** A date line is at most this long (longer text is never one). */
export const DATE_LINE_MAX = 200;

/** The date-line vocabulary as regular expressions, built on first use (the detector's quick check never needs them). */
interface Vocabulary {
  /** Date lines, each with what it looks like. */
  patterns: { re: RegExp; label: string }[];
  /** The labels of a date line: group 1 a modification label, group 2 a publication label. */
  label: RegExp;
}
let built: Vocabulary | null = null;
function vocabulary(): Vocabulary {
  if (built) return built;
  const D = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`;

  /** A time, 24-hour or 12-hour ("07:20 PM", "7:20 CH"). */
  const T = String.raw`\d{1,2}\s*[:h]\s*\d{2}(?:\s*(?:AM|PM|SA|CH|sáng|trưa|chiều|tối|đêm)(?![\p{L}\p{N}]))?`;
  const WEEKDAY = String.raw`(?:Thứ\s*(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\s*nhật|CN)`;
  const VI_MONTH = String.raw`(?:\d{1,2}|mười\s+một|mười\s+hai|mười|một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|chạp)(?!\p{L})`;
  const patterns: { re: RegExp; label: string }[] = [
    {
      re: new RegExp(String.raw`^\s*Print\s+${WEEKDAY}\s*,?\s*${D}`, 'i'),
      label: '"Print <weekday>, dd/mm/yyyy HH:MM" line',
    },
    {
      re: new RegExp(String.raw`Thời\s*gian\s*:?\s*${D}`, 'iu'),
      label: '"Thời gian: dd/mm/yyyy HH:MM" line',
    },
    {
      re: new RegExp(
        String.raw`(?:Ngày\s*(?:đăng|cập\s*nhật|ban\s*hành)?\s*:|(?:Cập\s*nhật|Đăng|Xuất\s*bản)\s*(?:ngày|lúc)?\s*:?)\s*(?:${T}\s*(?:[-|,]\s*)?(?:ngày\s*)?)?${D}`,
        'iu',
      ),
      label: 'labelled date line',
    },
    {
      re: new RegExp(String.raw`${WEEKDAY}\s*,?\s*(?:ngày\s*)?${D}`, 'iu'),
      label: 'weekday date line',
    },
    {
      re: new RegExp(String.raw`${D}\s*[-|,]?\s*${T}`, 'iu'),
      label: '"dd/mm/yyyy - HH:MM" date line',
    },
    {
      re: new RegExp(String.raw`^\s*${T}\s*(?:[-|,]|ngày)?\s*${D}`, 'iu'),
      label: '"HH:MM dd/mm/yyyy" date line',
    },
    {
      re: new RegExp(String.raw`^\s*(?:${T}\s*[-|,]?\s*)?${D}\s*$`, 'iu'),
      label: 'bare date line',
    },
    { re: /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/i, label: '"ngày dd tháng mm năm yyyy" line' },
    // WordPress Vietnamese locale: "29 Tháng Ba, 2021", "Tháng Ba 29, 2021", "29 tháng 3, 2021".
    {
      re: new RegExp(String.raw`^[^\d]{0,40}?\d{1,2}\s+tháng\s+${VI_MONTH}\s*,?\s+\d{4}(?!\d)`, 'iu'),
      label: '"dd Tháng <month>, yyyy" line',
    },
    {
      re: new RegExp(String.raw`^[^\d]{0,40}?tháng\s+${VI_MONTH}\s+\d{1,2}\s*,\s*\d{4}(?!\d)`, 'iu'),
      label: '"Tháng <month> dd, yyyy" line',
    },
  ];

  /** A modification label ("Cập nhật", "Ngày cập nhật", "Cập nhật lúc", "Sửa đổi", "Updated"): a last resort. */
  const MODIFIED_LABEL = String.raw`(?:ngày\s*)?cập\s*nhật(?:\s*lần\s*cuối)?(?:\s*(?:ngày|lúc))?|(?:ngày\s*)?(?:sửa\s*đổi|chỉnh\s*sửa)|last\s*updated|updated|modified`;
  /** A publication label ("Ngày đăng", "Đăng lúc", "Xuất bản", "Thời gian", "Ngày:", "Posted"). */
  const PUBLISHED_LABEL = String.raw`ngày\s*(?:đăng|đưa\s*tin|xuất\s*bản|phát\s*hành)|đăng\s*(?:ngày|lúc|tải)?|xuất\s*bản|thời\s*gian(?:\s*đăng)?|posted|published|ngày(?=\s*:)`;
  const label = new RegExp(
    String.raw`(?<![\p{L}])(?:(${MODIFIED_LABEL})|(${PUBLISHED_LABEL}))(?![\p{L}])`,
    'giu',
  );
  built = { patterns, label };
  return built;
}

const FOUR_DIGITS_RE = /\d{4}/;

export function dateLineLabel(raw: string): string | null {
  // Every pattern holds a year (four digits in a row): most short lines have none and skip the patterns.
  if (raw.length > DATE_LINE_MAX || !FOUR_DIGITS_RE.test(raw)) return null;
  const text = /[\u0300-\u036f]/.test(raw) ? raw.normalize('NFC') : raw;
  for (const p of vocabulary().patterns) if (p.re.test(text)) return p.label;
  return null;
}

/** True when an element holds a link with headline-length text (≥ 25 characters): a teaser. */
function hasHeadlineLink(el: Element): boolean {
  const links = el.getElementsByTagName('a');
  for (let i = 0, a = links[0]; a && i < 20; a = links[++i])
    if ((boundedText(a, 300) ?? 'x'.repeat(300)).length >= 25) return true;
  return false;
}

/** Short texts around the title: siblings of the title, its parent and grandparent (teasers skipped). */
export function textsAroundTitle(title: Element, maxEach = 250): string[] {
  const out: string[] = [];
  const text = (n: Node): string | null | undefined => {
    if (n.nodeType === 3) return collapseSpaces((n as Text).data) || undefined;
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

// ---- which date a line gives: publication or modification ----

export interface DatePiece {
  text: string;
  /** The piece is labelled as a modification time. */
  modified: boolean;
}

/**
 * Rule "date line vocabulary": a date line split at its labels, each piece with what its label says
 * ("Cập nhật: A | Ngày đăng: B" gives A as a modification time and B as the publication date). Text
 * before any label (an unlabelled "29/01/2022 | 2:20 PM") is a publication date.
 */
export function datePieces(line: string): DatePiece[] {
  const out: DatePiece[] = [];
  let start = 0;
  let modified = false;
  const labels = vocabulary().label;
  labels.lastIndex = 0;
  for (let m = labels.exec(line); m; m = labels.exec(line)) {
    if (m.index > start && /\d/.test(line.slice(start, m.index)))
      out.push({ text: line.slice(start, m.index), modified });
    start = m.index;
    modified = m[1] !== undefined;
  }
  if (/\d/.test(line.slice(start))) out.push({ text: line.slice(start), modified });
  return out;
}

/** A labelled date line (the label first, then a digit soon after): searched anywhere as a last resort. */
export const LABELLED_DATE_RE =
  /^\s*(?:ngày\s*(?:đăng|đưa\s*tin|xuất\s*bản|cập\s*nhật)|đăng\s*(?:ngày|lúc)|cập\s*nhật(?:\s*(?:ngày|lúc))?|xuất\s*bản|thời\s*gian(?:\s*đăng)?)\s*:?\s*\d/iu;
