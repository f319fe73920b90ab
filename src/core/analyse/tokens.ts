/**
 * Tokens and sentences over the normalised text.
 * A token is a run of letters/digits, a newline, or one punctuation character.
 */
import { WordSet } from './word-set.ts';

export interface Token {
  /** text as in the normalised string */
  text: string;
  /** lower case */
  lower: string;
  start: number;
  end: number;
  /** 'w' word, 'n' newline, 'p' punctuation */
  kind: 'w' | 'n' | 'p';
  /** capitalised word: first letter upper case, the rest lower case */
  cap: boolean;
  /** sentence index */
  sent: number;
  /** paragraph index */
  para: number;
}

export interface Sentence {
  /** first token index, last token index (inclusive) */
  a: number;
  b: number;
  para: number;
}

const WORD_RARE = /[\p{L}\p{M}\p{N}]/u;

/** Letter, mark or digit; fast paths for ASCII and the Vietnamese ranges. */
function isWordCode(s: string, i: number, c: number, w: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: “ ” – …
  return WORD_RARE.test(s.slice(i, i + w));
}
const ABBREV = new WordSet([
  'tp',
  'q',
  'ts',
  'ths',
  'gs',
  'pgs',
  'bs',
  'ks',
  'th',
  'tt',
  'p',
  'đ/c',
  'đc',
  'st',
  'ncs',
]);

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * The text in lower case, when lowering it whole gives every word the same lower case as lowering the
 * word alone (one call instead of one per word): the same length, and no capital sigma, the one letter
 * whose lower case depends on its neighbours. Otherwise null.
 */
function lowerWhole(s: string): string | null {
  const l = s.toLowerCase();
  return l.length === s.length && !s.includes('\u03A3') ? l : null;
}

/** A one-unit word, or `a` and `b` the same after their first code unit (compared without copies). */
function sameAfterFirst(a: string, b: string): boolean {
  if (a.length === 1) return true;
  if (a.length !== b.length) return false;
  for (let k = 1; k < a.length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

/** `a` and `b` differ somewhere in [from, to). */
function differsIn(a: string, b: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return true;
  return false;
}

export function tokenize(s: string): { toks: Token[]; sents: Sentence[] } {
  const toks: Token[] = [];
  const n = s.length;
  const lowered = lowerWhole(s);
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || (c < 0x20 && c !== 0x0a) || c === 0xa0) {
      if (c === 0x0a)
        toks.push({ text: '\n', lower: '\n', start: i, end: i + 1, kind: 'n', cap: false, sent: 0, para: 0 });
      i++;
      continue;
    }
    // one code point (surrogate pairs stay together)
    const w = c >= 0xd800 && c < 0xdc00 && i + 1 < n ? 2 : 1;
    if (!isWordCode(s, i, c, w)) {
      const ch = s.slice(i, i + w);
      if (c < 0x80 || !/\s/u.test(ch))
        toks.push({ text: ch, lower: ch, start: i, end: i + w, kind: 'p', cap: false, sent: 0, para: 0 });
      i += w;
      continue;
    }
    let j = i + w;
    while (j < n) {
      const d = s.charCodeAt(j);
      const dw = d >= 0xd800 && d < 0xdc00 && j + 1 < n ? 2 : 1;
      if (!isWordCode(s, j, d, dw)) break;
      j += dw;
    }
    const t = s.slice(i, j);
    let l: string;
    let cap = false;
    // capitalised word without digits: a possible name syllable (the first letter changes in lower case,
    // the rest does not; most words are lower case and stop at the first letter)
    if (lowered === null) {
      l = t.toLowerCase();
      if (t.charCodeAt(0) !== l.charCodeAt(0) && sameAfterFirst(t, l)) cap = !/\p{N}/u.test(t);
    } else {
      // where the lower case differs from the text: a word already in lower case (most) is not copied
      const first = c !== lowered.charCodeAt(i);
      const rest = differsIn(s, lowered, i + 1, j);
      l = first || rest ? lowered.slice(i, j) : t;
      if (first && !rest) cap = !/\p{N}/u.test(t);
    }
    toks.push({ text: t, lower: l, start: i, end: j, kind: 'w', cap, sent: 0, para: 0 });
    i = j;
  }
  // sentences: split at newlines and at . ! ? followed by an upper-case start
  const sents: Sentence[] = [];
  let a = 0;
  let para = 0;
  let sent = 0;
  const close = (b: number) => {
    if (b >= a) {
      sents.push({ a, b, para });
      for (let k = a; k <= b; k++) {
        const tk = toks[k]!;
        tk.sent = sent;
        tk.para = para;
      }
      sent++;
    }
  };
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i];
    if (!tk) continue;
    if (tk.kind === 'n') {
      close(i - 1);
      tk.sent = -1;
      tk.para = para;
      if (toks[i + 1]?.kind === 'n') para++;
      a = i + 1;
      continue;
    }
    if (tk.text === '.' || tk.text === '!' || tk.text === '?') {
      const next = toks[i + 1];
      // an abbreviation such as "TP." or an initial does not end a sentence
      const prev = toks[i - 1];
      // …but "TP." closes a sentence unless a place name (two capitalised syllables, or capitals) follows: "TP. Hải Phòng", "TP. HCM"
      const nn = toks[i + 2];
      const place =
        prev?.lower !== 'tp' ||
        (next?.kind === 'w' && next.text.length > 1 && next.text === next.text.toUpperCase()) ||
        (next?.cap && nn?.cap && !/^(ông|bà|đồng|anh|chị)$/.test(next.lower));
      if (tk.text === '.' && prev && prev.end === tk.start && ABBREV.has(prev.lower) && place) continue;
      if (tk.text === '.' && next && next.start === tk.end && next.kind === 'w') continue; // 11.000, TP.HCM
      let j = i + 1;
      while (/^[”")’]$/.test(toks[j]?.text ?? '')) j++;
      const nx = toks[j];
      if (
        !nx ||
        nx.kind === 'n' ||
        (nx.kind === 'w' && (isUpper(nx.text[0] ?? '') || /\p{N}/u.test(nx.text[0] ?? ''))) ||
        nx.text === '“' ||
        nx.text === '"' ||
        nx.text === '(' ||
        nx.text === '-' ||
        nx.text === '–'
      ) {
        close(j - 1);
        a = j;
        i = j - 1;
      }
    }
  }
  close(toks.length - 1);
  return { toks, sents };
}
