/**
 * The Vietnamese vocabulary of the analyser, in one place: titles, ranks, organisation words, administrative
 * units, person markers, directive verbs and their context words, document types and abbreviations, date
 * words. Plain lists of lower-case words or phrases (unless said otherwise); the rules that use them live in
 * names.ts, positions.ts, officials.ts, documents.ts and directives.ts.
 *
 * To teach the analyser a new word, add it to the right list here; every list says what it is for.
 */

/** Family names (họ), common ones first. Very ambiguous ones (Văn, Quang, Ông …) are left out:
 * a name must start with one of these. */
export const SURNAMES: readonly string[] = [
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô',
  'dương', 'lý', 'bành', 'cao', 'châu', 'chu', 'diệp', 'đàm', 'đào', 'đinh', 'đoàn', 'hà', 'hàn', 'kiều',
  'lâm', 'lục', 'lương', 'lưu', 'mã', 'mạch', 'mai', 'nghiêm', 'phó', 'phùng', 'quách', 'tạ', 'thạch', 'thái',
  'thân', 'tô', 'tôn', 'triệu', 'trịnh', 'trương', 'vương', 'lều', 'ưng', 'khổng', 'khúc', 'lò', 'lường',
  'mạc', 'nông', 'âu', 'đồng', 'cù', 'hầu', 'hứa', 'kha', 'lã', 'lại', 'lăng', 'nhữ', 'quản', 'sầm', 'tăng',
  'tống', 'từ', 'vi', 'viên', 'bạch', 'bế', 'cấn', 'doãn', 'giáp', 'khương', 'khuất', 'lỗ', 'lộc', 'mẫn',
  'phí', 'thiều', 'thiệu', 'ứng', 'vưu', 'ninh', 'giang', 'kim', 'tiêu', 'chung', 'lạc', 'la', 'ma', 'vàng',
  'sùng',
];

/** Historical figures whose names are given to streets, schools, wards and organisations
 * ("đường Lê Lợi", "Đoàn TNCS Hồ Chí Minh"). Such a name is a person of the article only when introduced
 * as one (đồng chí/ông/bà + name + title). */
export const NAMESAKES: readonly string[] = [
  'hồ chí minh', 'lê chân', 'trần phú', 'ngô quyền', 'lê lợi', 'trần hưng đạo', 'lê hồng phong', 'nguyễn trãi',
  'lê thánh tông', 'hoàng diệu', 'hoàng văn thụ', 'tôn đức thắng', 'nguyễn văn linh', 'lê đại hành',
  'trần nguyên hãn', 'nguyễn bỉnh khiêm', 'phan bội châu', 'tô hiệu', 'lý thường kiệt', 'lê duẩn',
  'võ nguyên giáp', 'phạm văn đồng', 'nguyễn du', 'trần quốc toản', 'nguyễn đức cảnh', 'trần thành ngọ',
  'cù chính lan', 'nguyễn huệ', 'lý tự trọng', 'võ thị sáu', 'nguyễn thị minh khai', 'trần quang khải',
  'phạm ngũ lão', 'trần khánh dư', 'lê quý đôn', 'chu văn an', 'lương thế vinh', 'nguyễn khuyến',
  'nguyễn đình chiểu', 'đinh tiên hoàng', 'lý thái tổ', 'trần nhân tông', 'mạc đăng dung', 'nguyễn tri phương',
  'phan chu trinh', 'phan đình phùng', 'hoàng hoa thám', 'nguyễn văn cừ', 'trường chinh', 'nguyễn ái quốc',
  'lê hoàn', 'bạch đằng', 'hai bà trưng', 'trưng trắc', 'trưng nhị', 'lý nam đế', 'mạc thị bưởi',
  'nguyễn thị định', 'lê văn tám', 'phạm hồng thái', 'nguyễn công trứ', 'hoàng quốc việt', 'nguyễn lương bằng',
  'văn cao', 'nguyễn tất thành', 'lê lai', 'lê quang đạo',
];

