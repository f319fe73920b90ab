/**
 * Detection rules added for markup nobody here has seen (see tests/fixtures/pages-holdout): the title is
 * the heading that repeats the page's own title, teaser dates are not the page's date, dated teaser lists
 * and filled search fields, document fields laid out in divs, <br>-separated text is dense text.
 */
import { describe, expect, it } from 'vitest';
import { dateLineLabel, detectPage, findTitleElement, quickDetect } from '../../../src/core/detect/index.ts';
import { docFrom, LONG, page } from '../extract/html.ts';

const HEADLINES = [
  'Khánh thành cầu vượt nút giao Nam Cầu Bính sau 18 tháng thi công',
  'Hội nghị xúc tiến đầu tư vào các khu công nghiệp ven biển phía Nam',
  'Phát động phong trào thi đua xây dựng nông thôn mới kiểu mẫu',
  'Tăng cường kiểm tra an toàn thực phẩm tại các bếp ăn tập thể',
  'Công bố quy hoạch phân khu đô thị hai bên sông Lạch Tray',
  'Đón nhận Bằng xếp hạng di tích quốc gia đặc biệt đình Kiền Bái',
  'Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng ở các phường',
  'Giải quyết dứt điểm kiến nghị của cử tri về ngập úng đô thị',
];
const TITLE = 'Phó Chủ tịch UBND thành phố kiểm tra sản xuất vụ mùa sau mưa lớn';
const body = LONG.map((p) => `<p>${p}</p>`).join('');

describe('title element', () => {
  it('is the heading that repeats the page title, not a teaser with the same theme class', () => {
    const doc = page(
      `<div class="related"><h3 class="entry-title td-module-title"><a href="/a.html">${HEADLINES[0]}</a></h3></div><div class="tdb-title"><h1 class="tdb-title-text">${TITLE}</h1></div>${body}`,
      `<title>${TITLE} - Cổng tin tức thành phố Hải Phòng</title>`,
    );
    expect(findTitleElement(doc)?.textContent).toBe(TITLE);
  });

  it('skips a heading inside a link (prev/next cards) even without a matching <title>', () => {
    const doc = page(
      `<a class="prev-post" href="/b.html"><span>Bài trước</span><h3 class="post-title">${HEADLINES[1]}</h3></a><h1 class="jeg_post_title">${TITLE}</h1>${body}`,
    );
    expect(findTitleElement(doc)?.textContent).toBe(TITLE);
  });

  it('prefers an h2 repeating og:title over an unrelated h1', () => {
    const doc = page(
      `<h1 class="x">Công an thành phố Hải Phòng - Vì an ninh Tổ quốc</h1><h2 class="tieude">${TITLE}</h2>${body}`,
      `<meta property="og:title" content="${TITLE}">`,
    );
    expect(findTitleElement(doc)?.textContent).toBe(TITLE);
  });
});

describe('date lines', () => {
  it.each([
    ['07:20 PM, 20/01/2020', '"HH:MM dd/mm/yyyy" date line'],
    ['7:05 SA - 20/01/2020', '"HH:MM dd/mm/yyyy" date line'],
    ['Cập nhật: 17:20 - 21/04/2022', 'labelled date line'],
    ['Đăng ngày 16/10/2025 lúc 16:50', 'labelled date line'],
  ])('%s', (text, label) => {
    expect(dateLineLabel(text)).toBe(label);
  });
});

const teaserList = (n: number, path = '/tin-tuc-su-kien') =>
  HEADLINES.concat(HEADLINES)
    .slice(0, n)
    .map(
      (h, i) =>
        `<li class="news-item"><a class="t" href="${path}/tin-${i}-77000${i}">${h}</a><span class="d">Thứ Hai, ${10 + i}/10/2025</span><p class="s">Theo kế hoạch, các sở, ngành, địa phương phải hoàn thành nhiệm vụ trước ngày 30 tháng này.</p></li>`,
    )
    .join('');

