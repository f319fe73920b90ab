/**
 * The user's settings in browser storage (storage.sync), the same for both platform modules: the
 * polyfilled `browser` of the popup, options and background (browser.ts) and the native API of the
 * content scripts (content-api.ts). Every read and every write goes through repairSettings, so a
 * missing or broken store gives the defaults and nothing invalid is ever stored.
 */
import { repairSettings, type Settings } from '../core/settings.ts';
import { SETTINGS_KEY } from './storage-keys.ts';

/** What the settings need of the `storage` namespace (polyfilled or native: both give promises). */
export interface SettingsStorage {
  sync: {
    get(key: string): Promise<Record<string, unknown> | undefined>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  onChanged: {
    addListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

export interface SettingsStore {
  /** The stored settings, repaired (a missing or broken store gives the defaults). */
  load(): Promise<Settings>;
  /** Writes the settings, repaired first. */
  save(settings: Settings): Promise<void>;
  /** Settings changed elsewhere (another tab, the options page), repaired. */
  onChanged(handler: (settings: Settings) => void): void;
}

/** The store over `storage()`, asked for at each call (the API may be missing where tests run). */
export function settingsStore(storage: () => SettingsStorage): SettingsStore {
  return {
    async load() {
      try {
        const stored = await storage().sync.get(SETTINGS_KEY);
        return repairSettings(stored?.[SETTINGS_KEY]).settings;
      } catch {
        return repairSettings(undefined).settings;
      }
    },
    async save(settings) {
      await storage().sync.set({ [SETTINGS_KEY]: repairSettings(settings).settings });
    },
    onChanged(handler) {
      storage().onChanged.addListener((changes, area) => {
        if (area === 'sync' && changes[SETTINGS_KEY])
          handler(repairSettings(changes[SETTINGS_KEY].newValue).settings);
      });
    },
  };
}
