/**
 * Issue 13: the failure classes met on real Vietnamese news text, each with sentences written for this
 * test in the style of real reports (none is copied from the real-dev articles).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/core/analyse/index.ts';
import type { Summary } from '../../../src/core/types.ts';

const ctx = { published: '2024-05-10T08:00:00+07:00' };
const officials = (r: Summary) => r.officials.map((o) => [o.name, o.positions]);
const directives = (r: Summary) => r.directives.map((d) => [d.by, d.verb, d.mention.text]);
const docs = (r: Summary) => r.documents.map((d) => [d.type, d.number, d.date, d.issuer]);
/** every mention points at its own text in the input */
function offsetsOk(t: string, r: Summary) {
  for (const m of [
    ...r.officials.flatMap((o) => o.mentions),
    ...r.documents.map((d) => d.mention),
    ...r.directives.map((d) => d.mention),
  ])
    expect(t.slice(m.start, m.end)).toBe(m.text);
}

const intro =
  'Chiều 12/4, đồng chí Phạm Quang Huy, Phó Chủ tịch UBND tỉnh, kiểm tra tiến độ dự án đường ven biển. ';

describe('directives as real reports write them', () => {
  it('"đề nghị … cần …", "lưu ý …", "giao Sở … chủ trì …", "chỉ đạo các sở, ngành …"', () => {
    const t =
      intro +
      'Đồng chí đề nghị các địa phương cần chủ động phương án di dời dân. Ông lưu ý các nhà thầu bố trí thêm nhân lực. Giao Sở Xây dựng chủ trì, phối hợp với các huyện tháo gỡ vướng mắc.\n\nĐồng chí Phạm Quang Huy chỉ đạo các sở, ngành tập trung tháo gỡ khó khăn cho nhà đầu tư.';
    const r = analyseText(t, ctx);
    expect(directives(r)).toEqual([
      ['Phạm Quang Huy', 'đề nghị', 'đề nghị các địa phương cần chủ động phương án di dời dân'],
      ['Phạm Quang Huy', 'lưu ý', 'lưu ý các nhà thầu bố trí thêm nhân lực'],
      ['Phạm Quang Huy', 'giao', 'Giao Sở Xây dựng chủ trì, phối hợp với các huyện tháo gỡ vướng mắc'],
      ['Phạm Quang Huy', 'chỉ đạo', 'chỉ đạo các sở, ngành tập trung tháo gỡ khó khăn cho nhà đầu tư'],
    ]);
    offsetsOk(t, r);
  });

  it('"nhấn mạnh, X phải …" and "nhấn mạnh 2 nhiệm vụ …" instruct; "nhấn mạnh" + an assessment does not', () => {
    const t =
      intro +
      'Phó Chủ tịch UBND tỉnh nhấn mạnh, các chủ đầu tư phải bảo đảm chất lượng công trình. Trong đó, nhấn mạnh 2 nhiệm vụ trọng tâm gồm: giải phóng mặt bằng và thi công.\n\nÔng Phạm Quang Huy nhấn mạnh những kết quả đạt được rất đáng ghi nhận.';
    expect(directives(analyseText(t, ctx))).toEqual([
      ['Phạm Quang Huy', 'nhấn mạnh', 'nhấn mạnh, các chủ đầu tư phải bảo đảm chất lượng công trình'],
      ['Phạm Quang Huy', 'nhấn mạnh', 'nhấn mạnh 2 nhiệm vụ trọng tâm gồm: giải phóng mặt bằng và thi công'],
    ]);
  });

  it('a bare title as speaker is the person named earlier with that title', () => {
    const t =
      'Sáng 3/5, ông Đỗ Văn Hưng, Chủ tịch UBND huyện Kiến Thụy, làm việc với các xã.\n\nKết thúc buổi làm việc, Chủ tịch UBND huyện yêu cầu các xã hoàn thành kê khai trước ngày 20/5.';
    expect(directives(analyseText(t, ctx))).toEqual([
      ['Đỗ Văn Hưng', 'yêu cầu', 'yêu cầu các xã hoàn thành kê khai trước ngày 20/5'],
    ]);
  });

  it('a directive issued through a document the official signs', () => {
    const t =
      'Tối 8/9, Chủ tịch UBND tỉnh Trần Quốc Bảo ký Công điện số 12/CĐ-UBND yêu cầu các huyện ven biển cấm tàu thuyền ra khơi.';
    const r = analyseText(t, ctx);
    expect(directives(r)).toEqual([
      ['Trần Quốc Bảo', 'yêu cầu', 'yêu cầu các huyện ven biển cấm tàu thuyền ra khơi'],
    ]);
    expect(docs(r)).toEqual([['Công điện', '12/CĐ-UBND', '2024-09-08', 'Chủ tịch UBND tỉnh']]);
  });

  it("a list after a colon across paragraphs: the mention stops before the colon, items that open with a verb are the same speaker's", () => {
    const t =
      intro +
      'Để bảo đảm tiến độ, Phó Chủ tịch UBND tỉnh yêu cầu:\n\n- Sở Tài chính bố trí đủ vốn trong quý III;\n\n- Giao UBND các huyện đẩy nhanh giải phóng mặt bằng.\n\nTrước đó, đoàn đã khảo sát hiện trường.';
    const r = analyseText(t, ctx);
    expect(directives(r)).toEqual([
      ['Phạm Quang Huy', 'yêu cầu', 'yêu cầu'],
      ['Phạm Quang Huy', 'giao', 'Giao UBND các huyện đẩy nhanh giải phóng mặt bằng'],
    ]);
    offsetsOk(t, r);
  });

  it('passives and reported plans are not directives', () => {
    const t =
      intro +
      'Sở Giao thông vận tải đã được yêu cầu hoàn thành hồ sơ trước tháng 6. Huyện Tiên Lãng được giao nhiệm vụ giải phóng mặt bằng. Ông cho biết, thời gian tới tỉnh sẽ đề nghị Bộ Giao thông vận tải bổ sung vốn.';
    expect(analyseText(t, ctx).directives).toEqual([]);
  });
});

