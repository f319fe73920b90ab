/** Rules added after scoring articles the analyser had never seen (tests/fixtures/corpus-holdout2). */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/core/analyse/index.ts';
import type { Summary } from '../../../src/core/types.ts';

const ctx = { published: '2025-10-08T11:45:00+07:00', author: 'Thu Trang' };
const official = (r: Summary, name: string) => r.officials.find((o) => o.name === name);
const verbs = (r: Summary) => r.directives.map((d) => `${d.by}: ${d.verb}`);

describe('officials: National Assembly deputies and marked list items', () => {
  it('accepts a lower-case "đại biểu Quốc hội" as a title of its own in apposition', () => {
    const r = analyseText('Dự có ông Trịnh Văn Lộc, đại biểu Quốc hội, Phó Giám đốc Sở Nội vụ.', ctx);
    expect(official(r, 'Trịnh Văn Lộc')?.positions).toEqual(['đại biểu Quốc hội', 'Phó Giám đốc Sở Nội vụ']);
  });

  it('gives a list header to items introduced by ông/bà/đồng chí', () => {
    const t =
      'Tham dự có các đại biểu Quốc hội: bà Ngô Thị Thảo, Ủy viên Ủy ban Pháp luật của Quốc hội; ông Đinh Văn Hòa, Phó Chánh án Tòa án nhân dân thành phố và ông Lưu Quang Huy. Cùng dự có lãnh đạo xã.';
    const r = analyseText(t, ctx);
    expect(official(r, 'Ngô Thị Thảo')?.positions).toEqual([
      'đại biểu Quốc hội',
      'Ủy viên Ủy ban Pháp luật của Quốc hội',
    ]);
    expect(official(r, 'Đinh Văn Hòa')?.positions).toEqual([
      'đại biểu Quốc hội',
      'Phó Chánh án Tòa án nhân dân thành phố',
    ]);
    expect(official(r, 'Lưu Quang Huy')?.positions).toEqual(['đại biểu Quốc hội']);
  });
});

describe('officials: list-header titles are kept', () => {
  it('keeps the header title beside a longer title of the same item', () => {
    const r = analyseText(
      'Dự có các đại biểu Quốc hội: ông Lưu Quang Huy, đại biểu Quốc hội khóa XV và bà Ngô Thị Thảo.',
      ctx,
    );
    expect(r.officials.find((o) => o.name === 'Lưu Quang Huy')?.positions).toEqual([
      'đại biểu Quốc hội',
      'đại biểu Quốc hội khóa XV',
    ]);
  });
  it('still drops a bare repetition of a longer title', () => {
    const r = analyseText(
      'Đồng chí Trần Hồng Hà, Phó Thủ tướng Chính phủ dự. Phó Thủ tướng Trần Hồng Hà yêu cầu Bộ Xây dựng rà soát.',
      ctx,
    );
    expect(r.officials[0]?.positions).toEqual(['Phó Thủ tướng Chính phủ']);
  });
});

describe('documents: issuer before the verb', () => {
  it('skips adverbs between the issuer and "ban hành"/"ký"', () => {
    const r = analyseText(
      'Sở Tư pháp cũng đã ban hành Công văn số 411/STP-PBGDPL ngày 3/10 hướng dẫn các xã.',
      ctx,
    );
    expect(r.documents[0]).toMatchObject({
      number: '411/STP-PBGDPL',
      date: '2025-10-03',
      issuer: 'Sở Tư pháp',
    });
  });

  it('reads an issuer whose name contains "và"', () => {
    const r = analyseText(
      'Năm 2024, Bộ Khoa học và Công nghệ đã ban hành Thông tư số 09/2024/TT-BKHCN về tiêu chuẩn.',
      ctx,
    );
    expect(r.documents[0]?.issuer).toBe('Bộ Khoa học và Công nghệ');
    const r2 = analyseText('Ông Nam và UBND thành phố đã ký Quyết định số 5/QĐ-UBND.', ctx);
    expect(r2.documents[0]?.issuer).toBe('UBND thành phố');
  });
});

describe('documents: issuer names with a session ordinal', () => {
  it('reads "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII" whole', () => {
    const r = analyseText(
      'Theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII, bộ máy được sắp xếp.',
      ctx,
    );
    expect(r.documents[0]).toMatchObject({
      date: '2017-10-25',
      issuer: 'Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII',
    });
  });
});

