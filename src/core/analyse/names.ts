/**
 * Vietnamese person names: a surname lexicon and syllable rules.
 * A name is 2–4 capitalised syllables, the first one a surname.
 */
import { W, type Token } from './tokens.ts';

/** Family names (lower case). Common ones first; very ambiguous ones (Văn, Quang, Ông…) left out. */
export const SURNAMES = new Set(
  W(/nguyễn|trần|lê|phạm|hoàng|huỳnh|phan|vũ|võ|đặng|bùi|đỗ|hồ|ngô|dương|lý|bành|cao|châu|chu|diệp|đàm|đào|đinh|đoàn|hà|hàn|kiều|lâm|lục|lương|lưu|mã|mạch|mai|nghiêm|phó|phùng|quách|tạ|thạch|thái|thân|tô|tôn|triệu|trịnh|trương|vương|lều|ưng|khổng|khúc|lò|lường|mạc|nông|âu|đồng|cù|hầu|hứa|kha|lã|lại|lăng|nhữ|quản|sầm|tăng|tống|từ|vi|viên|bạch|bế|cấn|doãn|giáp|khương|khuất|lỗ|lộc|mẫn|phí|thiều|thiệu|ứng|vưu|hoàng|ninh|giang|kim|tiêu|chung|lạc|la|ma|vàng|sùng/)
    .filter(Boolean),
);

/**
 * Historical figures whose names are given to streets, schools, wards and organisations.
 * Such a name is a person of the article only when introduced as one (đồng chí/ông/bà + name + title).
 */
export const NAMESAKES = new Set(W(/hồ chí minh|lê chân|trần phú|ngô quyền|lê lợi|trần hưng đạo|lê hồng phong|nguyễn trãi|lê thánh tông|hoàng diệu|hoàng văn thụ|tôn đức thắng|nguyễn văn linh|lê đại hành|trần nguyên hãn|nguyễn bỉnh khiêm|phan bội châu|tô hiệu|lý thường kiệt|lê duẩn|võ nguyên giáp|phạm văn đồng|nguyễn du|trần quốc toản|nguyễn đức cảnh|trần thành ngọ|cù chính lan|nguyễn huệ|lý tự trọng|võ thị sáu|nguyễn thị minh khai|trần quang khải|phạm ngũ lão|trần khánh dư|lê quý đôn|chu văn an|lương thế vinh|nguyễn khuyến|nguyễn đình chiểu|đinh tiên hoàng|lý thái tổ|trần nhân tông|mạc đăng dung|nguyễn tri phương|phan chu trinh|phan đình phùng|hoàng hoa thám|nguyễn văn cừ|trường chinh|nguyễn ái quốc|lê hoàn|bạch đằng|hai bà trưng|trưng trắc|trưng nhị|lý nam đế|mạc thị bưởi|nguyễn thị định|lê văn tám|phạm hồng thái|nguyễn công trứ|hoàng quốc việt|nguyễn lương bằng|văn cao|nguyễn tất thành|lê lai|lê quang đạo/));

/** Place names that begin with a syllable that is also a surname. */
export const PLACES = new Set(W(/hà nội|hà nam|hà tĩnh|hà giang|cao bằng|lâm đồng|thái bình|thái nguyên|đồng nai|đồng tháp|bạch long vĩ|dương kinh|hồ chí minh|lào cai|mai sơn|đồng hới|đồng xoài|hà đông|hà tiên|tân vũ|cát bà|đồ sơn|vũng tàu|hoàng sa|trường sa|lý sơn|phan thiết|phan rang|cao lãnh|lương tài|lâm thao|đoan hùng|đông triều|hồng bàng|tô châu|hà lan|triều tiên/));

/** Words after which a capitalised run is a place or an institution, not a person. */
export const PLACE_NOUNS = new Set(
  W(/đường|phố|phường|xã|quận|huyện|tỉnh|trường|cầu|sông|đền|chùa|đình|miếu|cảng|chợ|thôn|làng|ngõ|ngách|hẻm|lộ|khu|bến|vịnh|đảo|núi|hồ|kênh|tuyến|học|viện|bác|lăng|tượng|đài|quảng|bảo|tàng|giải|thưởng|huân|chương|thpt|thcs|chuyên|tiểu|mầm|non|thị|trấn|đặc|khu|tncs|cung|nhà|hát|viện|bệnh/),
);

export function isNameSyllable(t: Token | undefined): boolean {
  return !!t && t.cap && t.t.length <= 7 && t.t.length >= 2;
}

/** Tokens i and j are separated only by a single space (same line). */
export function adjacent(toks: Token[], i: number, j: number, s: string): boolean {
  const a = toks[i];
  const b = toks[j];
  if (!a || !b) return false;
  const gap = s.slice(a.e, b.s);
  return gap === ' ';
}

/**
 * Length of the run of name-shaped syllables starting at i (at most `max`),
 * stopping before `stop(j)` is true for j > i.
 */
export function syllableRun(toks: Token[], s: string, i: number, max: number, stop?: (j: number) => boolean): number {
  if (!isNameSyllable(toks[i])) return 0;
  let n = 1;
  while (n < max && isNameSyllable(toks[i + n]) && adjacent(toks, i + n - 1, i + n, s) && !(stop && stop(i + n))) n++;
  return n;
}

export function isSurname(t: Token | undefined): boolean {
  return !!t && SURNAMES.has(t.l);
}

export function nameKey(toks: Token[], i: number, n: number): string {
  const parts: string[] = [];
  for (let k = 0; k < n; k++) parts.push(toks[i + k].l);
  return parts.join(' ');
}

/**
 * Fixed phrases shaped like a person's name (a surname, then capitalised syllables) that are places,
 * seas, newspapers or historical titles: never a person.
 */
export const NOT_PERSON = new Set(W(/thái bình dương|đại tây dương|ấn độ dương|bắc băng dương|thái bình|hà nội mới|hà nội|hồ chí minh|quang trung|đông nam á|đông bắc á|trung đông|trung á|nam á|bắc mỹ|nam mỹ|mỹ latinh|tây nguyên|bắc bộ|nam bộ|trung bộ|đồng bằng|hoàng sa|trường sa/));

/** Words after which a capitalised run names an organisation or a newspaper: "Báo Hà Nội Mới", "Tạp chí Cộng sản". */
export const ORG_NOUNS = new Set(W(/báo|tạp chí|đài|thông tấn|hãng|công ty|tập đoàn|ngân hàng|quỹ|hiệp định|diễn đàn|đối tác|liên minh|trung tâm|khách sạn|nhà xuất bản|xuất bản|kênh|chương trình|câu lạc bộ|lạc bộ|giải|khu vực/));
