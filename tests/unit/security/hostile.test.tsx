/**
 * Issue 9, Security: hostile content embedded in a real portal article stays inert. The analysis holds
 * only safe Blocks (http(s) URLs, text as text, nothing from scripts, handlers or styles), and rendering
 * those Blocks with ArticleBody creates no handler, no non-http(s) URL and no active element.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { analysePage } from '../../../src/core/index.ts';
import type { Block, Inline, PageAnalysis } from '../../../src/core/types.ts';
import { ArticleBody } from '../../../src/ui/reader/ArticleBody.tsx';
import { FIXTURES, fixtureHtml, type Fixture } from '../../fixtures/pages/index.ts';
import { docFrom } from '../extract/html.ts';
import { PAYLOADS, type Payload } from './payloads.ts';
import { defined } from '../defined.ts';

/** Two markup families: the profile path (hp-c, tp-wp) — and each also with the Readability fallback only. */
const BASES: Fixture[] = [
  FIXTURES.find((f) => f.markup === 'hp-c' && f.kind === 'article' && f.url.includes('cau-nguyen-trai'))!,
  FIXTURES.find((f) => f.markup === 'tp-wp' && f.kind === 'article' && f.expected)!,
];
const MODES = [
  { name: 'profiles', options: {} },
  { name: 'Readability fallback', options: { extract: { profiles: false as const } } },
];

/** The fixture's HTML with the payload right after its first body paragraph (and in <head> when asked). */
function hostilePage(f: Fixture, p: Payload): string {
  let html = fixtureHtml(f);
  const first = defined(f.expected?.paragraphs[0], 'a first paragraph').slice(0, 40);
  const at = html.indexOf(first);
  if (at < 0) throw new Error(`first paragraph not found in ${f.file}`);
  const end = html.indexOf('</p>', at) + 4;
  html = html.slice(0, end) + p.html + html.slice(end);
  if (p.head) html = html.replace(/<head[^>]*>/i, (m) => m + p.head);
  return html;
}

function isHttpUrl(u: string): boolean {
  try {
    const url = new URL(u);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      !url.username &&
      !url.password &&
      url.href === u
    );
  } catch {
    return false;
  }
}

function inlinesOf(b: Block): Inline[] {
  if (b.type === 'paragraph' || b.type === 'quote') return b.inlines;
  if (b.type === 'list') return b.items.flat();
  return [];
}

/** Every URL the analysis carries. */
function urlsOf(a: PageAnalysis): string[] {
  const art = a.article!;
  const out = [art.source.url, ...art.images.map((i) => i.src)];
  for (const b of art.blocks) {
    if (b.type === 'figure') out.push(b.src);
    for (const i of inlinesOf(b)) if (i.type === 'link') out.push(i.href);
  }
  return out;
}

const ALLOWED_BLOCK_KEYS: Record<Block['type'], string[]> = {
  paragraph: ['type', 'inlines'],
  heading: ['type', 'level', 'text'],
  list: ['type', 'ordered', 'items'],
  quote: ['type', 'inlines'],
  table: ['type', 'rows'],
  figure: ['type', 'src', 'alt', 'caption', 'credit'],
};

function checkBlocks(blocks: Block[]): void {
  for (const b of blocks) {
    expect(Object.keys(ALLOWED_BLOCK_KEYS)).toContain(b.type);
    for (const k of Object.keys(b)) expect(ALLOWED_BLOCK_KEYS[b.type]).toContain(k);
    for (const i of inlinesOf(b)) {
      expect(['text', 'link']).toContain(i.type);
      for (const k of Object.keys(i)) expect(['type', 'text', 'href', 'bold', 'italic']).toContain(k);
      expect(typeof i.text).toBe('string');
    }
    if (b.type === 'heading') expect([2, 3, 4]).toContain(b.level);
    if (b.type === 'table')
      for (const row of b.rows)
        for (const c of row)
          for (const k of Object.keys(c)) expect(['text', 'header', 'colspan', 'rowspan']).toContain(k);
  }
}

const FORBIDDEN_TAGS = [
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'base',
  'meta',
  'template',
  'style',
  'link',
  'svg',
  'math',
  'input',
  'button',
  'frame',
  'frameset',
  'applet',
  'noscript',
];
const ALLOWED_TAGS = new Set([
  'div',
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'blockquote',
  'table',
  'tbody',
  'tr',
  'th',
  'td',
  'figure',
  'img',
  'figcaption',
  'a',
  'strong',
  'em',
]);
const URL_ATTRS = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'data',
  'xlink:href',
  'poster',
  'background',
  'cite',
]);

function checkRendered(blocks: Block[]): HTMLElement {
  const root = document.createElement('div');
  render(<ArticleBody blocks={blocks} />, root);
  for (const tag of FORBIDDEN_TAGS) expect(root.querySelector(tag), `<${tag}> rendered`).toBeNull();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    expect(ALLOWED_TAGS.has(el.tagName.toLowerCase()), `<${el.tagName}> rendered`).toBe(true);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      expect(name.startsWith('on'), `${name} on <${el.tagName}>`).toBe(false);
      expect(name).not.toBe('style');
      expect(name).not.toBe('srcdoc');
      if (URL_ATTRS.has(name)) expect(isHttpUrl(attr.value), `${name}="${attr.value}"`).toBe(true);
    }
    if (el.tagName === 'A') expect(el.getAttribute('rel')).toBe('noopener noreferrer');
  }
  render(null, root);
  return root;
}

