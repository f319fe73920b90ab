/** Rules added after scoring tests/fixtures/corpus-holdout3 (lower-case titles, run-on sentences, quotes). */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/core/analyse/index.ts';
import type { Summary } from '../../../src/core/types.ts';

const ctx = { published: '2024-03-12T09:00:00+07:00', author: 'Lan Phương' };
const official = (r: Summary, name: string) => r.officials.find((o) => o.name === name);
const said = (r: Summary) => r.directives.map((d) => `${d.by}: ${d.mention.text}`);

describe('officials: titles written in lower case', () => {
  it('reads lower-case titles in apposition after a marked name, before an organisation in capitals', () => {
    const r = analyseText(
      'Tham dự có bà Ngô Thị Hạnh, phó chủ tịch UBND TP, trưởng Ban Chỉ đạo an toàn giao thông TP.',
      ctx,
    );
    expect(official(r, 'Ngô Thị Hạnh')?.positions).toEqual([
      'phó chủ tịch UBND TP',
      'trưởng Ban Chỉ đạo an toàn giao thông TP',
    ]);
  });

  it('reads them after an unmarked name in a list with semicolons and "và"', () => {
    const t =
      'Dự buổi làm việc có các đồng chí: Lưu Văn Khanh, bí thư Quận uỷ; Tạ Thị Nga, phó bí thư Thường trực Quận uỷ và Bùi Đức Hải, chủ tịch UBND quận.';
    const r = analyseText(t, ctx);
    expect(official(r, 'Lưu Văn Khanh')?.positions).toEqual(['bí thư Quận uỷ']);
    expect(official(r, 'Tạ Thị Nga')?.positions).toEqual(['phó bí thư Thường trực Quận uỷ']);
    expect(official(r, 'Bùi Đức Hải')?.positions).toEqual(['chủ tịch UBND quận']);
  });

  it('reads a lower-case title before the name', () => {
    const r = analyseText(
      'Kết thúc buổi làm việc, giám đốc Sở Xây dựng Trịnh Quốc Bảo đề nghị các quận rà soát lại hồ sơ.',
      ctx,
    );
    expect(official(r, 'Trịnh Quốc Bảo')?.positions).toEqual(['giám đốc Sở Xây dựng']);
    expect(said(r)).toEqual(['Trịnh Quốc Bảo: đề nghị các quận rà soát lại hồ sơ']);
  });

  it('gives a lower-case list header to each name after the colon', () => {
    const r = analyseText(
      'Cùng dự có các phó chủ tịch HĐND TP: Phan Văn Kiên, Đoàn Thị Mai và lãnh đạo các ban.',
      ctx,
    );
    expect(official(r, 'Phan Văn Kiên')?.positions).toEqual(['phó chủ tịch HĐND TP']);
    expect(official(r, 'Đoàn Thị Mai')?.positions).toEqual(['phó chủ tịch HĐND TP']);
  });

  it('does not take a lower-case title without an organisation, nor a business post', () => {
    const r = analyseText(
      'Anh Trần Văn Sơn, giám đốc Công ty TNHH Thái Sơn, cho biết đơn hàng tăng. Ông Lê Văn Tám, trưởng thôn Đông, phản ánh.',
      ctx,
    );
    expect(r.officials).toEqual([]);
  });
});

describe('officials: a title linked to the name with "là"', () => {
  it('title first: "Giám đốc Sở … là ông A"', () => {
    const r = analyseText(
      'Chủ trì buổi họp, Giám đốc Sở Công Thương là ông Vương Đình Lộc đề nghị các chợ niêm yết giá.',
      ctx,
    );
    expect(official(r, 'Vương Đình Lộc')?.positions).toEqual(['Giám đốc Sở Công Thương']);
    expect(said(r)).toEqual(['Vương Đình Lộc: đề nghị các chợ niêm yết giá']);
  });
  it('name first: "bà A là Phó Chủ tịch UBND quận"', () => {
    const r = analyseText('Người trực tiếp chỉ đạo là bà Hà Thị Lụa là Phó Chủ tịch UBND quận Kiến An.', ctx);
    expect(official(r, 'Hà Thị Lụa')?.positions).toEqual(['Phó Chủ tịch UBND quận Kiến An']);
  });
  it('"là" followed by something other than a title adds nothing', () => {
    const r = analyseText('Ông Phùng Văn Hậu là người đầu tiên trồng vải ở xã.', ctx);
    expect(r.officials).toEqual([]);
  });
});

