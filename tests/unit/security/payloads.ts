/**
 * Hostile payloads from issue 9's Security list. Each is embedded in an otherwise normal portal
 * article. Strings that must never reach our data model carry a marker:
 *   HPRXEXEC  – code (script bodies, handlers, style) that must not appear anywhere in the analysis;
 *   HPRXTEXT  – text the page shows as text (escaped markup): it may survive, but only as text.
 */
export interface Payload {
  name: string;
  html: string;
  /** Also inserted into <head> (for payloads a page would put there). */
  head?: string;
  /**
   * happy-dom's parser (not browsers') lets this payload swallow the rest of the document, so the
   * article's end is legitimately missing in the unit test; safety is still checked.
   */
  cutsDocumentInHappyDom?: boolean;
}

const LAZY_ATTRS = ['data-src', 'data-original', 'data-lazy-src', 'data-srcset', 'srcset', 'src'];
const BAD_URLS = [
  'javascript:alert("HPRXEXEC")',
  'JaVaScRiPt:alert("HPRXEXEC")',
  ' \tjava\nscript:alert("HPRXEXEC")',
  'vbscript:msgbox("HPRXEXEC")',
  'data:text/html,<script>alert("HPRXEXEC")</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert("HPRXEXEC")>',
];
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The same URL written with character references a sanitizer might not decode. */
const ENTITY_JS = '&#106;&#x61;vascript&colon;alert(&quot;HPRXEXEC&quot;)';

