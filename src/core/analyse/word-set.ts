/**
 * Sets and maps of lexicon words that never hash the strings they are asked about.
 *
 * The analyser looks up every token of the text in several word lists, and most tokens are in none.
 * In V8 the first lookup of a fresh string in a Set or Map computes the string's hash, which costs
 * several times the lookup itself (measured in Chromium: most of the officials' time went there). Here
 * the words are kept in buckets by a signature made of the string's first and last code units and its
 * length (read without hashing or copying it); a lookup compares the string with the few words of its
 * bucket, usually none. The answers are those of a plain Set or Map of the same words.
 */

/** Bucket of a string from its first and last code units and its length; `mask` is the table size − 1. */
function sig(first: number, last: number, length: number, mask: number): number {
  return (first * 61 + last * 7 + length) & mask;
}

function sigOf(s: string, mask: number): number {
  const n = s.length;
  return n ? sig(s.charCodeAt(0), s.charCodeAt(n - 1), n, mask) : 0;
}

/** Bucket of `${a} ${b}` without building it. */
function pairSig(a: string, b: string, mask: number): number {
  const first = a.length ? a.charCodeAt(0) : 0x20;
  const last = b.length ? b.charCodeAt(b.length - 1) : 0x20;
  return sig(first, last, a.length + 1 + b.length, mask);
}

/** Table size: a power of two with about eight buckets per key, so that most buckets are empty. */
function maskFor(keys: number): number {
  let size = 64;
  while (size < keys * 8) size *= 2;
  return size - 1;
}

/** Whether the two words of `${a} ${b}` spell `w`. */
function isPair(w: string, a: string, b: string): boolean {
  return (
    w.length === a.length + 1 + b.length &&
    w.charCodeAt(a.length) === 0x20 &&
    w.startsWith(a) &&
    w.endsWith(b)
  );
}

/** A map from words to values; keys are compared as strings (===), never hashed. */
export class WordMap<V> {
  private readonly mask: number;
  /** Per bucket: keys at even indices, each followed by its value. */
  private readonly buckets: ((string | V)[] | undefined)[];

  constructor(entries: Iterable<readonly [string, V]>) {
    const unique = new Map(entries);
    this.mask = maskFor(unique.size);
    this.buckets = new Array<(string | V)[] | undefined>(this.mask + 1).fill(undefined);
    for (const [k, v] of unique) (this.buckets[sigOf(k, this.mask)] ??= []).push(k, v);
  }

  /** The value of `s` (undefined for undefined). */
  get(s: string | undefined): V | undefined {
    if (s === undefined) return undefined;
    const b = this.buckets[sigOf(s, this.mask)];
    if (b) for (let i = 0; i < b.length; i += 2) if (b[i] === s) return b[i + 1] as V;
    return undefined;
  }

  /** Whether `s` is a key (undefined never is). */
  has(s: string | undefined): boolean {
    if (s === undefined) return false;
    const b = this.buckets[sigOf(s, this.mask)];
    if (b) for (let i = 0; i < b.length; i += 2) if (b[i] === s) return true;
    return false;
  }

  /** Whether `${a} ${b}` is a key (an undefined part reads "undefined", as in a template), without building it. */
  hasPair(a: string | undefined, b: string | undefined): boolean {
    const x = String(a);
    const y = String(b);
    const bucket = this.buckets[pairSig(x, y, this.mask)];
    if (bucket) for (let i = 0; i < bucket.length; i += 2) if (isPair(bucket[i] as string, x, y)) return true;
    return false;
  }
}

/** A set of words; members are compared as strings (===), never hashed. */
export class WordSet {
  private readonly map: WordMap<true>;

  constructor(words: Iterable<string>) {
    this.map = new WordMap(Array.from(words, (w) => [w, true] as const));
  }

  /** Whether `s` is in the set (undefined never is). */
  has(s: string | undefined): boolean {
    return this.map.has(s);
  }

  /** Whether `${a} ${b}` is in the set (an undefined part reads "undefined", as in a template), without building it. */
  hasPair(a: string | undefined, b: string | undefined): boolean {
    return this.map.hasPair(a, b);
  }
}
