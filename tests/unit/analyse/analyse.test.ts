import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/core/analyse/index.ts';
import type { Summary } from '../../../src/core/types.ts';
import { defined } from '../defined.ts';

const ctx = { published: '2022-08-02T16:40:00+07:00', author: 'Trung Kiên' };
const names = (r: Summary) => r.officials.map((o) => o.name);
const official = (r: Summary, name: string) => r.officials.find((o) => o.name === name);

function offsetsOk(text: string, r: Summary): void {
  const all = [
    ...r.officials.flatMap((o) => o.mentions),
    ...r.documents.map((d) => d.mention),
    ...r.directives.map((d) => d.mention),
  ];
  for (const m of all) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe('officials', () => {
  it('reads both orders and comma-separated titles', () => {
    const t =
      'Dự có đồng chí Đào Khánh Hà, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo Thành ủy. Thứ trưởng Bộ Y tế Nguyễn Trường Sơn thông tin chuyên đề.';
    const r = analyseText(t, ctx);
    expect(official(r, 'Đào Khánh Hà')?.positions).toEqual([
      'Ủy viên Ban Thường vụ Thành ủy',
      'Trưởng Ban Tuyên giáo Thành ủy',
    ]);
    expect(official(r, 'Nguyễn Trường Sơn')?.positions).toEqual(['Thứ trưởng Bộ Y tế']);
    offsetsOk(t, r);
  });

  it('reads colon/semicolon lists and list headers', () => {
    const t =
      'Cùng dự có các đồng chí: Nguyễn Văn Tùng, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố; Đỗ Mạnh Hiến, Phó Bí thư Thường trực Thành ủy cùng đông đảo nhân dân. Tham dự có các Phó Chủ tịch UBND thành phố: Lê Anh Quân, Nguyễn Đức Thọ, Hoàng Minh Cường; lãnh đạo các sở.';
    const r = analyseText(t, ctx);
    expect(official(r, 'Nguyễn Văn Tùng')?.positions).toEqual([
      'Phó Bí thư Thành ủy',
      'Chủ tịch UBND thành phố',
    ]);
    expect(official(r, 'Đỗ Mạnh Hiến')?.positions).toEqual(['Phó Bí thư Thường trực Thành ủy']);
    for (const n of ['Lê Anh Quân', 'Nguyễn Đức Thọ', 'Hoàng Minh Cường'])
      expect(official(r, n)?.positions).toEqual(['Phó Chủ tịch UBND thành phố']);
  });

  it('keeps ranks as their own position and splits a name closing a title', () => {
    const t =
      'Đại tá Bùi Trung Thành, Phó Giám đốc Công an thành phố yêu cầu phân luồng. Trưởng Ban Quản lý Khu kinh tế Hải Phòng Lê Trung Kiên lưu ý các doanh nghiệp. Chủ tịch UBND huyện Thủy Nguyên Vũ Đức Thắng thông tin.';
    const r = analyseText(t, ctx);
    expect(official(r, 'Bùi Trung Thành')?.positions).toEqual(['Đại tá', 'Phó Giám đốc Công an thành phố']);
    expect(official(r, 'Lê Trung Kiên')?.positions).toEqual(['Trưởng Ban Quản lý Khu kinh tế Hải Phòng']);
    expect(official(r, 'Vũ Đức Thắng')?.positions).toEqual(['Chủ tịch UBND huyện Thủy Nguyên']);
  });

  it('does not take the byline for the official with the same given name', () => {
    const t = 'Đồng chí Lê Trung Kiên, Trưởng Ban Quản lý Khu kinh tế Hải Phòng dự lễ. Ảnh: Trung Kiên';
    const r = analyseText(t, ctx);
    expect(names(r)).toEqual(['Lê Trung Kiên']);
  });

  it('tells Lê Tiến Châu from Lê Ngọc Châu', () => {
    const t =
      'Dự có đồng chí Lê Tiến Châu, Bí thư Thành ủy và đồng chí Lê Ngọc Châu, Chủ tịch UBND thành phố. Đồng chí Lê Ngọc Châu cho biết. Đồng chí Châu yêu cầu các sở làm ngay.';
    const r = analyseText(t, ctx);
    expect(names(r)).toEqual(['Lê Tiến Châu', 'Lê Ngọc Châu']);
    expect(official(r, 'Lê Tiến Châu')?.positions).toEqual(['Bí thư Thành ủy']);
    expect(official(r, 'Lê Ngọc Châu')?.positions).toEqual(['Chủ tịch UBND thành phố']);
    expect(r.directives[0]?.by).toBe('Lê Ngọc Châu');
  });

  it('does not list streets, schools, wards, organisations, citizens or business people', () => {
    const t =
      'Đoàn kiểm tra điểm thi Trường THPT Trần Phú trên đường Lê Hồng Phong, quận Ngô Quyền. Kỷ niệm ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931-26/3/2021). Anh Nguyễn Văn Nam, người dân phường Cát Dài, đề nghị sửa đường. Ông Phạm Tiến Dũng, Giám đốc Công ty TNHH Tiếp vận Minh Phát phản ánh. Hiệu trưởng Trường THPT Ngô Quyền cho biết.';
    const r = analyseText(t, ctx);
    expect(r.officials).toEqual([]);
    expect(r.documents).toEqual([]);
    expect(r.directives).toEqual([]);
  });

  it('links aliases: đồng chí + given name, Ông + given name, bare titles', () => {
    const t =
      'Chủ tịch UBND thành phố Nguyễn Văn Tùng chủ trì. Phó Chủ tịch UBND thành phố Nguyễn Đức Thọ cho biết. Ông Thọ lưu ý UBND huyện An Dương hoàn thành bàn giao. Chủ tịch UBND thành phố yêu cầu các chủ đầu tư ký cam kết. Đồng chí Tùng cũng đề nghị Sở Xây dựng kiểm tra.';
    const r = analyseText(t, ctx);
    expect(names(r)).toEqual(['Nguyễn Văn Tùng', 'Nguyễn Đức Thọ']);
    expect(official(r, 'Nguyễn Văn Tùng')?.mentions.map((m) => m.text)).toEqual([
      'Nguyễn Văn Tùng',
      'Chủ tịch UBND thành phố',
      'Đồng chí Tùng',
    ]);
    expect(official(r, 'Nguyễn Đức Thọ')?.mentions.map((m) => m.text)).toEqual(['Nguyễn Đức Thọ', 'Ông Thọ']);
    expect(r.directives.map((d) => [d.by, d.verb])).toEqual([
      ['Nguyễn Đức Thọ', 'lưu ý'],
      ['Nguyễn Văn Tùng', 'yêu cầu'],
      ['Nguyễn Văn Tùng', 'đề nghị'],
    ]);
    offsetsOk(t, r);
  });

  it('resolves "đồng chí + title" to the person holding it', () => {
    const t =
      'Đồng chí Phan Xuân Thủy, Phó Trưởng Ban Tuyên giáo Trung ương dự. Đối với công tác bầu cử, đồng chí Phó Trưởng Ban Tuyên giáo Trung ương yêu cầu bám sát Hướng dẫn số 169 của Ban Tuyên giáo Trung ương.';
    const r = analyseText(t, ctx);
    expect(r.directives).toHaveLength(1);
    expect(r.directives[0]?.by).toBe('Phan Xuân Thủy');
    expect(r.directives[0]?.mention.text).toBe(
      'yêu cầu bám sát Hướng dẫn số 169 của Ban Tuyên giáo Trung ương',
    );
  });
});

describe('documents', () => {
  it('parses number, date, issuer and the mention', () => {
    const t = 'Theo Nghị quyết số 21/NQ-CP ngày 26/2/2021 của Chính phủ về mua vắc xin.';
    const r = analyseText(t, ctx);
    expect(r.documents).toEqual([
      {
        type: 'Nghị quyết',
        number: '21/NQ-CP',
        date: '2021-02-26',
        issuer: 'Chính phủ',
        mention: { text: 'Nghị quyết số 21/NQ-CP ngày 26/2/2021 của Chính phủ', start: 5, end: 56 },
      },
    ]);
  });

  it('keeps bare numbers, takes the article year and normalises stray spaces and dashes', () => {
    const t =
      'Bám sát Hướng dẫn số 169 của Ban Tuyên giáo Trung ương. Áp dụng Công văn số 910 / UBND–DL1 ngày 15/2 của UBND tỉnh Quảng Ninh.';
    const r = analyseText(t, { published: '2021-02-23T21:10:00+07:00' });
    expect(r.documents.map((d) => [d.type, d.number, d.date, d.issuer])).toEqual([
      ['Hướng dẫn', '169', null, 'Ban Tuyên giáo Trung ương'],
      ['Công văn', '910/UBND-DL1', '2021-02-15', 'UBND tỉnh Quảng Ninh'],
    ]);
  });

  it('does not read dates or years inside numbers as documents or dates', () => {
    const t =
      'Kỷ niệm (26/3/1931-26/3/2021) và ngày 13/5/1955. Nghị định số 30/2020/NĐ-CP của Chính phủ. Luật Đất đai năm 2024 có hiệu lực.';
    const r = analyseText(t, ctx);
    expect(r.documents.map((d) => [d.type, d.number, d.date])).toEqual([
      ['Nghị định', '30/2020/NĐ-CP', null],
      ['Luật', null, null],
    ]);
    expect(r.documents[1]?.mention.text).toBe('Luật Đất đai năm 2024');
  });

  it('reads party numbers, named documents and issuers named before the document', () => {
    const t =
      'Ban Thường vụ Thành ủy đã ban hành Nghị quyết số 03-NQ/TU ngày 26/10/2021 về chuyển đổi số. Trước đó, ngày 22/2, Chủ tịch UBND thành phố đã ký Quyết định số 512/QĐ-UBND thiết lập vùng cách ly. Thực hiện Nghị quyết Đại hội XIII của Đảng đi vào cuộc sống.';
    const r = analyseText(t, { published: '2021-12-04T18:30:00+07:00' });
    expect(r.documents.map((d) => [d.type, d.number, d.date, d.issuer, d.mention.text])).toEqual([
      [
        'Nghị quyết',
        '03-NQ/TU',
        '2021-10-26',
        'Ban Thường vụ Thành ủy',
        'Nghị quyết số 03-NQ/TU ngày 26/10/2021',
      ],
      ['Quyết định', '512/QĐ-UBND', '2021-02-22', 'Chủ tịch UBND thành phố', 'Quyết định số 512/QĐ-UBND'],
      ['Nghị quyết', null, null, null, 'Nghị quyết Đại hội XIII của Đảng'],
    ]);
  });

  it('shares the issuer of "A và B của X" and counts a document once', () => {
    const t =
      'Thực hiện Công điện số 86/CĐ-TTg ngày 03/9/2024 và Công điện số 87/CĐ-TTg ngày 05/9/2024 của Thủ tướng Chính phủ. Nhắc lại Công điện số 87/CĐ-TTg.';
    const r = analyseText(t, ctx);
    expect(r.documents.map((d) => [d.number, d.issuer])).toEqual([
      ['86/CĐ-TTg', 'Thủ tướng Chính phủ'],
      ['87/CĐ-TTg', 'Thủ tướng Chính phủ'],
    ]);
  });
});

describe('directives', () => {
  const intro = 'Đồng chí Trần Lưu Quang, Ủy viên Trung ương Đảng, Bí thư Thành ủy chủ trì hội nghị. ';

  it('runs from the verb to the end of the sentence, colon list included', () => {
    const t =
      intro +
      'Đồng chí Bí thư Thành ủy chỉ đạo Ban cán sự đảng UBND thành phố: khẩn trương xây dựng kế hoạch; rà soát dự án chậm triển khai.';
    const r = analyseText(t, ctx);
    expect(r.directives).toHaveLength(1);
    expect(r.directives[0]).toMatchObject({ by: 'Trần Lưu Quang', verb: 'chỉ đạo' });
    expect(r.directives[0]?.mention.text).toBe(
      'chỉ đạo Ban cán sự đảng UBND thành phố: khẩn trương xây dựng kế hoạch; rà soát dự án chậm triển khai',
    );
    offsetsOk(t, r);
  });

  it('attributes "Đồng chí giao" and a subject-less "Giao …" to the last speaker', () => {
    const t =
      intro +
      'Bí thư Thành ủy yêu cầu các cấp ủy quán triệt. Đồng chí giao Sở Kế hoạch và Đầu tư chủ trì. Giao Sở Tài chính hướng dẫn các quận.';
    const r = analyseText(t, ctx);
    expect(r.directives.map((d) => [d.by, d.verb, d.mention.text])).toEqual([
      ['Trần Lưu Quang', 'yêu cầu', 'yêu cầu các cấp ủy quán triệt'],
      ['Trần Lưu Quang', 'giao', 'giao Sở Kế hoạch và Đầu tư chủ trì'],
      ['Trần Lưu Quang', 'giao', 'Giao Sở Tài chính hướng dẫn các quận'],
    ]);
  });

  it('skips passives, nouns, institutions, citizens and assessments', () => {
    const t =
      intro +
      'Sở Giao thông vận tải được giao theo dõi. Về đề nghị của quận Kiến An, thành phố sẽ xem xét. Ban Tuyên giáo Thành ủy đề nghị các cơ quan báo chí đưa tin. Anh Nguyễn Văn Nam, người dân, đề nghị sửa đường. Đồng chí Trần Lưu Quang nhấn mạnh, kết quả đạt được là rất đáng trân trọng. Tỷ lệ giải ngân thấp hơn yêu cầu đề ra. Phát biểu chỉ đạo, đồng chí Trần Lưu Quang cảm ơn các đại biểu.';
    const r = analyseText(t, ctx);
    expect(r.directives).toEqual([]);
  });

  it('keeps "nhấn mạnh" when it tells someone what to do', () => {
    const t = intro + 'Bí thư Thành ủy nhấn mạnh các lực lượng phải trực 24/24 giờ, không để lọt người.';
    const r = analyseText(t, ctx);
    expect(r.directives.map((d) => d.verb)).toEqual(['nhấn mạnh']);
  });
});

describe('normalisation and offsets', () => {
  it('matches old tone placement and decomposed text, offsets into the original', () => {
    const t =
      'Dự có đồng chí Lê Văn Hùng, Uỷ viên Ban Thường vụ Thành uỷ, Trưởng ban Dân vận Thành uỷ.\u00a0Đồng chí Hùng đề nghị các cấp uỷ quan tâm.';
    const nfd = t.normalize('NFD');
    for (const x of [t, nfd]) {
      const r = analyseText(x, ctx);
      expect(r.officials).toHaveLength(1);
      expect(r.officials[0]?.positions).toHaveLength(2);
      expect(r.directives).toHaveLength(1);
      offsetsOk(x, r);
    }
  });
});

describe('bad input', () => {
  it('handles empty, non-Vietnamese, ALL CAPS and unmatched quotes', () => {
    for (const t of [
      '',
      '   ',
      '12345 67/89',
      'The quick brown fox jumps over the lazy dog.',
      'HỘI NGHỊ: ĐỒNG CHÍ NGUYỄN VĂN TÙNG, CHỦ TỊCH UBND THÀNH PHỐ YÊU CẦU CÁC SỞ.',
      '“Ông Lê Văn Hải, Giám đốc Sở Y tế đề nghị (((',
    ]) {
      const r = analyseText(t, ctx);
      expect(r.officials.length + r.documents.length).toBeLessThanOrEqual(1);
      offsetsOk(t, r);
    }
    expect(analyseText('', ctx)).toEqual({ officials: [], documents: [], directives: [] });
    expect(analyseText('HỘI NGHỊ: ĐỒNG CHÍ NGUYỄN VĂN TÙNG, CHỦ TỊCH UBND THÀNH PHỐ', ctx).officials).toEqual(
      [],
    );
  });

  // No clock here (speed lives in `npm run bench`): the test's time limit is the hang guard.
  it('finishes on 1 MB inputs of every shape without crashing', { timeout: 60_000 }, () => {
    const article =
      'Đồng chí Nguyễn Văn Tùng, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố chủ trì. Theo Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị. Đồng chí Tùng yêu cầu các sở khẩn trương thực hiện. Ông Thọ đề nghị. “ ( Nghị quyết 5 của Chính phủ ';
    const inputs = [
      article.repeat(Math.ceil(1_000_000 / article.length)),
      'Nguyễn Văn, “ Ông Bà Đồng chí Chủ tịch UBND ( ( Nghị quyết số 1/ '.repeat(16000),
      'a'.repeat(1_000_000),
      '1/'.repeat(500_000),
      'Ông '.repeat(250_000),
    ];
    for (const t of inputs) {
      expect(t.length).toBeGreaterThanOrEqual(1_000_000);
      const r = analyseText(t, ctx);
      offsetsOk(t, r);
    }
  });
});

describe('more title and directive shapes', () => {
  it('gives list-header titles to every item, with each item’s own titles', () => {
    const t =
      'Dự có các đồng chí Ủy viên Ban Thường vụ Thành ủy: Đào Trọng Đức, Trưởng Ban Tổ chức Thành ủy; Vũ Hồng Hiên, Chủ nhiệm Ủy ban Kiểm tra Thành ủy.';
    const r = analyseText(t, ctx);
    expect(official(r, 'Đào Trọng Đức')?.positions).toEqual([
      'Ủy viên Ban Thường vụ Thành ủy',
      'Trưởng Ban Tổ chức Thành ủy',
    ]);
    expect(official(r, 'Vũ Hồng Hiên')?.positions).toEqual([
      'Ủy viên Ban Thường vụ Thành ủy',
      'Chủ nhiệm Ủy ban Kiểm tra Thành ủy',
    ]);
  });

  it('reads several titles before a name, parenthesised titles and "giữ chức"', () => {
    const t =
      'Ủy viên Trung ương Đảng, Bí thư Thành ủy Lê Tiến Châu phát biểu. Ông Trần Văn Cao (Phó Giám đốc Sở Xây dựng) đề nghị làm rõ. Quyết định bổ nhiệm đồng chí Vũ Minh Tâm, Phó Giám đốc Sở Tài chính giữ chức Giám đốc Sở Nội vụ.';
    const r = analyseText(t, ctx);
    expect(official(r, 'Lê Tiến Châu')?.positions).toEqual(['Ủy viên Trung ương Đảng', 'Bí thư Thành ủy']);
    expect(official(r, 'Trần Văn Cao')?.positions).toEqual(['Phó Giám đốc Sở Xây dựng']);
    expect(official(r, 'Vũ Minh Tâm')?.positions).toEqual([
      'Phó Giám đốc Sở Tài chính',
      'Giám đốc Sở Nội vụ',
    ]);
    expect(r.directives.map((d) => d.by)).toEqual(['Trần Văn Cao']);
  });

  it('does not give a title addressed with "với" to the next person', () => {
    const t = 'Báo cáo với Phó Thủ tướng, Bí thư Thành ủy Lê Tiến Châu cho biết thành phố đã sẵn sàng.';
    const r = analyseText(t, ctx);
    expect(official(r, 'Lê Tiến Châu')?.positions).toEqual(['Bí thư Thành ủy']);
  });

  it('drops a bare title repeated before the name when the full one is known', () => {
    const t =
      'Phó Thủ tướng Chính phủ Trần Hồng Hà kiểm tra đê biển. Phó Thủ tướng Trần Hồng Hà yêu cầu thành phố cập nhật đường đi của bão.';
    const r = analyseText(t, ctx);
    expect(official(r, 'Trần Hồng Hà')?.positions).toEqual(['Phó Thủ tướng Chính phủ']);
  });

  it('continues the speaker after connectives and two-syllable given names', () => {
    const t =
      'Phó Giám đốc Sở Nông nghiệp và Môi trường Trần Thị Lan Anh cho biết đã gia cố đê. Bà Lan Anh đề nghị các xã ven biển rà soát phương án sơ tán. Đồng thời, giao các xã báo cáo trước ngày 30/4. Yêu cầu đặt ra là rất lớn.';
    const r = analyseText(t, ctx);
    expect(r.directives.map((d) => [d.by, d.verb])).toEqual([
      ['Trần Thị Lan Anh', 'đề nghị'],
      ['Trần Thị Lan Anh', 'giao'],
    ]);
  });

  it('reads abbreviations and school names in titles', () => {
    const t =
      'Chủ tịch UBND TP Nguyễn Văn Tùng yêu cầu các sở làm ngay. Hiệu trưởng Trường THPT Ngô Quyền cho biết. Hiệu trưởng Trường THPT Thái Phiên Nguyễn Thị Hoa phát biểu. Hiệu trưởng Trường THPT Lê Ích Mộc cho biết.';
    const r = analyseText(t, ctx);
    expect(r.officials.map((o) => [o.name, o.positions])).toEqual([
      ['Nguyễn Văn Tùng', ['Chủ tịch UBND TP']],
      ['Nguyễn Thị Hoa', ['Hiệu trưởng Trường THPT Thái Phiên']],
    ]);
    expect(r.directives.map((d) => d.by)).toEqual(['Nguyễn Văn Tùng']);
  });

  it('ends a title before "và" + the next person', () => {
    const t =
      'Dự có các đồng chí Lê Văn An, Phó Chủ tịch UBND thành phố và Trần Văn Bình, Giám đốc Sở Y tế. Giám đốc Sở Văn hóa và Thể thao Lê Thị Cúc cho biết.';
    const r = analyseText(t, ctx);
    expect(r.officials.map((o) => [o.name, o.positions])).toEqual([
      ['Lê Văn An', ['Phó Chủ tịch UBND thành phố']],
      ['Trần Văn Bình', ['Giám đốc Sở Y tế']],
      ['Lê Thị Cúc', ['Giám đốc Sở Văn hóa và Thể thao']],
    ]);
  });

  it('a directive that ends its paragraph with a colon stops before it; list lines of the same paragraph join it (issue 13)', () => {
    const t =
      'Đồng chí Nguyễn Văn Tùng, Chủ tịch UBND thành phố dự.\n\nChủ tịch UBND thành phố yêu cầu các sở:\n\n- Sở Y tế chuẩn bị thuốc;\n\n- Sở Tài chính bố trí kinh phí.\n\nÔng Nguyễn Văn Nam cho biết. Ông Nguyễn Văn Tùng đề nghị các quận:\n- rà soát hộ nghèo;\n- báo cáo trước ngày 5.';
    const r = analyseText(t, ctx);
    expect(r.directives.map((d) => d.mention.text)).toEqual([
      'yêu cầu các sở',
      'đề nghị các quận:\n- rà soát hộ nghèo;\n- báo cáo trước ngày 5',
    ]);
    offsetsOk(t, r);
  });

  it('finds the subject of a coordinated verb', () => {
    const t =
      'Chủ tịch UBND thành phố Nguyễn Văn Tùng ghi nhận nỗ lực của các ngành và đề nghị các sở tập trung giải ngân. Đồng chí Nguyễn Văn Tùng biểu dương các xã, đồng thời yêu cầu các quận rà soát. Ông Nguyễn Văn Tùng cho biết, huyện đã làm tốt và đề nghị thành phố hỗ trợ.';
    const r = analyseText(t, ctx);
    expect(r.directives.map((d) => [d.by, d.mention.text])).toEqual([
      ['Nguyễn Văn Tùng', 'đề nghị các sở tập trung giải ngân'],
      ['Nguyễn Văn Tùng', 'yêu cầu các quận rà soát'],
    ]);
  });

  it('skips a passive with an agent; "nhấn mạnh, X phải …" instructs (issue 13)', () => {
    const t =
      'Chủ tịch UBND thành phố Nguyễn Văn Tùng dự. Sở Y tế được Chủ tịch UBND thành phố giao chủ trì. Chủ tịch UBND thành phố nhấn mạnh, công tác phòng, chống thiên tai phải lấy phòng ngừa là chính.';
    expect(analyseText(t, ctx).directives.map((d) => [d.by, d.verb])).toEqual([
      ['Nguyễn Văn Tùng', 'nhấn mạnh'],
    ]);
  });

  it('does not treat business, village heads or namesakes as officials', () => {
    const t =
      'Ông Trần Quốc Toàn, Tổng Giám đốc Tổng công ty Cảng Hải Phòng phát biểu. Theo ông Nguyễn Văn Giang, Trưởng thôn Đông, người dân đồng tình. Đại tướng Võ Nguyên Giáp là vị tướng huyền thoại. Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh cho biết.';
    expect(analyseText(t, ctx).officials).toEqual([]);
  });
});

describe('fuzz', () => {
  it('never throws and keeps offsets exact on random Vietnamese-looking text', () => {
    const words = (
      'Nguyễn Văn Tùng Lê Ngọc Châu đồng chí Đồng chí ông Ông bà Bà các Phó Chủ tịch UBND thành phố Bí thư Thành ủy ' +
      'Uỷ viên Ban Thường vụ Thành uỷ Đại tá Giám đốc Sở Y tế yêu cầu đề nghị giao Giao chỉ đạo nhấn mạnh lưu ý được ' +
      'Về Nghị quyết Quyết định Luật Đất đai năm 2024 số 21/NQ-CP 45-NQ/TW 169 ngày 26/2/2021 15/2 của Chính phủ ' +
      'Chương trình hành động kèm theo triển khai Đề án 06 Trường THPT Trần Phú đường Lê Hồng Phong Ảnh: Hoàng Phong'
    ).split(' ');
    const puncts = [
      ' ',
      ' ',
      ' ',
      ', ',
      '. ',
      '; ',
      ': ',
      '\n\n',
      ' (',
      ') ',
      ' “',
      '” ',
      '…',
      ' – ',
      '\u00a0',
    ];
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      let t = '';
      const len = 5 + rnd(80);
      for (let k = 0; k < len; k++)
        t += defined(words[rnd(words.length)]) + defined(puncts[rnd(puncts.length)]);
      if (round % 3 === 0) t = t.normalize('NFD');
      const r = analyseText(t, { published: '2024-01-01T00:00:00+07:00', author: 'Hoàng Phong' });
      offsetsOk(t, r);
      for (const o of r.officials) expect(o.name.split(' ').length).toBeGreaterThanOrEqual(2);
      for (const d of r.directives) expect(r.officials.some((o) => o.name === d.by)).toBe(true);
    }
  });
});