export const PAYLOADS: Payload[] = [
  {
    name: 'text that looks like markup',
    html: '<p>Bạn đọc gửi: &lt;img src=x onerror=alert("HPRXTEXT")&gt; và &lt;script&gt;alert("HPRXTEXT")&lt;/script&gt; cùng &lt;a href="javascript:alert(1)"&gt;bấm&lt;/a&gt; đều là chữ.</p>',
  },
  {
    name: '<noscript> with <img onerror>',
    html: '<p>Ảnh hiện trường công trình cầu.</p><img src="https://haiphong.gov.vn/Uploads/anh-chinh.jpg" data-src="" alt="Ảnh"><noscript><img src="x" onerror="alert(\'HPRXEXEC\')"><script>alert("HPRXEXEC")</script>HPRXEXEC noscript text</noscript>',
  },
  {
    name: 'javascript:/vbscript:/data:text/html in <a href>',
    html: `<p>${BAD_URLS.map((u, i) => `<a href="${esc(u)}">liên kết ${i}</a>`).join(', ')}, <a href="${ENTITY_JS}">mã hóa</a>, <a href="https://user:pw@evil.example/">có mật khẩu</a> và <a href="https://chinhphu.vn/">Chính phủ</a>.</p>`,
  },
  ...LAZY_ATTRS.map((attr) => ({
    name: `hostile URLs in <img ${attr}>`,
    html:
      BAD_URLS.map(
        (u) =>
          `<img ${attr}="${esc(u)}${attr.endsWith('srcset') ? ' 1x' : ''}" alt="Ảnh ${attr}" width="600" height="400">`,
      ).join('') + `<img ${attr}="${ENTITY_JS}" alt="x">`,
  })),
  {
    name: 'hostile lazy URL in front of a good src',
    html: '<img data-src="javascript:alert(\'HPRXEXEC\')" data-original="vbscript:x" data-lazy-src="data:text/html,x" src="/Uploads/anh-that.jpg" srcset="javascript:alert(1) 1x, data:text/html,x 2x" alt="Ảnh thật" width="600"><p><em>Công nhân thi công trụ cầu. Ảnh: Quang Huy</em></p>',
  },
  {
    name: 'inline event handlers',
    html: '<p onclick="alert(\'HPRXEXEC\')" onmouseover="alert(\'HPRXEXEC\')" style="text-align:justify">Đoạn văn có <b onfocus="alert(\'HPRXEXEC\')" tabindex="0">chữ đậm</b> và <a href="https://haiphong.gov.vn/a" onclick="alert(\'HPRXEXEC\')">liên kết</a>.</p><img src="https://haiphong.gov.vn/Uploads/b.jpg" onload="alert(\'HPRXEXEC\')" onerror="alert(\'HPRXEXEC\')" alt="Ảnh b" width="600"><div onpointerenter="alert(\'HPRXEXEC\')"><p>Đoạn trong khối có trình xử lý.</p></div><body onload="alert(\'HPRXEXEC\')">',
  },
  {
    name: '<template>',
    html: '<template><p>HPRXEXEC mẫu</p><img src="x" onerror="alert(\'HPRXEXEC\')"><script>alert("HPRXEXEC")</script></template><template shadowrootmode="open"><p>HPRXEXEC shadow</p></template>',
  },
  {
    name: '<svg> links',
    html: '<svg width="100" height="100"><a href="javascript:alert(\'HPRXEXEC\')"><text x="0" y="20">HPRXEXEC svg</text></a><a xlink:href="javascript:alert(1)"><circle r="10"/></a><foreignObject><p>HPRXEXEC fo</p></foreignObject><image href="javascript:alert(1)"/><animate attributeName="href" to="javascript:alert(1)"/></svg><math><a href="javascript:alert(\'HPRXEXEC\')">toán</a><mtext><img src="javascript:alert(1)"></mtext></math>',
  },
  {
    name: '<script> inside <svg>',
    html: '<svg><script>alert("HPRXEXEC")</script><script href="javascript:alert(1)"></script></svg>',
    cutsDocumentInHappyDom: true,
  },
  {
    name: '<form>',
    html: '<form action="javascript:alert(\'HPRXEXEC\')" method="post"><p>HPRXEXEC biểu mẫu</p><input name="q" value="HPRXEXEC" onfocus="alert(1)" autofocus><button formaction="javascript:alert(1)">HPRXEXEC gửi</button><select><option>HPRXEXEC</option></select><textarea>HPRXEXEC</textarea></form>',
  },
  {
    name: '<iframe srcdoc>',
    html: '<iframe srcdoc="&lt;script&gt;alert(&quot;HPRXEXEC&quot;)&lt;/script&gt;" src="javascript:alert(1)">HPRXEXEC iframe</iframe><iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
  },
  {
    name: '<object>',
    html: '<object data="javascript:alert(\'HPRXEXEC\')" type="text/html"><param name="src" value="javascript:alert(1)">HPRXEXEC object</object><object data="data:text/html,<script>alert(1)</script>"></object>',
  },
  {
    name: '<embed>',
    html: '<embed src="javascript:alert(\'HPRXEXEC\')"><embed src="data:text/html,<script>alert(1)</script>" type="text/html">',
  },
  {
    name: '<base> (absolute URLs are not rebased)',
    head: '<base href="https://evil.example/x/">',
    html: '<base href="javascript:alert(\'HPRXEXEC\')//"><p>Xem <a href="https://haiphong.gov.vn/van-ban/nghi-quyet-54">Nghị quyết số 54</a> tại cổng.</p><img src="https://haiphong.gov.vn/Uploads/cau-nguyen-trai.jpg" alt="Cầu Nguyễn Trãi" width="600">',
  },
  {
    name: '<meta http-equiv>',
    head: '<meta http-equiv="refresh" content="0;url=javascript:alert(\'HPRXEXEC\')"><meta http-equiv="Content-Security-Policy" content="script-src \'unsafe-inline\'">',
    html: '<meta http-equiv="refresh" content="0;url=javascript:alert(\'HPRXEXEC\')"><meta http-equiv="set-cookie" content="HPRXEXEC=1">',
  },
  {
    name: 'style with url(javascript:…)',
    html: '<p style="background:url(javascript:alert(\'HPRXEXEC\'));behavior:url(x.htc);-moz-binding:url(evil.xml#x)">Đoạn văn có kiểu nguy hiểm.</p><div style="background-image:url(&quot;javascript:alert(1)&quot;)"><img style="background:url(javascript:alert(1))" src="https://haiphong.gov.vn/Uploads/c.jpg" alt="Ảnh c" width="600"></div><style>p{background:url(javascript:alert("HPRXEXEC"))}</style>',
  },
  {
    name: 'CSS trying to escape the shadow root',
    head: '<style>#hpr-root{display:none!important} :host{all:unset} ::slotted(*){color:red} *{content:"HPRXEXEC"}</style>',
    html: '<style>:host, :host-context(body), #hpr-root, ::part(dialog) { display:none !important; background:url(javascript:alert("HPRXEXEC")) } @import url("https://evil.example/HPRXEXEC.css");</style><link rel="stylesheet" href="javascript:alert(\'HPRXEXEC\')"><p><span style="position:fixed;inset:0;z-index:2147483647">Đoạn văn muốn phủ cả trang.</span></p><div id="hpr-root" class="hpr-body"><p>Phần tử trùng mã của tiện ích.</p></div>',
  },
  {
    name: 'script, style and form text inside a data table and a heading',
    html: '<h2>Kết quả<script>alert("HPRXEXEC")</script><style>h2{background:url(javascript:alert("HPRXEXEC"))}</style> giải ngân</h2><table><tr><th>Chỉ tiêu<noscript><img src=x onerror=alert("HPRXEXEC")></noscript></th><th>Tỷ lệ</th></tr><tr><td>Vốn đầu tư công<script>alert("HPRXEXEC")</script></td><td>45%<template>HPRXEXEC</template><textarea>HPRXEXEC</textarea><select><option>HPRXEXEC</option></select></td></tr></table>',
  },
  {
    name: 'script and style text inside a data-table cell',
    html: '<table><tr><th>Đơn vị<style>th{background:url(javascript:alert("HPRXEXEC"))}</style></th><th>Tỷ lệ giải ngân</th></tr><tr><td>Quận Ngô Quyền<script>alert("HPRXEXEC")</script></td><td>45%<noscript>HPRXEXEC</noscript></td></tr><tr><td>Huyện Thủy Nguyên<template>HPRXEXEC</template></td><td>52%<span hidden>HPRXEXEC</span></td></tr></table>',
  },
  {
    name: 'script-only <figcaption>',
    html: '<figure><img src="https://haiphong.gov.vn/Uploads/d.jpg" alt="Ảnh d" width="600"><figcaption><script>alert("HPRXEXEC")</script><style>figcaption{}/*HPRXEXEC*/</style></figcaption></figure>',
  },
  {
    name: '<script> in the body and as an attribute-less text',
    html: '<script>alert("HPRXEXEC")</script><script type="text/template"><p>HPRXEXEC</p></script><p>Đoạn văn sau mã.</p>',
  },
];
