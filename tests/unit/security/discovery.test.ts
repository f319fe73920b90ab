/**
 * Issue 14, fanpage discovery poisoning: links are learnt only from the portals' own header and
 * footer, over https, on the main portals (sub-portals on the user's opt-in), never from article
 * bodies, redirectors, share or invite paths; a link seen is never used under the portal's name
 * until the user confirms it. Stored data: validated, repaired (every valid entry kept), capped,
 * host only, and a malformed item never throws.
 */
import { describe, expect, it } from 'vitest';
import {
  confirmDiscovered,
  DEFAULT_SHORTCUTS,
  discoverSocialLinks,
  discoveryHost,
  MAX_DISCOVERED,
  mergeDiscovered,
  repairDiscovered,
  resolveShortcut,
  unconfirmed,
  validDiscovered,
} from '../../../src/core/shortcuts.ts';
import { isToBackground } from '../../../src/platform/messages.ts';

const doc = (html: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head></head><body>${html}</body></html>`,
    'text/html',
  );
const MAIN = 'https://haiphong.gov.vn/tin-tuc-su-kien/bai-viet-123456';
const FOOTER =
  '<footer class="site-footer"><a href="https://www.facebook.com/cong.thong.tin.hp">Facebook</a></footer>';
const ARTICLE_BODY = (links: string) =>
  `<div id="wrapper"><div class="ArticleContent"><p>Đoạn một của bài viết.</p><p>Đoạn hai của bài viết.</p>${links}</div>${FOOTER}</div>`;
const urls = (html: string, page = MAIN, subPortals = false) =>
  discoverSocialLinks(doc(html), page, { subPortals }).map((d) => d.url);

describe('discovery: where links are learnt from', () => {
  it('positive control: the footer of an https main-portal page', () => {
    expect(urls(FOOTER)).toEqual(['https://www.facebook.com/cong.thong.tin.hp']);
    expect(
      urls(
        `<div class="Header"><a href="https://www.youtube.com/@kenhhp">YT</a></div>`,
        'https://thanhphohaiphong.gov.vn/a.html',
      ),
    ).toEqual(['https://www.youtube.com/@kenhhp']);
    expect(discoverSocialLinks(doc(FOOTER), MAIN)[0]).toEqual({
      network: 'facebook',
      url: 'https://www.facebook.com/cong.thong.tin.hp',
      host: 'haiphong.gov.vn',
    });
  });

  it('never from an article body: plain links, a <footer> or a div.footer written into it, an <article> footer', () => {
    const attacker = '<a href="https://www.facebook.com/trang.gia.mao">x</a>';
    expect(urls(ARTICLE_BODY(attacker))).toEqual(['https://www.facebook.com/cong.thong.tin.hp']);
    expect(urls(ARTICLE_BODY(`<footer>${attacker}</footer>`))).toEqual([
      'https://www.facebook.com/cong.thong.tin.hp',
    ]);
    expect(urls(ARTICLE_BODY(`<div><div class="footer">${attacker}</div></div>`))).toEqual([
      'https://www.facebook.com/cong.thong.tin.hp',
    ]);
    expect(urls(`<article><p>a</p><footer>${attacker}</footer></article>`)).toEqual([]);
    expect(urls(`<main><header>${attacker}</header></main>`)).toEqual([]);
    expect(urls(`<div>${attacker}</div>`)).toEqual([]);
  });

  it('never over plain http, never on service hosts, sub-portals only on the opt-in', () => {
    expect(urls(FOOTER, 'http://haiphong.gov.vn/tin-tuc-su-kien/bai-viet-123456')).toEqual([]);
    expect(urls(FOOTER, 'https://dichvucong.haiphong.gov.vn/')).toEqual([]);
    expect(urls(FOOTER, 'https://sotp.haiphong.gov.vn/a/b-123')).toEqual([]);
    expect(urls(FOOTER, 'https://sotp.haiphong.gov.vn/a/b-123', true)).toEqual([
      'https://www.facebook.com/cong.thong.tin.hp',
    ]);
    expect(urls(FOOTER, 'http://sotp.haiphong.gov.vn/a/b-123', true)).toEqual([]);
    expect(urls(FOOTER, 'https://haiphong.gov.vn.evil.example/')).toEqual([]);
    expect(discoveryHost('https://www.haiphong.gov.vn/')).toBe('www.haiphong.gov.vn');
    expect(discoveryHost('https://example.org/')).toBeNull();
  });

  it('rejects redirectors, share and invite paths, link shims and http links', () => {
    const bad = [
      'https://www.facebook.com/l.php?u=https%3A%2F%2Fevil.example%2F',
      'https://l.facebook.com/l.php?u=https://evil.example/',
      'https://www.youtube.com/redirect?q=https://evil.example/&v=1',
      'https://www.youtube.com/attribution_link?u=/watch',
      'https://www.facebook.com/sharer/sharer.php?u=https://haiphong.gov.vn/',
      'https://www.facebook.com/share/abc',
      'https://www.facebook.com/groups/123456/',
      'https://zalo.me/g/abcdef',
      'https://www.facebook.com/dialog/share?href=x',
      'https://www.tiktok.com/link/v2?target=https://evil.example',
      'https://www.facebook.com/pages/x?next=https://evil.example/',
      'https://chat.zalo.me/?g=abc',
      'https://www.youtube.com/@kenh/join',
      'http://www.facebook.com/cong.thong.tin.hp',
    ];
    for (const href of bad) expect(urls(`<footer><a href="${href}">x</a></footer>`), href).toEqual([]);
  });

  it('caps what it takes: at most MAX_DISCOVERED links, none longer than 2 KB', () => {
    const many = Array.from(
      { length: 60 },
      (_, i) => `<a href="https://www.facebook.com/trang${i}">x</a>`,
    ).join('');
    expect(urls(`<footer>${many}</footer>`)).toHaveLength(MAX_DISCOVERED);
    expect(urls(`<footer><a href="https://www.facebook.com/${'a'.repeat(3000)}">x</a></footer>`)).toEqual([]);
  });
});

describe('discovered links are never shown under the portal name unconfirmed', () => {
  const seen = {
    network: 'facebook' as const,
    url: 'https://www.facebook.com/trang.gia.mao',
    host: 'haiphong.gov.vn',
  };
  it('an automatic entry stays a labelled search whatever was seen', () => {
    const fb = DEFAULT_SHORTCUTS.find((s) => s.id === 'facebook')!;
    expect(resolveShortcut(fb)).toMatchObject({ source: 'search' });
    expect(unconfirmed([seen], DEFAULT_SHORTCUTS)).toEqual([seen]);
  });
  it('confirming makes it the entry address (and it leaves the unconfirmed list); an invalid link is not confirmed', () => {
    const next = confirmDiscovered(DEFAULT_SHORTCUTS, seen);
    expect(next.find((s) => s.id === 'facebook')!.url).toBe(seen.url);
    expect(resolveShortcut(next.find((s) => s.id === 'facebook')!)).toMatchObject({
      href: seen.url,
      source: 'fixed',
    });
    expect(unconfirmed([seen], next)).toEqual([]);
    expect(
      confirmDiscovered(DEFAULT_SHORTCUTS, {
        ...seen,
        url: 'https://www.facebook.com/l.php?u=https://evil.example/',
      }),
    ).toEqual([...DEFAULT_SHORTCUTS]);
  });
});

describe('stored discovery data', () => {
  const good = {
    network: 'youtube',
    url: 'https://www.youtube.com/@kenhhp',
    host: 'thanhphohaiphong.gov.vn',
  };
  it('a malformed stored item never throws in mergeDiscovered, and every valid entry is kept', () => {
    const stored = [
      null,
      7,
      'x',
      { seenAt: 5 },
      { network: 'facebook', url: 42, host: 'haiphong.gov.vn' },
      good,
      {
        network: 'facebook',
        url: 'https://www.facebook.com/x',
        seenOn: 'https://haiphong.gov.vn/?q=tim+kiem',
        seenAt: 1,
      },
    ];
    const fresh = [
      {
        network: 'facebook' as const,
        url: 'https://www.facebook.com/cong.thong.tin.hp',
        host: 'haiphong.gov.vn',
      },
    ];
    expect(() => mergeDiscovered(stored, fresh)).not.toThrow();
    expect(mergeDiscovered(stored, fresh)).toEqual([fresh[0], good]);
    expect(() => mergeDiscovered({ not: 'a list' }, fresh)).not.toThrow();
    expect(mergeDiscovered('garbage', fresh)).toEqual(fresh);
  });

  it('repair keeps every valid entry, drops the rest, caps the count, and stores only the host (no page URL, query or time)', () => {
    const big = Array.from({ length: 500 }, (_, i) => ({
      network: 'facebook',
      url: `https://www.facebook.com/p${i}`,
      host: 'haiphong.gov.vn',
    }));
    const r = repairDiscovered([
      ...big.slice(0, 3),
      { network: 'facebook', url: 'https://www.facebook.com/' + 'x'.repeat(3000), host: 'haiphong.gov.vn' },
      ...big.slice(3),
    ]);
    expect(r.repaired).toBe(true);
    expect(r.links).toHaveLength(MAX_DISCOVERED);
    expect(r.links.slice(0, 4).map((l) => l.url)).toEqual(big.slice(0, 4).map((l) => l.url));
    expect(repairDiscovered([good])).toEqual({ links: [good], repaired: false });
    expect(Object.keys(validDiscovered({ ...good, seenOn: 'https://x', seenAt: 'now' })!)).toEqual([
      'network',
      'url',
      'host',
    ]);
    // A host that is not a portal (or a service host), a network that does not match the URL: dropped.
    expect(validDiscovered({ ...good, host: 'evil.example' })).toBeNull();
    expect(validDiscovered({ ...good, host: 'dichvucong.haiphong.gov.vn' })).toBeNull();
    expect(validDiscovered({ ...good, network: 'facebook' })).toBeNull();
    expect(validDiscovered({ ...good, url: 'javascript:alert(1)' })).toBeNull();
  });

  it('the content script reports to the background in a checked shape (no host, at most 20 short links)', () => {
    const link = { network: 'facebook', url: 'https://www.facebook.com/cong.thong.tin.hp' };
    expect(isToBackground({ type: 'discovered', links: [link] })).toBe(true);
    expect(isToBackground({ type: 'discovered', links: [{ ...link, host: 'haiphong.gov.vn' }] })).toBe(false);
    expect(isToBackground({ type: 'discovered', links: Array(21).fill(link) })).toBe(false);
    expect(isToBackground({ type: 'discovered', links: [{ ...link, url: 'x'.repeat(3000) }] })).toBe(false);
    expect(isToBackground({ type: 'discovered', links: [{ ...link, network: 'myspace' }] })).toBe(false);
  });
});