describe('officials: shortened titles and spelling variants', () => {
  const intro =
    'Đoàn công tác gồm ông Mạc Văn Hưng, Trưởng Ban Quản lý dự án đầu tư xây dựng công trình giao thông TP và bà Lã Thị Yến, Phó Trưởng Ban Quản lý dự án đầu tư xây dựng công trình giao thông TP. ';
  it('a bare "Trưởng ban" subject is the one person whose post starts with it', () => {
    const r = analyseText(intro + 'Trưởng ban yêu cầu nhà thầu bổ sung nhân lực, thi công ba ca.', ctx);
    expect(said(r)).toEqual(['Mạc Văn Hưng: yêu cầu nhà thầu bổ sung nhân lực, thi công ba ca']);
  });
  it('"Giám đốc Sở" is the director, not the deputy director of the same department', () => {
    const t =
      'Dự có bà Lục Thị Vân, Giám đốc Sở Giáo dục và Đào tạo và ông Hứa Văn Tài, Phó Giám đốc Sở. Giám đốc Sở lưu ý các trường phải hoàn thành kiểm định trước tháng 5.';
    expect(said(analyseText(t, ctx))).toEqual([
      'Lục Thị Vân: lưu ý các trường phải hoàn thành kiểm định trước tháng 5',
    ]);
  });
  it('a post held in an acting capacity still answers to the shortened title', () => {
    const t =
      'Ông Nghiêm Xuân Thu, Quyền Giám đốc Sở Nội vụ, báo cáo. Giám đốc Sở đề nghị các phường rà soát biên chế.';
    expect(said(analyseText(t, ctx))).toEqual(['Nghiêm Xuân Thu: đề nghị các phường rà soát biên chế']);
  });
  it('does not guess when two people hold posts starting with the shortened title', () => {
    const t =
      'Dự có ông Lương Văn Khải, Chủ tịch UBND phường Lê Chân và ông Chu Văn Đạt, Chủ tịch UBND phường An Biên. Chủ tịch UBND phường đề nghị các tổ dân phố vệ sinh đường làng.';
    expect(analyseText(t, ctx).directives).toEqual([]);
  });
  it('"Hoà"/"Hòa", "Thuý"/"Thúy" spellings of one name are one person, written as first seen', () => {
    const t =
      'Dự có bà Nguyễn Thị Thuý Hoà, Phó Giám đốc Sở Y tế. Bà Nguyễn Thị Thúy Hòa đề nghị các trạm y tế báo cáo hằng tuần.';
    const r = analyseText(t, ctx);
    expect(r.officials.map((o) => o.name)).toEqual(['Nguyễn Thị Thuý Hoà']);
    expect(r.officials[0]?.mentions.map((m) => m.text)).toEqual([
      'Nguyễn Thị Thuý Hoà',
      'Nguyễn Thị Thúy Hòa',
    ]);
    expect(r.directives[0]?.by).toBe('Nguyễn Thị Thuý Hoà');
  });
});

