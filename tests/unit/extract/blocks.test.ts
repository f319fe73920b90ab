import { describe, expect, it } from 'vitest';
import { buildBlocks, splitCredit } from '../../../src/core/extract/index.ts';
import { textLayout } from '../../../src/core/article-text.ts';
import { page } from './html.ts';

const BASE = 'https://haiphong.gov.vn/tin-tuc-su-kien/abc-683224';
const build = (html: string, title?: string) =>
  buildBlocks(page(`<div id="root">${html}</div>`, '', BASE).getElementById('root')!, {
    baseUrl: BASE,
    title,
  });

describe('allow-list', () => {
  it('keeps paragraphs with bold, italic and absolute http(s) links only', () => {
    const { blocks } = build(
      '<p>Theo <b>Kế hoạch</b> số 12, <i>các sở</i> phải <a href="/van-ban/kh-12">báo cáo</a>, <a href="javascript:alert(1)">bấm</a>, <a href="data:text/html,x">xem</a>, <a href="mailto:a@b.vn">thư</a>, <a href=" java\tscript:alert(1)">x</a> <a href="https://chinhphu.vn/">Chính phủ</a>.</p>',
    );
    expect(blocks).toHaveLength(1);
    const p = blocks[0];
    expect(p?.type).toBe('paragraph');
    if (p?.type !== 'paragraph') return;
    const links = p?.inlines.filter((i) => i.type === 'link');
    expect(links).toEqual([
      { type: 'link', text: 'báo cáo', href: 'https://haiphong.gov.vn/van-ban/kh-12' },
      { type: 'link', text: 'Chính phủ', href: 'https://chinhphu.vn/' },
    ]);
    expect(p?.inlines.find((i) => i.type === 'text' && i.bold)?.text).toBe('Kế hoạch');
    expect(p?.inlines.find((i) => i.type === 'text' && i.italic)?.text).toBe('các sở');
    expect(textLayout(null, blocks).text).toBe(
      'Theo Kế hoạch số 12, các sở phải báo cáo, bấm, xem, thư, x Chính phủ.',
    );
  });

  it('drops scripts, styles, forms, iframes, hidden elements and page furniture', () => {
    const { blocks } = build(
      '<p>Đoạn một.</p><script>var a = "Đoạn ẩn";</script><style>p{}</style><form><input value="x"><button>Gửi</button></form><iframe src="https://x"></iframe><p style="display:none">Ẩn</p><p hidden>Ẩn 2</p><div class="social-share">Chia sẻ Facebook</div><div class="box-related"><p>Tin liên quan dài dòng</p></div><p>Đoạn hai.</p>',
    );
    expect(textLayout(null, blocks).text).toBe('Đoạn một.\n\nĐoạn hai.');
  });

  it('headings (level 2–4), lists, quotes and tables', () => {
    const { blocks } = build(
      '<h2>Phần một</h2><h5>Mục nhỏ</h5><ul><li>Ý thứ nhất</li><li>Ý <b>thứ hai</b><ul><li>ý con</li></ul></li></ul><ol><li>Bước 1</li></ol><blockquote><p>Lời phát biểu.</p></blockquote><table><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr><tr><td colspan="2">GRDP tăng 12%</td></tr></table>',
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'heading', 'list', 'list', 'quote', 'table']);
    expect(blocks[0]).toEqual({ type: 'heading', level: 2, text: 'Phần một' });
    expect(blocks[1]).toEqual({ type: 'heading', level: 4, text: 'Mục nhỏ' });
    expect(blocks[2]?.type === 'list' && blocks[2]?.items.length).toBe(2);
    expect(blocks[3]?.type === 'list' && blocks[3]?.ordered).toBe(true);
    expect(blocks[5]).toEqual({
      type: 'table',
      rows: [
        [
          { text: 'Chỉ tiêu', header: true },
          { text: 'Kết quả', header: true },
        ],
        [{ text: 'GRDP tăng 12%', header: false, colspan: 2 }],
      ],
    });
  });

  it('walks layout tables (era A) instead of turning them into data tables', () => {
    const { blocks } = build(
      '<table><tr><td><p>Đoạn trong bảng bố cục.</p><p>Đoạn thứ hai.</p></td></tr></table>',
    );
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('splits on double <br>, joins on single <br>', () => {
    const { blocks } = build('<div>Dòng một<br>tiếp dòng một<br><br>Dòng hai</div>');
    expect(textLayout(null, blocks).text).toBe('Dòng một tiếp dòng một\n\nDòng hai');
  });

  it('drops the repeated title, date lines, Print/Gốc and toolbar labels', () => {
    const { blocks } = build(
      '<p>Tiêu đề bài</p><p>Print Thứ Năm, 11/03/2021 17:15 Gốc</p><p>Thời gian: 11/05/2022 12:15</p><p>In bài</p><p>Trang chủ » Tin tức</p><p>Nội dung.</p>',
      'Tiêu đề bài',
    );
    expect(textLayout(null, blocks).text).toBe('Nội dung.');
  });

  it('cuts the body at "Tin khác" / "Tiện ích thông tin" / "Tin liên quan"', () => {
    for (const marker of [
      'Tin khác',
      'Tiện ích thông tin',
      'Tin liên quan',
      'Bài viết liên quan',
      'Các tin khác:',
    ]) {
      const r = build(
        `<p>Nội dung chính.</p><h3>${marker}</h3><ul><li><a href="/x">Một tin khác rất dài</a></li></ul><p>Chân trang.</p>`,
      );
      expect(textLayout(null, r.blocks).text, marker).toBe('Nội dung chính.');
      expect(r.stoppedAt).toBe(marker);
    }
  });

  it('a related box inside the article does not cut it: only the box goes', () => {
    const long = (n: number) =>
      `Đoạn văn số ${n} của bài viết có nội dung dài, trình bày kết quả thực hiện nhiệm vụ và các giải pháp trọng tâm trong thời gian tới của thành phố.`;
    const r = build(
      `<p>${long(1)}</p><div class="box"><strong>Tin liên quan</strong><ul><li><a href="/a-1">Tin một</a></li><li><a href="/a-2">Tin hai</a></li></ul></div><p>${long(2)}</p><p>${long(3)}</p><h3>Tin khác</h3><ul><li><a href="/b">Tin ba rất dài</a></li></ul><p><a href="/c">Tin bốn</a></p><p>Tóm tắt tin bốn, một đoạn giới thiệu ngắn gọn nhưng vẫn khá dài để trông giống một đoạn văn của bài viết khác…</p>`,
    );
    expect(textLayout(null, r.blocks).text).toBe([long(1), long(2), long(3)].join('\n\n'));
    expect(r.inlineBox).toBe('Tin liên quan');
  });

  it('after a boundary, teasers with sapos are still furniture', () => {
    const sapo =
      'Buổi làm việc tập trung đánh giá tiến độ giải phóng mặt bằng, công tác tái định cư và những vướng mắc còn tồn tại tại các dự án.';
    const r = build(
      `<p>Nội dung chính của bài.</p><h3>Tin khác</h3>${[1, 2, 3].map((i) => `<h4><a href="/t${i}">Tin số ${i}</a></h4><p>${sapo}</p>`).join('')}`,
    );
    expect(textLayout(null, r.blocks).text).toBe('Nội dung chính của bài.');
    expect(r.stoppedAt).toBe('Tin khác');
  });

  it('drops "Xem thêm: <link>" lines and toolbar lines, keeps the article around them', () => {
    const { blocks } = build(
      '<p>Đoạn một.</p><p><em>Xem thêm: <a href="/x">Một bài khác về chủ đề này</a></em></p><div>In bài | Gửi email | Chia sẻ: Facebook Zalo | A- A A+</div><div>Lượt xem: 1.234</div><p>Đoạn hai.</p>',
    );
    expect(textLayout(null, blocks).text).toBe('Đoạn một.\n\nĐoạn hai.');
  });

  it('a short line after a <br> at the end of a paragraph stands alone (a byline)', () => {
    const { blocks } = build('<p>Câu cuối của bài viết về hội nghị.<br><strong>Hoàng Tùng</strong></p>');
    expect(blocks).toHaveLength(2);
    expect(textLayout(null, blocks).text).toBe('Câu cuối của bài viết về hội nghị.\n\nHoàng Tùng');
  });

  it('composes decomposed (NFD) Vietnamese', () => {
    const nfd = 'Hải Phòng'.normalize('NFD');
    const { blocks } = build(`<p>${nfd} phát triển.</p>`);
    expect(textLayout(null, blocks).text).toBe('Hải Phòng phát triển.');
  });
});

describe('figures and captions', () => {
  it('figure/figcaption with the credit split off', () => {
    const { blocks } = build(
      '<figure><img src="/a.jpg" alt="x"><figcaption>Toàn cảnh hội nghị. Ảnh: Hoàng Phong</figcaption></figure>',
    );
    expect(blocks).toEqual([
      {
        type: 'figure',
        src: 'https://haiphong.gov.vn/a.jpg',
        alt: 'x',
        caption: 'Toàn cảnh hội nghị.',
        credit: 'Ảnh: Hoàng Phong',
      },
    ]);
  });

  it('image table with a caption cell (vnPortal)', () => {
    const { blocks } = build(
      '<table class="image"><tr><td><img src="https://cdn.haiphong.gov.vn/gov-hpg/a.jpg"></td></tr><tr><td class="image_desc">Đồng chí Bí thư phát biểu.</td></tr></table><p>Tiếp theo.</p>',
    );
    expect(blocks[0]).toMatchObject({
      type: 'figure',
      src: 'https://cdn.haiphong.gov.vn/gov-hpg/a.jpg',
      caption: 'Đồng chí Bí thư phát biểu.',
    });
    expect(blocks[1]?.type).toBe('paragraph');
  });

  it('an italic or centred line after an image is its caption; a credit line after it is the credit', () => {
    const { blocks } = build(
      '<p style="text-align:center"><img src="a.jpg"></p><p style="text-align:center"><em>Màn pháo hoa.</em></p><p style="text-align:right"><em>Ảnh: Minh Khôi</em></p><p>Bà Lụa cho biết.</p>',
    );
    expect(blocks[0]).toMatchObject({
      type: 'figure',
      caption: 'Màn pháo hoa.',
      credit: 'Ảnh: Minh Khôi',
      src: 'https://haiphong.gov.vn/tin-tuc-su-kien/a.jpg',
    });
    expect(blocks[1]).toMatchObject({ type: 'paragraph' });
    expect(blocks).toHaveLength(2);
  });

  it('a plain paragraph after an image is not a caption', () => {
    const { blocks } = build(
      `<p><img src="/a.jpg"></p><p>${'Đoạn văn bình thường rất dài. '.repeat(12)}</p>`,
    );
    expect(blocks[0]).toMatchObject({ type: 'figure', caption: '' });
    expect(blocks[1]?.type).toBe('paragraph');
  });

  it('WordPress wp-caption and lazy images (data-src) are read', () => {
    const { blocks } = build(
      '<div class="wp-caption"><img class="lazy" src="data:image/gif;base64,R0lGOD" data-src="https://i1.wp.com/thanhphohaiphong.gov.vn/wp-content/uploads/2020/10/a.jpg?fit=665%2C443&ssl=1"><p class="wp-caption-text">Chú thích ảnh</p></div>',
    );
    expect(blocks).toEqual([
      {
        type: 'figure',
        src: 'https://i1.wp.com/thanhphohaiphong.gov.vn/wp-content/uploads/2020/10/a.jpg?fit=665%2C443&ssl=1',
        alt: '',
        caption: 'Chú thích ảnh',
      },
    ]);
  });

  it('drops data:/javascript: images and icons, keeping the caption text', () => {
    const { blocks } = build(
      '<figure><img src="data:image/png;base64,AAAA"><figcaption>Chú thích còn lại</figcaption></figure><p><img src="/icons/print.gif" width="16" height="16"> In</p><img src="javascript:alert(1)">',
    );
    expect(blocks.filter((b) => b.type === 'figure')).toHaveLength(0);
    expect(textLayout(null, blocks).text).toContain('Chú thích còn lại');
  });

  it('AMP images', () => {
    const { blocks } = build(
      '<figure><amp-img src="https://thanhphohaiphong.gov.vn/wp-content/uploads/a.jpg" width="800" height="533"></amp-img><figcaption>Chú thích AMP</figcaption></figure>',
    );
    expect(blocks[0]).toMatchObject({ type: 'figure', caption: 'Chú thích AMP' });
  });

  it('splitCredit', () => {
    expect(splitCredit('Toàn cảnh. Ảnh: Đức Thịnh')).toEqual({
      caption: 'Toàn cảnh.',
      credit: 'Ảnh: Đức Thịnh',
    });
    expect(splitCredit('Toàn cảnh (Ảnh: Cổng TTĐT Hải Phòng)')).toEqual({
      caption: 'Toàn cảnh',
      credit: '(Ảnh: Cổng TTĐT Hải Phòng)',
    });
    expect(splitCredit('Ảnh: TTXVN')).toEqual({ caption: '', credit: 'Ảnh: TTXVN' });
    expect(splitCredit('Không có tác giả ảnh')).toEqual({ caption: 'Không có tác giả ảnh' });
  });
});
