/**
 * A deterministic corpus of malformed and mutated pages for fuzzing analysePage (issue 9).
 * Everything derives from a seeded PRNG: the same seed gives the same pages on every machine.
 */
import { readFileSync } from 'node:fs';
import { FIXTURES, fixtureHtml, fixturePath, type Fixture } from '../../fixtures/pages/index.ts';
import { defined } from '../defined.ts';

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const int = (r: Rng, n: number) => Math.floor(r() * n);
export const pick = <T>(r: Rng, xs: readonly T[]): T => defined(xs[int(r, xs.length)], 'an item to pick');

/** A case is either HTML to parse, or a parsed-document mutation (applied before analysis). */
export interface FuzzCase {
  id: string;
  category: string;
  url: string;
  html: string;
  /** Mutations applied to the parsed document before analysis (the no-mutation check starts after). */
  mutate?: (doc: Document) => void;
  /** Run with the Readability fallback only (no site profiles). */
  genericOnly?: boolean;
}

const ARTICLE_URLS = FIXTURES.filter((f) => f.kind === 'article').map((f) => f.url);
const ALL_URLS = FIXTURES.map((f) => f.url);

const WORDS =
  'Sáng ngày 21/3 đồng chí Nguyễn Đức Thọ Phó Chủ tịch UBND thành phố Hải Phòng kiểm tra tiến độ dự án cầu giao Sở Giao thông vận tải chủ trì phối hợp yêu cầu các nhà thầu Nghị quyết số 54/NQ-HĐND ngày 9/12/2021 Quyết định 12/QĐ-UBND Thành ủy HĐND quận Ngô Quyền huyện Thủy Nguyên Tin khác Tin liên quan Chia sẻ In bài Ảnh: Quang Huy Thứ Năm, 21/03/2024 15:30 Trang chủ » Tin tức – “” … ạ ế ữ ỷ đ Đ'.split(
    ' ',
  );
const TAGS = [
  'p',
  'div',
  'span',
  'a',
  'b',
  'strong',
  'i',
  'em',
  'br',
  'img',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'blockquote',
  'figure',
  'figcaption',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'time',
  'font',
  'center',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'form',
  'input',
  'select',
  'option',
  'textarea',
  'title',
  'svg',
  'math',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'body',
  'html',
  'head',
  'frameset',
  'plaintext',
  'xmp',
  'listing',
  'pre',
  'code',
  'dl',
  'dt',
  'dd',
  'amp-img',
  'o:p',
  'picture',
  'source',
  'video',
  'caption',
  'colgroup',
  'col',
  'button',
  'label',
];
const CLASSES = [
  'ArticleDetail',
  'ArticleContent',
  'ArticleHeader',
  'ArticleSummary',
  'PostDate',
  'entry-content',
  'entry-title',
  'post-date',
  'author',
  'byline',
  'caption',
  'related',
  'box-tinlienquan',
  'share',
  'social',
  'toolbar',
  'tin-khac',
  'sapo',
  'content',
  'article-body',
  'post-template-default',
  'single-post',
  'td-post-content',
  'news-detail',
  'detail-content',
  'TextContent',
  'chu-thich',
  'Footer',
  'MainMenu',
];
const ATTRS = [
  'class',
  'id',
  'style',
  'href',
  'src',
  'data-src',
  'srcset',
  'alt',
  'width',
  'height',
  'colspan',
  'rowspan',
  'hidden',
  'aria-hidden',
  'align',
  'datetime',
  'content',
  'property',
  'name',
  'rel',
  'itemprop',
  'onclick',
  'lang',
  'dir',
];
const VALUES = [
  '',
  'x',
  '0',
  '-1',
  '99999999999',
  'NaN',
  'display:none',
  'text-align:right',
  'font-weight:bold',
  '/a/b.jpg',
  'https://haiphong.gov.vn/x.jpg',
  'javascript:alert(1)',
  'data:text/html,x',
  '//evil.example/',
  '2024-03-21T15:30:00+07:00',
  'article:published_time',
  'og:url',
  'canonical',
  '\u0000',
  '"\'><',
  '&amp;&#0;&#xD800;',
  'a'.repeat(500),
];

function words(r: Rng, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(r, WORDS));
  return out.join(' ');
}

