/**
 * Tokens and sentences over the normalised text.
 * A token is a run of letters/digits, a newline, or one punctuation character.
 */

export interface Token {
  /** text as in the normalised string */
  t: string;
  /** lower case */
  l: string;
  s: number;
  e: number;
  /** 'w' word, 'n' newline, 'p' punctuation */
  k: 'w' | 'n' | 'p';
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

const TOKEN = /[\p{L}\p{M}\p{N}]+|\n|[^\s]/gu;
const ABBREV = new Set(['tp', 'q', 'ts', 'ths', 'gs', 'pgs', 'bs', 'ks', 'th', 'tt', 'p', 'đ/c', 'đc', 'st', 'ncs']);

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function tokenize(s: string): { toks: Token[]; sents: Sentence[] } {
  const toks: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s)) !== null) {
    const t = m[0];
    const l = t.toLowerCase();
    let k: Token['k'] = 'p';
    let cap = false;
    if (t === '\n') k = 'n';
    else if (/[\p{L}\p{M}\p{N}]/u.test(t[0])) {
      k = 'w';
      // capitalised word without digits: a possible name syllable
      cap = isUpper(t[0]) && (t.length === 1 || t.slice(1) === l.slice(1)) && !/\p{N}/u.test(t);
    }
    toks.push({ t, l, s: m.index, e: m.index + t.length, k, cap, sent: 0, para: 0 });
  }
  // sentences: split at newlines and at . ! ? followed by an upper-case start
  const sents: Sentence[] = [];
  let a = 0;
  let para = 0;
  let sent = 0;
  const close = (b: number) => {
    if (b >= a) {
      sents.push({ a, b, para });
      for (let i = a; i <= b; i++) {
        toks[i].sent = sent;
        toks[i].para = para;
      }
      sent++;
    }
  };
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i];
    if (tk.k === 'n') {
      close(i - 1);
      toks[i].sent = -1;
      toks[i].para = para;
      if (i + 1 < toks.length && toks[i + 1].k === 'n') para++;
      a = i + 1;
      continue;
    }
    if (tk.t === '.' || tk.t === '!' || tk.t === '?') {
      const next = toks[i + 1];
      // an abbreviation such as "TP." or an initial does not end a sentence
      const prev = toks[i - 1];
      if (tk.t === '.' && prev && prev.e === tk.s && ABBREV.has(prev.l)) continue;
      if (tk.t === '.' && next && next.s === tk.e && next.k === 'w') continue; // 11.000, TP.HCM
      let j = i + 1;
      while (j < toks.length && (toks[j].t === '”' || toks[j].t === '"' || toks[j].t === ')' || toks[j].t === '’')) j++;
      const nx = toks[j];
      if (!nx || nx.k === 'n' || (nx.k === 'w' && (isUpper(nx.t[0]) || /\p{N}/u.test(nx.t[0]))) || nx.t === '“' || nx.t === '"' || nx.t === '(' || nx.t === '-' || nx.t === '–') {
        close(j - 1);
        a = j;
        i = j - 1;
      }
    }
  }
  close(toks.length - 1);
  return { toks, sents };
}
