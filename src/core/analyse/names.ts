/**
 * Vietnamese person names: a surname lexicon and syllable rules.
 * A name is 2–4 capitalised syllables, the first one a surname.
 */
import { type Token } from './tokens.ts';
import * as LEX from './lexicon.ts';
import { WordSet } from './word-set.ts';

/** Family names (lower case). Common ones first; very ambiguous ones (Văn, Quang, Ông…) left out. */
export const SURNAMES = new WordSet(LEX.SURNAMES);

/**
 * Historical figures whose names are given to streets, schools, wards and organisations.
 * Such a name is a person of the article only when introduced as one (đồng chí/ông/bà + name + title).
 */
export const NAMESAKES = new WordSet(LEX.NAMESAKES);

/** Place names that begin with a syllable that is also a surname. */
export const PLACES = new WordSet(LEX.PLACES_LIKE_NAMES);

/** Words after which a capitalised run is a place or an institution, not a person. */
export const PLACE_NOUNS = new WordSet(LEX.PLACE_NOUNS);

export function isNameSyllable(t: Token | undefined): boolean {
  return !!t && t.cap && t.text.length <= 7 && t.text.length >= 2;
}

/** Tokens i and j are separated only by a single space (same line). */
function adjacent(toks: Token[], i: number, j: number, s: string): boolean {
  const a = toks[i];
  const b = toks[j];
  if (!a || !b) return false;
  const gap = s.slice(a.end, b.start);
  return gap === ' ';
}

/**
 * Length of the run of name-shaped syllables starting at i (at most `max`),
 * stopping before `stop(j)` is true for j > i.
 */
export function syllableRun(
  toks: Token[],
  s: string,
  i: number,
  max: number,
  stop?: (j: number) => boolean,
): number {
  if (!isNameSyllable(toks[i])) return 0;
  let n = 1;
  while (
    n < max &&
    isNameSyllable(toks[i + n]) &&
    adjacent(toks, i + n - 1, i + n, s) &&
    !(stop && stop(i + n))
  )
    n++;
  return n;
}

export function isSurname(t: Token | undefined): boolean {
  return !!t && SURNAMES.has(t.lower);
}

/** The lower-case words of tokens i … i + n − 1 (those that exist), joined by spaces. */
export function nameKey(toks: Token[], i: number, n: number): string {
  if (i < 0 || i + n < 0) return nameKeyFromSlice(toks, i, n);
  const end = Math.min(i + n, toks.length);
  if (i >= end) return '';
  let k = toks[i]!.lower;
  for (let j = i + 1; j < end; j++) k += ' ' + toks[j]!.lower;
  return k;
}

/** A negative start or end counts from the end, as in `slice`. */
function nameKeyFromSlice(toks: Token[], i: number, n: number): string {
  return toks
    .slice(i, i + n)
    .map((t) => t.lower)
    .join(' ');
}

/**
 * Fixed phrases shaped like a person's name (a surname, then capitalised syllables) that are places,
 * seas, newspapers or historical titles: never a person.
 */
export const NOT_PERSON = new WordSet(LEX.NOT_PERSON);

/** Words after which a capitalised run names an organisation or a newspaper: "Báo Hà Nội Mới", "Tạp chí Cộng sản". */
export const ORG_NOUNS = new WordSet(LEX.ORG_NOUNS);