function attrs(r: Rng): string {
  let s = '';
  const n = int(r, 4);
  for (let i = 0; i < n; i++) {
    const name = pick(r, ATTRS);
    const value = name === 'class' ? pick(r, CLASSES) : pick(r, VALUES);
    s +=
      r() < 0.1
        ? ` ${name}`
        : r() < 0.1
          ? ` ${name}=${value.replace(/[\s>]/g, '')}`
          : ` ${name}="${value.replace(/"/g, '&quot;')}"`;
  }
  return s;
}

/** Random tag soup: unbalanced, misnested, with raw-text elements, comments and broken tokens. */
export function tagSoup(r: Rng, tokens: number): string {
  let s = '';
  const open: string[] = [];
  for (let i = 0; i < tokens; i++) {
    const x = r();
    if (x < 0.3) {
      const t = pick(r, TAGS);
      s += `<${t}${attrs(r)}${r() < 0.05 ? '/' : ''}>`;
      open.push(t);
    } else if (x < 0.5) {
      // Close the right tag, a random one, or one never opened.
      const t = open.length && r() < 0.6 ? open.pop()! : pick(r, TAGS);
      s += `</${t}>`;
    } else if (x < 0.85) s += words(r, 1 + int(r, 40));
    else if (x < 0.9)
      s += pick(r, [
        '<!--',
        '-->',
        '<!-- c -->',
        '<![CDATA[x]]>',
        '<!DOCTYPE html>',
        '<?xml version="1.0"?>',
        '<!',
        '</',
        '<',
        '>',
        '&',
        '&#',
        '&#x;',
        '&nbsp',
        '&#0;',
        '&#x110000;',
        '\u0000',
        '\uFEFF',
        '\uD800',
        '\r\n',
      ]);
    else if (x < 0.95)
      s += `<${pick(r, ['h1', 'h2'])}${attrs(r)}>${words(r, 8)}</${pick(r, ['h1', 'h2', 'p'])}>`;
    else
      s += `<div class="${pick(r, CLASSES)}">${pick(r, ['Thứ Năm, 21/03/2024 15:30', 'Cập nhật: 9/12/2021', 'Tin khác', 'Ảnh: Hoàng Phong', 'Tác giả: Minh Thu'])}</div>`;
  }
  return s;
}

function fixtureBytes(f: Fixture): Buffer {
  return readFileSync(fixturePath(f));
}

// ---------- DOM mutations (applied to a parsed fixture)

function elementsOf(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('body *'));
}

export function mutateDoc(r: Rng, doc: Document, steps: number): void {
  for (let i = 0; i < steps; i++) {
    const els = elementsOf(doc);
    if (!els.length) return;
    const el = pick(r, els);
    const op = int(r, 9);
    try {
      if (op === 0) el.remove();
      else if (op === 1) el.after(el.cloneNode(true));
      else if (op === 2) {
        // Shuffle the children.
        const kids = Array.from(el.childNodes);
        for (let k = kids.length - 1; k > 0; k--) {
          const j = int(r, k + 1);
          [kids[k], kids[j]] = [defined(kids[j]), defined(kids[k])];
        }
        for (const k of kids) el.appendChild(k);
      } else if (op === 3) {
        // Move an element somewhere else (never into itself).
        const target = pick(r, els);
        if (!el.contains(target)) target.appendChild(el);
      } else if (op === 4) {
        // Scramble attributes: swap with another element's, or randomise.
        const other = pick(r, els);
        const mine = Array.from(el.attributes).map((a) => [a.name, a.value] as const);
        const theirs = Array.from(other.attributes).map((a) => [a.name, a.value] as const);
        for (const [n] of mine) el.removeAttribute(n);
        for (const [n] of theirs) other.removeAttribute(n);
        for (const [n, v] of theirs) el.setAttribute(n, v);
        for (const [n, v] of mine) other.setAttribute(n, v);
      } else if (op === 5) {
        const name = pick(r, ATTRS);
        el.setAttribute(name, name === 'class' ? pick(r, CLASSES) : pick(r, VALUES));
      } else if (op === 6) {
        el.textContent = words(r, int(r, 30));
      } else if (op === 7) {
        el.insertAdjacentHTML(
          pick(r, ['beforebegin', 'afterbegin', 'beforeend', 'afterend'] as const),
          tagSoup(r, 5 + int(r, 30)),
        );
      } else {
        // Wrap in a few levels of random containers.
        let wrap: Element = el;
        for (let d = 0, n = 1 + int(r, 20); d < n; d++) {
          const w = doc.createElement(pick(r, ['div', 'span', 'td', 'li', 'blockquote', 'font', 'b']));
          wrap.replaceWith(w);
          w.appendChild(wrap);
          wrap = w;
        }
      }
    } catch {
      // Some moves are illegal in the DOM (e.g. into <html>): skip them.
    }
  }
}

