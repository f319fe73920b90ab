import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHORTCUTS,
  discoverSocialLinks,
  mergeDiscovered,
  repairShortcuts,
  resolveShortcut,
  safeShortcutUrl,
  socialNetworkOf,
  socialSearchUrl,
} from '../../../src/core/shortcuts.ts';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('shortcuts', () => {
  it('ships no invented social address: social defaults are automatic', () => {
    for (const s of DEFAULT_SHORTCUTS) {
      if (['facebook', 'zalo', 'youtube', 'tiktok'].includes(s.kind)) expect(s.url).toBeNull();
    }
    expect(DEFAULT_SHORTCUTS.map((s) => s.url)).toContain('tel:1022');
    expect(DEFAULT_SHORTCUTS.map((s) => s.url)).toContain('https://dichvucong.haiphong.gov.vn/');
  });

  it('knows the networks by host, not by substring', () => {
    expect(socialNetworkOf('https://www.facebook.com/abc')).toBe('facebook');
    expect(socialNetworkOf('https://m.facebook.com/abc')).toBe('facebook');
    expect(socialNetworkOf('https://oa.zalo.me/123')).toBe('zalo');
    expect(socialNetworkOf('https://zalo.me/123')).toBe('zalo');
    expect(socialNetworkOf('https://www.youtube.com/@kenh')).toBe('youtube');
    expect(socialNetworkOf('https://www.tiktok.com/@kenh')).toBe('tiktok');
    expect(socialNetworkOf('https://facebook.com.evil.example/x')).toBeNull();
    expect(socialNetworkOf('https://notfacebook.com/x')).toBeNull();
  });

  it('discovers account links in the page header and footer, not share buttons, videos or unsafe links', () => {
    const page = doc(`
      <footer><div class="mxh"><a href="https://www.facebook.com/trang.cong.tin?ref=footer#top">Facebook</a>
      <a href="https://oa.zalo.me/1234567890">Zalo</a>
      <a href="//www.youtube.com/@kenhcongtin">YouTube</a></div>
      <a href="https://www.facebook.com/sharer/sharer.php?u=x">Chia sẻ</a>
      <a href="https://sp.zalo.me/share_inline?url=x">Zalo share</a>
      <a href="https://www.youtube.com/watch?v=abc">Video</a>
      <a href="javascript:alert('https://facebook.com/x')">x</a>
      <a href="https://www.facebook.com/trang.cong.tin">again</a></footer>`);
    const found = discoverSocialLinks(page, 'https://thanhphohaiphong.gov.vn/a.html');
    expect(found).toEqual([
      {
        network: 'facebook',
        url: 'https://www.facebook.com/trang.cong.tin',
        host: 'thanhphohaiphong.gov.vn',
      },
      { network: 'zalo', url: 'https://oa.zalo.me/1234567890', host: 'thanhphohaiphong.gov.vn' },
      { network: 'youtube', url: 'https://www.youtube.com/@kenhcongtin', host: 'thanhphohaiphong.gov.vn' },
    ]);
  });

  it('resolves automatic entries to a search labelled as such (a discovered link is never used unconfirmed)', () => {
    const fb = DEFAULT_SHORTCUTS.find((s) => s.id === 'facebook')!;
    expect(resolveShortcut(fb)).toMatchObject({ href: socialSearchUrl('facebook'), source: 'search' });
    expect(socialSearchUrl('youtube')).toMatch(
      /^https:\/\/www\.youtube\.com\/results\?search_query=C%E1%BB%95ng/,
    );
    const phone = DEFAULT_SHORTCUTS.find((s) => s.kind === 'phone')!;
    expect(resolveShortcut(phone)).toMatchObject({ href: 'tel:1022', source: 'fixed' });
  });

  it('merges sightings, newest first, bounded', () => {
    const a = { network: 'facebook' as const, url: 'https://www.facebook.com/a', host: 'haiphong.gov.vn' };
    const b = { ...a, url: 'https://www.facebook.com/b' };
    const a2 = { ...a, host: 'thanhphohaiphong.gov.vn' };
    expect(mergeDiscovered([a, b], [a2]).map((d) => [d.url, d.host])).toEqual([
      ['https://www.facebook.com/a', 'thanhphohaiphong.gov.vn'],
      ['https://www.facebook.com/b', 'haiphong.gov.vn'],
    ]);
    expect(mergeDiscovered([a, b], [], 1)).toHaveLength(1);
  });

  it('accepts only http(s) and tel: shortcut URLs', () => {
    expect(safeShortcutUrl('tel: 1022')).toBe('tel:1022');
    expect(safeShortcutUrl('tel:+84 (225) 3.842.105')).toBe('tel:+842253842105');
    expect(safeShortcutUrl('https://1022.haiphong.gov.vn')).toBe('https://1022.haiphong.gov.vn/');
    for (const bad of ['javascript:alert(1)', 'tel:alert(1)', 'ftp://x', 'data:text/html,x', ''])
      expect(safeShortcutUrl(bad)).toBeNull();
  });

  it('repairs stored lists: drops bad entries, keeps good ones, defaults for garbage', () => {
    expect(repairShortcuts(undefined)).toEqual({
      shortcuts: DEFAULT_SHORTCUTS.map((s) => ({ ...s })),
      repaired: false,
    });
    expect(repairShortcuts('x').repaired).toBe(true);
    const { shortcuts, repaired } = repairShortcuts([
      { id: 'a', label: ' Sở Tư pháp ', kind: 'web', url: 'https://sotp.haiphong.gov.vn' },
      { id: 'b', label: 'Bad', kind: 'web', url: 'javascript:alert(1)' },
      { id: 'a', label: 'Duplicate id', kind: 'web', url: 'https://x.haiphong.gov.vn' },
      { id: 'c', label: 'Auto web', kind: 'web', url: null },
      { id: 'd', label: 'Zalo', kind: 'zalo', url: null },
    ]);
    expect(repaired).toBe(true);
    expect(shortcuts).toEqual([
      { id: 'a', label: 'Sở Tư pháp', kind: 'web', url: 'https://sotp.haiphong.gov.vn/' },
      { id: 'd', label: 'Zalo', kind: 'zalo', url: null },
    ]);
  });
});
