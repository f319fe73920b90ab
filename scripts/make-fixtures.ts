/**
 * Builds the page fixtures in tests/fixtures/pages/ from the corpus in tests/fixtures/corpus/.
 *
 *   npx tsx scripts/make-fixtures.ts
 *
 * Every corpus article is rendered at least once, in the markup of one portal generation
 * (era A ASP.NET tables, era B, era C vnPortal incl. sub-portals and a 3-level subdomain,
 * thanhphohaiphong.gov.vn WordPress incl. the seed page's layout and an AMP page) or in markup whose
 * class names are invented (to prove the generic fallback). Non-article pages (home, listings with the
 * pagination script, search, a document page, a static intro page) complete the set.
 * Each page carries realistic chrome (menus, breadcrumbs, sidebars, related lists, footers) whose text
 * is listed as `noise` in fixtures.json: none of it may end up in an article's text.
 *
 * The generated HTML is committed; rerun only when the templates change (then `npm run golden`).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageKind } from '../src/core/types.ts';
import { urlToFixturePath } from '../tests/fixtures/pages/paths.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'tests/fixtures/corpus');
const OUT = join(ROOT, 'tests/fixtures/pages');

// ---------------------------------------------------------------- corpus

type Item = { kind: 'p'; text: string } | { kind: 'figure'; caption: string; creditLine: string | null };

interface CorpusArticle {
  id: string;
  title: string;
  dateLine: string;
  published: string;
  author: string;
  items: Item[];
  /** Paragraph texts as in the corpus (captions and credit lines included, byline excluded). */
  paragraphs: string[];
}

function loadCorpus(): Map<string, CorpusArticle> {
  const out = new Map<string, CorpusArticle>();
  for (const f of readdirSync(CORPUS)
    .filter((f) => /^\d\d-.*\.txt$/.test(f))
    .sort()) {
    const id = f.slice(0, 2);
    const lines = readFileSync(join(CORPUS, f), 'utf8').replace(/\r/g, '').split('\n');
    const gold = JSON.parse(readFileSync(join(CORPUS, f.replace(/\.txt$/, '.gold.json')), 'utf8'));
    const [title = '', dateLine = ''] = lines.map((l) => l.trim());

    const paras = lines
      .slice(3)
      .join('\n')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const author = paras.pop()!;
    const items: Item[] = [];
    const paragraphs: string[] = [];
    for (const para of paras) {
      const sub = para.split('\n').map((s) => s.trim());
      paragraphs.push(...sub);
      const [caption = '', creditLine = ''] = sub;
      if (sub.length === 2 && /^Ảnh:/.test(creditLine)) {
        items.push({ kind: 'figure', caption, creditLine });
      } else if (/Ảnh:\s*[^.]+$/.test(para) || (id === '00' && para.length < 60)) {
        items.push({ kind: 'figure', caption: para, creditLine: null });
      } else {
        items.push({ kind: 'p', text: sub.join(' ') });
      }
    }
    out.set(id, { id, title, dateLine, published: gold.published, author, items, paragraphs });
  }
  return out;
}

// ---------------------------------------------------------------- helpers

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** dd/mm/yyyy HH:MM parts of a corpus date line "Thứ Năm, 11/03/2021 17:15". */
function dateParts(a: CorpusArticle): { weekday: string; date: string; time: string } {
  const m = /^(.*?),\s*(\d{2}\/\d{2}\/\d{4})\s+(\d{2}:\d{2})$/.exec(a.dateLine)!;
  const [, weekday = '', date = '', time = ''] = m;
  return { weekday, date, time };
}

/** Wrap the first words of a paragraph in <strong> or a link, to have inline markup in the body. */
function decorate(text: string, i: number, base: string): string {
  const t = esc(text);
  if (i === 1) {
    const m = /^(\S+\s+\S+\s+\S+)(.*)$/s.exec(t);
    if (m) return `<strong>${m[1]}</strong>${m[2]}`;
  }
  if (i === 2) {
    return t.replace(
      /(Nghị quyết số [\w/-]+|Kế hoạch số [\w/-]+|Quyết định số [\w/-]+|Chỉ thị (?:số )?[\w/-]+)/,
      `<a href="${base}/van-ban/$1" title="Xem văn bản">$1</a>`,
    );
  }
  if (i === 3) {
    // A javascript: link must come out as plain text.
    return t.replace(/^(\S+\s+\S+)/, '<a href="javascript:void(0)" onclick="return false">$1</a>');
  }
  return t;
}

// ---------------------------------------------------------------- chrome and noise

/** Headlines of other (invented) articles used in menus, sidebars, related lists: must never reach a body. */
const HEADLINES = [
  'Hải Phòng đón đoàn doanh nghiệp Nhật Bản tìm hiểu cơ hội đầu tư vào khu công nghiệp mới',
  'Khánh thành nhà văn hóa tổ dân phố số 7 phường Đông Hải 2 sau ba tháng thi công',
  'Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Nước thế giới tại các quận nội thành',
  'Bàn giao 120 căn hộ nhà ở xã hội đầu tiên tại dự án khu đô thị Tràng Cát cho người lao động',
  'Tăng cường kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trong khu chế xuất',
  'Giải việt dã Báo Hải Phòng mở rộng thu hút gần hai nghìn vận động viên tham gia',
  'Hội thảo khoa học về bảo tồn di sản văn hóa phi vật thể ca trù vùng ven biển',
  'Phát động cuộc thi ảnh nghệ thuật Đất Cảng trong mắt người trẻ lần thứ hai',
  'Khởi công tuyến đường trục kết nối khu đô thị Bắc sông Cấm với trung tâm hành chính',
  'Công bố kết quả chỉ số hài lòng của người dân đối với dịch vụ hành chính công năm qua',
  'Tập huấn kỹ năng số cho cán bộ tổ công nghệ số cộng đồng ở các xã vùng đảo',
  'Lễ hội truyền thống chọi trâu Đồ Sơn được tổ chức theo đúng nghi lễ cổ truyền',
  'Đẩy mạnh thanh toán không dùng tiền mặt tại bệnh viện tuyến thành phố và chợ dân sinh',
  'Mở rộng tuyến xe buýt kết nối sân bay Cát Bi với bến xe liên tỉnh Lạc Long',
  'Gặp mặt kỷ niệm ngày thành lập Hội Cựu chiến binh thành phố với các thế hệ hội viên',
  'Hướng dẫn người dân đăng ký tài khoản định danh điện tử mức độ hai tại công an phường',
];
const TEASERS = [
  'Buổi làm việc tập trung đánh giá tiến độ giải phóng mặt bằng, công tác tái định cư và những vướng mắc còn tồn tại tại các dự án trọng điểm trên địa bàn.',
  'Chương trình nhằm lan tỏa tinh thần đoàn kết, chia sẻ khó khăn với các gia đình có hoàn cảnh đặc biệt, đồng thời động viên học sinh vượt khó vươn lên trong học tập.',
  'Các đơn vị được giao nhiệm vụ rà soát toàn bộ hồ sơ tồn đọng, công khai quy trình giải quyết và trả kết quả đúng hạn cho tổ chức, công dân trên môi trường điện tử.',
  'Đợt kiểm tra kéo dài đến cuối tháng, chú trọng các cơ sở sản xuất kinh doanh có quy mô lớn và những khu vực thường xuyên xảy ra vi phạm trong thời gian qua.',
];
const teaser = (i: number) => TEASERS[i % TEASERS.length] ?? '';
const FOOTER_LINES = [
  'Cơ quan chủ quản: Ủy ban nhân dân thành phố Hải Phòng',
  'Địa chỉ: Số 18 Hoàng Diệu, phường Minh Khai, quận Hồng Bàng, thành phố Hải Phòng',
  'Điện thoại: 0225.3821.xxx – Email: congthongtin@haiphong.gov.vn',
  'Ghi rõ nguồn Cổng thông tin điện tử thành phố Hải Phòng khi phát hành lại thông tin từ website này.',
];
const TP_FOOTER_LINES = [
  'Cổng tin tức thành phố Hải Phòng – trang thông tin điện tử tổng hợp trực thuộc UBND thành phố',
  'Giấy phép thiết lập trang thông tin điện tử tổng hợp do Sở Thông tin và Truyền thông cấp',
  'Bản quyền thuộc về Cổng tin tức thành phố Hải Phòng. Không sao chép khi chưa được phép.',
];
const WIDGET_LINES = [
  'Tiện ích thông tin',
  'Chúng tôi trên Mạng Xã hội',
  'QR Code Fanpage',
  'Mã QR Code truy cập vào Fanpage Cổng tin tức Thành phố Hải Phòng',
];
const MENU = [
  'Trang chủ',
  'Giới thiệu',
  'Tin tức - Sự kiện',
  'Chỉ đạo điều hành',
  'Văn bản',
  'Thủ tục hành chính',
  'Dịch vụ công',
  'Hỏi đáp',
  'Liên hệ',
];