describe('directives', () => {
  const intro = 'Dự có ông Khổng Minh Tuấn, Phó Chủ tịch UBND TP. ';
  it('a time phrase may stand between "nhấn mạnh" and the addressee', () => {
    for (const [tp, rest] of [
      ['năm 2025', 'các xã phải hoàn thành cắm mốc giới'],
      ['trong quý II,', 'Sở Tài chính phải giải ngân hết vốn'],
      ['từ tháng 6/2024', 'mọi hồ sơ phải nộp trực tuyến'],
      ['trong thời gian tới,', 'các ngành cần tập trung gỡ vướng'],
    ]) {
      const r = analyseText(intro + `Ông Khổng Minh Tuấn nhấn mạnh ${tp} ${rest}.`, ctx);
      expect(said(r)).toEqual([`Khổng Minh Tuấn: nhấn mạnh ${tp} ${rest}`]);
    }
  });
  it('a time phrase followed by an assessment is still not a directive', () => {
    const r = analyseText(
      intro + 'Ông Khổng Minh Tuấn nhấn mạnh năm 2024 là năm bứt phá của thành phố.',
      ctx,
    );
    expect(r.directives).toEqual([]);
  });
  it('"đề nghị được …" asks something for oneself', () => {
    const r = analyseText(
      intro + 'Ông Khổng Minh Tuấn đề nghị được bổ sung kinh phí cho dự án đê biển.',
      ctx,
    );
    expect(r.directives).toEqual([]);
  });
  it('a verb right after a closing quote with nothing after it is not a directive', () => {
    const r = analyseText(
      intro + '“Không để người dân phải chờ quá hẹn”, Phó Chủ tịch UBND TP yêu cầu.',
      ctx,
    );
    expect(r.directives).toEqual([]);
  });
  it('after a closing quote, words that follow the verb make the clause', () => {
    const r = analyseText(
      intro +
        '“Không để người dân phải chờ”, Phó Chủ tịch UBND TP yêu cầu và giao Sở Nội vụ kiểm tra đột xuất.',
      ctx,
    );
    expect(said(r)).toEqual(['Khổng Minh Tuấn: yêu cầu và giao Sở Nội vụ kiểm tra đột xuất']);
  });
  it('a title ending in "ban" is a subject, so the verb after it counts', () => {
    const t =
      'Dự có bà Thân Thị Hường, Trưởng Ban Dân tộc TP. Trưởng ban đề nghị các xã miền núi rà soát hộ nghèo.';
    expect(said(analyseText(t, ctx))).toEqual(['Thân Thị Hường: đề nghị các xã miền núi rà soát hộ nghèo']);
  });
});

describe('documents: issuer as the subject of another verb', () => {
  it('"X đã cụ thể hóa … bằng Kế hoạch …" gives X as issuer', () => {
    const t =
      'Sau hội nghị, Đảng ủy phường An Hải đã cụ thể hoá bằng Kế hoạch số 21-KH/ĐU ngày 4/3/2024 về phát triển đảng viên.';
    expect(analyseText(t, ctx).documents[0]).toMatchObject({
      number: '21-KH/ĐU',
      date: '2024-03-04',
      issuer: 'Đảng ủy phường An Hải',
    });
  });
  it('skips a cited document between the verb and "bằng"', () => {
    const t =
      'UBND huyện Vĩnh Bảo triển khai Chỉ thị số 05-CT/TU của Ban Thường vụ Thành ủy bằng Kế hoạch số 77/KH-UBND ngày 9/2.';
    const d = analyseText(t, ctx).documents;
    expect(d[1]).toMatchObject({ number: '77/KH-UBND', date: '2024-02-09', issuer: 'UBND huyện Vĩnh Bảo' });
  });
  it('no issuer when the body is an object, not the subject', () => {
    const t = 'Người dân gửi ý kiến tới UBND xã bằng Văn bản số 12/ĐN ngày 3/1.';
    expect(analyseText(t, ctx).documents[0]?.issuer ?? null).toBeNull();
  });
  it('a later short name ("Kế hoạch 56") is the same document', () => {
    const t = 'Quận ban hành Kế hoạch số 56/KH-UBND ngày 2/3. Theo Kế hoạch 56, các phường lập tổ kiểm tra.';
    expect(analyseText(t, ctx).documents.map((d) => d.number)).toEqual(['56/KH-UBND']);
  });
});