describe('listings, search and documents from the page itself', () => {
  it('a subcategory whose URL looks like an article (/cat/slug-68020) is a listing when it shows dated teasers', () => {
    const url = 'https://sotp.haiphong.gov.vn/tin-tuc-su-kien/tin-hoat-dong-cua-so-68020';
    const d = detectPage(
      page(`<h2 class="cate">Tin hoạt động của Sở</h2><ul class="list">${teaserList(10)}</ul>`, '', url),
      url,
    );
    expect(d.kind).toBe('listing');
    expect(d.reasons.join(' ')).toMatch(/dated headline teasers/);
  });

  it('dates joined to the next text ("…2025Sáng nay") still count as teaser dates', () => {
    const url = 'https://haiphong.gov.vn/tin-tuc-su-kien/hoat-dong-lanh-dao';
    const items = HEADLINES.map(
      (h, i) =>
        `<div class="it"><h3><a href="/x/${i}-9001${i}">${h}</a></h3><div class="d">2${i}/11/2025</div><div class="s">Sáng nay, đoàn công tác của thành phố đã đi kiểm tra thực tế tại các địa phương.</div></div>`,
    ).join('');
    expect(detectPage(page(`<h1>Hoạt động của lãnh đạo thành phố</h1>${items}`, '', url), url).kind).toBe(
      'listing',
    );
  });

  it('a teaser time[datetime] is not the page date (WordPress archive with og:type=article)', () => {
    const url = 'https://thanhphohaiphong.gov.vn/chu-de-chuyen-doi-so';
    const mods = HEADLINES.map(
      (h, i) =>
        `<div class="td_module_flex"><h3 class="entry-title"><a href="/${i}.html">${h}</a></h3><time class="entry-date" datetime="2025-10-1${i}T09:00:00+07:00">1${i}/10/2025</time><div class="td-excerpt">Chương trình nhằm tạo điều kiện thuận lợi cho người dân, doanh nghiệp tiếp cận thông tin.</div></div>`,
    ).join('');
    const d = detectPage(
      page(
        `<h1 class="tdb-title-text">chuyển đổi số</h1>${mods}`,
        '<meta property="og:type" content="article">',
        url,
      ),
      url,
    );
    expect(d.kind).toBe('listing');
    expect(d.reasons.join(' ')).not.toMatch(/date element/);
  });

  it('search results are known by a "phù hợp với từ khóa" heading or a filled search field, whatever the URL', () => {
    const url = 'https://haiduong.haiphong.gov.vn/ket-qua/bai-viet';
    const list = `<ul>${teaserList(6)}</ul>`;
    expect(
      detectPage(page(`<h2>Có 6 bài viết phù hợp với từ khóa “cầu”</h2>${list}`, '', url), url).kind,
    ).toBe('search');
    expect(
      detectPage(
        page(`<form><input name="keyword" value="cầu Nguyễn Trãi"></form><h2>Tìm kiếm</h2>${list}`, '', url),
        url,
      ).kind,
    ).toBe('search');
    // The field's value is page text: it is never echoed into the reasons (shown in the popup).
    const d = detectPage(
      page(`<form><input name="keyword" value="HPRX&lt;b&gt;"></form><h2>Tìm kiếm</h2>${list}`, '', url),
      url,
    );
    expect(d.reasons.join(' ')).not.toMatch(/HPRX/);
    // An empty search box on an ordinary listing says nothing.
    expect(
      detectPage(page(`<form><input name="keyword" value=""></form><h2>Tin tức</h2>${list}`, '', url), url)
        .kind,
    ).toBe('listing');
  });

  it('legal-document fields in div rows make a document page without the p_steering URL', () => {
    const url = 'https://sotp.haiphong.gov.vn/van-ban/chi-tiet-van-ban';
    const rows = [
      ['Số ký hiệu', '1250/QĐ-STP'],
      ['Ngày ban hành', '14/10/2025'],
      ['Cơ quan ban hành', 'Sở Tư pháp'],
      ['Trích yếu', 'Quyết định về việc công bố danh mục thủ tục hành chính lĩnh vực hộ tịch.'],
    ]
      .map(([k, v]) => `<div class="row"><div class="label">${k}:</div><div class="value">${v}</div></div>`)
      .join('');
    const d = detectPage(
      page(`<h1>Quyết định số 1250/QĐ-STP ngày 14/10/2025 của Sở Tư pháp</h1>${rows}`, '', url),
      url,
    );
    expect(d.kind).toBe('document');
  });
});

