/**
 * Issue 14, stored data through the platform layer (webextension-polyfill replaced by an
 * in-memory storage): settings are repaired before every save; discovered links are validated on
 * load, merged without throwing on malformed stored items, capped, and repaired on update.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const areas = { sync: new Map<string, unknown>(), local: new Map<string, unknown>() };
function area(map: Map<string, unknown>) {
  return {
    get: async (keys: string | string[]) =>
      Object.fromEntries(
        (Array.isArray(keys) ? keys : [keys])
          .filter((k) => map.has(k))
          .map((k) => [k, structuredClone(map.get(k))]),
      ),
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) map.set(k, structuredClone(v));
    },
    remove: async (keys: string | string[]) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) map.delete(k);
    },
  };
}
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: { sync: area(areas.sync), local: area(areas.local), onChanged: { addListener() {} } },
    runtime: { id: 'x' },
    i18n: { getMessage: (k: string) => k },
  },
}));

const { saveSettings, loadDiscovered, storeDiscovered, repairStoredData } =
  await import('../../../src/platform/browser.ts');
const { DEFAULT_SETTINGS } = await import('../../../src/core/settings.ts');

beforeEach(() => {
  areas.sync.clear();
  areas.local.clear();
});

const good = {
  network: 'facebook' as const,
  url: 'https://www.facebook.com/cong.thong.tin.hp',
  host: 'haiphong.gov.vn',
};

describe('settings', () => {
  it('a save is repaired first: fontSize 999 or a foreign field never reaches storage', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, fontSize: 999, theme: 'dark', evil: 'x' } as never);
    expect(areas.sync.get('settings')).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('a write that fails rejects (so the UI can say so)', async () => {
    const sync = (await import('webextension-polyfill')).default.storage.sync as {
      set: (i: unknown) => Promise<void>;
    };
    const original = sync.set;
    sync.set = async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveSettings({ ...DEFAULT_SETTINGS })).rejects.toThrow(/QUOTA/);
    sync.set = original;
  });
});

describe('discovered links in storage', () => {
  it('a malformed stored list does not stop later writes; the valid entries stay', async () => {
    areas.local.set('discoveredSocial', [
      null,
      { url: 5 },
      'x',
      { network: 'youtube', url: 'https://www.youtube.com/@kenhhp', host: 'thanhphohaiphong.gov.vn' },
    ]);
    await storeDiscovered([good]);
    expect(areas.local.get('discoveredSocial')).toEqual([
      good,
      { network: 'youtube', url: 'https://www.youtube.com/@kenhhp', host: 'thanhphohaiphong.gov.vn' },
    ]);
    areas.local.set('discoveredSocial', { not: 'a list' });
    await expect(storeDiscovered([good])).resolves.toBeUndefined();
    expect(areas.local.get('discoveredSocial')).toEqual([good]);
  });

  it('load validates: an ~8 MB stored list comes back as at most 20 short valid links', async () => {
    const huge = Array.from({ length: 4000 }, (_, i) => ({
      network: 'facebook',
      url: `https://www.facebook.com/p${i}?q=${'x'.repeat(2000)}`,
      seenOn: 'https://haiphong.gov.vn/tim-kiem?q=secret',
      seenAt: '2026',
    }));
    areas.local.set('discoveredSocial', [...huge, good]);
    expect(JSON.stringify(areas.local.get('discoveredSocial')).length).toBeGreaterThan(8_000_000);
    expect(await loadDiscovered()).toEqual([good]);
  });

  it('a write never stores more than the cap, nor an item that fails validation', async () => {
    await storeDiscovered([
      ...Array.from({ length: 30 }, (_, i) => ({ ...good, url: `https://www.facebook.com/p${i}` })),
      { ...good, url: 'https://www.facebook.com/l.php?u=https://evil.example/' },
    ]);
    const stored = areas.local.get('discoveredSocial') as unknown[];
    expect(stored).toHaveLength(20);
    expect(JSON.stringify(stored)).not.toContain('l.php');
  });

  it('repair on update keeps every valid entry and drops the rest', async () => {
    areas.local.set('discoveredSocial', [
      good,
      {
        ...good,
        url: 'https://www.facebook.com/x',
        seenOn: 'https://haiphong.gov.vn/?q=1',
        seenAt: 'now',
        host: undefined,
      },
    ]);
    areas.sync.set('settings', {
      theme: 'dark',
      autoOpenDisabledHosts: ['haiphong.gov.vn', 'BAD HOST!', 'sotp.haiphong.gov.vn'],
    });
    await repairStoredData();
    expect(areas.local.get('discoveredSocial')).toEqual([good]);
    expect(areas.sync.get('settings')).toMatchObject({
      theme: 'dark',
      autoOpenDisabledHosts: ['haiphong.gov.vn', 'sotp.haiphong.gov.vn'],
    });
  });
});