function pickHeadlines(seed: number, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(HEADLINES[(seed * 5 + i * 3) % HEADLINES.length] ?? '');
  return [...new Set(out)];
}

interface Page {
  url: string;
  kind: PageKind;
  markup: string;
  corpus?: string;
  invented?: boolean;
  html: string;
  noise: string[];
  note: string;
}

// ---------------------------------------------------------------- era A (ASP.NET Portal)

function eraA(a: CorpusArticle, url: string, seed: number): Page {
  const { date, time } = dateParts(a);
  const base = 'http://www.haiphong.gov.vn';
  const related = pickHeadlines(seed, 5);
  const side = pickHeadlines(seed + 3, 4);
  const body = a.items
    .map((it, i) =>
      it.kind === 'p'
        ? `<p class="MsoNormal" style="text-align:justify"><span style="font-family:Arial;font-size:10pt">${decorate(it.text, i, base)}</span></p>`
        : `<table class="image" align="center"><tr><td><img src="/PortalFolders/ImageUploads/UBNDTP/2020/anh-${seed}-${i}.jpg" width="500" border="0"></td></tr><tr><td class="image_desc"><i>${esc(it.caption)}</i></td></tr></table>${it.creditLine ? `<p align="right"><i>${esc(it.creditLine)}</i></p>` : ''}`,
    )
    .join('\n');
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Cổng thông tin điện tử Hải Phòng - ${esc(a.title)}</title>
<link href="/Portal/App_Themes/Default/portal.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Portal/Scripts/jquery-1.4.2.min.js"></script>
</head><body>
<form name="aspnetForm" method="post" action="Detail.aspx?${esc(new URL(url).search.slice(1))}" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" />
<table class="tblHeader" width="1000" cellpadding="0" cellspacing="0" align="center"><tr><td><img src="/Portal/images/banner.jpg" alt="Cổng thông tin điện tử thành phố Hải Phòng" /></td></tr>
<tr><td class="tdMenu">${MENU.map((m) => `<a href="/Portal/Default.aspx?m=${slugify(m)}">${m}</a>`).join(' | ')}</td></tr></table>
<table class="tblMain" width="1000" cellpadding="0" cellspacing="0" align="center"><tr>
<td class="colLeft" width="200" valign="top"><div class="boxMenuLeft"><div class="boxTitle">Chuyên mục</div><ul><li><a href="/Portal/Default.aspx?Organization=UBNDTP">UBND thành phố</a></li><li><a href="/Portal/Default.aspx?Organization=TU">Thành ủy</a></li><li><a href="/Portal/Default.aspx?Organization=HDND">HĐND thành phố</a></li></ul></div></td>
<td class="colCenter" valign="top">
<div class="BreadCrumb"><a href="/trang-chu">Trang chủ</a> » <a href="/Portal/Default.aspx?Organization=UBNDTP">Tin tức - Sự kiện</a></div>
<div id="divDetail">
<div class="divDetail_Title">${esc(a.title)}</div>
<div class="divDetail_DateCreate">${date} - ${time}</div>
<div class="divDetail_Content">
${body}
<p align="right"><b>${esc(a.author)}</b></p>
</div>
<div class="divDetail_Tools"><a href="/Portal/PrintItem.aspx?${esc(new URL(url).search.slice(1))}"><img src="/Portal/images/print.gif" width="16" height="16" /> In bài</a> | <a href="javascript:history.back()">Quay lại</a></div>
<div class="divDetail_Other"><div class="divDetail_OtherTitle">Các tin khác</div><ul>
${related.map((h, i) => `<li><a href="/Portal/Detail.aspx?Organization=UBNDTP&amp;MenuID=4425&amp;ContentID=${98700 - i * 7}">${esc(h)}</a> <span class="date">(${String(10 + i).padStart(2, '0')}/01/2020)</span></li>`).join('\n')}
</ul></div>
</div>
</td>
<td class="colRight" width="220" valign="top"><div class="boxRight"><div class="boxTitle">Tin nổi bật</div>
${side.map((h) => `<div class="item"><a href="/Portal/Detail.aspx?ContentID=1">${esc(h)}</a></div>`).join('\n')}
</div><div class="boxRight"><div class="boxTitle">Liên kết website</div><select><option>Chính phủ</option><option>Bộ Nội vụ</option></select></div></td>
</tr></table>
<table class="tblFooter" width="1000" align="center"><tr><td>${FOOTER_LINES.map(esc).join('<br />')}</td></tr></table>
</form></body></html>
`;
  return {
    url,
    kind: 'article',
    markup: 'hp-a',
    corpus: a.id,
    html,
    noise: [...related, ...side, ...FOOTER_LINES],
    note: 'era A ASP.NET table layout, divDetail_DateCreate "dd/mm/yyyy - HH:MM"',
  };
}

// ---------------------------------------------------------------- era B

function eraB(a: CorpusArticle, url: string, seed: number, variant: 'main' | 'congan'): Page {
  const { date, time } = dateParts(a);
  const u = new URL(url);
  const base = u.origin;
  const site = variant === 'congan' ? 'Công an thành phố Hải Phòng' : 'Cổng thông tin điện tử';
  const related = pickHeadlines(seed, 4);
  const side = pickHeadlines(seed + 5, 5);
  const c =
    variant === 'congan'
      ? {
          wrap: 'detail-news',
          title: 'detail-title',
          time: 'detail-time',
          sapo: 'detail-sapo',
          content: 'detail-content',
        }
      : {
          wrap: 'news-detail',
          title: 'news-detail-title',
          time: 'news-detail-time',
          sapo: 'news-detail-sapo',
          content: 'news-detail-content',
        };
  const [lead, ...rest] = a.items;
  if (!lead) throw new Error(`corpus article ${a.id} has no paragraph`);
  const img = (i: number) =>
    `/upload/${variant === 'congan' ? 'congan' : 'haiphong'}/product/${a.published.slice(0, 4)}/${+a.published.slice(5, 7)}/anh-${seed}-${i}-${'0f3c9a'.repeat(5).slice(0, 32)}.jpg?maxwidth=1000`;
  const body = rest
    .map((it, i) =>
      it.kind === 'p'
        ? `<p style="text-align: justify;">${decorate(it.text, i + 1, base)}</p>`
        : `<p style="text-align: center;"><img alt="" src="${img(i)}" style="width: 800px; height: 533px;" /></p>\n<p style="text-align: center;"><em>${esc(it.caption)}</em></p>${it.creditLine ? `\n<p style="text-align: right;"><em>${esc(it.creditLine)}</em></p>` : ''}`,
    )
    .join('\n');
  const leadText = lead.kind === 'p' ? lead.text : lead.caption;
  const html = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.title)}</title>
<meta name="description" content="${esc(leadText.slice(0, 150))}">
<link rel="stylesheet" href="/Content/css/bootstrap.min.css"><link rel="stylesheet" href="/Content/css/site.css">
<script src="/Scripts/jquery-3.4.1.min.js"></script>
</head><body>
<header class="header"><div class="container"><div class="logo"><a href="/"><img src="/Content/images/logo.png" alt="Quốc huy"></a>
<h1 class="site-name">${site}<br><span>Thành phố Hải Phòng</span></h1></div>
<nav class="main-menu"><ul>${MENU.map((m) => `<li><a href="/${slugify(m)}">${m}</a></li>`).join('')}</ul></nav></div></header>
<div class="container"><div class="row">
<div class="col-md-8 col-main">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="${esc(u.pathname.split('/').slice(0, 2).join('/'))}.html">${variant === 'congan' ? 'Tin An ninh trật tự' : 'Tin tức - Sự kiện'}</a></li></ol>
<div class="${c.wrap}">
<div class="${c.time}">Thời gian: ${date} ${time}</div>
<h2 class="${c.title}">${esc(a.title)}</h2>
<div class="news-detail-tools"><a href="javascript:window.print()">In bài</a> <a href="#" class="font-size">A-</a> <a href="#" class="font-size">A+</a></div>
<div class="${c.sapo}"><strong>${esc(leadText)}</strong></div>
<div class="${c.content}">
${body}
<p style="text-align: right;"><strong>${esc(a.author)}</strong></p>
</div>
<div class="box-share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}">Facebook</a> <a href="https://zalo.me/share">Zalo</a></div>
<div class="news-other"><h3 class="title">Tin liên quan</h3><ul>
${related.map((h, i) => `<li><a href="/tin-tuc-su-kien/${slugify(h)}-${90000 + seed * 10 + i}.html">${esc(h)}</a> <span>(${String(i + 3).padStart(2, '0')}/${date.slice(3)})</span></li>`).join('\n')}
</ul></div>
</div></div>
<div class="col-md-4 sidebar"><div class="box"><h3 class="box-title">Tin mới nhất</h3><ul class="list-news">
${side.map((h, i) => `<li><a href="/tin-tuc-su-kien/${slugify(h)}-${91000 + i}.html">${esc(h)}</a><p class="sapo">${esc(teaser(i))}</p></li>`).join('\n')}
</ul></div><div class="box"><h3 class="box-title">Thăm dò ý kiến</h3><form><label><input type="radio" name="v"> Rất hài lòng</label></form></div></div>
</div></div>
<footer class="footer"><div class="container">${FOOTER_LINES.map((l) => `<p>${esc(l)}</p>`).join('')}</div></footer>
</body></html>
`;
  return {
    url,
    kind: 'article',
    markup: 'hp-b',
    corpus: a.id,
    html,
    noise: [...related, ...side, ...TEASERS, ...FOOTER_LINES],
    note: `era B${variant === 'congan' ? ' (congan. sub-portal, other class names)' : ''}, "Thời gian:" line before the title, site-name h1`,
  };
}