/** Place names that begin with a syllable that is also a surname ("Hà Nội", "Thái Bình"). */
export const PLACES_LIKE_NAMES: readonly string[] = [
  'hà nội', 'hà nam', 'hà tĩnh', 'hà giang', 'cao bằng', 'lâm đồng', 'thái bình', 'thái nguyên', 'đồng nai',
  'đồng tháp', 'bạch long vĩ', 'dương kinh', 'hồ chí minh', 'lào cai', 'mai sơn', 'đồng hới', 'đồng xoài',
  'hà đông', 'hà tiên', 'tân vũ', 'cát bà', 'đồ sơn', 'vũng tàu', 'hoàng sa', 'trường sa', 'lý sơn',
  'phan thiết', 'phan rang', 'cao lãnh', 'lương tài', 'lâm thao', 'đoan hùng', 'đông triều', 'hồng bàng',
  'tô châu', 'hà lan', 'triều tiên',
];

/** Words after which a capitalised run is a place or an institution, not a person
 * ("đường Trần Phú", "trường Lê Quý Đôn", "cầu Hoàng Văn Thụ"). */
export const PLACE_NOUNS: readonly string[] = [
  'đường', 'phố', 'phường', 'xã', 'quận', 'huyện', 'tỉnh', 'trường', 'cầu', 'sông', 'đền', 'chùa', 'đình',
  'miếu', 'cảng', 'chợ', 'thôn', 'làng', 'ngõ', 'ngách', 'hẻm', 'lộ', 'khu', 'bến', 'vịnh', 'đảo', 'núi', 'hồ',
  'kênh', 'tuyến', 'học', 'viện', 'bác', 'lăng', 'tượng', 'đài', 'quảng', 'bảo', 'tàng', 'giải', 'thưởng',
  'huân', 'chương', 'thpt', 'thcs', 'chuyên', 'tiểu', 'mầm', 'non', 'thị', 'trấn', 'đặc', 'tncs', 'cung',
  'nhà', 'hát', 'bệnh',
];

/** Fixed phrases shaped like a person's name (a surname, then capitalised syllables) that are places,
 * seas, newspapers or historical titles: never a person ("Châu Á - Thái Bình Dương", "Báo Hà Nội Mới"). */
export const NOT_PERSON: readonly string[] = [
  'thái bình dương', 'đại tây dương', 'ấn độ dương', 'bắc băng dương', 'thái bình', 'hà nội mới', 'hà nội',
  'hồ chí minh', 'quang trung', 'đông nam á', 'đông bắc á', 'trung đông', 'trung á', 'nam á', 'bắc mỹ',
  'nam mỹ', 'mỹ latinh', 'tây nguyên', 'bắc bộ', 'nam bộ', 'trung bộ', 'đồng bằng', 'hoàng sa', 'trường sa',
];

/** Words after which a capitalised run names an organisation, a newspaper or an event, not a person:
 * "Báo Hà Nội Mới", "Tạp chí Cộng sản", "Diễn đàn … Thái Bình Dương". */
export const ORG_NOUNS: readonly string[] = [
  'báo', 'tạp chí', 'đài', 'thông tấn', 'hãng', 'công ty', 'tập đoàn', 'ngân hàng', 'quỹ', 'hiệp định',
  'diễn đàn', 'đối tác', 'liên minh', 'trung tâm', 'khách sạn', 'nhà xuất bản', 'xuất bản', 'kênh',
  'chương trình', 'câu lạc bộ', 'lạc bộ', 'giải', 'khu vực',
];

/** Titles (chức danh), lower case; the organisation follows them ("Giám đốc" + "Sở Y tế").
 * Longer ones first when they share a start ("tổng bí thư" before "bí thư"). */
export const TITLE_HEADS: readonly string[] = [
  'tổng bí thư', 'bí thư', 'chủ tịch', 'chủ nhiệm', 'tổng giám đốc', 'giám đốc', 'bộ trưởng', 'thứ trưởng',
  'thủ tướng', 'chánh văn phòng', 'chánh án', 'chánh thanh tra', 'viện trưởng', 'tổng thư ký', 'tư lệnh',
  'chính ủy', 'tổng cục trưởng', 'cục trưởng', 'vụ trưởng', 'hiệu trưởng', 'hiệu phó', 'thành ủy viên',
  'tỉnh ủy viên', 'huyện ủy viên', 'quận ủy viên', 'đảng ủy viên', 'ủy viên', 'đại biểu quốc hội', 'đại biểu',
  'chỉ huy trưởng', 'tham mưu trưởng', 'thống đốc', 'tổng kiểm toán', 'tổng thanh tra', 'tổng biên tập',
  'đại sứ', 'chi cục trưởng', 'đội trưởng', 'đồn trưởng', 'trạm trưởng', 'hạt trưởng', 'chính trị viên',
  'trưởng',
];

