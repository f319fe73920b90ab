import { describe, expect, it } from 'vitest';
import { classifyUrl, isPortalHost } from '../../../src/core/detect/index.ts';

// Rows of /work/shared/research/portal-urls.tsv (copied: URL, kind as researched).
const TSV: [string, string][] = [
  ['http://haiphong.gov.vn/trang-chu', 'home'],
  ['http://www.haiphong.gov.vn/Portal/Default.aspx?Organization=TU', 'listing'],
  ['http://www.haiphong.gov.vn/Portal/Detail.aspx?Organization=SXD&MenuID=19237&ContentID=154916', 'article'],
  ['https://haiphong.gov.vn/Diem-bao/Diem-bao-hang-ngay-ve-Hai-Phong-ngay-0232021-57288.html', 'article'],
  ['https://haiphong.gov.vn/Diem-bao/Diem-bao-hang-ngay-ve-Hai-Phong-ngay-1152022-91682.html', 'article'],
  [
    'https://haiphong.gov.vn/tin-tuc-su-kien/Hoi-thi-chim-Chao-Mao-dau-hot-lien-tinh-lan-thu-VI-nam-2023-thu-hut-dong-dao-cac-nghe-nhan-choi-chim-canh-118467.html',
    'article',
  ],
  [
    'https://congan.haiphong.gov.vn/Tin-An-ninh-trat-tu/Phong-An-ninh-mang-va-phong-chong-toi-pham-su-dung-cong-nghe-cao-Canh-bao-thu-doan-gia-danh-nhan-vien-nha-mang-di-dong-184974.html',
    'article',
  ],
  ['https://haiphong.gov.vn/', 'home'],
  ['https://haiphong.gov.vn/diem-bao/diem-bao-hang-ngay-ve-hai-phong-ngay-26-6-2023-647040', 'article'],
  [
    'https://haiphong.gov.vn/tin-tuc-su-kien/giai-dua-thuyen-rong-huyen-cat-hai-tranh-cup-bao-hai-phong-lan-thu-28-680867',
    'article',
  ],
  [
    'https://haiphong.gov.vn/tin-tuc-su-kien/thuc-day-quan-he-hop-tac-song-phuong-giua-thanh-pho-hai-phong-va-thanh-pho-cheongju-han-quoc-683224',
    'article',
  ],
  ['https://haiphong.gov.vn/co-so-ha-tang/co-so-ha-tang-ky-thuat-thanh-pho-hai-phong-743051', 'article'],
  [
    'https://haiphong.gov.vn/thu-tuc-hanh-chinh-76761/danh-muc-thu-tuc-hanh-chinh-tiep-nhan-tai-trung-tam-phuc-vu-hanh-chinh-cong-thanh-pho-hai-phong--760833',
    'article',
  ],
  ['https://www.haiphong.gov.vn/di-tich-danh-thang/thang-canh-con-son-852317', 'article'],
  ['https://haiphong.gov.vn/Van-ban-quy-pham-phap-luat/', 'listing'],
  ['https://haiphong.gov.vn/Van-ban-chi-dao-dieu-hanh/', 'listing'],
  ['https://haiphong.gov.vn/thu-tuc-hanh-chinh-76761', 'listing'],
  ['https://haiphong.gov.vn/?pageid=27218&p_steering=126716', 'document'],
  ['https://haiphong.gov.vn/?pageid=27218&p_steering=126611', 'document'],
  [
    'https://cdn.haiphong.gov.vn/gov-hpg/1/steeringdocument/2026/7/quyet-dinh-2585-cong-bo-tthc-moi-linh-vuc-y-duoc-co-truyen-thuoc-pham-vi-chuc-nang-cua-so-y-te639190983043962704.pdf',
    'document',
  ],
  [
    'https://cdn.haiphong.gov.vn/gov-hpg/1/tintuc/2025/7/danh-muc-thu-tuc-hanh-chinh-thuc-hien-tiep-nhan-tai-trung-tam-phuc-vu-hanh-chinh-cong-thanh-pho-hai-phong638871741697189500.pdf',
    'other',
  ],
  [
    'https://haiphong.gov.vn/sitefolders/Root/6461/tintuc/2024/4/z5350618453067_ffc1c11eb86e2c46a8f098bcc00e8c26.jpg',
    'other',
  ],
  ['https://cdn.haiphong.gov.vn/gov-hpg/SiteFolders/Root/1/thuvienanh/8403.jpg', 'other'],
  [
    'https://haiphong.gov.vn/upload/haiphong/product/2020/10-2020/Hai-Phong-no-luc-doi-moi-53744.jpg',
    'other',
  ],
  [
    'https://haiduong.haiphong.gov.vn/tin-tuc-su-kien/hai-phong-quyet-tam-xay-dung-tuyen-quoc-lo-5-va-quoc-lo-10-an-toan-ve-giao-thong-889529',
    'article',
  ],
  [
    'https://haiduong.haiphong.gov.vn/tin-tuc-su-kien/nam-2026-thanh-pho-phan-dau-ty-le-dan-so-truong-thanh-tham-gia-mua-sam-truc-tuyen-dat-tu-65-68-881020',
    'article',
  ],
  [
    'https://cathai.haiphong.gov.vn/dang-uy-dac-khu/dac-khu-cat-hai-ban-hanh-nghi-quyet-chuyen-doi-xanh-tren-dao-cat-ba-giai-doan-2026-2030-tam-nhin-897523',
    'article',
  ],
  [
    'https://sotp.haiphong.gov.vn/van-ban-chi-dao-dieu-hanh-68017/cong-bo-thu-tuc-hanh-chinh-linh-vuc-ho-tich-769866',
    'article',
  ],
  [
    'https://namsach.haiphong.gov.vn/cong-khai-danh-muc-thu-tuc-hanh-chinh/cong-khai-quyet-dinh-so-3500-qd-ubnd-ngay-30-8-2026-cua-ubnd-thanh-pho-hai-phong-ve-viec-cong-bo-958426',
    'article',
  ],
  [
    'https://thanhto.haian.haiphong.gov.vn/tin-tuc-su-kien/le-hoi-hoa-phuong-do-dac-sac-van-hoa-hai-phong-749653',
    'article',
  ],
  [
    'http://hadong.haiphong.gov.vn/chi-dao-dieu-hanh/hoc-tap-quan-triet-nq-dai-hoi-dang-bo-thanh-pho-nhiem-ky-2025-2030-816834',
    'article',
  ],
  [
    'https://lichsudangbo.haiphong.gov.vn/di-tich-ls-vh-phuong-an-duong/dinh-tram-bac-va-lang-mo-ngai-ti-to-dong-ho-nguyen-dinh-nguyen-khoa-2953',
    'article',
  ],
  ['https://lichsudangbo.haiphong.gov.vn/di-tich-lsvh-quan-le-chan/chua-pho-chieu-2953', 'article'],
  ['https://tanlac.haiphong.gov.vn/tin-tuc-su-kien', 'listing'],
  ['https://namsach.haiphong.gov.vn/cong-khai-danh-muc-thu-tuc-hanh-chinh', 'listing'],
  ['https://sotp.haiphong.gov.vn/van-ban-quy-pham-phap-luat', 'listing'],
  ['https://phulien.haiphong.gov.vn/quy-trinh-giai-quyet-tthc', 'listing'],
  ['https://phulien.haiphong.gov.vn/', 'home'],
  ['https://tienlang.haiphong.gov.vn/quy-trinh-bieu-mau-danh-muc-tthc', 'listing'],
  ['https://soxaydung.haiphong.gov.vn/thong-bao-gia-vat-lieu', 'listing'],
  ['https://1022.haiphong.gov.vn', 'other'],
  ['https://dichvucong.haiphong.gov.vn/', 'other'],
  [
    'https://thanhphohaiphong.gov.vn/hoi-thao-xay-dung-va-phat-trien-thanh-pho-hai-phong-trong-thoi-ky-cong-nghiep-hoa-hien-dai-hoa-dat-nuoc-lam-ro-quan-diem-phat-trien-hai-phong-vi-ca-khu-vuc-va-vi-ca-nuoc.html',
    'article',
  ],
  ['https://thanhphohaiphong.gov.vn/chua-ve-hoa-linh-co-tu.html', 'article'],
  ['https://thanhphohaiphong.gov.vn/12-so-tren-the-can-cuoc-co-y-nghia-gi.html', 'article'],
  ['https://thanhphohaiphong.gov.vn/dieu-16-luat-an-ninh-mang-so-24-2018-qh14.html', 'article'],
  [
    'https://thanhphohaiphong.gov.vn/pho-chu-tich-ubnd-thanh-pho-hoang-minh-cuong-kiem-tra-viec-bao-dam-thong-tin-lien-lac-thong-suot-cua-tong-dai-1022.html/amp',
    'article',
  ],
  [
    'https://thanhphohaiphong.gov.vn/28-don-vi-tinh-thanh-nganh-tham-gia-tranh-tai-tai-giai-dua-thuyen-rowing-va-canoeing-vo-dich-quoc-gia-nam-2020.html',
    'article',
  ],
  ['https://thanhphohaiphong.gov.vn/wp-content/uploads/2019/09/ttxvn_0909mattran21.jpg', 'other'],
];

