import { describe, expect, it } from 'vitest';
import { DEFAULT_SHORTCUTS, repairShortcuts, type Shortcut } from '../../../src/core/shortcuts.ts';
import {
  checkDraft,
  fitsSyncItem,
  kindFor,
  moveItem,
  newShortcutId,
  normaliseShortcutUrl,
  removeAt,
  withAdded,
  withEdited,
} from '../../../src/ui/options/list-edit.ts';

const list = () => DEFAULT_SHORTCUTS.map((s) => ({ ...s })) as Shortcut[];

describe('moveItem / removeAt', () => {
  it('moves up and down by one place without touching the input', () => {
    const input = ['a', 'b', 'c', 'd'];
    expect(moveItem(input, 2, -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(input, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(input, 3, -3)).toEqual(['d', 'a', 'b', 'c']);
    expect(input).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves the order alone past either end or for a bad index', () => {
    const input = ['a', 'b', 'c'];
    expect(moveItem(input, 0, -1)).toEqual(input);
    expect(moveItem(input, 2, 1)).toEqual(input);
    expect(moveItem(input, 5, -1)).toEqual(input);
    expect(moveItem(input, -1, 1)).toEqual(input);
    expect(moveItem(input, 1, 0)).toEqual(input);
  });

  it('removes one entry by index', () => {
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(removeAt(['a'], 0)).toEqual([]);
    expect(removeAt(['a', 'b'], 7)).toEqual(['a', 'b']);
  });
});

describe('normaliseShortcutUrl', () => {
  it('accepts http, https and tel:', () => {
    expect(normaliseShortcutUrl('https://dichvucong.haiphong.gov.vn')).toBe(
      'https://dichvucong.haiphong.gov.vn/',
    );
    expect(normaliseShortcutUrl('  http://1022.haiphong.gov.vn/hoi-dap  ')).toBe(
      'http://1022.haiphong.gov.vn/hoi-dap',
    );
    expect(normaliseShortcutUrl('tel:1022')).toBe('tel:1022');
    expect(normaliseShortcutUrl('TEL: +84 225 3842 xxx')).toBeNull();
    expect(normaliseShortcutUrl('tel:+84 (225) 384-2222')).toBe('tel:+842253842222');
  });

  it('adds https:// to a bare host name', () => {
    expect(normaliseShortcutUrl('haiphong.gov.vn')).toBe('https://haiphong.gov.vn/');
    expect(normaliseShortcutUrl('sotttt.haiphong.gov.vn/tin-tuc?id=3')).toBe(
      'https://sotttt.haiphong.gov.vn/tin-tuc?id=3',
    );
  });

  it('refuses every other scheme and junk', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'ftp://x',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'mailto:a@b.vn',
      'vbscript:x',
      'localhost:8080',
      'https://user:pw@haiphong.gov.vn/',
      'xin chào',
      '',
      '   ',
      '/relative/path',
    ]) {
      expect(normaliseShortcutUrl(bad), bad).toBeNull();
    }
  });
});

describe('checkDraft', () => {
  it('returns the trimmed label and the normalised URL', () => {
    expect(checkDraft({ label: '  Sở Y tế ', url: 'soyte.haiphong.gov.vn', automatic: false })).toEqual({
      ok: true,
      label: 'Sở Y tế',
      url: 'https://soyte.haiphong.gov.vn/',
    });
  });

  it('names each bad field', () => {
    expect(checkDraft({ label: '', url: '', automatic: false })).toEqual({
      ok: false,
      label: 'labelEmpty',
      url: 'urlEmpty',
    });
    expect(checkDraft({ label: 'x'.repeat(121), url: 'ftp://x', automatic: false })).toEqual({
      ok: false,
      label: 'labelTooLong',
      url: 'urlInvalid',
    });
    expect(checkDraft({ label: 'A', url: 'javascript:alert(1)', automatic: false })).toEqual({
      ok: false,
      url: 'urlInvalid',
    });
  });

  it('lets only social entries be automatic (url null), whatever the URL field holds', () => {
    expect(checkDraft({ label: 'Facebook', url: 'javascript:x', automatic: true }, 'facebook')).toEqual({
      ok: true,
      label: 'Facebook',
      url: null,
    });
    expect(checkDraft({ label: 'Cổng', url: '', automatic: true }, 'web')).toEqual({
      ok: false,
      url: 'urlEmpty',
    });
    expect(checkDraft({ label: 'Mới', url: '', automatic: true })).toEqual({ ok: false, url: 'urlEmpty' });
  });
});

describe('kinds, ids and list edits', () => {
  it('keeps social kinds, and tells web from phone', () => {
    expect(kindFor('https://example.vn/', 'facebook')).toBe('facebook');
    expect(kindFor(null, 'zalo')).toBe('zalo');
    expect(kindFor('tel:1022', 'web')).toBe('phone');
    expect(kindFor('https://1022.haiphong.gov.vn/', 'phone')).toBe('web');
    expect(kindFor('https://www.facebook.com/some.page')).toBe('facebook');
    expect(kindFor('https://dichvucong.haiphong.gov.vn/')).toBe('web');
  });

  it('makes ids that are new and valid for repairShortcuts', () => {
    const l = list();
    const id = newShortcutId(l, 1234);
    expect(id).toMatch(/^[\w-]{1,40}$/);
    expect(l.some((s) => s.id === id)).toBe(false);
    const taken = [...l, { id, label: 'x', kind: 'web' as const, url: 'https://a.vn/' }];
    expect(newShortcutId(taken, 1234)).not.toBe(id);
  });

  it('adds and edits entries into a list that repairShortcuts keeps as it is', () => {
    let l = withAdded(list(), 'Sở Y tế', 'https://soyte.haiphong.gov.vn/', 99);
    l = withEdited(l, 'facebook', 'Fanpage', 'https://www.facebook.com/example');
    l = withEdited(l, '1022-web', 'Gọi 1022', 'tel:1022');
    expect(l.at(-1)).toMatchObject({ label: 'Sở Y tế', kind: 'web', url: 'https://soyte.haiphong.gov.vn/' });
    expect(l[0]).toMatchObject({ id: 'facebook', kind: 'facebook', url: 'https://www.facebook.com/example' });
    expect(l.find((s) => s.id === '1022-web')).toMatchObject({ kind: 'phone', url: 'tel:1022' });
    expect(repairShortcuts(JSON.parse(JSON.stringify(l)))).toEqual({ shortcuts: l, repaired: false });
    // Back to automatic.
    const back = withEdited(l, 'facebook', 'Facebook', null);
    expect(back[0]).toEqual({ id: 'facebook', label: 'Facebook', kind: 'facebook', url: null });
  });
});

describe('fitsSyncItem', () => {
  it("counts UTF-8 bytes of the JSON against storage.sync's 8 KB per item", () => {
    expect(fitsSyncItem(list())).toBe(true);
    const long = Array.from({ length: 50 }, (_, i) => ({
      id: `u${i}`,
      label: 'Ủy ban nhân dân phường Hồng Bàng '.repeat(4).slice(0, 120),
      kind: 'web',
      url: `https://phuong${i}.haiphong.gov.vn/`,
    }));
    expect(fitsSyncItem(long)).toBe(false);
    expect(fitsSyncItem('x'.repeat(8192 - 18))).toBe(true); // 2 quotes + 16 for the key
    expect(fitsSyncItem('x'.repeat(8192 - 17))).toBe(false);
    expect(fitsSyncItem('ệ'.repeat(2000))).toBe(true);
    expect(fitsSyncItem('ệ'.repeat(3000))).toBe(false);
  });
});
