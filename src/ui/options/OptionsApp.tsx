/**
 * The options page. Every change is applied at once and saved through the injected platform
 * functions (an open reader follows by itself through storage change events). Stored data that
 * fails repair is shown as defaults with a note, never as a blank page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { repairSettings, type Settings } from '../../core/settings.ts';
import { DEFAULT_SHORTCUTS, type DiscoveredLink, type Shortcut } from '../../core/shortcuts.ts';
import { useT, type Translate } from '../i18n.ts';
import { AutoOpenSection } from './AutoOpenSection.tsx';
import { KeyboardSection } from './KeyboardSection.tsx';
import { PrintSection } from './PrintSection.tsx';
import { ReaderSection } from './ReaderSection.tsx';
import { ResetSection } from './ResetSection.tsx';
import { ShortcutsEditor } from './ShortcutsEditor.tsx';

/** What the page needs from the extension; `main.tsx` passes the real ones, tests pass fakes. */
export interface OptionsPlatform {
  /** The stored settings exactly as stored (repaired here, so the page can say what was bad). */
  rawStoredSettings: () => Promise<unknown>;
  saveSettings: (settings: Settings) => Promise<void>;
  loadShortcuts: () => Promise<{ shortcuts: Shortcut[]; repaired: boolean }>;
  saveShortcuts: (shortcuts: Shortcut[]) => Promise<void>;
  resetShortcuts: () => Promise<void>;
  resetAllSettings: () => Promise<void>;
  openShortcutSettings: () => Promise<void>;
  /** Social links found on portal pages (what automatic social shortcuts use). */
  loadDiscovered?: () => Promise<DiscoveredLink[]>;
  /** The key bound to the reader command ('' none, null unknown). */
  readerShortcut?: () => Promise<string | null>;
  /** Settings changed elsewhere (the reader's own popover, another window). */
  onSettingsChanged?: (handler: (settings: Settings) => void) => void | (() => void);
}

/** The label of each setting, for the "repaired" note. */
const FIELD_LABELS: Record<keyof Settings, string> = {
  autoOpen: 'optionsAutoOpenHeading',
  autoOpenDisabledHosts: 'optionsSitesOffHeading',
  theme: 'settingsTheme',
  font: 'settingsFont',
  fontSize: 'settingsSize',
  lineWidth: 'settingsWidth',
  lineHeight: 'settingsLineHeight',
  align: 'settingsAlign',
  showImages: 'settingsImages',
  summaryExpanded: 'optionsSummaryExpanded',
  paper: 'optionsPaper',
  printFont: 'optionsPrintFont',
  printSummary: 'optionsPrintSummary',
  discoverSubPortals: 'optionsDiscoverSubPortals',
};

function defaultShortcuts(): Shortcut[] {
  return DEFAULT_SHORTCUTS.map((s) => ({ ...s }));
}

interface Loaded {
  settings: Settings;
  shortcuts: Shortcut[];
  /** Setting names repairSettings reset ('*' = the whole object was unusable). */
  repairedSettings: string[];
  repairedShortcuts: boolean;
  loadFailed: boolean;
}

async function load(platform: OptionsPlatform): Promise<Loaded> {
  const out: Loaded = {
    settings: repairSettings(undefined).settings,
    shortcuts: defaultShortcuts(),
    repairedSettings: [],
    repairedShortcuts: false,
    loadFailed: false,
  };
  try {
    const { settings, repaired } = repairSettings(await platform.rawStoredSettings());
    out.settings = settings;
    out.repairedSettings = repaired;
  } catch {
    out.loadFailed = true;
  }
  try {
    const { shortcuts, repaired } = await platform.loadShortcuts();
    out.shortcuts = shortcuts;
    out.repairedShortcuts = repaired;
  } catch {
    out.loadFailed = true;
  }
  return out;
}

function RepairedNote({ loaded, t }: { loaded: Loaded; t: Translate }) {
  const { repairedSettings, repairedShortcuts, loadFailed } = loaded;
  if (!repairedSettings.length && !repairedShortcuts && !loadFailed) return null;
  const fields = repairedSettings
    .filter((f): f is keyof Settings => f in FIELD_LABELS)
    .map((f) => t(FIELD_LABELS[f]));
  return (
    <div class="hpo-note" role="note" aria-labelledby="hpo-note-title">
      <p id="hpo-note-title" class="hpo-note-title">
        {t('optionsRepairedTitle')}
      </p>
      {loadFailed && <p>{t('optionsLoadFailed')}</p>}
      {repairedSettings.includes('*') ? (
        <p>{t('optionsRepairedAll')}</p>
      ) : (
        fields.length > 0 && <p>{t('optionsRepairedSettings', fields.join(', '))}</p>
      )}
      {repairedShortcuts && <p>{t('optionsRepairedShortcuts')}</p>}
    </div>
  );
}