/** Military and police ranks (cấp bậc) and professional prefixes: a position of their own
 * ("Đại tá Nguyễn Văn A", "bác sĩ Trần Thị B"). */
export const RANKS: readonly string[] = [
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá',
  'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'chuẩn đô đốc', 'phó đô đốc', 'đô đốc', 'bác sĩ',
];

/** Titles that make a complete position without an organisation ("Thủ tướng", "Bộ trưởng"). */
export const BARE_TITLES: readonly string[] = [
  'thủ tướng', 'bộ trưởng', 'thứ trưởng', 'thành ủy viên', 'tỉnh ủy viên', 'huyện ủy viên', 'quận ủy viên',
  'tổng bí thư', 'giám đốc', 'chủ tịch', 'bí thư', 'trưởng đoàn', 'đại sứ', 'tư lệnh', 'chính ủy',
  'hiệu trưởng', 'chánh án', 'viện trưởng', 'chủ nhiệm', 'đại biểu quốc hội',
];

/** Titles written in lower case in running text ("đại biểu Nguyễn Văn A", "bác sĩ …"). */
export const LOWER_CASE_TITLES: readonly string[] = [
  'đại biểu', 'bác sĩ', 'đại biểu quốc hội',
];

/** Titles as reports abbreviate them, written in capitals ("PGĐ Sở TT&TT", "PCT UBND huyện"); each maps to
 * the title it stands for. An abbreviation heads a title only when an organisation follows it. */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'pgđ': 'phó giám đốc', 'gđ': 'giám đốc', 'tgđ': 'tổng giám đốc', 'ptgđ': 'phó tổng giám đốc',
  'pct': 'phó chủ tịch', 'pbt': 'phó bí thư',
};

/** Words after a title that say which field or office the deputy holds, and stay in the title:
 * "Phó Giám đốc phụ trách Sở TT&TT", "Phó Chủ tịch phụ trách UBND quận". */
export const TITLE_IN_CHARGE: readonly string[] = ['phụ trách'];

/** Nouns that open an apposition after a spaced dash: "Chủ tịch HĐQT ACV - đơn vị chủ đầu tư …" ends
 * the title at the dash; "Sở Văn hóa - Thể thao" (a capital after the dash) does not. */
export const APPOSITION_NOUNS: readonly string[] = [
  'đơn vị', 'cơ quan', 'người', 'nơi', 'chủ đầu tư', 'doanh nghiệp', 'địa phương', 'là',
];

/** Qualifiers before a title: deputy, acting, former ("Phó Chủ tịch", "Quyền Giám đốc", "nguyên Bí thư"). */
export const TITLE_PREFIXES: readonly string[] = [
  'phó', 'quyền', 'nguyên',
];

/** Lower-case words that end an organisation name after a title (verbs, prepositions, adverbs):
 * "Giám đốc Sở Y tế | cho biết", "Bí thư Thành ủy | cùng …". */
export const TITLE_STOP_WORDS: readonly string[] = [
  'cùng', 'đã', 'đang', 'sẽ', 'vừa', 'cũng', 'làm', 'với', 'tại', 'về', 'trong', 'khi', 'nhưng', 'thì', 'là',
  'kiêm', 'cho', 'được', 'bị', 'có', 'theo', 'để', 'nhằm', 'vì', 'do', 'từ', 'này', 'đó', 'ấy', 'nay', 'đến',
  'đi', 'ký', 'sang', 'xuống', 'giữ', 'nêu', 'nói', 'mong', 'tặng', 'trao', 'thăm', 'đọc', 'gửi', 'nhận',
  'rằng', 'vẫn', 'còn', 'luôn', 'lên', 'ra', 'vào', 'mới', 'sau', 'trước', 'cả', 'đều', 'chưa', 'không', 'hãy',
  'phải', 'cần', 'nên', 'tới', 'của', 'vượt', 'một', 'hai', 'ba',
];

/** Two-word verbs that end a title's organisation name: what the person does next
 * ("Chủ tịch UBND thành phố | phát biểu", "… | tiếp xúc cử tri", "… | thừa ủy quyền …", "… | nhiệm kỳ 2021 - 2026"). */