describe('names need person evidence', () => {
  it('seas, newspapers and fixed phrases shaped like names are not people', () => {
    const t =
      'Diễn đàn Hợp tác kinh tế Châu Á - Thái Bình Dương, Chủ tịch nước phát biểu khai mạc. Theo Báo Hà Nội Mới, Bí thư Thành ủy cho biết thành phố đã hoàn thành kế hoạch. Hội nghị Đối tác Thái Bình Dương, Trưởng đoàn Việt Nam trình bày tham luận.';
    expect(analyseText(t, ctx).officials).toEqual([]);
  });

  it('names inside place and organisation names are not people', () => {
    const t =
      'Phường Quang Trung ra quân làm sạch môi trường. Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố phát động phong trào; Học viện Chính trị quốc gia Hồ Chí Minh và Đại học Quốc gia TP Hồ Chí Minh cùng tham gia. Đường Trần Hưng Đạo được chỉnh trang.';
    expect(analyseText(t, ctx).officials).toEqual([]);
  });

  it('a name with a title after it is a person; "đồng chí" alone is the only way to an empty position list', () => {
    const t =
      'Dự lễ có đồng chí Hoàng Văn Thành. Ông Lê Văn Long, người dân phường An Biên, chia sẻ niềm vui. Bà Trịnh Thị Hoa, Giám đốc Sở Y tế, phát biểu.';
    expect(officials(analyseText(t, ctx))).toEqual([
      ['Hoàng Văn Thành', []],
      ['Trịnh Thị Hoa', ['Giám đốc Sở Y tế']],
    ]);
  });

  it('a three-syllable name right after a unit used without its place name ("UBND tỉnh Lê Văn A")', () => {
    const t = 'Tham dự có Phó Chủ tịch UBND tỉnh Nguyễn Minh Tâm và Bí thư Huyện ủy Cao Văn Đạt.';
    expect(officials(analyseText(t, ctx))).toEqual([
      ['Nguyễn Minh Tâm', ['Phó Chủ tịch UBND tỉnh']],
      ['Cao Văn Đạt', ['Bí thư Huyện ủy']],
    ]);
  });
});