// ---------------------------------------------------------------- era C (vnPortal)

interface EraCOptions {
  site: string;
  dateStyle: 'weekday' | 'pipe' | 'time-first' | 'bare-line';
  byline: 'right-bold' | 'tac-gia' | 'author-div';
  image: 'table' | 'center-em' | 'lazy';
  relativeImages?: boolean;
  /** A "Tin liên quan" box between two paragraphs (the article goes on after it). */
  inlineBox?: boolean;
  /** A "Xem thêm: <link>" line between two paragraphs. */
  readMore?: boolean;
}

function eraC(a: CorpusArticle, url: string, seed: number, o: EraCOptions): Page {
  const { weekday, date, time } = dateParts(a);
  const u = new URL(url);
  const base = u.origin;
  const related = pickHeadlines(seed, 3);
  const other = pickHeadlines(seed + 4, 5);
  const side = pickHeadlines(seed + 9, 4);
  const cat = u.pathname.split('/')[1];
  const [lead, ...rest] = a.items;
  if (!lead) throw new Error(`corpus article ${a.id} has no paragraph`);
  const leadText = lead.kind === 'p' ? lead.text : lead.caption;
  const imgSrc = (i: number) =>
    o.relativeImages
      ? `/sitefolders/Root/6461/tintuc/${a.published.slice(0, 4)}/${+a.published.slice(5, 7)}/z${5350618453000 + seed * 100 + i}_ffc1c11eb86e2c46.jpg`
      : `https://cdn.haiphong.gov.vn/gov-hpg/SiteFolders/${o.site.split('.')[0]}/${6400 + seed}/tintuc/${a.published.slice(0, 4)}/${+a.published.slice(5, 7)}/anh-${seed}-${i}638${String(seed).padStart(2, '0')}1741697189500.jpg`;
  const figure = (it: Extract<Item, { kind: 'figure' }>, i: number) => {
    const cap = esc(it.caption);
    const credit = it.creditLine ? `\n<p style="text-align: right;"><em>${esc(it.creditLine)}</em></p>` : '';
    if (o.image === 'table')
      return `<table class="image center" align="center" border="0" cellpadding="0" cellspacing="0"><tbody><tr><td><img alt="${cap}" src="${imgSrc(i)}" style="width:100%"></td></tr><tr><td class="image_desc">${cap}</td></tr></tbody></table>${credit}`;
    if (o.image === 'lazy')
      return `<p style="text-align: center;"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="${imgSrc(i)}" alt=""></p>\n<p class="ImageCaption" style="text-align: center;">${cap}</p>${credit}`;
    return `<p style="text-align: center;"><img src="${imgSrc(i)}" alt=""></p>\n<p style="text-align: center;"><em>${cap}</em></p>${credit}`;
  };
  const boxLinks = pickHeadlines(seed + 11, 3);
  const inlineBox = `<div class="box-tinlienquan"><strong>Tin liên quan</strong><ul>${boxLinks.map((h, i) => `<li><a href="/${cat}/${slugify(h).toLowerCase()}-${720000 + i}">${esc(h)}</a></li>`).join('')}</ul></div>`;
  const readMore = `<p><em>Xem thêm: <a href="/${cat}/${slugify(boxLinks[0] ?? '').toLowerCase()}-${730000 + seed}">${esc(boxLinks[0] ?? '')}</a></em></p>`;
  const body = rest
    .map(
      (it, i) =>
        (it.kind === 'p'
          ? `<p style="text-align: justify;"><span style="font-size:14px;">${decorate(it.text, i + 1, base)}</span></p>`
          : figure(it, i)) +
        (i === 1 && o.inlineBox ? '\n' + inlineBox : '') +
        (i === 2 && o.readMore ? '\n' + readMore : ''),
    )
    .join('\n');
  const dateHtml =
    o.dateStyle === 'weekday'
      ? `<div class="PostDate">${weekday}, ${date} ${time}</div>`
      : o.dateStyle === 'pipe'
        ? `<div class="PostDate"><i class="icon-clock"></i> ${date} | ${time}</div>`
        : o.dateStyle === 'time-first'
          ? `<div class="PostDate">${time} ${date}</div>`
          : `<p>${date} ${time}</p>`;
  const bylineHtml =
    o.byline === 'tac-gia'
      ? `<p style="text-align: right;"><strong>Tác giả: ${esc(a.author)}</strong></p>`
      : o.byline === 'author-div'
        ? ''
        : `<p style="text-align: right;"><strong>${esc(a.author)}</strong></p>`;
  const authorDiv =
    o.byline === 'author-div' ? `<div class="ArticleAuthor">Tác giả: ${esc(a.author)}</div>` : '';
  const html = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.title)}</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="og:url" content="${esc(url)}"><meta property="og:image" content="${imgSrc(0)}">