describe('"TP." and administrative units at the edge of a phrase', () => {
  it('"TP." followed by a sentence that starts with a title ends the sentence', () => {
    const t =
      'Dự có ông Mạc Văn Hưng, Trưởng Ban Dân tộc TP. Trưởng ban đề nghị các xã rà soát hộ nghèo. Ông làm việc tại UBND TP. Hải Phòng.';
    const r = analyseText(t, ctx);
    expect(official(r, 'Mạc Văn Hưng')?.positions).toEqual(['Trưởng Ban Dân tộc TP']);
    expect(said(r)).toEqual(['Mạc Văn Hưng: đề nghị các xã rà soát hộ nghèo']);
  });
  it('a body named with its unit ends at the place name: "UBND huyện Vĩnh Bảo triển khai …"', () => {
    const t =
      'Năm 2024, UBND huyện Tiên Lãng ban hành Kế hoạch số 15/KH-UBND, còn Huyện ủy An Lão thực hiện bằng Chương trình số 04-CTr/HU.';
    const d = analyseText(t, ctx).documents;
    expect(d.map((x) => x.issuer)).toEqual(['UBND huyện Tiên Lãng', 'Huyện ủy An Lão']);
  });
});

describe('probes in other voices', () => {
  it('a unit used without its name, then a name with "Thị"/"Văn": "HĐND phường Lê Thị Mai Anh"', () => {
    const r = analyseText('Phó chủ tịch HĐND phường Lê Thị Mai Anh điều hành phần thảo luận.', ctx);
    expect(official(r, 'Lê Thị Mai Anh')?.positions).toEqual(['Phó chủ tịch HĐND phường']);
  });
  it('"nhấn mạnh:" followed by a quoted instruction is a directive', () => {
    const t =
      'Dự có ông Kha Văn Tiến, Bí thư Huyện ủy. Ông Kha Văn Tiến nhấn mạnh: “Các xã phải chịu trách nhiệm nếu để lấn chiếm.”';
    expect(analyseText(t, ctx).directives.map((d) => d.verb)).toEqual(['nhấn mạnh']);
  });
  it('"… do X ký ngày d/m/y" dates the document as well as naming its issuer', () => {
    const t =
      'Theo Quyết định 88/QĐ-UBND do Chủ tịch UBND quận ký ngày 5/1/2023, các phường được giao thêm chỉ tiêu.';
    expect(analyseText(t, ctx).documents[0]).toMatchObject({
      date: '2023-01-05',
      issuer: 'Chủ tịch UBND quận',
    });
  });
  it('"Tôi" in an interview answer is the person who answers', () => {
    const t =
      'Dự có ông Trần Văn Luận, Chủ tịch UBND phường Lãm Hà.\n\nHỏi: Phường sẽ làm gì?\n\nÔng Trần Văn Luận: Việc đầu tiên là phân luồng. Tôi đã giao Công an phường kiểm tra hằng ngày.\n\nChúng tôi đề nghị Sở Xây dựng hỗ trợ.';
    expect(said(analyseText(t, ctx))).toEqual(['Trần Văn Luận: giao Công an phường kiểm tra hằng ngày']);
  });
});

describe('more probes', () => {
  it('"nông thôn" closing a ministry name is not a village before the minister\'s name', () => {
    const r = analyseText('Tháp tùng có Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoan.', ctx);
    expect(official(r, 'Lê Minh Hoan')?.positions).toEqual([
      'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn',
    ]);
  });
  it('"… được UBND huyện ban hành ngày d/m/y" names issuer and date after the document', () => {
    const t =
      'Kế hoạch số 31/KH-UBND về chỉnh trang đô thị được UBND huyện An Dương ban hành ngày 3/4/2022 đã phát huy hiệu quả.';
    expect(analyseText(t, ctx).documents[0]).toMatchObject({
      number: '31/KH-UBND',
      date: '2022-04-03',
      issuer: 'UBND huyện An Dương',
    });
  });
});

