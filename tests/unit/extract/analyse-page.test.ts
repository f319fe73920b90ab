import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePage, readingMinutes, countWords } from '../../../src/core/index.ts';
import { textLayout } from '../../../src/core/article-text.ts';
import { FIXTURES, fixtureHtml, fixturePath } from '../../fixtures/pages/index.ts';
import { docFrom, LONG, page } from './html.ts';

const ROOT = join(__dirname, '../../..');
const seed = FIXTURES.find((f) => f.corpus === '00')!;

function snapshot(doc: Document): string {
  // Structure, attributes and text, plus a few live properties a careless extractor could touch.
  return [
    doc.documentElement.outerHTML,
    doc.title,
    doc.querySelectorAll('*').length,
    doc.body.childNodes.length,
  ].join('\u0000');
}

describe('analysePage never mutates its input', () => {
  it.each(FIXTURES.map((f) => [f.url, f] as const))('%s (profiles, then fallback only)', (url, f) => {
    const doc = docFrom(fixtureHtml(f), url);
    const before = snapshot(doc);
    analysePage(doc, url);
    analysePage(doc, url, { extract: { profiles: false } });
    expect(snapshot(doc)).toBe(before);
  });

  it('gives the same result twice', () => {
    const doc = docFrom(fixtureHtml(seed), seed.url);
    expect(JSON.stringify(analysePage(doc, seed.url))).toBe(JSON.stringify(analysePage(doc, seed.url)));
  });
});