<link rel="canonical" href="${esc(url)}">
<link href="/Portals/_default/Skins/HaiPhong/skin.css" rel="stylesheet">
<script src="/js/jquery.min.js"></script>
<script>var site_id = ${6400 + seed}; var articleId = ${u.pathname.match(/(\d+)\/?$/)?.[1]};</script>
</head><body class="vnPortal">
<div id="wrapper">
<div class="Header"><div class="Banner"><a href="/"><img src="/Portals/_default/Skins/HaiPhong/images/banner.png" alt="Cổng thông tin điện tử thành phố Hải Phòng"></a></div>
<div class="MainMenu"><ul>${MENU.map((m) => `<li><a href="/${slugify(m).toLowerCase()}">${m}</a></li>`).join('')}</ul></div>
<div class="SearchBox"><form action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></div></div>
<div class="BreadCrumb"><a href="/">Trang chủ</a> › <a href="/${cat}">${cat === 'tin-tuc-su-kien' ? 'Tin tức - Sự kiện' : 'Chỉ đạo điều hành'}</a></div>
<div class="MainContent"><div class="LeftCol">
<div class="ArticleDetail">
<h1 class="ArticleHeader">${esc(a.title)}</h1>
${dateHtml}
<div class="ArticleTools"><a class="print" href="javascript:window.print()">In bài</a><a class="listen" href="#">Nghe đọc bài</a><span class="FontSize"><a>A-</a><a>A</a><a>A+</a></span></div>
<div class="ArticleSummary">(Haiphong.gov.vn) – ${esc(leadText)}</div>
<div class="ArticleContent">
${body}
${bylineHtml}
</div>
${authorDiv}
<div class="ArticleShare">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}">Facebook</a> <a href="https://zalo.me/share/url">Zalo</a></div>
<div class="RelatedArticle"><div class="RelatedTitle">Tin liên quan</div><ul>
${related.map((h, i) => `<li><a href="/${cat}/${slugify(h).toLowerCase()}-${700000 + seed * 10 + i}">${esc(h)}</a></li>`).join('\n')}
</ul></div>
<div class="OtherArticle"><h3>Tin khác</h3><ul>
${other.map((h, i) => `<li><a href="/${cat}/${slugify(h).toLowerCase()}-${710000 + seed * 10 + i}">${esc(h)}</a> <span class="PostDate">${String(i + 2).padStart(2, '0')}/${date.slice(3)}</span></li>`).join('\n')}
</ul></div>
</div></div>
<div class="RightCol"><div class="Box"><div class="BoxTitle">Văn bản mới</div><ul>
${side.map((h, i) => `<li><a href="/?pageid=27218&amp;p_steering=${126700 + i}">${esc(h)}</a></li>`).join('\n')}
</ul></div><div class="Box"><div class="BoxTitle">Liên kết</div><a href="https://dichvucong.haiphong.gov.vn/">Cổng dịch vụ công</a></div></div>
</div>
<div class="Footer">${FOOTER_LINES.map((l) => `<div>${esc(l)}</div>`).join('')}</div>
</div></body></html>
`;
  return {
    url,
    kind: 'article',
    markup: 'hp-c',
    corpus: a.id,
    html,
    noise: [...related, ...other, ...side, ...FOOTER_LINES, ...(o.inlineBox || o.readMore ? boxLinks : [])],
    note: `era C vnPortal on ${o.site}: date ${o.dateStyle}, byline ${o.byline}, images ${o.image}, sapo with "(Haiphong.gov.vn) –"${o.inlineBox ? ', "Tin liên quan" box inside the body' : ''}${o.readMore ? ', "Xem thêm:" line inside the body' : ''}`,
  };
}

// ---------------------------------------------------------------- thanhphohaiphong.gov.vn (WordPress)

interface WpOptions {
  seedLayout: boolean;
  printLine: 'in-content' | 'in-header' | 'no-goc';
  caption: 'figure' | 'wp-caption';
  meta: boolean;
  byline: 'right-bold' | 'right' | 'br-tail';
}

function wp(a: CorpusArticle, url: string, seed: number, o: WpOptions): Page {
  const { weekday, date, time } = dateParts(a);
  const base = 'https://thanhphohaiphong.gov.vn';
  const ym = a.published.slice(0, 7).replace('-', '/');
  const others = o.seedLayout ? [a.title, ...pickHeadlines(seed, 5)] : pickHeadlines(seed, 6);
  const side = pickHeadlines(seed + 7, 5);
  const print = `Print ${weekday}, ${date} ${time}${o.printLine === 'no-goc' ? '' : ' Gốc'}`;
  const printHtml = `<div class="post-print-meta"><a class="print-link" href="javascript:window.print()" rel="nofollow">Print</a> <span class="posted-on">${weekday}, ${date} ${time}</span>${o.printLine === 'no-goc' ? '' : ` <a class="goc-link" href="${esc(url)}" rel="bookmark">Gốc</a>`}</div>`;
  const lastP = a.items.map((it) => it.kind).lastIndexOf('p');
  const body = a.items
    .map((it, i) => {
      if (it.kind === 'p' && i === lastP && o.byline === 'br-tail')
        return `<p>${decorate(it.text, i, base)}<br>\n<strong>${esc(a.author)}</strong></p>`;
      if (it.kind === 'p') return `<p>${decorate(it.text, i, base)}</p>`;
      const src = `${base}/wp-content/uploads/${ym}/anh-${seed}-${i}-${a.published.slice(0, 10).replace(/-/g, '')}.jpg`;
      const credit = it.creditLine
        ? `\n<p style="text-align: right;"><em>${esc(it.creditLine)}</em></p>`
        : '';
      return o.caption === 'figure'
        ? `<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="${src}" class="wp-image-${40000 + i}" srcset="${src} 1024w, ${src.replace('.jpg', '-300x200.jpg')} 300w"><figcaption class="wp-element-caption">${esc(it.caption)}</figcaption></figure>${credit}`
        : `<div id="attachment_${40000 + i}" style="width: 810px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-${40000 + i}" class="size-full wp-image-${40000 + i}" src="https://i1.wp.com/thanhphohaiphong.gov.vn/wp-content/uploads/${ym}/anh-${seed}-${i}.jpg?fit=800%2C533&amp;ssl=1" alt="" width="800" height="533"><p id="caption-attachment-${40000 + i}" class="wp-caption-text">${esc(it.caption)}</p></div>${credit}`;
    })
    .join('\n');
  const byline =
    o.byline === 'right-bold'
      ? `<p style="text-align: right;"><strong>${esc(a.author)}</strong></p>`
      : o.byline === 'right'
        ? `<p style="text-align: right;">${esc(a.author)}</p>`
        : '';
  const metaTags = o.meta
    ? `<meta property="og:type" content="article"><meta property="og:title" content="${esc(a.title)}"><meta property="og:site_name" content="Cổng tin tức thành phố Hải Phòng"><meta property="article:published_time" content="${a.published}"><meta name="author" content="admin">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":${JSON.stringify(a.title)},"datePublished":"${a.published}","author":{"@type":"Person","name":"admin"}},{"@type":"WebSite","name":"Cổng tin tức thành phố Hải Phòng"}]}</script>`
    : '';
  const tienIch = `<div class="tien-ich-thong-tin"><h3 class="tien-ich-title">Tiện ích thông tin</h3>
<div class="nguon-tin"><span>Nguồn tin</span></div>
<div class="qr-post"><h4>QR Code</h4><img src="https://api.qrserver.com/v1/create-qr-code/?size=150x150&amp;data=${encodeURIComponent(url)}" alt="QR CODE: ${esc(a.title)}" width="150" height="150"><p>QR CODE: ${esc(a.title)}</p></div>
<div class="mxh"><h4>Chúng tôi trên Mạng Xã hội</h4><a href="https://www.facebook.com/congtintuchaiphong" target="_blank" rel="noopener">Facebook</a> <a href="https://zalo.me/congtintuchaiphong" target="_blank" rel="noopener">Zalo</a> <a href="https://www.youtube.com/@congtintuchaiphong" target="_blank" rel="noopener">YouTube</a></div>
<div class="qr-fanpage"><h4>QR Code Fanpage</h4><img src="${base}/wp-content/uploads/2020/06/qr-fanpage.png" alt="QR Code Fanpage" width="150" height="150"><p>Mã QR Code truy cập vào Fanpage Cổng tin tức Thành phố Hải Phòng</p></div></div>`;
  const tinKhac = `<div class="tin-khac"><h3 class="tin-khac-title">Tin khác</h3><ul>
${others.map((h, i) => `<li><a href="${base}/${slugify(h).toLowerCase()}.html">${esc(h)}</a>${o.seedLayout && i === 0 ? `<div class="meta">${weekday}, ${date} ${time}</div>` : ''}</li>`).join('\n')}
</ul></div>`;
  const html = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.title)} &#8211; Cổng tin tức thành phố Hải Phòng</title>
<link rel="canonical" href="${esc(url)}">
<link rel="amphtml" href="${esc(url)}/amp">
${metaTags}
<link rel="stylesheet" id="theme-style-css" href="${base}/wp-content/themes/hpnews/style.css?ver=1.2" media="all">
<script src="${base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-${12000 + seed} single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="${base}/" rel="home">Cổng tin tức thành phố Hải Phòng</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${['Trang chủ', 'Thời sự', 'Kinh tế', 'Văn hóa - Xã hội', 'Pháp luật', 'Du lịch', 'Hỏi đáp'].map((m) => `<li class="menu-item"><a href="${base}/category/${slugify(m).toLowerCase()}">${m}</a></li>`).join('')}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-${12000 + seed}" class="post-${12000 + seed} post type-post status-publish format-standard has-post-thumbnail hentry category-thoi-su">
<header class="entry-header"><h1 class="entry-title">${esc(a.title)}</h1>${o.printLine === 'in-header' || o.printLine === 'no-goc' ? '\n' + printHtml : ''}</header>
<div class="entry-content">
${o.printLine === 'in-content' ? printHtml + '\n' : ''}${body}
${byline}
</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="${base}/category/thoi-su" rel="category tag">Thời sự</a></span></footer>
${o.seedLayout ? tienIch + '\n' + tinKhac : tinKhac}
</article>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Tin mới</h2><ul>
${side.map((h) => `<li><a href="${base}/${slugify(h).toLowerCase()}.html">${esc(h)}</a></li>`).join('\n')}
</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">${TP_FOOTER_LINES.map((l) => `<p>${esc(l)}</p>`).join('')}</div></footer>
</div></body></html>
`;
  return {
    url,
    kind: 'article',
    markup: 'tp-wp',
    corpus: a.id,
    html,
    noise: [
      ...others.filter((h) => h !== a.title),
      ...side,
      ...TP_FOOTER_LINES,
      ...(o.seedLayout ? WIDGET_LINES : []),
      print,
    ],
    note: `thanhphohaiphong WordPress: "${print}" ${o.printLine}, captions ${o.caption}, byline ${o.byline}${o.meta ? ', og/article meta + JSON-LD' : ''}${o.seedLayout ? ', seed layout (Tiện ích thông tin, QR, fanpage, Tin khác)' : ''}`,
  };
}

function amp(a: CorpusArticle, url: string, seed: number): Page {
  const { weekday, date, time } = dateParts(a);
  const base = 'https://thanhphohaiphong.gov.vn';
  const canonical = url.replace(/\/amp$/, '');
  const others = pickHeadlines(seed, 6).map((h) => h.slice(0, 60).replace(/\s+\S*$/, '') + '…');
  const utc = new Date(Date.parse(a.published)).toISOString().replace('.000Z', '+00:00');
  const body = a.items
    .map((it, i) =>
      it.kind === 'p'
        ? `<p>${decorate(it.text, i, base)}</p>`
        : `<figure class="wp-caption"><amp-img src="${base}/wp-content/uploads/anh-${i}.jpg" width="800" height="533" layout="intrinsic"></amp-img><figcaption class="wp-caption-text">${esc(it.caption)}</figcaption></figure>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html amp lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1">
