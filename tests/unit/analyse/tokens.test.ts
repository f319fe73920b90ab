import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/analyse/tokens.ts';
import { nameKey } from '../../../src/core/analyse/names.ts';

const words = (s: string) => tokenize(s).toks.filter((t) => t.kind === 'w');

describe('tokenize: lower case and capitalised words', () => {
  const texts = [
    'Chủ tịch UBND thành phố Nguyễn Văn A làm việc với Sở Y tế',
    'ÔNG NGUYỄN VĂN B, PHÓ CHỦ TỊCH HĐND; Quận 1, phường Q1, TP.HCM',
    // lowering the whole text would differ from lowering each word: capital sigma, dotted capital I
    'ΟΔΟΣ Σίσυφος ΌΣΟΣ và ông Trần C',
    'İzmir İ x İİ và bà Lê D',
  ];
  for (const text of texts)
    it(`lower is the word in lower case and cap marks First-letter-only capitals: ${text.slice(0, 24)}`, () => {
      for (const t of words(text)) {
        expect(t.lower).toBe(t.text.toLowerCase());
        const l = t.text.toLowerCase();
        const cap =
          t.text[0] !== l[0] &&
          (t.text.length === 1 || t.text.slice(1) === l.slice(1)) &&
          !/\p{N}/u.test(t.text);
        expect([t.text, t.cap]).toEqual([t.text, cap]);
      }
    });
  it('a dotted capital I alone is a capitalised word even though its lower case is longer', () => {
    expect(words('x İ y').map((t) => [t.text, t.cap])).toEqual([
      ['x', false],
      ['İ', true],
      ['y', false],
    ]);
  });
});

describe('nameKey', () => {
  const { toks } = tokenize('Bí thư Thành ủy Lê Tiến Châu');
  it('joins the lower-case words that exist, as a slice would', () => {
    expect(nameKey(toks, 4, 3)).toBe('lê tiến châu');
    expect(nameKey(toks, 6, 4)).toBe('châu');
    expect(nameKey(toks, 9, 2)).toBe('');
    expect(nameKey(toks, -2, 2)).toBe('');
    expect(nameKey(toks, -3, 9)).toBe('lê tiến');
    expect(nameKey(toks, 0, -5)).toBe('bí thư');
  });
});
