import { describe, expect, it } from 'vitest';
import { longVietnameseDate } from '../../../src/ui/format.ts';
import { isPortalUrl } from '../../../src/ui/popup/status-label.ts';

describe('longVietnameseDate', () => {
  it('writes the portal wall-clock date in Vietnamese long form', () => {
    expect(longVietnameseDate('2021-03-11T17:15:00+07:00')).toBe('Thứ Năm, 11/03/2021, 17:15');
    expect(longVietnameseDate('2024-09-08T00:05:00+07:00')).toBe('Chủ Nhật, 08/09/2024, 00:05');
    expect(longVietnameseDate('2021-03-11')).toBe('Thứ Năm, 11/03/2021');
  });
  it('returns null for what it cannot read', () => {
    expect(longVietnameseDate(null)).toBeNull();
    expect(longVietnameseDate('11/03/2021')).toBeNull();
    expect(longVietnameseDate('2021-02-30T10:00:00+07:00')).toBeNull();
  });
});

describe('isPortalUrl', () => {
  it('knows the portals and nothing else', () => {
    expect(isPortalUrl('https://haiphong.gov.vn/')).toBe(true);
    expect(isPortalUrl('https://thanhto.haian.haiphong.gov.vn/tin-tuc-su-kien')).toBe(true);
    expect(isPortalUrl('http://www.thanhphohaiphong.gov.vn/a.html')).toBe(true);
    expect(isPortalUrl('https://haiphong.gov.vn.evil.example/')).toBe(false);
    expect(isPortalUrl('https://nothaiphong.gov.vn/')).toBe(false);
    expect(isPortalUrl('chrome://extensions')).toBe(false);
    expect(isPortalUrl(undefined)).toBe(false);
  });
});