<title>${esc(a.title)} &#8211; Cổng tin tức thành phố Hải Phòng</title>
<link rel="canonical" href="${esc(canonical)}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>
<style amp-custom>.amp-wp-article{max-width:840px;margin:1.5em auto}</style>
</head>
<body class="amp-mode-mouse">
<header id="top" class="amp-wp-header"><div><a href="${base}/">Cổng tin tức thành phố Hải Phòng</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<div class="amp-wp-meta amp-wp-tax-category">Chính trị</div>
<h1 class="amp-wp-title">${esc(a.title)}</h1>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="${utc}">${weekday}, ${date} ${time}</time></div>
</header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="800" height="533" src="${base}/wp-content/uploads/${a.published.slice(0, 7).replace('-', '/')}/anh-dai-dien-${seed}.jpg" class="attachment-large size-large wp-post-image" layout="intrinsic"></amp-img></figure>
<div class="amp-wp-article-content">
${body}
<p><strong>${esc(a.author)}</strong></p>
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-tag">Tags: <a href="${base}/tag/thanh-uy">Thành ủy</a></div></footer>
<div class="amp-related-posts"><ul>
${others.map((h) => `<li><a href="${base}/${slugify(h).toLowerCase()}.html/amp">${esc(h)}</a></li>`).join('\n')}
</ul></div>
</article>
<footer class="amp-wp-footer"><div><h2>Cổng tin tức thành phố Hải Phòng</h2><a href="#top" class="back-to-top">Về đầu trang</a></div></footer>
</body></html>
`;
  return {
    url,
    kind: 'article',
    markup: 'tp-amp',
    corpus: a.id,
    html,
    noise: [...others],
    note: 'thanhphohaiphong AMP: category label, <time datetime> in UTC, bold trailing byline, truncated related teasers',
  };
}

// ---------------------------------------------------------------- invented markup (generic fallback)

function invented(a: CorpusArticle, url: string, seed: number, style: 1 | 2 | 3): Page {
  const { weekday, date, time } = dateParts(a);
  const u = new URL(url);
  const base = u.origin;
  const side = pickHeadlines(seed, 5);
  const more = pickHeadlines(seed + 6, 4);
  const paras = a.items
    .map((it, i) =>
      it.kind === 'p'
        ? `<p>${decorate(it.text, i, base)}</p>`
        : `<div class="zq-pic"><img src="${base}/media/${seed}/${i}.jpg" alt=""><div class="zq-pic-note">${esc(it.caption)}</div></div>${it.creditLine ? `<p class="zq-right">${esc(it.creditLine)}</p>` : ''}`,
    )
    .join('\n');
  let html: string;
  if (style === 1) {
    html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${esc(a.title)} | Hải Phòng</title><link rel="stylesheet" href="/static/app.9f2c1.css"><script src="/static/app.9f2c1.js" defer></script></head>
<body><div class="hpx-shell"><div class="hpx-top"><a class="hpx-brand" href="/">Cổng thông tin điện tử thành phố Hải Phòng</a><ul class="hpx-links">${MENU.map((m) => `<li><a href="/${slugify(m).toLowerCase()}">${m}</a></li>`).join('')}</ul></div>
<div class="hpx-trail"><a href="/">Trang chủ</a> / <a href="/kinh-te">Kinh tế</a></div>
<div class="hpx-grid"><div class="hpx-story">
<div class="hpx-story__head"><h1 class="hpx-story__headline">${esc(a.title)}</h1><div class="hpx-line"><span class="hpx-stamp">${weekday}, ${date} ${time}</span> <span class="hpx-views">Lượt xem: ${1200 + seed}</span></div></div>
<div class="hpx-story__text">
${paras}
<p style="text-align:right"><b>${esc(a.author)}</b></p>
</div>
<div class="hpx-more"><h4>Tin khác</h4>${more.map((h) => `<div class="hpx-more__row"><a href="/kinh-te/${slugify(h).toLowerCase()}-${950000 + seed}">${esc(h)}</a></div>`).join('')}</div>
</div>
<div class="hpx-rail"><div class="hpx-rail__box"><b>Đọc nhiều</b>${side.map((h) => `<div><a href="/tin-tuc-su-kien/${slugify(h).toLowerCase()}-${960000 + seed}">${esc(h)}</a></div>`).join('')}</div></div></div>
<div class="hpx-bottom">${FOOTER_LINES.map((l) => `<span>${esc(l)}</span>`).join('<br>')}</div></div></body></html>
`;
  } else if (style === 2) {
    html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${esc(a.title)}</title></head>
<body><div class="tp-frame"><div class="tp-mast"><span class="tp-mast__name">Cổng tin tức thành phố Hải Phòng</span><div class="tp-mast__menu">${['Thời sự', 'Kinh tế', 'Xã hội'].map((m) => `<a href="/chuyen-muc/${slugify(m).toLowerCase()}">${m}</a>`).join(' ')}</div></div>
<div class="tp-main"><div class="tp-detail">
<div class="tp-detail__when">${weekday}, ${date} ${time}</div>
<h1 class="tp-detail__name">${esc(a.title)}</h1>
<div class="tp-detail__body">
${paras}
<div class="tp-sig"><strong>${esc(a.author)}</strong></div>
</div></div>
<div class="tp-col"><div class="tp-col__ttl">Tin mới</div><ol>${side.map((h) => `<li><a href="/${slugify(h).toLowerCase()}.html">${esc(h)}</a></li>`).join('')}</ol></div></div>
<div class="tp-foot">${TP_FOOTER_LINES.map((l) => `<div>${esc(l)}</div>`).join('')}</div></div></body></html>
`;
  } else {
    html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${esc(a.title)}</title></head>
<body><header><div class="k9-logo">UBND phường Kiến An</div><nav><a href="/">Trang chủ</a> <a href="/tin-hoat-dong">Tin hoạt động</a></nav></header>
<main class="k9-main"><article class="k9-post">
<h1>${esc(a.title)}</h1>
<div class="k9-info">Cập nhật lúc ${time} ngày ${date}</div>
<section class="k9-txt">
${paras}
<p class="k9-r"><strong>${esc(a.author)}</strong></p>
</section>
<section class="k9-rel"><h2>Tin liên quan</h2><ul>${more.map((h) => `<li><a href="/tin-hoat-dong/${slugify(h).toLowerCase()}-${920000 + seed}">${esc(h)}</a></li>`).join('')}</ul></section>
</article>
<div class="k9-side"><h2>Văn bản mới</h2><ul>${side.map((h) => `<li><a href="/van-ban/${slugify(h).toLowerCase()}">${esc(h)}</a></li>`).join('')}</ul></div></main>
<footer>${FOOTER_LINES.map((l) => `<p>${esc(l)}</p>`).join('')}</footer></body></html>
`;
  }
  return {
    url,
    kind: 'article',
    markup: 'invented',
    corpus: a.id,
    invented: true,
    html,
    noise: [...side, ...more, ...(style === 2 ? TP_FOOTER_LINES : FOOTER_LINES)],
    note: `invented class names (style ${style}): only the generic fallback can read it`,
  };
}

// ---------------------------------------------------------------- non-articles

function teaserList(
  items: { title: string; href: string; date?: string; sapo?: string }[],
  cls = 'item',
): string {
  return items
    .map(
      (t) =>
        `<div class="${cls}"><a href="${esc(t.href)}" class="thumb"><img src="/images/thumb.jpg" alt=""></a><h3><a href="${esc(t.href)}">${esc(t.title)}</a></h3>${t.date ? `<span class="date">${t.date}</span>` : ''}${t.sapo ? `<p class="sapo">${esc(t.sapo)}</p>` : ''}</div>`,
    )
    .join('\n');
}

function chromeC(title: string, inner: string, extraHead = ''): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title>${extraHead}
<link href="/Portals/_default/Skins/HaiPhong/skin.css" rel="stylesheet"></head><body class="vnPortal"><div id="wrapper">
<div class="Header"><div class="Banner"><a href="/"><img src="/Portals/_default/Skins/HaiPhong/images/banner.png" alt="Cổng thông tin điện tử thành phố Hải Phòng"></a></div>
<div class="MainMenu"><ul>${MENU.map((m) => `<li><a href="/${slugify(m).toLowerCase()}">${m}</a></li>`).join('')}</ul></div></div>
${inner}
<div class="Footer">${FOOTER_LINES.map((l) => `<div>${esc(l)}</div>`).join('')}</div></div></body></html>
`;
}

function paginationScript(catId: number, siteId: number): string {
  return `<script type="text/javascript">
  var maxPage = parseInt(${12 + (catId % 7)});
  function LoadArticle(page) {
    $.ajax({ type: "POST", url: "/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle",
      data: JSON.stringify({ article_category_id: ${catId}, categoryIds: "${catId}", site_id: ${siteId}, page_size: 10, page: page, show_post_date: true, articlelang: "vi-VN" }),
      contentType: "application/json; charset=utf-8", dataType: "json", success: function (r) { $("#ListArticle").html(r.d); } });
  }