export const TITLE_STOP_VERBS: readonly string[] = [
  'cho biết', 'chủ trì', 'chủ tọa', 'phát biểu', 'trình bày', 'báo cáo', 'bổ sung', 'thông tin', 'thông báo',
  'nhấn mạnh', 'yêu cầu', 'đề nghị', 'đề xuất', 'kiến nghị', 'chỉ đạo', 'lưu ý', 'khẳng định', 'ghi nhận',
  'đánh giá', 'quán triệt', 'chúc mừng', 'kiểm tra', 'làm việc', 'dẫn đầu', 'cảm ơn', 'chia sẻ', 'phản ánh',
  'kết luận', 'điều hành', 'tham dự', 'đồng chủ', 'đồng tình', 'đồng ý', 'đồng thời', 'đồng chí', 'hỏi thăm',
  'ân cần', 'trao đổi', 'giải trình', 'khai mạc', 'bế mạc', 'công bố', 'tiếp thu', 'tiếp tục', 'trực tiếp',
  'hướng dẫn', 'xúc động', 'bày tỏ', 'tin tưởng', 'chủ động', 'tập trung', 'khẩn trương', 'thay mặt',
  'giới thiệu', 'điều phối', 'động viên', 'biểu dương', 'chấp thuận', 'phê duyệt', 'ban hành', 'thông qua',
  'dâng hương', 'tuyên truyền', 'lãnh đạo', 'chỉ huy', 'giao nhiệm', 'tổ chức', 'phụ trách', 'nhận định',
  'cho rằng', 'cho hay', 'đề cập', 'thừa nhận', 'nhận nhiệm', 'phát động', 'tham gia', 'trả lời', 'giải đáp',
  'phát lệnh', 'cắt băng', 'bấm nút', 'đánh trống', 'gắn biển', 'khánh thành', 'khởi công', 'tuyên bố',
  'mong muốn', 'cam kết', 'chứng kiến', 'quyết định', 'dặn dò', 'gửi lời', 'đề ra', 'nêu rõ', 'chỉ rõ',
  'tiếp xúc', 'thừa ủy', 'thừa lệnh', 'nhiệm kỳ',
];

/** Administrative units (đơn vị hành chính): the capitalised words after them are a place name. */
export const ADMIN_UNITS: readonly string[] = [
  'quận', 'huyện', 'phường', 'xã', 'tỉnh', 'trấn', 'khu', 'thôn',
];

/** Verbs that close a steering committee title's scope ("Phó trưởng BCĐ … về tổng kết … | đồng chủ trì"). */
export const SCOPE_STOP_VERBS: readonly string[] = [
  'chủ trì', 'đồng chủ', 'chủ tọa', 'phát biểu', 'cho biết', 'nhấn mạnh', 'yêu cầu', 'đề nghị', 'tham dự',
  'làm việc', 'khẳng định', 'thăm và', 'dự và', 'trao đổi', 'báo cáo',
];

/** Words that introduce a person (besides "đồng chí" and "Đ/c"): "ông", "bà", "anh", "chị". */
export const PERSON_MARKERS: readonly string[] = [
  'ông', 'bà', 'anh', 'chị',
];

/** Prepositions before a title that make it an object, not a pending title for the next name
 * ("gửi tới Chủ tịch …", "cùng Bí thư …"). */
export const PREPOSITIONS: readonly string[] = [
  'với', 'của', 'cho', 'tới', 'đến', 'theo', 'lên', 'gửi', 'trước', 'cùng', 'và', 'tặng', 'chúc',
];

/** First words of organisations: a title glued after them is part of the name ("Ban Bí thư", "Hội Chữ thập đỏ"). */
export const ORG_HEAD_WORDS: readonly string[] = [
  'ban', 'bộ', 'sở', 'ủy', 'hội', 'đoàn', 'cục', 'viện', 'phòng', 'tòa', 'đảng', 'văn', 'trung', 'học',
  'trường',
];

/** Plural markers before a title: a list of people follows ("các Phó Chủ tịch UBND thành phố: A, B"). */
export const PLURAL_WORDS: readonly string[] = [
  'các', 'những', 'hai', 'ba', 'nhiều',
];

/** Bodies sometimes written in lower case before their name: "của sở Xây dựng", "bộ Tài chính". */
export const LOWER_CASE_BODIES: readonly string[] = [
  'sở', 'bộ', 'ban', 'cục', 'phòng',
];

/** Words of administrative units inside an issuer's name ("UBND thành phố", "HĐND huyện", "UBND đặc khu"). */
export const UNIT_WORDS: readonly string[] = [
  'thành', 'phố', 'tỉnh', 'quận', 'huyện', 'xã', 'phường', 'thị', 'trấn', 'đặc', 'khu',
];