export function OptionsApp({ platform }: { platform: OptionsPlatform }) {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [keys, setKeys] = useState<string | null>(null);
  const [discovered, setDiscovered] = useState<DiscoveredLink[]>([]);
  const [status, setStatus] = useState({ text: '', flip: false });
  const [error, setError] = useState('');
  const platformRef = useRef(platform);
  /** Our own writes not yet echoed back by a storage change event, oldest first (JSON). */
  const ownWrites = useRef<string[]>([]);

  // The "Đã lưu" pill fades out after a while; the live region itself stays in place.
  useEffect(() => {
    if (!status.text) return;
    const timer = setTimeout(() => setStatus((s) => ({ ...s, text: '' })), 6000);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    const p = platformRef.current;
    let alive = true;
    load(p).then((data) => {
      if (!alive) return;
      setLoaded(data);
      setSettings(data.settings);
      setShortcuts(data.shortcuts);
      // Write the repaired forms back, so the rest of the extension and the next visit read clean data.
      if (data.repairedSettings.length) p.saveSettings(data.settings).catch(() => undefined);
      if (data.repairedShortcuts) p.saveShortcuts(data.shortcuts).catch(() => undefined);
    });
    p.loadDiscovered?.()
      .then((d) => alive && Array.isArray(d) && setDiscovered(d))
      .catch(() => undefined);
    p.readerShortcut?.()
      .then((k) => alive && setKeys(k))
      .catch(() => undefined);
    const stop = p.onSettingsChanged?.((next) => {
      if (!alive) return;
      // The echo of one of our writes: while later writes are still on their way, applying it
      // would briefly undo them (a dragged slider would jump back), so skip it.
      const json = JSON.stringify(next);
      const echoed = ownWrites.current.indexOf(json);
      if (echoed >= 0) {
        ownWrites.current.splice(0, echoed + 1);
        return;
      }
      setSettings((current) => (current && JSON.stringify(current) === json ? current : next));
    });
    return () => {
      alive = false;
      if (typeof stop === 'function') stop();
    };
  }, []);

  /** Says `text` in the live region; the same text twice is still announced (it alternates a trailing no-break space). */
  const announce = (text: string) => setStatus((s) => ({ text, flip: !s.flip }));

  /** Runs a write; announces `done`, or shows the error and runs `undo` when it fails. */
  const persist = async (write: () => Promise<void>, done: string, undo?: () => void) => {
    try {
      await write();
      setError('');
      announce(done);
    } catch {
      undo?.();
      setError(t('optionsSaveFailed'));
    }
  };

  const changeSettings = (next: Settings, announcement?: string) => {
    setSettings(next);
    ownWrites.current = [...ownWrites.current.slice(-20), JSON.stringify(next)];
    void persist(() => platformRef.current.saveSettings(next), announcement ?? t('optionsSaved'));
  };

  const changeShortcuts = (next: Shortcut[], announcement: string) => {
    const previous = shortcuts;
    setShortcuts(next);
    // A list that could not be stored goes back to what is stored (unless it changed again since).
    const undo = () => setShortcuts((current) => (current === next ? previous : current));
    void persist(() => platformRef.current.saveShortcuts(next), announcement, undo);
  };

  const resetShortcuts = () => {
    setShortcuts(defaultShortcuts());
    void persist(() => platformRef.current.resetShortcuts(), t('optionsShortcutsResetDone'));
  };

  const resetAll = async () => {
    await persist(async () => {
      await platformRef.current.resetAllSettings();
      setSettings(repairSettings(undefined).settings);
      setShortcuts(defaultShortcuts());
      setLoaded((l) => l && { ...l, repairedSettings: [], repairedShortcuts: false, loadFailed: false });
    }, t('optionsResetDone'));
  };

  const theme = settings?.theme ?? 'system';
  return (
    <div class="hpo" data-theme={theme}>
      <main class="hpo-main" aria-busy={settings ? undefined : 'true'}>
        <h1>{t('optionsTitle')}</h1>
        {settings && loaded && (
          <>
            <p class="hpo-intro">{t('optionsIntro')}</p>
            <RepairedNote loaded={loaded} t={t} />
            <ReaderSection settings={settings} onChange={changeSettings} />
            <AutoOpenSection settings={settings} onChange={changeSettings} />
            <PrintSection settings={settings} onChange={changeSettings} />
            <ShortcutsEditor
              shortcuts={shortcuts}
              discovered={discovered}
              onChange={changeShortcuts}
              onReset={resetShortcuts}
              subPortals={{
                checked: settings.discoverSubPortals,
                onChange: (v) => changeSettings({ ...settings, discoverSubPortals: v }),
              }}
            />
            <KeyboardSection keys={keys} onOpenSettings={() => platformRef.current.openShortcutSettings()} />
            <ResetSection onReset={resetAll} />
          </>
        )}
      </main>
      <div class="hpo-toast">
        <p role="status" aria-live="polite" aria-atomic="true" class="hpo-status">
          {status.text ? status.text + (status.flip ? '\u00a0' : '') : ''}
        </p>
        <p role="alert" class="hpo-error">
          {error}
        </p>
      </div>
    </div>
  );
}