describe('a listing that opens with a featured teaser and its long sapo', () => {
  const featured = `<div class="featured"><h2><a href="/tin-tuc-su-kien/noi-bat-880001">${TITLE}</a></h2><div class="d">20/11/2025 09:00</div>${body}<a href="/tin-tuc-su-kien/noi-bat-880001">Xem tiếp</a></div>`;
  it.each([
    'https://haiphong.gov.vn/tin-tuc-su-kien',
    'https://haiphong.gov.vn/tin-tuc-su-kien/chinh-tri',
    'https://haiphong.gov.vn/tin-tuc-su-kien/chinh-tri-68001',
    'https://thanhphohaiphong.gov.vn/chuyen-muc-thoi-su',
  ])('%s is a listing', (url) => {
    const d = detectPage(
      page(
        `<h1 class="cat">Tin tức - Sự kiện</h1>${featured}<div class="list">${teaserList(8)}</div>`,
        '<title>Tin tức - Sự kiện</title>',
        url,
      ),
      url,
    );
    expect(d.kind).toBe('listing');
    expect(d.reasons.join(' ')).toMatch(/featured teaser/);
  });

  it('an article whose body holds a related box is still an article', () => {
    const url = 'https://haiphong.gov.vn/tin-tuc-su-kien/bai-viet-880099';
    const box = `<div class="box"><strong>Tin liên quan</strong><ul>${HEADLINES.slice(0, 3)
      .map((h, i) => `<li><a href="/x/${i}-1">${h}</a></li>`)
      .join('')}</ul></div>`;
    const d = detectPage(
      page(
        `<h1>${TITLE}</h1><div class="date">19/09/2025 17:30</div><div class="body"><p>${LONG[0]}</p>${box}${LONG.slice(
          1,
        )
          .map((p) => `<p>${p}</p>`)
          .join('')}</div><ul class="other">${teaserList(8)}</ul>`,
        `<title>${TITLE}</title>`,
        url,
      ),
      url,
      { alwaysDensity: true },
    );
    expect(d.kind).toBe('article');
  });
});

describe('text density of <br>-separated text', () => {
  const brBody = LONG.concat(LONG.slice(0, 2)).join('<br><br>');
  it('a dated article with no <p> at all is an article', () => {
    const url = 'https://haiphong.gov.vn/muc/trang';
    const d = detectPage(
      page(
        `<h1>${TITLE}</h1><div class="date">19/09/2025 17:30</div><div class="body">${brBody}<div style="text-align:center"><img src="/a.jpg"></div>${LONG[0]}</div>`,
        '',
        url,
      ),
      url,
      { alwaysDensity: true },
    );
    expect(d.kind).toBe('article');
    expect(d.reasons.join(' ')).toMatch(/long paragraphs/);
  });

  it('an undated static page with no <p> is other, not an article', () => {
    const url = 'https://thanhphohaiphong.gov.vn/gioi-thieu/';
    const d = detectPage(
      page(
        `<h1 class="entry-title">Giới thiệu Cổng tin tức</h1><div class="entry-content">${brBody}<figure><img src="/b.jpg"></figure></div>`,
        '',
        url,
      ),
      url,
    );
    expect(d.kind).toBe('other');
  });

  it('quickDetect still needs no text walk and finds the title by the page title', () => {
    const url = 'https://thanhphohaiphong.gov.vn/a.html';
    const q = quickDetect(
      docFrom(
        `<html><head><title>${TITLE} | Hải Phòng</title></head><body><h3 class="entry-title"><a href="/x.html">${HEADLINES[2]}</a></h3><h1 class="jeg_post_title">${TITLE}</h1><div class="entry-content">${body}</div></body></html>`,
        url,
      ),
      url,
    );
    expect(q.title).toBe(TITLE);
    expect(q.worthExtracting).toBe(true);
  });
});