/** Lower-case word pairs inside the names of bodies ("Ban An toàn giao thông", "Sở Giao thông vận tải"). */
export const LOWER_CASE_PAIRS: readonly string[] = [
  'vận tải', 'nông thôn', 'xã hội', 'đô thị', 'môi trường', 'nhân dân', 'giao thông', 'kinh tế', 'đầu tư',
  'công nghiệp', 'phát triển', 'thủy sản', 'thiên tai', 'cứu nạn', 'cứu hộ', 'hạ tầng', 'du lịch', 'dân cư',
  'thương mại', 'sản xuất', 'công nghệ', 'đào tạo', 'dự án',
];

/** Adverbs between an issuer and its verb ("UBND thành phố | đã | ban hành"). */
export const ISSUE_ADVERBS: readonly string[] = [
  'đã', 'vừa', 'cũng', 'mới', 'từng',
];

/** Lower-case words that end an issuer's name ("của UBND thành phố | về …"). */
export const ISSUER_STOP_WORDS: readonly string[] = [
  'về', 'và', 'của', 'theo', 'tại', 'đã', 'được', 'sau', 'trong', 'để', 'nhằm', 'cho', 'ban', 'ký', 'thông',
  'số', 'ngày', 'đối', 'với', 'khi', 'vào', 'là', 'có', 'này', 'thực', 'năm',
];

/** Words inside a congress or conference resolution's name ("Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XVI"). */
export const CONGRESS_WORDS: readonly string[] = [
  'hành', 'vụ', 'trị', 'đại', 'biểu', 'toàn', 'quốc', 'lần', 'thứ', 'nhiệm', 'kỳ', 'khóa', 'đảng', 'bộ',
  'thành', 'phố', 'tỉnh', 'huyện', 'quận', 'xã', 'phường', 'đặc', 'khu', 'trung', 'ương',
];

/** Words that end the name of a document without number ("Luật Đất đai | về …", "Chương trình … | của …"). */
export const DOC_NAME_STOP_WORDS: readonly string[] = [
  'về', 'của', 'theo', 'tại', 'đã', 'được', 'đi', 'vào', 'để', 'nhằm', 'khi', 'thì', 'là', 'sẽ', 'do', 'trong',
  'cho', 'kèm', 'này', 'đó', 'số', 'ngày', 'và', 'đang', 'vừa', 'cũng', 'nhưng', 'sau', 'trước', 'từ', 'đến',
  'tới', 'gồm',
];

/** Last syllables of verbs that introduce a named plan or programme: "triển khai", "thực hiện", "ban hành",
 * "theo", "tại", "nhiệm vụ", "quán triệt" … + "Chương trình …". */
export const PROGRAMME_CUES: readonly string[] = [
  'khai', 'hiện', 'hành', 'theo', 'tại', 'vụ', 'triệt', 'các', 'của', 'thuộc',
];

/** Adverbs between the speaker and the directive verb ("Chủ tịch | cũng đã | yêu cầu"). */
export const SUBJECT_ADVERBS: readonly string[] = [
  'cũng', 'đã', 'còn', 'lại', 'thì', 'vẫn', 'luôn', 'liền', 'ngay', 'mới', 'nữa',
];

/** Two-word adverbs between the speaker and the verb ("đồng thời yêu cầu", "tiếp tục chỉ đạo"). */
export const SUBJECT_ADVERBS2: readonly string[] = [
  'đồng thời', 'tiếp tục', 'trực tiếp', 'đặc biệt', 'kiên quyết', 'một lần', 'cũng đã',
];

/** A directive verb after these words is a noun or a passive: "được giao", "Về đề nghị", "theo yêu cầu",
 * "ý kiến chỉ đạo", "Ban Chỉ đạo". */
export const NOT_BEFORE_VERB: readonly string[] = [
  'được', 'bị', 'theo', 'về', 'các', 'những', 'có', 'ứng', 'lời', 'ý', 'kiến', 'bàn', 'chuyển', 'nút', 'ngoại',
  'trao', 'tay', 'sự', 'công', 'tác', 'việc', 'nhận', 'thể', 'là', 'phó', 'ban', 'lãnh', 'đạo',
];

