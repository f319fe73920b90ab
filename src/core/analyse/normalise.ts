/**
 * Text normalisation for the analyser.
 *
 * The analyser works on a normalised copy of the input (NFC, one tone placement,
 * plain spaces) but every mention must point into the original string. `normalise`
 * therefore returns the normalised text together with a map from each normalised
 * offset to the original offset. Only NFC composition can change the length; all
 * other rewrites replace one UTF-16 unit with one unit.
 */

export interface Normalised {
  /** Normalised text. */
  s: string;
  /** map[i] = offset in the original of normalised offset i; map[s.length] = original length. */
  map: Int32Array | null;
  /** Original text. */
  orig: string;
}

const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF\t\r\f\v]/g;

const BEFORE_WRAP = /^[\p{L}\p{M},]$/u;
const AFTER_WRAP = /^\p{Ll}$/u;

/**
 * A single line break between a letter and a lower-case letter is a wrap inside a sentence, not a
 * paragraph or list boundary: "Giám đốc Sở Thông tin và Truyền\nthông" is one title. Such breaks
 * become spaces. Length-preserving. A scan from line break to line break: a regular expression that
 * looks behind at every character costs as much as the rest of the normalisation.
 */
function joinSoftWraps(s: string): string {
  let out = '';
  let from = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
    if (i === 0 || i + 1 >= s.length) continue;
    const after = String.fromCodePoint(s.codePointAt(i + 1) ?? 0);
    if (!BEFORE_WRAP.test(charBefore(s, i)) || !AFTER_WRAP.test(after)) continue;
    out += s.slice(from, i) + ' ';
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** The character (code point: a surrogate pair is one) that ends right before offset i > 0. */
export function charBefore(s: string, i: number): string {
  const lo = s.charCodeAt(i - 1);
  const hi = i >= 2 ? s.charCodeAt(i - 2) : 0;
  const pair = lo >= 0xdc00 && lo < 0xe000 && hi >= 0xd800 && hi < 0xdc00;
  return s.slice(pair ? i - 2 : i - 1, i);
}

const TONE_PAIR = /([oOuU])([áàảãạéèẻẽẹýỳỷỹỵÁÀẢÃẠÉÈẺẼẸÝỲỶỸỴ])(?![\p{L}\p{M}])/gu;

/**
 * "oa/oe/uy" closing a syllable with the tone on the second vowel ("hoá", "Uỷ") is
 * rewritten to the tone-on-first-vowel spelling the portals mostly use ("hóa", "Ủy").
 * "qu" + "y" ("quý") is left alone: there the "u" belongs to the consonant.
 * Length-preserving.
 */
function fixTonePlacement(s: string): string {
  return s.replace(TONE_PAIR, (m: string, v1: string, v2: string, at: number, all: string) => {
    const d = v2.normalize('NFD');
    const base = d[0] ?? '';
    const lb = base.toLowerCase();
    const l1 = v1.toLowerCase();
    if (l1 === 'o' ? lb !== 'a' && lb !== 'e' : lb !== 'y') return m;
    if (l1 === 'u' && at > 0 && (all[at - 1] === 'q' || all[at - 1] === 'Q')) return m;
    const moved = (v1 + d.slice(1)).normalize('NFC');
    return moved.length === 1 ? moved + base : m;
  });
}

export function normalise(text: string): Normalised {
  let s = text;
  let map: Int32Array | null = null;
  const nfc = text.normalize('NFC');
  if (nfc !== text) {
    // Compose cluster by cluster so that every output unit knows its source offset.
    const parts: string[] = [];
    const offs: number[] = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
      let j = i + 1;
      // keep surrogate pairs and following combining marks together
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code < 0xdc00 && j < n) j++;
      while (j < n && /\p{M}/u.test(text[j] ?? '')) j++;
      const cl = text.slice(i, j).normalize('NFC');
      for (let k = 0; k < cl.length; k++) offs.push(i);
      parts.push(cl);
      i = j;
    }
    s = parts.join('');
    map = new Int32Array(s.length + 1);
    map.set(offs);
    map[s.length] = n;
  }
  s = s.replace(SPACE_LIKE, ' ').replace(/\u00D0/g, '\u0110');
  s = fixTonePlacement(joinSoftWraps(s));
  return { s, map, orig: text };
}

/** Original offset for a normalised offset. */
function origOffset(n: Normalised, i: number): number {
  return n.map?.[i] ?? i;
}

/** A mention of the original text for the normalised span [start, end). */
export function mentionOf(
  n: Normalised,
  start: number,
  end: number,
): { text: string; start: number; end: number } {
  const a = origOffset(n, start);
  const b = origOffset(n, end);
  return { text: n.orig.slice(a, b), start: a, end: b };
}

/** Keys already made, by string: the same titles and names are compared again and again. Bounded. */
const KEYS = new Map<string, string>();

/** Key used to compare strings written slightly differently (case, tone placement, spaces). */
export function key(s: string): string {
  let k = KEYS.get(s);
  if (k === undefined) {
    if (KEYS.size >= 4096) KEYS.clear();
    KEYS.set(s, (k = makeKey(s)));
  }
  return k;
}

function makeKey(s: string): string {
  return fixTonePlacement(s.normalize('NFC').replace(SPACE_LIKE, ' '))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/ủy ban nhân dân/g, 'ubnd')
    .replace(/hội đồng nhân dân/g, 'hđnd')
    .replace(/\btp\.?(?=\s|$)/g, 'thành phố')
    .replace(/mặt trận tổ quốc/g, 'mttq')
    .replace(/(thành phố|thành ủy) hải phòng/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
