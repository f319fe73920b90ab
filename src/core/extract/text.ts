/** Small text helpers shared by the extractor. */
import { safeHttpUrl } from '../safe-url.ts';

export const COMBINING = /[\u0300-\u036f]/;

/** Collapse whitespace (incl. nbsp and zero-width spaces) and trim. */
export function collapse(s: string): string {
  return s.replace(/[\s\u200b]+/g, ' ').trim();
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
// Letters and digits of Vietnamese text: ASCII, Latin-1, Latin Extended-A/B (ă đ ơ ư) and Latin Extended Additional (ạ ế ữ …).
const WORD_CHAR = /[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;

export function countWords(text: string): number {
  let n = 0;
  for (const t of text.split(/\s+/)) if (WORD_CHAR.test(t)) n++;
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
  return safeHttpUrl(raw, base);
}

const TRACKING_PARAM = /^(?:utm_[a-z]+|fbclid|gclid|zarsrc|_ga|gidzl|mc_[a-z]+|ref|amp)$/i;

/** Canonical URL: rel=canonical (else the page URL, minus an AMP suffix), without tracking params and hash. */
export function canonicalUrl(doc: Document, url: string): string {
  let href = url;
  const link = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const abs = absoluteHttpUrl(link, url);
  if (abs) href = abs;
  try {
    const u = new URL(href);
    if (!abs) u.pathname = u.pathname.replace(/(\.html?)\/amp\/?$/i, '$1');
    for (const k of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(k)) u.searchParams.delete(k);
    u.hash = '';
    return u.href;
  } catch {
    return href;
  }
}