</script>`;
}

function listingC(url: string, heading: string, catId: number, corpus: CorpusArticle[]): Page {
  const u = new URL(url);
  const items = corpus.map((a, i) => ({
    title: a.title,
    href: `${u.pathname.replace(/\/$/, '')}/${slugify(a.title).toLowerCase()}-${800000 + (catId % 1000) + i}`,
    date: a.dateLine.replace(/^.*?,\s*/, ''),
    sapo: (a.items.find((x) => x.kind === 'p') as { text: string }).text.slice(0, 220) + '…',
  }));
  const inner = `<div class="BreadCrumb"><a href="/">Trang chủ</a> › <a href="${esc(u.pathname)}">${esc(heading)}</a></div>
<div class="MainContent"><div class="LeftCol"><h2 class="CategoryTitle">${esc(heading)}</h2>
<div id="ListArticle" class="UIListNews_Default">
${teaserList(items)}
</div>
<div class="Pagination"><a href="javascript:LoadArticle(1)" class="active">1</a> <a href="javascript:LoadArticle(2)">2</a> <a href="javascript:LoadArticle(3)">3</a> … <a href="javascript:LoadArticle(maxPage)">Trang cuối</a></div>
${paginationScript(catId, 6400 + (catId % 50))}
</div><div class="RightCol"><div class="Box"><div class="BoxTitle">Văn bản mới</div><ul>${pickHeadlines(
    catId % 7,
    4,
  )
    .map((h, i) => `<li><a href="/?pageid=27218&amp;p_steering=${126600 + i}">${esc(h)}</a></li>`)
    .join('')}</ul></div></div></div>`;
  return {
    url,
    kind: 'listing',
    markup: 'hp-c',
    html: chromeC(heading, inner),
    noise: [],
    note: 'era C category listing with the ArticleInMenuPagination script and teaser sapos',
  };
}

function buildPages(c: Map<string, CorpusArticle>): Page[] {
  const A = (id: string) => c.get(id)!;
  const all = [...c.values()];
  const pages: Page[] = [];

  // --- articles
  pages.push(
    wp(A('00'), 'https://thanhphohaiphong.gov.vn/hoi-nghi-bao-cao-vien-trung-uong-thang-3-2021.html', 0, {
      seedLayout: true,
      printLine: 'in-content',
      caption: 'figure',
      meta: false,
      byline: 'right-bold',
    }),
  );
  pages.push(
    amp(
      A('01'),
      'https://thanhphohaiphong.gov.vn/hoi-nghi-lan-thu-6-ban-chap-hanh-dang-bo-thanh-pho-khoa-xvi-danh-gia-ket-qua-nam-2021-ban-nhiem-vu-nam-2022.html/amp',
      1,
    ),
  );
  pages.push(
    eraB(A('02'), `https://haiphong.gov.vn/tin-tuc-su-kien/${slugify(A('02').title)}-95614.html`, 2, 'main'),
  );
  pages.push(
    eraB(
      A('03'),
      `https://congan.haiphong.gov.vn/Tin-An-ninh-trat-tu/${slugify(A('03').title)}-171203.html`,
      3,
      'congan',
    ),
  );
  pages.push(
    wp(A('04'), `https://thanhphohaiphong.gov.vn/${slugify(A('04').title).toLowerCase()}.html`, 4, {
      seedLayout: false,
      printLine: 'in-header',
      caption: 'wp-caption',
      meta: false,
      byline: 'right-bold',
    }),
  );
  pages.push(
    eraB(A('05'), `https://haiphong.gov.vn/Giao-duc/${slugify(A('05').title)}-68342.html`, 5, 'main'),
  );
  pages.push(
    invented(A('06'), `https://thanhphohaiphong.gov.vn/${slugify(A('06').title).toLowerCase()}.html`, 6, 2),
  );
  pages.push(
    eraC(
      A('07'),
      `https://thanhto.haian.haiphong.gov.vn/tin-tuc-su-kien/${slugify(A('07').title).toLowerCase()}-749201`,
      7,
      { site: 'thanhto.haian', dateStyle: 'pipe', byline: 'right-bold', image: 'center-em' },
    ),
  );
  pages.push(
    eraC(
      A('08'),
      `https://haiphong.gov.vn/tin-tuc-su-kien/${slugify(A('08').title).toLowerCase()}-672418`,
      8,
      {
        site: 'root',
        dateStyle: 'weekday',
        byline: 'right-bold',
        image: 'table',
        relativeImages: true,
        inlineBox: true,
      },
    ),
  );
  pages.push(
    eraC(
      A('09'),
      `http://hadong.haiphong.gov.vn/chi-dao-dieu-hanh/${slugify(A('09').title).toLowerCase()}-812077`,
      9,
      { site: 'hadong', dateStyle: 'bare-line', byline: 'right-bold', image: 'center-em' },
    ),
  );
  pages.push(
    wp(A('10'), `https://thanhphohaiphong.gov.vn/${slugify(A('10').title).toLowerCase()}.html`, 10, {
      seedLayout: false,
      printLine: 'in-header',
      caption: 'figure',
      meta: true,
      byline: 'br-tail',
    }),
  );
  pages.push(
    eraC(
      A('11'),
      `https://cathai.haiphong.gov.vn/tin-tuc-su-kien/${slugify(A('11').title).toLowerCase()}-708815`,
      11,
      { site: 'cathai', dateStyle: 'time-first', byline: 'author-div', image: 'lazy' },
    ),
  );
  pages.push(
    wp(A('12'), `https://thanhphohaiphong.gov.vn/${slugify(A('12').title).toLowerCase()}.html`, 12, {
      seedLayout: false,
      printLine: 'no-goc',
      caption: 'figure',
      meta: false,
      byline: 'right',
    }),
  );
  pages.push(
    eraC(
      A('13'),
      `https://haiphong.gov.vn/tin-tuc-su-kien/${slugify(A('13').title).toLowerCase()}-651327`,
      13,
      { site: 'root', dateStyle: 'weekday', byline: 'tac-gia', image: 'table', readMore: true },
    ),
  );
  pages.push(
    invented(
      A('14'),
      `https://haiphong.gov.vn/kinh-te/${slugify(A('14').title).toLowerCase()}-951207`,
      14,
      1,
    ),
  );
  pages.push(
    eraC(
      A('15'),
      `https://sotp.haiphong.gov.vn/van-ban-chi-dao-dieu-hanh-68017/${slugify(A('15').title).toLowerCase()}-661904`,
      15,
      { site: 'sotp', dateStyle: 'weekday', byline: 'right-bold', image: 'table' },
    ),
  );
  pages.push(
    eraA(
      A('16'),
      'http://www.haiphong.gov.vn/Portal/Detail.aspx?Organization=UBNDTP&MenuID=4425&ContentID=98761',
      16,
    ),
  );
  pages.push(
    invented(
      A('09'),
      `https://kienan.haiphong.gov.vn/tin-hoat-dong/${slugify(A('09').title).toLowerCase()}-912345`,
      17,
      3,
    ),
  );

  // --- home pages
  const homeItems = all.slice(1, 9).map((a, i) => ({
    title: a.title,
    href: `/tin-tuc-su-kien/${slugify(a.title).toLowerCase()}-${690000 + i}`,
    date: a.dateLine.replace(/^.*?,\s*/, '').slice(0, 10),
  }));
  pages.push({
    url: 'https://haiphong.gov.vn/',
    kind: 'home',
    markup: 'hp-c',
    note: 'era C home: hot news, sections, documents box',
    noise: [],
    html: chromeC(
      'Cổng thông tin điện tử thành phố Hải Phòng',
      `<div class="HotNews"><div class="HotNews-main">${teaserList(
        homeItems.slice(0, 1).map((t, i) => ({ ...t, sapo: TEASERS[i] })),
        'hot',
      )}</div><div class="HotNews-list">${teaserList(homeItems.slice(1, 4))}</div></div>
<div class="Section"><h2><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></h2>${teaserList(homeItems.slice(4))}</div>
<div class="Section"><h2><a href="/chi-dao-dieu-hanh">Chỉ đạo điều hành</a></h2>${teaserList(pickHeadlines(2, 5).map((h, i) => ({ title: h, href: `/chi-dao-dieu-hanh/${slugify(h).toLowerCase()}-${693000 + i}` })))}</div>
<div class="Section"><h2>Văn bản mới</h2><ul>${pickHeadlines(9, 4)
        .map((h, i) => `<li><a href="/?pageid=27218&amp;p_steering=${126500 + i}">${esc(h)}</a></li>`)
        .join('')}</ul></div>`,
    ),
  });
  pages.push({
    url: 'https://thanhphohaiphong.gov.vn/',
    kind: 'home',
    markup: 'tp-wp',
    note: 'WordPress home: featured post, category blocks, widgets',
    noise: [],
    html: `<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Cổng tin tức thành phố Hải Phòng</title><meta property="og:type" content="website"></head>
<body class="home blog"><div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><h1 class="site-title"><a href="/">Cổng tin tức thành phố Hải Phòng</a></h1></div><nav class="main-navigation"><ul><li><a href="/category/thoi-su">Thời sự</a></li><li><a href="/category/kinh-te">Kinh tế</a></li></ul></nav></header>
<main id="main" class="site-main">
${all
  .slice(6, 14)
  .map(
    (a, i) =>
      `<article class="post type-post hentry"><h2 class="entry-title"><a href="/${slugify(a.title).toLowerCase()}.html">${esc(a.title)}</a></h2><div class="entry-summary"><p>${esc(teaser(i))}</p></div></article>`,
  )
  .join('\n')}
<nav class="navigation pagination"><a class="page-numbers" href="/page/2">2</a><a class="next page-numbers" href="/page/2">Sau</a></nav>
</main><footer class="site-footer">${TP_FOOTER_LINES.map((l) => `<p>${esc(l)}</p>`).join('')}</footer></div></body></html>
`,
  });

  // --- listings
  pages.push(
    listingC('https://tanlac.haiphong.gov.vn/tin-tuc-su-kien', 'Tin tức - Sự kiện', 1804, all.slice(2, 10)),
  );
  pages.push(
    listingC(
      'https://haiphong.gov.vn/thu-tuc-hanh-chinh-76761',
      'Thủ tục hành chính',
      76761,
      all.slice(9, 16),
    ),
  );
  pages.push({
    url: 'http://www.haiphong.gov.vn/Portal/Default.aspx?Organization=TU',
    kind: 'listing',
    markup: 'hp-a',
    note: 'era A organisation page (Thành ủy): ContentID links',
    noise: [],
    html: `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Thành ủy Hải Phòng</title></head><body><form name="aspnetForm" method="post" id="aspnetForm">
<table width="1000" align="center"><tr><td><img src="/Portal/images/banner-tu.jpg" alt="Thành ủy Hải Phòng" /></td></tr></table>
<table width="1000" align="center"><tr><td class="colCenter">
${all
  .slice(0, 9)
  .map(
    (a, i) =>
      `<table class="tblNews"><tr><td width="120"><img src="/PortalFolders/ImageUploads/TU/thumb${i}.jpg" width="110" /></td><td><a class="title" href="/Portal/Detail.aspx?Organization=TU&amp;MenuID=331&amp;ContentID=${150000 + i}">${esc(a.title)}</a><br /><span class="date">(${a.dateLine.replace(/^.*?,\s*/, '').slice(0, 10)})</span></td></tr></table>`,
  )
  .join('\n')}
<div class="paging"><a href="?Organization=TU&amp;page=2">Trang sau »</a></div>
</td></tr></table><table width="1000" align="center"><tr><td>${FOOTER_LINES.map(esc).join('<br />')}</td></tr></table></form></body></html>
`,
  });
  pages.push({
    url: 'https://thanhphohaiphong.gov.vn/category/thoi-su',
    kind: 'listing',
    markup: 'tp-wp',
    note: 'WordPress category archive (no pagination script; page-numbers links)',
    noise: [],
    html: `<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Thời sự &#8211; Cổng tin tức thành phố Hải Phòng</title></head>
<body class="archive category category-thoi-su"><div id="page" class="site"><header class="site-header"><p class="site-title"><a href="/">Cổng tin tức thành phố Hải Phòng</a></p></header>
<main id="main" class="site-main"><header class="page-header"><h1 class="page-title">Chuyên mục: Thời sự</h1></header>
${all
  .slice(0, 10)
  .map(
    (a, i) =>
      `<article class="post type-post hentry"><header class="entry-header"><h2 class="entry-title"><a href="/${slugify(a.title).toLowerCase()}.html" rel="bookmark">${esc(a.title)}</a></h2><div class="entry-meta">${a.dateLine}</div></header><div class="entry-summary"><p>${esc(teaser(i))}</p></div></article>`,
  )
  .join('\n')}
<nav class="navigation pagination"><div class="nav-links"><span class="page-numbers current">1</span><a class="page-numbers" href="/category/thoi-su/page/2">2</a><a class="next page-numbers" href="/category/thoi-su/page/2">Trang sau</a></div></nav>
</main></div></body></html>
`,
  });
  pages.push({
    url: 'https://haiphong.gov.vn/Diem-bao/',
    kind: 'listing',
    markup: 'hp-b',
    note: 'era B category page',
    noise: [],
    html: `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Điểm báo</title></head><body><header class="header"><div class="logo"><h1 class="site-name">Cổng thông tin điện tử<br>Thành phố Hải Phòng</h1></div></header>
<div class="container"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li>Điểm báo</li></ol><h2 class="cat-title">Điểm báo</h2><ul class="list-news">
${['02/3/2021', '03/3/2021', '04/3/2021', '05/3/2021', '08/3/2021', '09/3/2021', '10/3/2021', '11/3/2021', '12/3/2021'].map((d, i) => `<li><a href="/Diem-bao/Diem-bao-hang-ngay-ve-Hai-Phong-ngay-${d.replace(/\//g, '')}-${57288 + i * 13}.html">Điểm báo hằng ngày về Hải Phòng (ngày ${d})</a><span class="time">${d}</span></li>`).join('\n')}
</ul><div class="paging"><a href="/Diem-bao/?page=2">2</a> <a href="/Diem-bao/?page=3">3</a></div></div>
<footer class="footer">${FOOTER_LINES.map((l) => `<p>${esc(l)}</p>`).join('')}</footer></body></html>
`,
  });

  // --- search
  pages.push({
    url: 'https://haiphong.gov.vn/tim-kiem?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91',
    kind: 'search',
    markup: 'hp-c',
    note: 'era C search results',
    noise: [],
    html: chromeC(
      'Tìm kiếm',
      `<div class="MainContent"><div class="LeftCol"><div class="SearchResult"><h2>Kết quả tìm kiếm: “chuyển đổi số”</h2><p class="count">Tìm thấy 24 kết quả</p>
${teaserList(
  all
    .filter((a) => /số|chuyển đổi/i.test(a.title))
    .concat(all.slice(0, 5))
    .slice(0, 8)
    .map((a, i) => ({
      title: a.title,
      href: `/tin-tuc-su-kien/${slugify(a.title).toLowerCase()}-${650000 + i}`,
      date: a.dateLine.replace(/^.*?,\s*/, ''),
      sapo: teaser(i),
    })),
)}
</div></div></div>`,
    ),
  });
  pages.push({
    url: 'https://thanhphohaiphong.gov.vn/?s=b%C3%A1o+c%C3%A1o+vi%C3%AAn',
    kind: 'search',
    markup: 'tp-wp',
    note: 'WordPress search results',
    noise: [],
    html: `<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Kết quả tìm kiếm cho “báo cáo viên” &#8211; Cổng tin tức thành phố Hải Phòng</title></head>
<body class="search search-results"><div id="page" class="site"><main id="main" class="site-main"><header class="page-header"><h1 class="page-title">Kết quả tìm kiếm cho: <span>báo cáo viên</span></h1></header>
${[A('00'), A('15'), A('10'), A('01')].map((a, i) => `<article class="post type-post"><h2 class="entry-title"><a href="/${slugify(a.title).toLowerCase()}.html">${esc(a.title)}</a></h2><div class="entry-summary"><p>${esc(teaser(i))}</p></div></article>`).join('\n')}
</main></div></body></html>
`,
  });

  // --- document page
  pages.push({
    url: 'https://haiphong.gov.vn/?pageid=27218&p_steering=126716',
    kind: 'document',
    markup: 'hp-c',
    note: 'era C steering-document view: metadata table, PDF viewer',
    noise: [],
    html: chromeC(
      'Văn bản chỉ đạo điều hành',
      `<div class="BreadCrumb"><a href="/">Trang chủ</a> › <a href="/Van-ban-chi-dao-dieu-hanh/">Văn bản chỉ đạo điều hành</a></div>
<div class="MainContent"><div class="LeftCol"><div class="SteeringDocumentDetail"><h1 class="DocTitle">Quyết định số 2585/QĐ-UBND</h1>
<table class="DocInfo"><tbody>
<tr><th>Số ký hiệu</th><td>2585/QĐ-UBND</td></tr>
<tr><th>Ngày ban hành</th><td>14/07/2026</td></tr>
<tr><th>Loại văn bản</th><td>Quyết định</td></tr>
<tr><th>Cơ quan ban hành</th><td>UBND thành phố</td></tr>
<tr><th>Người ký</th><td>Phó Chủ tịch UBND thành phố</td></tr>
<tr><th>Trích yếu</th><td>Về việc công bố Danh mục thủ tục hành chính mới ban hành trong lĩnh vực Y, Dược cổ truyền thuộc phạm vi chức năng quản lý của Sở Y tế thành phố Hải Phòng.</td></tr>
</tbody></table>
<div class="DocFile"><a href="https://cdn.haiphong.gov.vn/gov-hpg/1/steeringdocument/2026/7/quyet-dinh-2585-cong-bo-tthc-moi-linh-vuc-y-duoc-co-truyen639190983043962704.pdf">Tải về tệp đính kèm</a></div>
<iframe class="DocViewer" src="https://cdn.haiphong.gov.vn/gov-hpg/1/steeringdocument/2026/7/quyet-dinh-2585-cong-bo-tthc-moi-linh-vuc-y-duoc-co-truyen639190983043962704.pdf" width="100%" height="800"></iframe>
</div></div></div>`,
    ),
  });

  // --- static intro page (long text, no date, no listing)
  const intro = [
    'Hải Phòng là thành phố cảng biển lớn ở phía Đông Bắc Bắc Bộ, đầu mối giao thông quan trọng nối các tỉnh phía Bắc với thế giới qua đường biển, đường bộ, đường sắt, đường thủy nội địa và đường hàng không.',
    'Địa hình thành phố đa dạng, có đồng bằng, trung du, đồi núi thấp và vùng biển đảo; khí hậu nhiệt đới gió mùa với mùa đông lạnh khô và mùa hè nóng ẩm, mưa nhiều, chịu ảnh hưởng của bão từ biển Đông.',
    'Thành phố có hệ thống cảng biển phát triển, nhiều khu công nghiệp và khu kinh tế ven biển thu hút nhà đầu tư trong và ngoài nước; các ngành dịch vụ logistics, du lịch và thương mại giữ vai trò ngày càng lớn trong cơ cấu kinh tế.',
    'Vùng đất cửa biển có bề dày lịch sử và truyền thống văn hóa, gắn với những địa danh như sông Bạch Đằng, quần đảo Cát Bà, bán đảo Đồ Sơn cùng nhiều lễ hội dân gian được lưu giữ qua nhiều thế hệ.',
    'Bộ máy chính quyền thành phố gồm Hội đồng nhân dân, Ủy ban nhân dân thành phố và các sở, ban, ngành; sau khi sắp xếp đơn vị hành chính năm 2025, thành phố tổ chức chính quyền địa phương hai cấp với các phường, xã và đặc khu.',
  ];
  pages.push({
    url: 'https://haiphong.gov.vn/gioi-thieu-chung',
    kind: 'other',
    markup: 'hp-c',
    note: 'static intro page: long text, no date, no listing structure',
    noise: [],
    html: chromeC(
      'Giới thiệu chung',
      `<div class="BreadCrumb"><a href="/">Trang chủ</a> › <a href="/gioi-thieu-chung">Giới thiệu</a></div>
<div class="MainContent"><div class="LeftCol"><div class="StaticPage"><h1 class="PageTitle">Giới thiệu chung về thành phố Hải Phòng</h1><div class="StaticContent">
${intro.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div></div></div><div class="RightCol"><div class="Box"><div class="BoxTitle">Giới thiệu</div><ul><li><a href="/lich-su">Lịch sử</a></li><li><a href="/dia-ly">Địa lý</a></li><li><a href="/to-chuc-bo-may">Tổ chức bộ máy</a></li></ul></div></div></div>`,
    ),
  });
  return pages;
}

