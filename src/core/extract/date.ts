/**
 * Vietnamese date parsing for the portals. Output: ISO 8601 wall time in Việt Nam (+07:00).
 *
 * Accepted forms (anywhere in the text; the first valid one wins):
 *   Thứ Năm, 11/03/2021 17:15 · Print Thứ Năm, 11/03/2021 17:15 Gốc · Chủ nhật, 5/9/2021
 *   11/03/2021 17:15 · 11/03/2021 - 17:15 · 11-03-2021 | 17h15 · 17:15 11/03/2021 · 17:15 | 11/03/2021
 *   Thời gian: 11/05/2022 12:15 · Ngày đăng: 11/05/2022
 *   ngày 11 tháng 3 năm 2021 (optionally with "17 giờ 15" or "17:15")
 *   ISO / meta values: 2021-03-11T17:15:00+07:00, 2021-03-11T10:15:00Z, 2021-03-11
 * Impossible dates (31/02, 29/02 in a common year, 25:00) are skipped.
 * A weekday that does not match the digits is reported (weekdayMismatch) and the digits win:
 * the numbers are what the CMS stores, the weekday is a label printed next to them.
 */

export interface ParsedDate {
  /** e.g. "2021-03-11T17:15:00+07:00" (midnight when the text has no time). */
  iso: string;
  hasTime: boolean;
  /** The text named a weekday that is not the weekday of the date. */
  weekdayMismatch: boolean;
}