describe('pronoun subjects', () => {
  it('"ông" after an attendee named with "có" is the clause subject named shortly before', () => {
    const t =
      'Ngày 2/10, Phó Chủ tịch UBND TP Lê Anh Quân làm việc với phường Hồng An. Cùng dự có đồng chí Nguyễn Đức Hiếu, Bí thư Đảng ủy phường. Sau khi nghe báo cáo, ông yêu cầu phường công khai phương án bồi thường.';
    expect(said(analyseText(t, ctx))).toEqual(['Lê Anh Quân: yêu cầu phường công khai phương án bồi thường']);
  });
  it('"ông" does not refer to a woman named with "Thị"', () => {
    const t =
      'Ông Cao Văn Lực, Giám đốc Sở Y tế làm việc với bệnh viện. Dự có bà Mai Thị Hằng, Phó Giám đốc Sở. Ông đề nghị bệnh viện bảo đảm đủ thuốc.';
    expect(said(analyseText(t, ctx))).toEqual(['Cao Văn Lực: đề nghị bệnh viện bảo đảm đủ thuốc']);
  });
  it('the person last spoken of is kept when that person was the subject', () => {
    const t =
      'Dự có ông Cao Văn Lực, Giám đốc Sở Y tế. Bà Mai Thị Hằng, Phó Giám đốc Sở trình bày báo cáo. Bà đề nghị các trạm y tế rà soát danh sách.';
    expect(said(analyseText(t, ctx))).toEqual(['Mai Thị Hằng: đề nghị các trạm y tế rà soát danh sách']);
  });
});

describe('document fields in other voices', () => {
  it('a body named after "TP" ends before the verb that follows it', () => {
    const t = 'Quyết định số 2154/QĐ-UBND ngày 25/7/2025 của UBND TP Hải Phòng giao chỉ tiêu cho các xã.';
    expect(analyseText(t, ctx).documents[0]?.issuer).toBe('UBND TP Hải Phòng');
  });
  it('a law named with a bare year, and the look-ahead for "năm" stops at "và"', () => {
    const d = analyseText(
      'Theo Luật Đất đai 2024 và Hiến pháp năm 2013, người dân được bồi thường.',
      ctx,
    ).documents;
    expect(d.map((x) => [x.type, x.mention.text])).toEqual([['Luật', 'Luật Đất đai 2024']]);
  });
});

describe('apposition edges', () => {
  it('"Ông A, Giám đốc Sở …, nhấn mạnh …": the apposition closed by a comma is the subject', () => {
    const r = analyseText(
      'Phát biểu tại hội nghị, ông Vũ Văn Hải, Giám đốc Sở Y tế, đề nghị các bệnh viện chuẩn bị đủ thuốc.',
      ctx,
    );
    expect(said(r)).toEqual(['Vũ Văn Hải: đề nghị các bệnh viện chuẩn bị đủ thuốc']);
  });
  it('…but not when the person is the object of a preposition', () => {
    const t =
      'Dự có ông Vũ Văn Hải, Giám đốc Sở Y tế. Cử tri phản ánh với ông Vũ Văn Hải, Giám đốc Sở Y tế, đề nghị sớm có thuốc.';
    expect(analyseText(t, ctx).directives).toEqual([]);
  });
  it('"và" followed by a body in capitals continues an organisation ("Đoàn ĐBQH và HĐND TP")', () => {
    const r = analyseText('Dự có ông Vũ Văn Hải, Chánh Văn phòng Đoàn ĐBQH và HĐND TP.', ctx);
    expect(official(r, 'Vũ Văn Hải')?.positions).toEqual(['Chánh Văn phòng Đoàn ĐBQH và HĐND TP']);
  });
  it('a fully lower-case "phó trưởng ban" before a capitalised organisation', () => {
    const r = analyseText('Đồng chí Nguyễn Thị Lan, phó trưởng ban Tuyên giáo Thành uỷ, phát biểu.', ctx);
    expect(official(r, 'Nguyễn Thị Lan')?.positions).toEqual(['phó trưởng ban Tuyên giáo Thành uỷ']);
  });
});

