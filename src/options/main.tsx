import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, t } from '../platform/browser.ts';
import type { Settings } from '../core/settings.ts';
import './options.css';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    document.title = t('optionsTitle');
    loadSettings().then(setSettings);
  }, []);
  if (!settings) return <main aria-busy="true" />;
  const update = async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
    setSaved(true);
  };
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <label class="row">
        <input
          type="checkbox"
          name="autoOpen"
          checked={settings.autoOpen === 'open'}
          onChange={(e) => update({ ...settings, autoOpen: (e.currentTarget as HTMLInputElement).checked ? 'open' : 'off' })}
        />
        {t('optionsAutoOpen')}
      </label>
      <p role="status" class="saved">{saved ? t('optionsSaved') : ''}</p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
