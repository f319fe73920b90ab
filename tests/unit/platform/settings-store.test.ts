/**
 * The settings in storage (src/platform/settings-store.ts), shared by the polyfilled platform module
 * and the content scripts' native one: every read and write repaired, changes reported only for the
 * settings in storage.sync.
 */
import { describe, expect, it } from 'vitest';
import { settingsStore, type SettingsStorage } from '../../../src/platform/settings-store.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings.ts';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

function memory(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  const listeners: Listener[] = [];
  const storage: SettingsStorage = {
    sync: {
      get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
      set: async (items) => {
        for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
      },
    },
    onChanged: { addListener: (fn) => void listeners.push(fn) },
  };
  return { data, listeners, storage };
}

describe('settingsStore', () => {
  it('loads the stored settings repaired, and the defaults from a broken or missing store', async () => {
    const { storage } = memory({ settings: { theme: 'dark', fontSize: 999 } });
    expect(await settingsStore(() => storage).load()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(await settingsStore(() => memory({ settings: 'garbage' }).storage).load()).toEqual(
      DEFAULT_SETTINGS,
    );
    const missing = settingsStore(() => {
      throw new Error('no storage API here');
    });
    expect(await missing.load()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves the settings repaired: an invalid value or a foreign field never reaches storage', async () => {
    const { data, storage } = memory();
    await settingsStore(() => storage).save({ ...DEFAULT_SETTINGS, lineWidth: 'huge', evil: 1 } as never);
    expect(data.get('settings')).toEqual(DEFAULT_SETTINGS);
  });

  it('reports changes of the settings in storage.sync only, repaired', () => {
    const { listeners, storage } = memory();
    const seen: Settings[] = [];
    settingsStore(() => storage).onChanged((s) => seen.push(s));
    const fire = (changes: Record<string, { newValue?: unknown }>, area: string) =>
      listeners.forEach((fn) => fn(changes, area));
    fire({ settings: { newValue: { theme: 'sepia' } } }, 'local');
    fire({ shortcuts: { newValue: [] } }, 'sync');
    fire({ settings: { newValue: { theme: 'sepia', fontSize: -3 } } }, 'sync');
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, theme: 'sepia' }]);
  });
});