describe('ranks', () => {
  it('"Thiếu tướng, Tư lệnh … Vũ Trung Kiên": a rank before a comma waits for the name', () => {
    const r = analyseText('Dự có Thiếu tướng, Tư lệnh Bộ Tư lệnh Vùng Cảnh sát biển 1 Vũ Trung Kiên.', ctx);
    expect(official(r, 'Vũ Trung Kiên')?.positions).toEqual([
      'Thiếu tướng',
      'Tư lệnh Bộ Tư lệnh Vùng Cảnh sát biển 1',
    ]);
  });
});

describe('surnames', () => {
  it('less common surnames (Ninh, Giang, Ma) start names; a place after a unit is still a place', () => {
    const r = analyseText(
      'Dự có ông Ninh Văn Quyết, Phó Chủ tịch UBND huyện Tiên Lãng và Chủ tịch UBND xã Kim Sơn Giang Văn An.',
      ctx,
    );
    expect(r.officials.map((o) => [o.name, o.positions])).toEqual([
      ['Ninh Văn Quyết', ['Phó Chủ tịch UBND huyện Tiên Lãng']],
      ['Giang Văn An', ['Chủ tịch UBND xã Kim Sơn']],
    ]);
  });
});

describe('follow-ups', () => {
  it('a sentence opening with "Giao" after a sentence whose subject is an official', () => {
    const t =
      'Phát biểu kết luận, đồng chí Lê Văn Hiệu, Chủ tịch HĐND TP ghi nhận sự cố gắng của các xã. Giao Văn phòng HĐND TP tổng hợp ý kiến cử tri.';
    expect(said(analyseText(t, ctx))).toEqual(['Lê Văn Hiệu: Giao Văn phòng HĐND TP tổng hợp ý kiến cử tri']);
  });
  it('"giao:" followed by a list', () => {
    const t =
      'Dự có đồng chí Lê Tiến Châu, Bí thư Thành uỷ. Đồng chí giao: Ban Tổ chức Thành uỷ hoàn thiện đề án; Văn phòng Thành uỷ theo dõi.';
    expect(said(analyseText(t, ctx))).toEqual([
      'Lê Tiến Châu: giao: Ban Tổ chức Thành uỷ hoàn thiện đề án; Văn phòng Thành uỷ theo dõi',
    ]);
  });
});

describe('issuer names with lower-case words', () => {
  it('"Ban An toàn giao thông TP" is one body', () => {
    const t =
      'Thực hiện Kế hoạch số 97/KH-BATGT ngày 12/3/2021 của Ban An toàn giao thông TP, các huyện ra quân.';
    expect(analyseText(t, ctx).documents[0]?.issuer).toBe('Ban An toàn giao thông TP');
  });
});

describe('"TP." before a place in capitals', () => {
  it('"TP. HCM" does not end the sentence', () => {
    const r = analyseText('Dự có ông Võ Văn Hoan, Phó Chủ tịch UBND TP. HCM và bà Lê Thị Hà.', ctx);
    expect(official(r, 'Võ Văn Hoan')?.positions).toEqual(['Phó Chủ tịch UBND TP. HCM']);
  });
});

describe('hyphenated lists', () => {
  it('"các đồng chí: A - title, title; B - title" gives each name its titles', () => {
    const t =
      'Dự có các đồng chí: Lê Văn Thành - Ủy viên Trung ương Đảng, Bí thư Thành ủy; Phạm Văn Lập - Phó Bí thư Thường trực Thành ủy.';
    const r = analyseText(t, ctx);
    expect(r.officials.map((o) => [o.name, o.positions])).toEqual([
      ['Lê Văn Thành', ['Ủy viên Trung ương Đảng', 'Bí thư Thành ủy']],
      ['Phạm Văn Lập', ['Phó Bí thư Thường trực Thành ủy']],
    ]);
  });
});
