/**
 * Issue 14, off-site canonical: a declared canonical address (rel=canonical, og:url) is taken only
 * from <head>, only on the page's own host or another portal host, only over https; otherwise the
 * page's own address. The reader (analysePage → article.source.url), the popup (checkPage and
 * withCanonical → status.canonical) and `npm run extract` all follow it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptedCanonical, canonicalUrl } from '../../../src/core/share/canonical.ts';
import { analysePage } from '../../../src/core/index.ts';
import { checkPage, withCanonical } from '../../../src/content/page-check.ts';

const ROOT = join(__dirname, '../../..');
const PAGE = 'https://haiphong.gov.vn/tin-tuc-su-kien/ra-soat-phuong-an-phong-chong-bao-999003';
const HOSTILE_FILE = join(
  ROOT,
  'tests/fixtures/hostile/haiphong.gov.vn/tin-tuc-su-kien/ra-soat-phuong-an-phong-chong-bao-999003.html',
);

function doc(head: string, body = '<p>x</p>'): Document {
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

describe('canonicalUrl: which declared address is accepted', () => {
  it('takes a rel=canonical in <head> on the same host over https', () => {
    expect(
      canonicalUrl(
        doc(
          '<link rel="canonical" href="https://haiphong.gov.vn/tin-tuc-su-kien/bai-123456?utm_source=x#top">',
        ),
        PAGE,
      ),
    ).toBe('https://haiphong.gov.vn/tin-tuc-su-kien/bai-123456');
  });

  it('takes another portal host (the detector isPortalHost), relative links too', () => {
    expect(
      canonicalUrl(doc('<link rel="canonical" href="https://thanhphohaiphong.gov.vn/bai-viet.html">'), PAGE),
    ).toBe('https://thanhphohaiphong.gov.vn/bai-viet.html');
    expect(
      canonicalUrl(doc('<link rel="canonical" href="https://sotp.haiphong.gov.vn/a/b-123">'), PAGE),
    ).toBe('https://sotp.haiphong.gov.vn/a/b-123');
    expect(canonicalUrl(doc('<link rel="canonical" href="/tin-tuc-su-kien/khac-555555">'), PAGE)).toBe(
      'https://haiphong.gov.vn/tin-tuc-su-kien/khac-555555',
    );
  });

  it('ignores look-alike and foreign hosts: the page keeps its own address', () => {
    for (const href of [
      'https://haiphong-gov.vn.evil.example/tin-tuc-su-kien/ra-soat-phuong-an-phong-chong-bao-999003',
      'https://haiphong.gov.vn.evil.example/x',
      'https://evilhaiphong.gov.vn.example/x',
      'https://example.org/',
      '//evil.example/x',
      'https://user:pw@haiphong.gov.vn/x',
      'javascript:alert(1)',
      'data:text/html,x',
    ]) {
      expect(canonicalUrl(doc(`<link rel="canonical" href="${href}">`), PAGE), href).toBe(PAGE);
      expect(canonicalUrl(doc(`<meta property="og:url" content="${href}">`), PAGE), href).toBe(PAGE);
    }
  });

  it('ignores service hosts of the family (not portals) and plain http', () => {
    expect(
      canonicalUrl(doc('<link rel="canonical" href="https://dichvucong.haiphong.gov.vn/x">'), PAGE),
    ).toBe(PAGE);
    expect(
      canonicalUrl(
        doc('<link rel="canonical" href="http://haiphong.gov.vn/tin-tuc-su-kien/khac-555555">'),
        PAGE,
      ),
    ).toBe(PAGE);
    expect(acceptedCanonical('http://haiphong.gov.vn/a', 'http://haiphong.gov.vn/a')).toBeNull();
    // An https canonical for a page read over http is an upgrade on the same host: accepted.
    expect(acceptedCanonical('https://haiphong.gov.vn/a', 'http://haiphong.gov.vn/a')).toBe(
      'https://haiphong.gov.vn/a',
    );
  });

  it('reads only <head>: a canonical or og:url inside the article body is ignored', () => {
    const d = doc(
      '',
      '<div class="ArticleContent"><link rel="canonical" href="https://haiphong.gov.vn/khac/khac-111111"><meta property="og:url" content="https://haiphong.gov.vn/khac/khac-222222"><p>x</p></div>',
    );
    expect(d.body.querySelector('link')).not.toBeNull(); // the parser keeps them in the body
    expect(canonicalUrl(d, PAGE)).toBe(PAGE);
  });

  it('rel=canonical first, og:url when no acceptable canonical; a rejected one does not block the next', () => {
    expect(
      canonicalUrl(
        doc(
          '<meta property="og:url" content="https://haiphong.gov.vn/a/og-1"><link rel="canonical" href="https://haiphong.gov.vn/a/link-1">',
        ),
        PAGE,
      ),
    ).toBe('https://haiphong.gov.vn/a/link-1');
    expect(
      canonicalUrl(
        doc(
          '<link rel="canonical" href="https://evil.example/"><meta property="og:url" content="https://haiphong.gov.vn/a/og-1">',
        ),
        PAGE,
      ),
    ).toBe('https://haiphong.gov.vn/a/og-1');
  });

  it('without a declared address: the page URL minus AMP suffix, tracking parameters and fragment', () => {
    expect(canonicalUrl(doc(''), 'https://thanhphohaiphong.gov.vn/bai-viet.html/amp?fbclid=1&id=2#c')).toBe(
      'https://thanhphohaiphong.gov.vn/bai-viet.html?id=2',
    );
  });
});

describe('the hostile page with an off-site canonical (tests/fixtures/hostile)', () => {
  const html = readFileSync(HOSTILE_FILE, 'utf8');

  it('the reader article and the popup status both carry the page own address', () => {
    const d = new DOMParser().parseFromString(html, 'text/html');
    const a = analysePage(d, PAGE);
    expect(a.isArticle).toBe(true);
    expect(a.article!.source.url).toBe(PAGE);
    // The popup's status gets the address when the popup asks (withCanonical), by the same rule.
    const status = withCanonical(checkPage(d, PAGE), d);
    expect(status.canonical).toBe(PAGE);
  });

  it('npm run extract --url reports the page own URL as source.url', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/extract.ts'), '--url', PAGE, HOSTILE_FILE],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.article.source.url).toBe(PAGE);
  }, 300_000);

  it('npm run extract without --url never takes the off-site canonical as the page address', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/extract.ts'), HOSTILE_FILE],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.url).toBe(pathToFileURL(HOSTILE_FILE).href);
    expect(JSON.stringify(out)).not.toContain('evil.example');
  }, 300_000);
});
