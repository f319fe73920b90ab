import { describe, expect, it } from 'vitest';
import { withoutTrailing } from '../../../src/core/analyse/officials.ts';

describe('withoutTrailing', () => {
  it('drops trailing white space and , ; : . as /[\\s,;:.]+$/u does, for every character up to U+3100 and the BOM', () => {
    const chars: string[] = [];
    for (let c = 0; c < 0x3100; c++) chars.push(String.fromCharCode(c));
    chars.push('\ufeff', '\ud83d\ude00');
    for (const c of chars)
      for (const s of ['Giám đốc' + c, 'x' + c + c, c, c + 'x', 'Sở ' + c + ' ,;:. ' + c])
        expect([s, withoutTrailing(s)]).toEqual([s, s.replace(/[\s,;:.]+$/u, '')]);
  });
  it('keeps a title without trailing marks as it is', () => {
    expect(withoutTrailing('Phó Chủ tịch UBND thành phố')).toBe('Phó Chủ tịch UBND thành phố');
    expect(withoutTrailing('Giám đốc Sở Y tế,\u00a0')).toBe('Giám đốc Sở Y tế');
    expect(withoutTrailing(' .;')).toBe('');
  });
});