// ---------------------------------------------------------------- main

const README_HEAD = `# Page fixtures

Pages in the markup of each generation of the Hải Phòng portals, built from the corpus
(\`../corpus/*.txt\`) by \`scripts/make-fixtures.ts\` (\`npx tsx scripts/make-fixtures.ts\`). The generated
HTML is committed; the script is rerun only when the templates change. The markup of today's live
pages is not known (see \`/work/shared/research/portal.md\`): era A's \`divDetail_DateCreate\` and era C's
\`.ArticleHeader/.PostDate/.ArticleSummary/.ArticleContent\` and listing-pagination script come from
outside evidence; the other class names are plausible guesses, and the \`invented\` pages use class names
no profile knows, so only the generic (Readability) fallback can read them.

## URL → file

A fixture for URL \`U\` lives at \`tests/fixtures/pages/<host><path>[@<query>][.html]\`
(\`urlToFixturePath\` in \`paths.ts\`, re-exported by \`index.ts\`):

* the host keeps its subdomains and \`www.\`; scheme, port and fragment are dropped;
* percent-escapes in the path are decoded; a path ending in \`/\` gets \`index\`;
* a query string is appended after \`@\`, as it appears in the URL (percent-escapes kept);
* \`.html\` is appended unless the name already ends in \`.html\`.

| URL | file |
|---|---|
| \`https://haiphong.gov.vn/\` | \`haiphong.gov.vn/index.html\` |
| \`https://haiphong.gov.vn/tin-tuc-su-kien/abc-683224\` | \`haiphong.gov.vn/tin-tuc-su-kien/abc-683224.html\` |
| \`https://haiphong.gov.vn/Diem-bao/Abc-91682.html\` | \`haiphong.gov.vn/Diem-bao/Abc-91682.html\` |
| \`https://haiphong.gov.vn/?pageid=27218&p_steering=126716\` | \`haiphong.gov.vn/index@pageid=27218&p_steering=126716.html\` |
| \`https://thanhphohaiphong.gov.vn/abc.html/amp\` | \`thanhphohaiphong.gov.vn/abc.html/amp.html\` |

A test HTTP server maps a request the same way: \`urlToFixturePath('http://' + host + path + query)\`.
Because \`abc.html\` would be both a file and a directory, an AMP fixture and the non-AMP page of the
same slug cannot coexist; the fixtures use different articles for them.

## Files

* \`*.html\` — the pages; \`fixtures.json\` — the list (URL, file, expected kind, markup family, corpus
  article, the corpus truth for articles: title, published, author, paragraphs, captions; and \`noise\`:
  menu/sidebar/related/footer/widget strings that must never reach an article's text).
* \`index.ts\` — typed access (\`FIXTURES\`, \`fixtureHtml\`, \`goldenPath\`, \`goldenOf\`, \`scoreFixture\`).
* \`<name>.expected.json\` — golden output (kind, title, published, author, first and last body
  paragraph) compared by \`tests/unit/extract/golden.test.ts\`. Regenerate **on purpose only** with
  \`npm run golden\`; \`npm run -s golden -- --report\` prints the figures without writing anything.

`;