describe.each(BASES.map((f) => [f.markup, f] as const))(
  'hostile payloads in a %s article',
  (_markup, base) => {
    describe.each(MODES.map((m) => [m.name, m] as const))('%s', (_mode, mode) => {
      it.each(PAYLOADS.map((p) => [p.name, p] as const))('%s', (_name, payload) => {
        const doc = docFrom(hostilePage(base, payload), base.url);
        const a = analysePage(doc, base.url, mode.options);
        // The payload did not knock the article out (else "safe" would be trivially true).
        expect(a.isArticle).toBe(true);
        const art = a.article!;
        const expected = base.expected!;
        if (!payload.cutsDocumentInHappyDom)
          expect(art.text).toContain(defined(expected.paragraphs.at(-1)).slice(0, 60));

        checkBlocks(art.blocks);
        for (const u of urlsOf(a)) expect(isHttpUrl(u), u).toBe(true);
        // The article keeps its own address whatever <base> or canonical tricks the page plays.
        expect(new URL(art.source.url).host).toBe(new URL(base.url).host);

        // Nothing from script bodies, handlers, styles, forms, frames or templates reaches any field.
        const json = JSON.stringify(a);
        expect(json).not.toContain('HPRXEXEC');
        const nonText = JSON.stringify(urlsOf(a));
        expect(nonText).not.toMatch(/javascript:|vbscript:|data:/i);

        const root = checkRendered(art.blocks);
        expect(root.innerHTML).not.toContain('HPRXEXEC');
      });
    });
  },
);

describe('payload specifics', () => {
  const base = defined(BASES[0], 'a base fixture');
  const run = (name: string, options = {}) => {
    const p = PAYLOADS.find((x) => x.name.startsWith(name))!;
    const a = analysePage(docFrom(hostilePage(base, p), base.url), base.url, options);
    return a.article!;
  };

  it.each(MODES.map((m) => [m.name, m.options] as const))(
    'escaped markup stays text, rendered as text (%s)',
    (_m, options) => {
      const art = run('text that looks like markup', options);
      expect(art.text).toContain('<img src=x onerror=alert("HPRXTEXT")>');
      expect(art.text).toContain('<script>alert("HPRXTEXT")</script>');
      const block = art.blocks.find(
        (b) => b.type === 'paragraph' && b.inlines.some((i) => i.text.includes('HPRXTEXT')),
      )!;
      const root = document.createElement('div');
      render(<ArticleBody blocks={[block]} />, root);
      expect(root.querySelector('img, script, a')).toBeNull();
      expect(root.textContent).toContain('<script>alert("HPRXTEXT")</script>');
    },
  );

  it.each(MODES.map((m) => [m.name, m.options] as const))(
    'only the http(s) link survives among hostile hrefs (%s)',
    (_m, options) => {
      const art = run('javascript:/vbscript:', options);
      const links = art.blocks.flatMap(inlinesOf).filter((i) => i.type === 'link');
      expect(links.map((l) => l.type === 'link' && l.href)).toContain('https://chinhphu.vn/');
      expect(links.every((l) => l.type === 'link' && isHttpUrl(l.href))).toBe(true);
      // The link texts are kept as plain text.
      expect(art.text).toContain('liên kết 0');
      expect(art.text).toContain('có mật khẩu');
    },
  );

  it('a good src behind hostile lazy attributes is the one used', () => {
    const art = run('hostile lazy URL in front of a good src');
    const figs = art.blocks.filter((b): b is Extract<Block, { type: 'figure' }> => b.type === 'figure');
    expect(figs.map((f) => f.src)).toContain('https://haiphong.gov.vn/Uploads/anh-that.jpg');
  });

  it.each(MODES.map((m) => [m.name, m.options] as const))(
    '<base> does not rebase absolute URLs (%s)',
    (_m, options) => {
      const art = run('<base>', options);
      const links = art.blocks
        .flatMap(inlinesOf)
        .filter((i) => i.type === 'link')
        .map((l) => (l.type === 'link' ? l.href : ''));
      expect(links).toContain('https://haiphong.gov.vn/van-ban/nghi-quyet-54');
      const figs = art.blocks
        .filter((b) => b.type === 'figure')
        .map((b) => (b.type === 'figure' ? b.src : ''));
      expect(figs).toContain('https://haiphong.gov.vn/Uploads/cau-nguyen-trai.jpg');
      expect(art.source.url).toBe(base.url);
    },
  );

  it('inline handlers leave the text and the http(s) link in place', () => {
    const art = run('inline event handlers');
    expect(art.text).toContain('Đoạn văn có chữ đậm và liên kết.');
    expect(art.text).toContain('Đoạn trong khối có trình xử lý.');
    const links = art.blocks.flatMap(inlinesOf).filter((i) => i.type === 'link');
    expect(links).toContainEqual({ type: 'link', text: 'liên kết', href: 'https://haiphong.gov.vn/a' });
  });
});

/**
 * Known gap outside the Block builder: the title (and sapo) are read with textContent in
 * src/core/extract/index.ts, so a <script>/<style> inside the page's <h1> shows up as inert text in
 * the title. It is rendered as text (never run), but it is page code in our UI. The fix is to read
 * them with visibleText() from blocks.ts; enable this test then.
 */
describe('script text inside the title heading', () => {
  it('does not reach the title', () => {
    const base = defined(BASES[0], 'a base fixture');
    const html = fixtureHtml(base).replace(
      /(<h1[^>]*>)/i,
      '$1<script>alert("HPRXEXEC")</script><style>.x{}</style>',
    );
    for (const options of MODES.map((m) => m.options)) {
      const a = analysePage(docFrom(html, base.url), base.url, options);
      expect(a.article!.title).toBe(base.expected!.title);
    }
  });
});
