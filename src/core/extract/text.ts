/** Small text helpers shared by the extractor. */
import { safeHttpUrl } from '../safe-url.ts';

export const COMBINING = /[\u0300-\u036f]/;

/**
 * The runs of whitespace and zero-width spaces that `/[\s\u200b]+/g` would replace by one space, less
 * the single spaces (which stay): the same result without a match per word.
 */
export const BLANK_RUN_RE = /(?:[^\S ]|\u200b)[\s\u200b]*| [\s\u200b]+/g;

/** Collapse whitespace (incl. nbsp and zero-width spaces) and trim. */
export function collapse(s: string): string {
  return s.replace(BLANK_RUN_RE, ' ').trim();
}

/** collapse() + compose decomposed Vietnamese (NFD pages exist) when needed. */
export function norm(s: string | null | undefined): string {
  const t = collapse(s ?? '');
  return COMBINING.test(t) ? t.normalize('NFC') : t;
}

/**
 * Words are whitespace-separated tokens holding a letter or digit. Vietnamese writes one
 * syllable per token, so this counts syllables (what Vietnamese word counters report).
 */
/** Letters and digits of Vietnamese text: ASCII, Latin-1, Latin Extended-A/B (ă đ ơ ư), Latin Extended Additional (ạ ế ữ …). */
function isWordChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x300 && c <= 0x36f)
  );
}

function isSpace(c: number): boolean {
  return (
    c <= 32 ||
    c === 0xa0 ||
    c === 0x200b ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x3000 ||
    c === 0x2028 ||
    c === 0x2029
  );
}

/**
 * Words are whitespace-separated tokens holding a letter or digit. Vietnamese writes one
 * syllable per token, so this counts syllables (what Vietnamese word counters report).
 */
export function countWords(text: string): number {
  let n = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (!counted && isWordChar(c)) {
      n++;
      counted = true;
    }
  }
  return n;
}

/**
 * Reading rate: 200 syllables per minute. Vietnamese tokens are syllables, and a lexical word is
 * about 1.5 syllables, so 200 syllables ≈ 130–140 words: slower than the 230–250 wpm used for English,
 * which fits dense administrative prose full of titles, document numbers and names (measured silent
 * reading of Vietnamese news text sits around 180–250 syllables/min; we take the careful end).
 */
export const SYLLABLES_PER_MINUTE = 200;

export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / SYLLABLES_PER_MINUTE));
}

/** Resolve a URL against the page; keep only absolute http(s) (the project-wide allow-list). */
export function absoluteHttpUrl(raw: string | null | undefined, base: string): string | null {
  if (!raw) return null;
  // A page repeats its links and images, and the extractor may read a container twice: each URL is
  // parsed once per base (a pure function of both; the memo is dropped when the base changes or fills).
  if (base !== memoBase || memo.size > MEMO_MAX) {
    memo.clear();
    memoBase = base;
  }
  let abs = memo.get(raw);
  if (abs === undefined) {
    abs = safeHttpUrl(raw, base);
    memo.set(raw, abs);
  }
  return abs;
}

const MEMO_MAX = 4000;
const memo = new Map<string, string | null>();
let memoBase = '';