describe('classifyUrl on the researched URL list', () => {
  it.each(TSV)('%s → %s', (url, kind) => {
    const v = classifyUrl(url);
    expect(v.kind).toBe(kind);
    expect(v.reason).toBeTruthy();
  });

  it('flags the era-A print view as an article candidate (the TSV calls it "other"; the DOM decides)', () => {
    expect(classifyUrl('http://www.haiphong.gov.vn/Portal/PrintItem.aspx?ContentID=135634').kind).toBe(
      'article',
    );
  });

  it('calls /tim-kiem?q= a search page (the TSV lists it as an unverified "other")', () => {
    expect(classifyUrl('https://haiphong.gov.vn/tim-kiem?q=KEYWORD').kind).toBe('search');
  });

  it('says nothing about other sites (the DOM decides)', () => {
    const v = classifyUrl(
      'https://haiphongnews.gov.vn/vn/du-lich/chua-pho-chieu-chon-thanh-tinh-giua-long-dat-cang-ct506.html',
    );
    expect(v.portal).toBe(false);
    expect(v.kind).toBeNull();
    expect(classifyUrl('not a url').kind).toBeNull();
    expect(classifyUrl('javascript:alert(1)').kind).toBeNull();
  });
});

describe('generations', () => {
  it.each([
    ['http://www.haiphong.gov.vn/Portal/Detail.aspx?Organization=SXD&MenuID=19237&ContentID=154916', 'hp-a'],
    ['https://haiphong.gov.vn/Diem-bao/Diem-bao-hang-ngay-ve-Hai-Phong-ngay-1152022-91682.html', 'hp-b'],
    ['https://congan.haiphong.gov.vn/Tin-An-ninh-trat-tu/Canh-bao-thu-doan-184974.html', 'hp-b'],
    ['https://thanhto.haian.haiphong.gov.vn/tin-tuc-su-kien/le-hoi-hoa-phuong-do-749653', 'hp-c'],
    ['https://thanhphohaiphong.gov.vn/chua-ve-hoa-linh-co-tu.html', 'tp-wp'],
    ['https://thanhphohaiphong.gov.vn/chua-ve-hoa-linh-co-tu.html/amp', 'tp-wp'],
  ])('%s is %s', (url, gen) => {
    expect(classifyUrl(url).generation).toBe(gen);
  });

  it('marks AMP URLs', () => {
    expect(classifyUrl('https://thanhphohaiphong.gov.vn/a-b.html/amp').amp).toBe(true);
    expect(classifyUrl('https://thanhphohaiphong.gov.vn/a-b.html').amp).toBe(false);
  });

  it('treats a single segment ending in digits as a category, not an article', () => {
    expect(classifyUrl('https://haiphong.gov.vn/van-ban-chi-dao-dieu-hanh-68017').kind).toBe('listing');
    expect(classifyUrl('https://haiphong.gov.vn/van-ban-chi-dao-dieu-hanh-68017/trang-2').kind).toBe(
      'listing',
    );
  });

  it('accepts http, www. and trailing slashes; ignores query and fragment on articles', () => {
    expect(classifyUrl('http://www.haiphong.gov.vn/tin-tuc-su-kien/abc-def-683224/').kind).toBe('article');
    expect(classifyUrl('https://haiphong.gov.vn/tin-tuc-su-kien/abc-def-683224?utm_source=fb#top').kind).toBe(
      'article',
    );
    expect(classifyUrl('https://thanhphohaiphong.gov.vn/abc.html?fbclid=1').kind).toBe('article');
  });

  it('knows WordPress non-content paths', () => {
    expect(classifyUrl('https://thanhphohaiphong.gov.vn/category/thoi-su').kind).toBe('listing');
    expect(classifyUrl('https://thanhphohaiphong.gov.vn/category/thoi-su/page/2').kind).toBe('listing');
    expect(classifyUrl('https://thanhphohaiphong.gov.vn/tag/thanh-uy').kind).toBe('listing');
    expect(classifyUrl('https://thanhphohaiphong.gov.vn/?s=abc').kind).toBe('search');
    expect(classifyUrl('https://thanhphohaiphong.gov.vn/feed').kind).toBe('other');
  });

  it('excludes service hosts', () => {
    for (const h of ['cdn', 'dichvucong', '1022', 'congbao', 'quyhoach', 'thuphi']) {
      const v = classifyUrl(`https://${h}.haiphong.gov.vn/tin-tuc/abc-123456`);
      expect(v.excluded, h).toBe(true);
      expect(v.kind).not.toBe('article');
      expect(isPortalHost(`${h}.haiphong.gov.vn`)).toBe(false);
    }
    expect(classifyUrl('http://thuphi.haiphong.gov.vn:8222/').excluded).toBe(true);
    expect(isPortalHost('thanhto.haian.haiphong.gov.vn')).toBe(true);
    expect(isPortalHost('evilhaiphong.gov.vn')).toBe(false);
    expect(isPortalHost('haiphong.gov.vn.example.com')).toBe(false);
  });
});