// ---------- the corpus

const ARTICLE_FIXTURES = FIXTURES.filter((f) => f.kind === 'article');
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Bài viết</title>${head}</head><body>${body}</body></html>`;
const articleShell = (inner: string) =>
  page(
    `<div class="ArticleDetail"><h1 class="ArticleHeader">Hội nghị triển khai nhiệm vụ năm 2024</h1><div class="PostDate">Thứ Năm, 21/03/2024 15:30</div><div class="ArticleContent">${inner}</div></div>`,
  );
const PARA =
  'Phát biểu kết luận, Phó Chủ tịch UBND thành phố Nguyễn Đức Thọ yêu cầu các sở, ngành tập trung tháo gỡ khó khăn, đẩy nhanh tiến độ giải ngân vốn đầu tư công theo Nghị quyết số 54/NQ-HĐND ngày 9/12/2021.';

/** Small and medium pages: many of them. */
export function smallCorpus(seed = 20261126): FuzzCase[] {
  const r = prng(seed);
  const cases: FuzzCase[] = [];
  const add = (category: string, url: string, html: string, extra: Partial<FuzzCase> = {}) =>
    cases.push({
      id: `${category}#${cases.filter((c) => c.category === category).length}`,
      category,
      url,
      html,
      ...extra,
    });

  // 1. Real fixtures truncated at random offsets (and at a few nasty ones: inside a tag, an entity, a comment).
  for (const f of FIXTURES) {
    const html = fixtureHtml(f);
    for (let i = 0; i < 16; i++) {
      const at =
        i === 0
          ? html.indexOf('<', html.length >> 1) + 2
          : i === 1
            ? html.indexOf('&') + 2
            : int(r, html.length);
      add('truncated', f.url, html.slice(0, Math.max(0, at)), { genericOnly: i % 5 === 4 });
    }
  }
  // 2. Real fixtures mutated as documents: removed, duplicated, shuffled, moved nodes; scrambled attributes.
  for (const f of FIXTURES) {
    const html = fixtureHtml(f);
    for (let i = 0; i < 16; i++) {
      const steps = 1 + int(r, 25);
      const mseed = int(r, 2 ** 31);
      add('mutated', f.url, html, {
        mutate: (doc) => mutateDoc(prng(mseed), doc, steps),
        genericOnly: i % 4 === 3,
      });
    }
  }
  // 3. Wrong encodings: the UTF-8 bytes read as latin-1, windows-1258 and UTF-16; UTF-16 bytes read as UTF-8; stray surrogates.
  for (const f of FIXTURES) {
    const bytes = fixtureBytes(f);
    add('encoding', f.url, bytes.toString('latin1'));
    add('encoding', f.url, new TextDecoder('windows-1258').decode(bytes));
    add('encoding', f.url, bytes.toString('utf16le'));
    add('encoding', f.url, new TextDecoder('utf-8').decode(Buffer.from(fixtureHtml(f), 'utf16le')));
    const html = fixtureHtml(f);
    add(
      'encoding',
      f.url,
      html.replace(/[ăâđêôơư]/g, (c) =>
        pick(r, ['\uD800', '\uDFFF', '\uFFFD', '\u0000', c.normalize('NFD') + '\u0301\u0301']),
      ),
    );
    add(
      'encoding',
      f.url,
      '\uFEFF\uFEFF' +
        html.replace(/ /g, () =>
          r() < 0.05 ? pick(r, ['\u00a0', '\u200b', '\u2028', '\u000b', '\u000c']) : ' ',
        ),
    );
  }
  // 4. Missing <body> (and <head>, <html>): content straight after the head, or a bare fragment.
  for (const f of FIXTURES) {
    const html = fixtureHtml(f);
    add('no-body', f.url, html.replace(/<\/?body[^>]*>/gi, ''));
    add('no-body', f.url, html.replace(/<\/?(?:html|head|body)[^>]*>/gi, ''));
    add('no-body', f.url, html.replace(/<body[^>]*>[\s\S]*<\/body>/i, ''));
    add('no-body', f.url, html.replace(/<body/i, '<frameset><body'));
  }
  // 5. Random tag soup, under article URLs (so the extractor runs) and others.
  for (let i = 0; i < 700; i++) {
    const soup = tagSoup(r, 20 + int(r, 400));
    const url = i % 3 === 2 ? pick(r, ALL_URLS) : pick(r, ARTICLE_URLS);
    add(
      'tag-soup',
      url,
      i % 4 === 0
        ? soup
        : i % 4 === 1
          ? page(soup)
          : i % 4 === 2
            ? articleShell(soup)
            : articleShell(`<p>${PARA}</p>`.repeat(3) + soup),
      { genericOnly: i % 7 === 6 },
    );
  }
  // 6. Binary garbage: random bytes as latin-1 / UTF-8 (with replacement chars), bare or inside a page.
  for (let i = 0; i < 200; i++) {
    const n = 1 + int(r, 20000);
    const bytes = Buffer.alloc(n);
    for (let k = 0; k < n; k++) bytes[k] = int(r, 256);
    const text = i % 2 ? bytes.toString('latin1') : new TextDecoder('utf-8').decode(bytes);
    const url = pick(r, ARTICLE_URLS);
    add(
      'binary',
      url,
      i % 3 === 0 ? text : i % 3 === 1 ? page(text) : articleShell(`<p>${PARA}</p>${text}<p>${PARA}</p>`),
    );
  }
  // 7. Degenerate tiny inputs.
  for (const html of [
    '',
    ' ',
    '<',
    '<html>',
    '<body></body>',
    '<!DOCTYPE html>',
    '<p>',
    '</p></div></html>',
    '<h1></h1>',
    '<h1>Tiêu đề</h1>',
    '\u0000',
    '<script>',
    '<plaintext><p>x',
    '<template><body>',
    '<svg><p>',
    '<table><p>x',
    '<select><p>x',
    '<frameset></frameset>',
    '<!--',
    '<a href="javascript:x">',
  ]) {
    for (const url of [
      defined(ARTICLE_URLS[0]),
      defined(ARTICLE_URLS[7]),
      'https://haiphong.gov.vn/',
      'about:blank',
      'not a url',
      'https://example.com/x',
    ])
      add('tiny', url, html);
  }
  return cases;
}