function main(): void {
  const corpus = loadCorpus();
  const pages = buildPages(corpus);
  const used = new Set(pages.map((p) => p.corpus).filter(Boolean));
  for (const id of corpus.keys())
    if (!used.has(id)) throw new Error(`corpus article ${id} is not used by any fixture`);
  const index = [];
  for (const p of pages) {
    const file = urlToFixturePath(p.url);
    const abs = join(OUT, file);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, p.html);
    const a = p.corpus ? corpus.get(p.corpus)! : null;
    index.push({
      url: p.url,
      file,
      kind: p.kind,
      markup: p.markup,
      invented: !!p.invented,
      note: p.note,
      corpus: p.corpus ?? null,
      expected: a
        ? {
            title: a.title,
            published: a.published,
            author: a.author,
            paragraphs: a.paragraphs,
            captions: a.items
              .filter((i) => i.kind === 'figure')
              .map((i) => (i as { caption: string }).caption),
          }
        : null,
      noise: [...new Set(p.noise)],
    });
  }
  writeFileSync(join(OUT, 'fixtures.json'), JSON.stringify(index, null, 1) + '\n');
  const rows = index
    .map((f) => `| \`${f.url}\` | ${f.kind} | ${f.markup} | ${f.corpus ?? ''} | ${f.note} |`)
    .join('\n');
  writeFileSync(
    join(OUT, 'README.md'),
    `${README_HEAD}## The fixtures\n\n| URL | kind | markup | corpus | what it exercises |\n|---|---|---|---|---|\n${rows}\n`,
  );
  process.stderr.write(`wrote ${pages.length} fixtures\n`);
}

main();
