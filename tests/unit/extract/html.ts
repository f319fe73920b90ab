/** Test helper: parse HTML the way the CLI does (happy-dom, no scripts, no loading). */
import { parseHtml } from '../../../tools/parse-html.ts';

export function docFrom(html: string, url = 'https://haiphong.gov.vn/'): Document {
  return parseHtml(html, url).doc;
}

/** A minimal page around a body fragment. */
export function page(body: string, head = '', url = 'https://haiphong.gov.vn/'): Document {
  return docFrom(
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
    url,
  );
}

export const LONG = [
  'Chiều 19/11, tại hội trường Trung tâm Chính trị, Đảng ủy xã tổ chức hội nghị học tập, quán triệt nghị quyết đại hội đảng bộ thành phố cho cán bộ, đảng viên.',
  'Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến các chi bộ trực thuộc, bảo đảm mọi đảng viên đều được tiếp cận đầy đủ nội dung nghị quyết.',
  'Phát biểu kết luận, đồng chí Bí thư Đảng ủy đề nghị các chi bộ xây dựng chương trình hành động cụ thể, gắn với nhiệm vụ chính trị của từng địa phương, đơn vị.',
  'Sau hội nghị, các đại biểu tham gia viết bài thu hoạch và đăng ký những việc làm cụ thể để thực hiện nghị quyết trong năm tới, báo cáo kết quả về Đảng ủy.',
];
