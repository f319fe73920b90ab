import { describe, expect, it } from 'vitest';
import { WordMap, WordSet } from '../../../src/core/analyse/word-set.ts';
import * as LEX from '../../../src/core/analyse/lexicon.ts';

/** Strings that share first letter, last letter and length with lexicon words, and the words themselves. */
function probes(words: readonly string[]): string[] {
  const out = new Set<string>(['', ' ', 'a', 'undefined', 'undefined undefined']);
  for (const w of words) {
    out.add(w);
    out.add(w.toUpperCase());
    out.add(w + ' ');
    out.add(' ' + w);
    if (w.length > 2) out.add(w[0] + 'x'.repeat(w.length - 2) + w[w.length - 1]);
    out.add(w.slice(1));
    out.add(w.slice(0, -1));
  }
  return [...out];
}

describe('WordSet and WordMap answer as a Set and a Map of the same words', () => {
  const lists: [string, readonly string[]][] = [
    ['SURNAMES', LEX.SURNAMES],
    ['TITLE_HEADS', LEX.TITLE_HEADS],
    ['TITLE_STOP_VERBS', LEX.TITLE_STOP_VERBS],
    ['LOWER_CASE_PAIRS', LEX.LOWER_CASE_PAIRS],
    ['with the empty string', ['', 'ông', 'bà']],
  ];
  for (const [name, words] of lists) {
    it(`has() on ${name}`, () => {
      const plain = new Set(words);
      const ws = new WordSet(words);
      for (const p of probes(words)) expect([p, ws.has(p)]).toEqual([p, plain.has(p)]);
      expect(ws.has(undefined)).toBe(false);
    });
    it(`hasPair() on ${name}`, () => {
      const plain = new Set(words);
      const ws = new WordSet(words);
      const parts = new Set<string | undefined>([undefined, '']);
      for (const w of words) for (const x of w.split(' ')) parts.add(x);
      const few = [...parts].slice(0, 60);
      for (const a of few)
        for (const b of few) expect([a, b, ws.hasPair(a, b)]).toEqual([a, b, plain.has(`${a} ${b}`)]);
      for (const w of words) {
        const at = w.indexOf(' ');
        if (at >= 0) expect(ws.hasPair(w.slice(0, at), w.slice(at + 1))).toBe(true);
      }
    });
  }
  it('get() returns the value of the last entry of a key, and undefined for others', () => {
    const entries: [string, number][] = LEX.SURNAMES.map((w, i) => [w, i]);
    entries.push([LEX.SURNAMES[0]!, -1]);
    const plain = new Map(entries);
    const wm = new WordMap(entries);
    for (const p of probes(LEX.SURNAMES)) expect([p, wm.get(p)]).toEqual([p, plain.get(p)]);
    expect(wm.get(undefined)).toBeUndefined();
  });
  it('stays right when every word falls in one bucket', () => {
    // same first letter, last letter and length: one signature
    const words = ['axxb', 'ayyb', 'azzb', 'a  b', 'awwb'];
    const ws = new WordSet(words);
    for (const w of words) expect(ws.has(w)).toBe(true);
    expect(ws.has('avvb')).toBe(false);
    expect(ws.hasPair('a', 'b')).toBe(false);
    expect(new WordSet(['a b']).hasPair('a', 'b')).toBe(true);
  });
});