describe('directives: "nhấn mạnh" and "lưu ý" must instruct', () => {
  const intro = 'Dự hội nghị có đồng chí Cao Thị Hạnh, Phó Chủ tịch UBND thành phố. ';
  it('"nhấn mạnh X phải …" with a short subject is a directive', () => {
    const r = analyseText(intro + 'Bà Hạnh nhấn mạnh công tác bồi thường phải công khai, minh bạch.', ctx);
    expect(verbs(r)).toEqual(['Cao Thị Hạnh: nhấn mạnh']);
  });

  it('"nhấn mạnh, X phải …" is a directive (issue 13); "nhấn mạnh" + assessment stays out', () => {
    const r = analyseText(
      intro +
        'Bà Hạnh nhấn mạnh, công tác bồi thường phải công khai. Bà Hạnh nhấn mạnh đây là nhiệm vụ trọng tâm.',
      ctx,
    );
    expect(r.directives.map((d) => d.mention.text)).toEqual([
      'nhấn mạnh, công tác bồi thường phải công khai',
    ]);
  });

  it('"lưu ý" + a statement of fact is not a directive; "lưu ý" + addressee or modal is', () => {
    const r = analyseText(
      intro +
        'Bà Hạnh lưu ý dịch cúm năm nay có xu hướng lây lan nhanh. Bà Hạnh lưu ý các trạm y tế tăng cường giám sát. Bà Hạnh lưu ý việc tiêm chủng phải hoàn thành trong tháng 11.',
      ctx,
    );
    expect(r.directives.map((d) => d.mention.text)).toEqual([
      'lưu ý các trạm y tế tăng cường giám sát',
      'lưu ý việc tiêm chủng phải hoàn thành trong tháng 11',
    ]);
  });
});

describe('documents: a capitalised "Ngày" before the issuer dates the document', () => {
  it('"Ngày 10/3, UBND thành phố đã ban hành Quyết định …"', () => {
    const r = analyseText(
      'Ngày 10/3, UBND thành phố đã ban hành Quyết định số 621/QĐ-UBND về việc thành lập Ban Chỉ đạo.',
      ctx,
    );
    expect(r.documents[0]).toMatchObject({
      number: '621/QĐ-UBND',
      date: '2025-03-10',
      issuer: 'UBND thành phố',
    });
  });
});

describe('directives: an approval clause, then a comma or semicolon, then the instruction', () => {
  const intro = 'Dự hội nghị có đồng chí Lê Anh Quân, Phó Chủ tịch UBND thành phố. ';
  it('shares the subject of "biểu dương / ghi nhận / đồng ý / đánh giá cao …"', () => {
    const r = analyseText(
      intro +
        'Ông Quân biểu dương các lực lượng, đề nghị các đơn vị tiếp tục duy trì. Ông Quân đồng ý với đề xuất của Sở Tài chính; giao Sở Tài chính chủ trì thực hiện. Phó Chủ tịch UBND thành phố đánh giá cao sự chủ động của các sở, ngành, đồng thời yêu cầu các đơn vị báo cáo.',
      ctx,
    );
    expect(verbs(r)).toEqual(['Lê Anh Quân: đề nghị', 'Lê Anh Quân: giao', 'Lê Anh Quân: yêu cầu']);
  });

  it('does not give an official a request reported after "cho biết" or made by a named citizen', () => {
    const r = analyseText(
      intro +
        'Ông Quân cho biết người dân phản ánh đường hỏng, đề nghị thành phố sửa. Ông Quân ghi nhận ý kiến của cử tri Nguyễn Văn Nam, đề nghị sửa đường.',
      ctx,
    );
    expect(r.directives).toEqual([]);
  });
});