const BIG_URL = FIXTURES.find((f) => f.markup === 'hp-c' && f.kind === 'article')!.url;
const BODY = `<p>${PARA}</p>`.repeat(4);

/** Deeply nested pages: 5,000 levels (lists and tables 1,000: see the note in fuzz-big.test.ts). */
export function deepCorpus(): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const add = (id: string, html: string, extra: Partial<FuzzCase> = {}) =>
    cases.push({ id, category: 'deep', url: BIG_URL, html, ...extra });
  const nest = (depth: number, open: string, close: string, inner = BODY) =>
    open.repeat(depth) + inner + close.repeat(depth);
  add('5000 nested <div>', articleShell(nest(5000, '<div>', '</div>')));
  add('5000 nested <span>', articleShell('<p>' + nest(5000, '<span>', '</span>', PARA) + '</p>'));
  add('5000 nested <span> around paragraphs', articleShell(nest(5000, '<span>', '</span>')));
  add('5000 nested <blockquote>', articleShell(nest(5000, '<blockquote>', '</blockquote>')));
  add('5000 unclosed <div>', articleShell('<div>'.repeat(5000) + BODY));
  add('5000 nested <font> in the page, outside the body', page('<font>'.repeat(5000)) + articleShell(BODY));
  add('1000 nested <ul><li>', articleShell(nest(1000, '<ul><li>', '</li></ul>')));
  add('1000 nested <table><tr><td>', articleShell(nest(1000, '<table><tr><td>', '</td></tr></table>')));
  return cases;
}

/** Huge pages: 10 MB of text, 20,000 paragraphs. */
export function hugeCorpus(): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const add = (id: string, html: string, extra: Partial<FuzzCase> = {}) =>
    cases.push({ id, category: 'huge', url: BIG_URL, html, ...extra });
  const tenMb = 10 * 1024 * 1024;
  const sentence = PARA + ' ';
  const bigText = sentence.repeat(Math.ceil(tenMb / sentence.length)).slice(0, tenMb);
  add('10 MB of text in one paragraph', articleShell(`<p>${bigText}</p>`));
  add('2 MB of text, no markup at all', bigText.slice(0, 2 * 1024 * 1024));
  add('20,000 paragraphs', articleShell(`<p>${PARA}</p>`.repeat(20000)));
  add(
    '20,000 short <div> lines, Readability only',
    articleShell(`<div>Đoạn ngắn số 1.</div>`.repeat(20000)),
    { genericOnly: true },
  );
  return cases;
}

export const ARTICLE_FIXTURE_COUNT = ARTICLE_FIXTURES.length;