/** First words of an addressee after "nhấn mạnh"/"lưu ý": "các sở", "mọi cán bộ", "lực lượng …", "chính quyền …". */
export const ADDRESSEE_WORDS: readonly string[] = [
  'các', 'mọi', 'toàn', 'cán', 'người', 'lực', 'chính', 'cấp', 'địa', 'ngành', 'đơn', 'những', 'cơ', 'thành',
  'quận', 'huyện', 'xã', 'phường', 'sở', 'ban', 'ủy', 'chủ', 'doanh', 'bộ', 'nhà', 'giáo', 'bác', 'học', 'thủ',
  'lãnh', 'tổ', 'mỗi', 'từng',
];

/** First words after "nhấn mạnh" that open an assessment, not an addressee: "đây là …", "việc …", "kết quả …". */
export const NOT_ADDRESSEE_WORDS: readonly string[] = [
  'đây', 'việc', 'đó', 'điều', 'nhiệm', 'kết', 'mục', 'năm', 'thời', 'trong', 'với', 'hải', 'tinh',
];

/** Sentence openers after which a directive continues the previous speaker: "Đồng thời, giao …", "Bên cạnh đó, …",
 * "Trong đó, nhấn mạnh …". */
export const CONNECTIVES: readonly string[] = [
  'đồng', 'bên', 'ngoài', 'cùng', 'trong', 'đặc', 'mặt', 'tiếp', 'sau', 'trước',
];

/** Words right after a verb that show it is a noun: "Yêu cầu đặt ra là …", "Yêu cầu này …". */
export const NOT_OBJECT_WORDS: readonly string[] = [
  'là', 'đặt', 'này', 'đó', 'về', 'của', 'được', 'trên', 'đối', 'chung', 'chính', 'cao', 'mới',
];

/** Predicates of approval and acknowledgement; the next clause may give the instruction
 * ("Ông A biểu dương các lực lượng, đề nghị …"). */
export const APPROVAL_VERBS: readonly string[] = [
  'biểu dương', 'ghi nhận', 'đánh giá', 'cảm ơn', 'hoan nghênh', 'chúc mừng', 'khen ngợi', 'đồng ý',
  'thống nhất', 'nhất trí', 'tiếp thu', 'động viên', 'thăm hỏi', 'trân trọng', 'chia sẻ', 'chấp thuận',
  'quan tâm',
];

/** Nouns for what is to be done: "nhấn mạnh 3 nhiệm vụ trọng tâm", "nhấn mạnh các giải pháp …". */
export const TASK_NOUNS: readonly string[] = [
  'nhiệm vụ', 'giải pháp', 'nội dung', 'yêu cầu', 'việc cần', 'nhóm giải', 'nhóm nhiệm', 'định hướng',
  'trọng tâm',
];

/** Documents an official signs to give an instruction: "ký Công điện khẩn số … yêu cầu …". */
export const SIGNED_DOCUMENTS: readonly string[] = [
  'công điện', 'chỉ thị', 'công văn', 'văn bản', 'quyết định', 'thông báo', 'kế hoạch',
];

/** Document types (loại văn bản) as written with a capital, longer ones first when they share a start
 * ("Thông tư liên tịch" before "Thông tư"). A lower-case type names a document only when "số" and a number follow. */
export const DOCUMENT_TYPES: readonly string[] = [
  'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Kết luận', 'Hướng dẫn', 'Kế hoạch', 'Công văn', 'Văn bản',
  'Công điện', 'Nghị định', 'Thông tư liên tịch', 'Thông tư', 'Bộ luật', 'Luật', 'Pháp lệnh', 'Đề án',
  'Chương trình', 'Quy định', 'Thông báo', 'Thông tri', 'Tờ trình', 'Báo cáo', 'Quy chế',
];

/** Type abbreviations inside document symbols (Nghị định 30/2020/NĐ-CP, Phụ lục III; Party documents):
 * "21/NQ-CP" is a Nghị quyết, "45-CT/TW" a Chỉ thị. */
export const DOCUMENT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  HD: 'Hướng dẫn',
  KH: 'Kế hoạch',
  CĐ: 'Công điện',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  CTr: 'Chương trình',
  ĐA: 'Đề án',
  QĐi: 'Quy định',
  QyĐ: 'Quy định',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  TTr: 'Tờ trình',
  QC: 'Quy chế',
  TTLT: 'Thông tư liên tịch',
};