describe('documents in real text', () => {
  it('"Nghị quyết (NQ) 45 của … (khóa XII)"; "NQ 45 của …" later names the issuer of the same document', () => {
    const t =
      'Hội nghị quán triệt Nghị quyết (NQ) 45 của Bộ Chính trị (khóa XII) về xây dựng thành phố. Sơ kết Nghị quyết (NQ) 28 về phát triển cảng biển cho thấy việc thực hiện NQ 28 của Ban Thường vụ Thành ủy đạt kết quả tốt.';
    const r = analyseText(t, ctx);
    expect(docs(r)).toEqual([
      ['Nghị quyết', '45', null, 'Bộ Chính trị'],
      ['Nghị quyết', '28', null, 'Ban Thường vụ Thành ủy'],
    ]);
    expect(r.documents[0]?.mention.text).toBe('Nghị quyết (NQ) 45 của Bộ Chính trị (khóa XII)');
  });

  it('a named law with its number after the name; numbers with "-" or "/" in either order; dates "12-3-2020"', () => {
    const t =
      'Quốc hội thông qua Luật Thủ đô số 39/2024/QH15 ngày 28/6/2024. Thực hiện Quyết định số 1520/QĐ-UBND ngày 12-3-2020 của UBND thành phố, Chỉ thị 05-CT/TU của Ban Thường vụ Thành ủy và Nghị quyết số 06/2022-QH15.';
    expect(docs(analyseText(t, ctx))).toEqual([
      ['Luật', '39/2024/QH15', '2024-06-28', 'Quốc hội'],
      ['Quyết định', '1520/QĐ-UBND', '2020-03-12', 'UBND thành phố'],
      ['Chỉ thị', '05-CT/TU', null, 'Ban Thường vụ Thành ủy'],
      ['Nghị quyết', '06/2022-QH15', null, null],
    ]);
  });

  it('"số 15 ngày …", "&" in a symbol, a lower-case type or body, "Sáng nay 14.3" before the signer', () => {
    const t =
      'Sửa đổi Nghị quyết số 15 ngày 10/7/2021 của HĐND thành phố về giá đất. Theo văn bản số 2451/STNMT-QLĐĐ&BĐ ngày 5/4/2023 của sở Tài nguyên và Môi trường, việc cấp phép còn chậm. Sáng nay 14.3, Chủ tịch UBND thành phố ký Công văn số 880/UBND-NC gửi các quận.';
    expect(docs(analyseText(t, ctx))).toEqual([
      ['Nghị quyết', '15', '2021-07-10', 'HĐND thành phố'],
      ['Văn bản', '2451/STNMT-QLĐĐ&BĐ', '2023-04-05', 'sở Tài nguyên và Môi trường'],
      ['Công văn', '880/UBND-NC', '2024-03-14', 'Chủ tịch UBND thành phố'],
    ]);
  });

  it('a plan named by its period is a document; a lower-case generic plan is not', () => {
    const t =
      'HĐND thành phố thông qua Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2021 - 2025. Các sở xây dựng kế hoạch đầu tư công giai đoạn 2021 - 2025.';
    const r = analyseText(t, ctx);
    expect(r.documents.map((d) => [d.type, d.number, d.mention.text])).toEqual([
      ['Kế hoạch', null, 'Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2021 - 2025'],
    ]);
  });

  it('the issuer runs to its end across a line break', () => {
    const t =
      'Thành phố thực hiện Quyết định số 12/QĐ-UBND của UBND thành\nphố Hải Phòng về cải cách hành chính.';
    const r = analyseText(t, ctx);
    expect(docs(r)).toEqual([['Quyết định', '12/QĐ-UBND', null, 'UBND thành phố Hải Phòng']]);
    offsetsOk(t, r);
  });
});

