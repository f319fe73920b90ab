/** Vietnamese date and number formatting for the reader (pure). */

const WEEKDAYS_VI = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "2021-03-11T17:15:00+07:00" → "Thứ Năm, 11/03/2021, 17:15" (the portals' own wall-clock time, UTC+7,
 * whatever the reader's time zone). Returns null for anything it cannot read.
 */
export function longVietnameseDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return null;
  const day = `${WEEKDAYS_VI[date.getUTCDay()]}, ${pad(d)}/${pad(mo)}/${y}`;
  return m[4] ? `${day}, ${m[4]}:${m[5]}` : day;
}