describe('officials: apposition variants', () => {
  it('accepts a lower-case title in apposition when an organisation follows, but not a business post', () => {
    const r = analyseText(
      'Ông Phạm Văn Lộc, phó giám đốc Sở Nội vụ cho biết. Ông Nguyễn Văn Nam, giám đốc một doanh nghiệp, cho biết.',
      ctx,
    );
    expect(r.officials.map((o) => [o.name, o.positions])).toEqual([
      ['Phạm Văn Lộc', ['phó giám đốc Sở Nội vụ']],
    ]);
  });

  it('reads ", kiêm …" as a further position', () => {
    const r = analyseText(
      'Ông Ngô Quang Hải, Phó Chủ tịch Thường trực UBND phường Thủy Nguyên, kiêm Trưởng Công an phường cho biết.',
      ctx,
    );
    expect(official(r, 'Ngô Quang Hải')?.positions).toEqual([
      'Phó Chủ tịch Thường trực UBND phường Thủy Nguyên',
      'Trưởng Công an phường',
    ]);
  });

  it('does not read "Đoàn Thanh niên" as a person, and a title ends at a verb such as "phát động"', () => {
    const r = analyseText(
      'Đồng chí Nguyễn Thị Mai Anh, Bí thư Đoàn Thanh niên phường Lê Chân phát động phong trào.',
      ctx,
    );
    expect(r.officials.map((o) => [o.name, o.positions])).toEqual([
      ['Nguyễn Thị Mai Anh', ['Bí thư Đoàn Thanh niên phường Lê Chân']],
    ]);
  });
});

describe('documents: issuer names and places', () => {
  it('reads "UBND TP. Hải Phòng" and "Hội đồng nhân dân thành phố" whole', () => {
    const r = analyseText(
      'Theo Quyết định số 1234/QĐ-UBND ngày 15/3/2024 của UBND TP. Hải Phòng, dự án được duyệt. Nghị quyết số 35/2021/NQ-HĐND ngày 20 tháng 12 năm 2021 của Hội đồng nhân dân thành phố quy định mức hỗ trợ. Theo Quyết định số 12/QĐ-UBND của UBND TP. Dự án chậm.',
      ctx,
    );
    expect(r.documents.map((d) => d.issuer)).toEqual([
      'UBND TP. Hải Phòng',
      'Hội đồng nhân dân thành phố',
      'UBND TP',
    ]);
    expect(r.documents[1]?.date).toBe('2021-12-20');
  });

  it('reads "do X ban hành" after the subject clause', () => {
    const r = analyseText(
      'Triển khai Kế hoạch số 56/KH-UBND ngày 20/7/2025 về lập lại trật tự đô thị do UBND thành phố ban hành. Theo Kế hoạch số 57/KH-UBND về trật tự đô thị do Sở Xây dựng chủ trì, các phường báo cáo.',
      ctx,
    );
    expect(r.documents.map((d) => d.issuer)).toEqual(['UBND thành phố', null]);
  });

  it('reads "X có Công văn số …" only after a public body', () => {
    const r = analyseText(
      'UBND thành phố có Văn bản số 3456/UBND-ĐC ngày 10/9/2025 gửi các sở. Dự án có Quyết định số 5/QĐ-UBND.',
      ctx,
    );
    expect(r.documents.map((d) => d.issuer)).toEqual(['UBND thành phố', null]);
  });
});

describe('documents: issuer and date named around the document', () => {
  it('"Sáng 5/3, Chủ tịch UBND thành phố ký Quyết định …" dates and attributes it', () => {
    const r = analyseText(
      'Sáng 5/3, Chủ tịch UBND thành phố ký Quyết định số 500/QĐ-UBND phê duyệt đề án.',
      ctx,
    );
    expect(r.documents[0]).toMatchObject({ date: '2025-03-05', issuer: 'Chủ tịch UBND thành phố' });
  });

  it('"chỉ đạo của X tại Công văn số …" names the issuer, for public bodies only', () => {
    const r = analyseText(
      'Thực hiện chỉ đạo của UBND thành phố tại Công văn số 789/UBND-VX ngày 3 tháng 9 năm 2025, Sở đã triển khai. Dự án của Tập đoàn Vingroup tại Quyết định số 5/QĐ-UBND được điều chỉnh.',
      ctx,
    );
    expect(r.documents.map((d) => d.issuer)).toEqual(['UBND thành phố', null]);
  });

  it('"do <office> <name> ký" gives the office as issuer', () => {
    const r = analyseText(
      'Quyết định số 2000/QĐ-UBND do Phó Chủ tịch UBND thành phố Lê Anh Quân ký ngày 3/10 nêu rõ trách nhiệm.',
      ctx,
    );
    expect(r.documents[0]?.issuer).toBe('Phó Chủ tịch UBND thành phố');
  });
});