describe('the Article model', () => {
  it('text is textLayout(sapo, blocks).text; counts are consistent', () => {
    for (const f of FIXTURES.filter((x) => x.expected)) {
      const a = analysePage(docFrom(fixtureHtml(f), f.url), f.url).article!;
      expect(a.text).toBe(textLayout(a.sapo, a.blocks).text);
      expect(a.wordCount).toBe(countWords(a.text));
      expect(a.readingMinutes).toBe(readingMinutes(a.wordCount));
      expect(a.text).not.toMatch(/\n{3,}/);
    }
  });

  it('reading time: 200 syllables a minute, at least one minute', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(50)).toBe(1);
    expect(readingMinutes(758)).toBe(4);
    expect(countWords('Hội nghị báo cáo viên – tháng 3/2021 , ok')).toBe(8); // dashes and lone commas are not words
  });

  it('the seed-style page: title, 2021-03-11T17:15:00+07:00, Hoàng Tùng, caption kept, no widget text', () => {
    const a = analysePage(docFrom(fixtureHtml(seed), seed.url), seed.url);
    expect(a.kind).toBe('article');
    expect(a.article).toMatchObject({
      title: 'Hội nghị báo cáo viên Trung ương tháng 3/2021',
      published: '2021-03-11T17:15:00+07:00',
      author: 'Hoàng Tùng',
    });
    expect(a.article!.images).toEqual([
      {
        src: expect.stringMatching(/^https:\/\/thanhphohaiphong\.gov\.vn\/wp-content\/uploads\//),
        caption: 'Các đại biểu dự tại điểm cầu thành phố Hải Phòng.',
      },
    ]);
    for (const bad of [
      'Print',
      'Gốc',
      'Tiện ích thông tin',
      'Nguồn tin',
      'QR Code',
      'Chúng tôi trên Mạng Xã hội',
      'Fanpage',
      'Tin khác',
      'Hoàng Tùng',
    ]) {
      expect(a.article!.text).not.toContain(bad);
    }
  });

  it('returns article: null for pages that are not articles', () => {
    const a = analysePage(page('<ul><li><a href="/a">x</a></li></ul>'), 'https://haiphong.gov.vn/');
    expect(a).toMatchObject({ kind: 'home', isArticle: false, article: null, summary: null });
  });

  it('a wrong weekday keeps the digits and says so in the reasons', () => {
    const doc = page(
      `<h1>Hội nghị học tập nghị quyết của Đảng ủy phường</h1><div>Thứ Hai, 19/11/2025 15:30</div><div>${LONG.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    const a = analysePage(doc, 'https://example.org/tin/abc');
    expect(a.article?.published).toBe('2025-11-19T15:30:00+07:00');
    expect(a.reasons.join('\n')).toMatch(/weekday .* is wrong/);
  });

  it('works on a page with no portal URL (DOM signals only)', () => {
    const doc = page(
      `<h1>Hội nghị học tập nghị quyết của Đảng ủy phường</h1><div>Thứ Tư, 19/11/2025 15:30</div><div>${LONG.map((p) => `<p>${p}</p>`).join('')}<p style="text-align:right"><b>V.H.N</b></p></div>`,
    );
    const a = analysePage(doc, 'https://example.org/tin/abc');
    expect(a.kind).toBe('article');
    expect(a.article).toMatchObject({ published: '2025-11-19T15:30:00+07:00', author: 'V.H.N' });
  });
});

describe('npm run extract (scripts/extract.ts)', () => {
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/extract.ts'), ...args], {
      cwd: ROOT,
      input,
      encoding: 'utf8',
    });

  it('prints only the PageAnalysis JSON, --url defaulting to the canonical link', () => {
    const r = run([fixturePath(seed)]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      'url',
      'kind',
      'isArticle',
      'confidence',
      'reasons',
      'article',
      'summary',
    ]);
    expect(Object.keys(out.article)).toEqual([
      'title',
      'published',
      'author',
      'sapo',
      'source',
      'text',
      'images',
      'wordCount',
      'readingMinutes',
    ]);
    expect(out.url).toBe(seed.url);
    expect(out.article).toMatchObject({
      title: 'Hội nghị báo cáo viên Trung ương tháng 3/2021',
      published: '2021-03-11T17:15:00+07:00',
      author: 'Hoàng Tùng',
    });
    expect(Object.keys(out.summary)).toEqual(['officials', 'documents', 'directives']);
    expect(out.summary.officials.map((o: { name: string }) => o.name)).toContain('Phan Xuân Thủy');
    expect(out.summary.documents.map((d: { number: string | null }) => d.number)).toContain('21/NQ-CP');
    expect(out.summary.officials.map((o: { name: string }) => o.name)).not.toContain('Hoàng Tùng');
  }, 300_000);

  it('reads stdin with "-" and honours --url', () => {
    const f = FIXTURES.find((x) => x.markup === 'hp-b')!;
    const r = run(['--url', f.url, '-'], fixtureHtml(f));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.url).toBe(f.url);
    expect(out.article.title).toBe(f.expected!.title);
  }, 300_000);

  it('exits 2 with one line on missing, unreadable or non-HTML input', () => {
    for (const [args, input] of [
      [['/nonexistent/page.html']],
      [[]],
      [['-'], 'just some text'],
      [[join(ROOT, 'package.json')]],
      [['--url', 'javascript:alert(1)', fixturePath(seed)]],
    ] as [string[], string?][]) {
      const r = run(args, input);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 300_000);
});

describe('analysePage on pages the DOM engine cannot walk', () => {
  it('returns a graceful "other" with the reason instead of throwing', async () => {
    const { analysePage } = await import('../../../src/core/index.ts');
    const doc = new DOMParser().parseFromString('<html><body><h1>x</h1><p>y</p></body></html>', 'text/html');
    // A document whose queries throw, as happy-dom's selector engine does on 5,000-deep nesting.
    const broken = new Proxy(doc, {
      get(target, prop) {
        if (prop === 'querySelector' || prop === 'querySelectorAll')
          return () => {
            throw new RangeError('Maximum call stack size exceeded');
          };
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const result = analysePage(broken as Document, 'https://haiphong.gov.vn/tin-tuc-su-kien/a-683224');
    expect(result).toMatchObject({ kind: 'other', isArticle: false, article: null, summary: null });
    expect(result.reasons[0]).toMatch(/could not be read \(RangeError: Maximum call stack size exceeded\)/);
  });
});
