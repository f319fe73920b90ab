import { describe, expect, it } from 'vitest';
import { parseDate, parseVietnameseDate } from '../../../src/core/extract/index.ts';

describe('parseDate: every format the portals print', () => {
  it.each([
    ['Print Thứ Năm, 11/03/2021 17:15 Gốc', '2021-03-11T17:15:00+07:00'],
    ['Print Thứ Bảy, 26/01/2019 19:26', '2019-01-26T19:26:00+07:00'],
    ['Thứ Năm, 11/03/2021 17:15', '2021-03-11T17:15:00+07:00'],
    ['Thứ 5, 11/03/2021 17:15', '2021-03-11T17:15:00+07:00'],
    ['Chủ nhật, 05/09/2021 08:00', '2021-09-05T08:00:00+07:00'],
    ['Chủ Nhật, 5/9/2021', '2021-09-05T00:00:00+07:00'],
    ['Thời gian: 11/05/2022 12:15', '2022-05-11T12:15:00+07:00'],
    ['11/03/2021 17:15', '2021-03-11T17:15:00+07:00'],
    ['11/03/2021 - 17:15', '2021-03-11T17:15:00+07:00'],
    ['11/03/2021 | 17:15', '2021-03-11T17:15:00+07:00'],
    ['11-03-2021 17h15', '2021-03-11T17:15:00+07:00'],
    ['11.03.2021 08:05', '2021-03-11T08:05:00+07:00'],
    ['17:15 11/03/2021', '2021-03-11T17:15:00+07:00'],
    ['Cập nhật lúc 18:00 ngày 30/12/2024', '2024-12-30T18:00:00+07:00'],
    ['3:05 PM 11/03/2021', '2021-03-11T15:05:00+07:00'],
    ['19/11/2025', '2025-11-19T00:00:00+07:00'],
    ['1/2/2024', '2024-02-01T00:00:00+07:00'],
    ['ngày 11 tháng 3 năm 2021', '2021-03-11T00:00:00+07:00'],
    ['Hải Phòng, ngày 08 tháng 12 năm 2019', '2019-12-08T00:00:00+07:00'],
    ['9 giờ 30, ngày 8 tháng 12 năm 2019', '2019-12-08T09:30:00+07:00'],
    ['ngày 8 tháng 12 năm 2019 lúc 14:45', '2019-12-08T14:45:00+07:00'],
    // meta tags / JSON-LD / <time datetime>
    ['2021-03-11T17:15:00+07:00', '2021-03-11T17:15:00+07:00'],
    ['2021-03-11T10:15:00Z', '2021-03-11T17:15:00+07:00'],
    ['2021-03-11T10:15:00+00:00', '2021-03-11T17:15:00+07:00'],
    ['2021-03-11T20:15:00.000+0900', '2021-03-11T18:15:00+07:00'],
    ['2021-12-31T20:00:00Z', '2022-01-01T03:00:00+07:00'],
    ['2021-03-11', '2021-03-11T00:00:00+07:00'],
  ])('%s → %s', (text, iso) => {
    expect(parseVietnameseDate(text)).toBe(iso);
  });

  it('reports whether a time was given', () => {
    expect(parseDate('19/11/2025')?.hasTime).toBe(false);
    expect(parseDate('19/11/2025 08:00')?.hasTime).toBe(true);
  });

  it('takes the first date in a longer line', () => {
    expect(parseVietnameseDate('Đăng lúc 09:10 ngày 02/08/2022, cập nhật 03/08/2022 10:00')).toBe(
      '2022-08-02T09:10:00+07:00',
    );
  });
});

describe('wrong weekdays', () => {
  it('keeps the digits and flags the mismatch', () => {
    const p = parseDate('Thứ Sáu, 11/03/2021 17:15'); // 11/03/2021 was a Thursday
    expect(p?.iso).toBe('2021-03-11T17:15:00+07:00');
    expect(p?.weekdayMismatch).toBe(true);
    expect(parseDate('Chủ nhật, 06/09/2021')?.weekdayMismatch).toBe(true); // a Monday
    expect(parseDate('Print Thứ Hai, 11/03/2021 17:15 Gốc')?.weekdayMismatch).toBe(true);
  });

  it('does not flag right weekdays', () => {
    expect(parseDate('Thứ Năm, 11/03/2021 17:15')?.weekdayMismatch).toBe(false);
    expect(parseDate('Chủ nhật, 05/09/2021')?.weekdayMismatch).toBe(false);
    expect(parseDate('Thứ 2, 30/12/2024')?.weekdayMismatch).toBe(false);
    expect(parseDate('11/03/2021')?.weekdayMismatch).toBe(false);
  });
});

describe('impossible dates', () => {
  it.each([
    '31/02/2021 10:00',
    '30/02/2024',
    '29/02/2023',
    '00/01/2021',
    '32/01/2021',
    '15/13/2021',
    '15/00/2021',
    'ngày 31 tháng 4 năm 2021',
    '2021-02-30T10:00:00Z',
    '2021-13-01',
  ])('%s → null', (text) => {
    expect(parseVietnameseDate(text)).toBeNull();
  });

  it('accepts 29/02 in a leap year', () => {
    expect(parseVietnameseDate('29/02/2024 10:00')).toBe('2024-02-29T10:00:00+07:00');
  });

  it('drops an impossible time but keeps the date', () => {
    expect(parseVietnameseDate('11/03/2021 25:61')).toBe('2021-03-11T00:00:00+07:00');
  });

  it('skips an impossible date and takes the next valid one', () => {
    expect(parseVietnameseDate('31/02/2021 hoặc 01/03/2021 08:00')).toBe('2021-03-01T08:00:00+07:00');
  });

  it('ignores text without a date, numbers and document codes', () => {
    for (const t of [
      '',
      'Hội nghị báo cáo viên',
      'Nghị quyết số 21/NQ-CP',
      'Chỉ thị 23-CT/TW',
      'tăng 12/2021 lần',
      '1/2/3',
      '2021',
    ]) {
      expect(parseVietnameseDate(t), t).toBeNull();
    }
  });
});