const WEEKDAY_RE = /(?:Thứ\s*(Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|(Chủ\s*nhật|CN))(?![\p{L}\p{N}])/iu;
const WEEKDAY_INDEX: Record<string, number> = {
  hai: 1,
  ba: 2,
  tư: 3,
  năm: 4,
  sáu: 5,
  bảy: 6,
  '2': 1,
  '3': 2,
  '4': 3,
  '5': 4,
  '6': 5,
  '7': 6,
};

/** 12-hour markers: English/Vietnamese abbreviations and the day parts of the WordPress vi locale ("4:00 chiều"). */
const AMPM = String.raw`AM|PM|SA|CH|sáng|trưa|chiều|tối|đêm`;
const TIME = String.raw`(\d{1,2})\s*(?:[:h]|giờ)\s*(\d{2})(?:\s*:\s*(\d{2}))?(?:\s*(${AMPM})(?![\p{L}\p{N}]))?`;
const timeGroup = (n: number) =>
  String.raw`(?<h${n}>\d{1,2})\s*(?:[:h]|giờ)\s*(?<m${n}>\d{2})(?:\s*:\s*(?<s${n}>\d{2}))?(?:\s*(?<a${n}>${AMPM})(?![\p{L}\p{N}]))?`;
const NUMERIC_RE = new RegExp(
  String.raw`(?:${timeGroup(1)}\s*(?:[-|,]|ngày)?\s*)?(?<![\d/])(?<d>\d{1,2})\s*(?<sep>[/.-])\s*(?<mo>\d{1,2})\s*\k<sep>\s*(?<y>\d{4})(?!\d)(?:\s*(?:[-|,]|lúc)?\s*${timeGroup(2)})?`,
  'giu',
);
const WORDS_RE = new RegExp(
  String.raw`(?:${TIME}\s*,?\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`,
  'giu',
);
/** Month names of the WordPress Vietnamese locale ("Tháng Ba", "Tháng Mười Hai"), longest first. */
const MONTH_NAMES: [string, number][] = [
  ['mười một', 11],
  ['mười hai', 12],
  ['mười', 10],
  ['một', 1],
  ['giêng', 1],
  ['hai', 2],
  ['ba', 3],
  ['tư', 4],
  ['bốn', 4],
  ['năm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['tám', 8],
  ['chín', 9],
  ['chạp', 12],
];
const MONTH = String.raw`(\d{1,2}|${MONTH_NAMES.map(([n]) => n.replace(' ', String.raw`\s+`)).join('|')})(?![\p{L}])`;
/** "29 tháng 3, 2021", "29 Tháng Ba, 2021" (no "năm": that form is WORDS_RE). */
const DAY_MONTH_RE = new RegExp(
  String.raw`(?<![\d])(\d{1,2})\s+tháng\s+${MONTH}\s*,?\s+(\d{4})(?!\d)`,
  'giu',
);
/** "Tháng Ba 29, 2021", "tháng 3 29, 2021" (WordPress "F j, Y" in Vietnamese). */
const MONTH_DAY_RE = new RegExp(String.raw`tháng\s+${MONTH}\s+(\d{1,2})\s*,\s*(\d{4})(?!\d)`, 'giu');

function monthNumber(s: string): number {
  if (/^\d+$/.test(s)) return +s;
  const k = s.toLowerCase().replace(/\s+/g, ' ');
  return MONTH_NAMES.find(([n]) => n === k)?.[1] ?? 0;
}

const ISO_RE =
  /(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/g;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): boolean {
  return (
    y >= 1990 &&
    y <= 2100 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m) &&
    hh >= 0 &&
    hh <= 23 &&
    mm >= 0 &&
    mm <= 59 &&
    ss >= 0 &&
    ss <= 59
  );
}

export function toIso(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): string {
  return `${y}-${pad(m)}-${pad(d)}T${pad(hh)}:${pad(mm)}:${pad(ss)}+07:00`;
}

function to24(h: number, ampm: string | undefined): number {
  if (!ampm || h > 12) return h;
  const part = ampm.toLowerCase();
  // "12 giờ trưa" is noon, "1 giờ trưa" 13:00; "10 giờ đêm" 22:00 but "2 giờ đêm" 02:00.
  if (part === 'trưa') return h <= 2 ? h + 12 : h;
  if (part === 'đêm') return h >= 6 && h < 12 ? h + 12 : h === 12 ? 0 : h;
  const pm = /^(?:pm|ch|chiều|tối)$/.test(part);
  if (h === 12) return pm ? 12 : 0;
  return pm ? h + 12 : h;
}

function weekdayMismatch(text: string, y: number, m: number, d: number): boolean {
  const w = WEEKDAY_RE.exec(text);
  if (!w) return false;
  const expected = w[2] ? 0 : WEEKDAY_INDEX[(w[1] ?? '').toLowerCase()];
  if (expected === undefined) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() !== expected;
}

/** Parse the first valid date in a text. Returns null when there is none. */
export function parseDate(input: string): ParsedDate | null {
  const text = input.normalize('NFC').replace(/\s+/g, ' ');
  const found: { index: number; p: ParsedDate }[] = [];

  ISO_RE.lastIndex = 0;
  for (let m = ISO_RE.exec(text); m; m = ISO_RE.exec(text)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const hh = m[4] ? +m[4] : 0;
    const mi = m[5] ? +m[5] : 0;
    const ss = m[6] ? +m[6] : 0;
    if (!isValidDate(y, mo, d, hh, mi, ss)) continue;
    let iso = toIso(y, mo, d, hh, mi, ss);
    if (m[7] && m[4]) {
      // Convert the stated offset to Việt Nam wall time.
      const off = m[7] === 'Z' ? '+00:00' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
      const t = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${pad(hh)}:${pad(mi)}:${pad(ss)}${off}`);
      if (!Number.isNaN(t)) {
        const vn = new Date(t + 7 * 3600_000);
        iso = toIso(
          vn.getUTCFullYear(),
          vn.getUTCMonth() + 1,
          vn.getUTCDate(),
          vn.getUTCHours(),
          vn.getUTCMinutes(),
          vn.getUTCSeconds(),
        );
      }
    }
    found.push({ index: m.index, p: { iso, hasTime: !!m[4], weekdayMismatch: false } });
    break;
  }

  NUMERIC_RE.lastIndex = 0;
  for (let m = NUMERIC_RE.exec(text); m; m = NUMERIC_RE.exec(text)) {
    const g = m.groups ?? {};
    const d = Number(g.d);
    const mo = Number(g.mo);
    const y = Number(g.y);
    let hh = 0;
    let mi = 0;
    let ss = 0;
    let hasTime = false;
    for (const n of [2, 1]) {
      if (g[`h${n}`] === undefined) continue;
      hh = to24(Number(g[`h${n}`]), g[`a${n}`]);
      mi = Number(g[`m${n}`]);
      ss = g[`s${n}`] ? Number(g[`s${n}`]) : 0;
      hasTime = true;
      break;
    }
    if (!isValidDate(y, mo, d)) continue;
    if (hasTime && !isValidDate(y, mo, d, hh, mi, ss)) {
      hasTime = false;
      hh = mi = ss = 0;
    }
    found.push({
      index: m.index,
      p: {
        iso: toIso(y, mo, d, hh, mi, ss),
        hasTime,
        weekdayMismatch: weekdayMismatch(
          text.slice(Math.max(0, m.index - 40), m.index + m[0].length),
          y,
          mo,
          d,
        ),
      },
    });
    break;
  }

  WORDS_RE.lastIndex = 0;
  for (let m = WORDS_RE.exec(text); m; m = WORDS_RE.exec(text)) {
    const [d, mo, y] = [Number(m[5]), Number(m[6]), Number(m[7])];
    if (!isValidDate(y, mo, d)) continue;
    let hh = 0;
    let mi = 0;
    let hasTime = false;
    if (m[1] !== undefined && isValidDate(y, mo, d, to24(Number(m[1]), m[4]), Number(m[2]))) {
      hh = to24(+m[1], m[4]);
      mi = Number(m[2]);
      hasTime = true;
    } else {
      const after = new RegExp(String.raw`^\s*,?\s*(?:lúc\s*)?${TIME}`, 'iu').exec(
        text.slice(m.index + m[0].length),
      );
      if (after && isValidDate(y, mo, d, to24(Number(after[1]), after[4]), Number(after[2]))) {
        hh = to24(Number(after[1]), after[4]);
        mi = Number(after[2]);
        hasTime = true;
      }
    }
    found.push({
      index: m.index,
      p: {
        iso: toIso(y, mo, d, hh, mi),
        hasTime,
        weekdayMismatch: weekdayMismatch(
          text.slice(Math.max(0, m.index - 40), m.index + m[0].length),
          y,
          mo,
          d,
        ),
      },
    });
    break;
  }

  // Month written as a word or after "tháng", year after a comma: "29 Tháng Ba, 2021", "Tháng Ba 29, 2021".
  for (const [re, order] of [
    [DAY_MONTH_RE, 'dm'],
    [MONTH_DAY_RE, 'md'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const d = order === 'dm' ? Number(m[1]) : Number(m[2]);
      const mo = monthNumber((order === 'dm' ? m[2] : m[1]) ?? '');
      const y = Number(m[3]);
      if (!isValidDate(y, mo, d)) continue;
      let hh = 0;
      let mi = 0;
      let hasTime = false;
      const after = new RegExp(String.raw`^\s*[,|-]?\s*(?:lúc\s*)?${TIME}`, 'iu').exec(
        text.slice(m.index + m[0].length),
      );
      const before = new RegExp(String.raw`${TIME}\s*[,|-]?\s*(?:ngày\s*)?$`, 'iu').exec(
        text.slice(Math.max(0, m.index - 20), m.index),
      );
      const t = after ?? before;
      if (t && isValidDate(y, mo, d, to24(Number(t[1]), t[4]), Number(t[2]))) {
        hh = to24(Number(t[1]), t[4]);
        mi = Number(t[2]);
        hasTime = true;
      }
      found.push({
        index: m.index,
        p: {
          iso: toIso(y, mo, d, hh, mi),
          hasTime,
          weekdayMismatch: weekdayMismatch(
            text.slice(Math.max(0, m.index - 40), m.index + m[0].length),
            y,
            mo,
            d,
          ),
        },
      });
      break;
    }
  }

  if (!found.length) return null;
  found.sort((a, b) => a.index - b.index);
  return found[0]?.p ?? null;
}

/** Convenience: the ISO string or null. */
export function parseVietnameseDate(text: string): string | null {
  return parseDate(text)?.iso ?? null;
}