describe('positions in real text', () => {
  it('academic prefixes before a name are positions; a degree in a biography is not', () => {
    const t =
      'Hội thảo do TS. Nguyễn Văn Hùng, Giám đốc Sở Khoa học và Công nghệ, chủ trì. GS.TS Trần Văn Nam, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật thành phố, phát biểu. Ông Nguyễn Văn Hùng là Thạc sĩ Quản lý công.';
    expect(officials(analyseText(t, ctx))).toEqual([
      ['Nguyễn Văn Hùng', ['TS', 'Giám đốc Sở Khoa học và Công nghệ']],
      ['Trần Văn Nam', ['GS.TS', 'Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật thành phố']],
    ]);
  });

  it('a steering committee title keeps its "về …" scope to the next comma or semicolon', () => {
    const t =
      'Các đồng chí: Vũ Đức Minh, Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo thành phố về chuyển đổi số và đề án 06 của Chính phủ; Đặng Thu Hà, Phó trưởng BCĐ thành phố về chuyển đổi số đồng chủ trì.';
    expect(officials(analyseText(t, ctx))).toEqual([
      [
        'Vũ Đức Minh',
        [
          'Phó Chủ tịch UBND thành phố',
          'Trưởng Ban Chỉ đạo thành phố về chuyển đổi số và đề án 06 của Chính phủ',
        ],
      ],
      ['Đặng Thu Hà', ['Phó trưởng BCĐ thành phố về chuyển đổi số']],
    ]);
  });

  it('a semicolon before a title continues the same person; before a title closed by a name it does not', () => {
    const t =
      'Dự hội nghị có các đồng chí: Lê Minh Quang, Ủy viên Trung ương Đảng; Bí thư Thành ủy; Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Đinh Công Sơn; Mai Văn Tiến, Trưởng Ban Tổ chức Thành ủy.';
    expect(officials(analyseText(t, ctx))).toEqual([
      ['Lê Minh Quang', ['Ủy viên Trung ương Đảng', 'Bí thư Thành ủy']],
      ['Đinh Công Sơn', ['Phó Bí thư Thành ủy', 'Chủ tịch UBND thành phố']],
      ['Mai Văn Tiến', ['Trưởng Ban Tổ chức Thành ủy']],
    ]);
  });

  it('a list title goes to every member; a dash apposition after a pair goes to both', () => {
    const t =
      'Các Phó Chủ tịch HĐND tỉnh Bùi Văn Khánh, Lại Thị Hồng - Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh, điều hành phiên thảo luận.';
    expect(officials(analyseText(t, ctx))).toEqual([
      ['Bùi Văn Khánh', ['Phó Chủ tịch HĐND tỉnh', 'Tỉnh ủy viên']],
      ['Lại Thị Hồng', ['Phó Chủ tịch HĐND tỉnh', 'Tỉnh ủy viên']],
    ]);
  });

  it('a post relinquished or assigned to a list ("miễn nhiệm chức danh … đối với các ông: …"), "nguyên …"', () => {
    const t =
      'Các đại biểu biểu quyết miễn nhiệm chức danh ủy viên UBND tỉnh nhiệm kỳ 2021 - 2026 đối với các ông: Phạm Quốc Hưng - Tỉnh ủy viên, nguyên Giám đốc Sở Xây dựng, đã nghỉ hưu từ ngày 1/4/2024; Trần Minh Khoa - nguyên Giám đốc Sở Y tế, đã chuyển công tác; ông Vũ Đình Lâm - nguyên Trưởng ban Ban Dân tộc.';
    expect(officials(analyseText(t, ctx))).toEqual([
      ['Phạm Quốc Hưng', ['ủy viên UBND tỉnh', 'Tỉnh ủy viên', 'nguyên Giám đốc Sở Xây dựng']],
      ['Trần Minh Khoa', ['ủy viên UBND tỉnh', 'nguyên Giám đốc Sở Y tế']],
      ['Vũ Đình Lâm', ['ủy viên UBND tỉnh', 'nguyên Trưởng ban Ban Dân tộc']],
    ]);
  });

  it('"(thôi) giữ chức (vụ) …" gives the post without its term to the person, and to one coordinated by "và"', () => {
    const t =
      'Hội nghị công bố quyết định điều động đồng chí Ngô Thanh Tùng, Ủy viên Ban Thường vụ Tỉnh ủy, thôi giữ chức vụ Trưởng Ban Dân vận Tỉnh ủy nhiệm kỳ 2020-2025 để giữ chức Phó Bí thư Tỉnh ủy. Ông Lý Văn Tài, Giám đốc Sở Tài chính và ông Kiều Minh Phúc, Chánh Văn phòng UBND tỉnh được bầu giữ chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026.';
    expect(officials(analyseText(t, ctx))).toEqual([
      [
        'Ngô Thanh Tùng',
        ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Dân vận Tỉnh ủy', 'Phó Bí thư Tỉnh ủy'],
      ],
      ['Lý Văn Tài', ['Giám đốc Sở Tài chính', 'Phó Chủ tịch UBND tỉnh']],
      ['Kiều Minh Phúc', ['Chánh Văn phòng UBND tỉnh', 'Phó Chủ tịch UBND tỉnh']],
    ]);
  });

  it('a title ends before what the person does ("tiếp xúc cử tri", "thừa ủy quyền …") and across a line break stays whole', () => {
    const t =
      'Bà Hà Thị Nga, Trưởng Ban Đại diện Hội Người cao tuổi thành phố tiếp xúc cử tri phường Lê Lợi. Ông Chu Văn Lực - Giám đốc Sở Tài chính thừa ủy quyền Chủ tịch UBND tỉnh trình bày tờ trình. Ông Nguyễn Văn Hậu, Giám đốc Sở Thông tin và Truyền\nthông, cho biết.';
    expect(officials(analyseText(t, ctx))).toEqual([
      ['Hà Thị Nga', ['Trưởng Ban Đại diện Hội Người cao tuổi thành phố']],
      ['Chu Văn Lực', ['Giám đốc Sở Tài chính']],
      ['Nguyễn Văn Hậu', ['Giám đốc Sở Thông tin và Truyền thông']],
    ]);
  });

  it('a deputy "in charge of" an office keeps it in the title ("Phó Giám đốc phụ trách Sở …")', () => {
    const t =
      'Dự buổi làm việc có Phó Giám đốc phụ trách Sở Nội vụ Đinh Quốc Toản; Phó Giám đốc Sở Nội vụ Lương Thị Hiền. Phó Chủ tịch phụ trách UBND huyện Trịnh Minh Đức yêu cầu các xã phải hoàn thành rà soát trước ngày 15/6.';
    const r = analyseText(t, ctx);
    expect(officials(r)).toEqual([
      ['Đinh Quốc Toản', ['Phó Giám đốc phụ trách Sở Nội vụ']],
      ['Lương Thị Hiền', ['Phó Giám đốc Sở Nội vụ']],
      ['Trịnh Minh Đức', ['Phó Chủ tịch phụ trách UBND huyện']],
    ]);
    expect(directives(r).map((d) => d[0])).toEqual(['Trịnh Minh Đức']);
    offsetsOk(t, r);
  });

  it('titles abbreviated in capitals ("PGĐ Sở …", "PCT UBND …") after a dash are positions; the lower-case word is not', () => {
    const t =
      'Đồng chí Vũ Thị Hạnh - PGĐ Sở Y tế trao giấy khen cho các tập thể. Ông Tạ Văn Khải - PCT UBND quận phát biểu bế mạc. Mỗi gđ nhận một phần quà.';
    expect(officials(analyseText(t, ctx))).toEqual([
      ['Vũ Thị Hạnh', ['PGĐ Sở Y tế']],
      ['Tạ Văn Khải', ['PCT UBND quận']],
    ]);
  });

  it('a spaced dash before an apposition ends the title; a dash inside an organisation name does not', () => {
    const t =
      'Ông Hồ Minh Tâm, Giám đốc Ban Quản lý dự án - đơn vị làm chủ đầu tư, cho biết công trình vượt tiến độ. Bà Kiều Thị Lan, Giám đốc Sở Văn hóa - Thể thao, phát biểu.';
    expect(officials(analyseText(t, ctx))).toEqual([
      ['Hồ Minh Tâm', ['Giám đốc Ban Quản lý dự án']],
      ['Kiều Thị Lan', ['Giám đốc Sở Văn hóa - Thể thao']],
    ]);
  });
});