/** First words of public bodies that issue documents ("UBND …", "Sở …", "Thành ủy", "Chính phủ", "Thủ tướng"). */
export const BODY_FIRST_WORDS: readonly string[] = [
  'ubnd', 'hđnd', 'ủy', 'sở', 'bộ', 'ban', 'thành', 'tỉnh', 'huyện', 'quận', 'thị', 'văn', 'chính', 'thủ',
  'đảng', 'công', 'cục', 'tổng', 'chủ', 'hội', 'liên', 'mặt', 'tòa', 'viện', 'quốc', 'bch', 'btv',
];

/** The verbs of a directive (an official tells a body or person to do something). */
export const DIRECTIVE_VERBS: readonly string[] = [
  'đề nghị', 'yêu cầu', 'chỉ đạo', 'giao', 'nhấn mạnh', 'lưu ý',
];

/** Second syllables that make "giao" part of another word, not the verb "to assign": giao thông, giao dịch,
 * giao lưu, giao thương, hữu giao, giao tiếp, giao kết, bàn giao … (checked on the word after "giao"). */
export const GIAO_COMPOUNDS: readonly string[] = [
  'thông', 'dịch', 'lưu', 'thương', 'hữu', 'tiếp', 'kết', 'thoa', 'hàng', 'ca', 'điểm', 'lộ', 'khoán', 'mùa',
  'nhận', 'ban', 'thừa', 'tranh', 'liên', 'diện', 'động', 'hoán', 'cắt',
];

/** Modal words that make a clause an instruction: "phải", "cần", "không được", "khẩn trương" …
 * ("cần" is not a modal in "cần thiết"). */
export const MODALS: readonly string[] = [
  'phải', 'cần', 'không được', 'không để', 'tuyệt đối', 'khẩn trương', 'kiên quyết', 'nghiêm túc',
];

/** Titles that may refer, alone and without organisation, to a person named earlier ("Thủ tướng", "Bộ trưởng");
 * "Phó" may precede them. */
export const BARE_ALIAS_TITLES: readonly string[] = [
  'thủ tướng', 'bộ trưởng', 'thứ trưởng', 'trưởng đoàn', 'chủ tịch nước', 'tổng bí thư',
];

/** Acronyms of schools and organisations that are named after people ("THPT Trần Phú", "Đoàn TNCS Hồ Chí Minh"). */
export const NAMED_AFTER_ACRONYMS: readonly string[] = [
  'thpt', 'thcs', 'th', 'tncs', 'ptdtnt', 'mn', 'clb', 'htx', 'gdtx',
];

/** Words before a day and month that date the clause that follows: "Ngày 22/2, …", "Sáng 5-3, …",
 * "Chiều nay 27.9, Chủ tịch UBND tỉnh … ký …". Written capitalised or not. */
export const DAY_PARTS: readonly string[] = [
  'ngày', 'sáng', 'chiều', 'tối', 'trưa',
];

/** Furniture labels before a credit: the name after "Ảnh:", "Bài:", "Nguồn:", "Video:", "Đồ họa:", "Thực hiện:" is a
 * journalist or a source (the last syllable of the label is listed). */
export const CREDIT_LABELS: readonly string[] = ['ảnh', 'bài', 'nguồn', 'video', 'clip', 'họa', 'hiện'];

/**
 * Academic titles and degrees (học hàm, học vị) before a name: a position of their own, like "bác sĩ"
 * ("GS.TS Nguyễn Văn A", "TS. Lê Thị B", "Thạc sĩ Trần Văn C"). Abbreviations are written as tokens, the
 * dot apart ("gs . ts" is "GS.TS"). Without a name after them they are no position ("là Thạc sĩ Quản lý …"),
 * and alone they do not make their holder an official (an expert is not a public post).
 */
export const ACADEMIC_TITLES: readonly string[] = [
  'phó giáo sư', 'giáo sư', 'tiến sĩ khoa học', 'tiến sĩ', 'thạc sĩ',
  'gs . tskh', 'gs . ts', 'pgs . tskh', 'pgs . ts', 'ts . bs', 'ths . bs', 'bs . ckii', 'bs . cki',
  'gs .', 'pgs .', 'tskh .', 'ts .', 'ths .', 'bs .', 'gs', 'pgs', 'ts', 'ths',
];

/** Names that hold a comma inside ("Sở Văn hóa, Thể thao và Du lịch", "Ban Chỉ đạo phòng, chống thiên tai"):
 * the word before and the word after the comma are what is checked. */
export const COMMA_COMPOUNDS: readonly string[] = ['văn hóa, thể thao', 'phòng, chống'];
