/** Entry of the options page: wires the real platform functions and strings into OptionsApp. */
import { render } from 'preact';
import {
  loadDiscovered,
  loadShortcuts,
  onSettingsChanged,
  openShortcutSettings,
  rawStoredSettings,
  readerCommandShortcut,
  resetAllSettings,
  resetShortcuts,
  saveSettings,
  saveShortcuts,
  t,
} from '../platform/browser.ts';
import { I18n } from '../ui/i18n.ts';
import { OptionsApp, type OptionsPlatform } from '../ui/options/OptionsApp.tsx';
import './options.css';

const platform: OptionsPlatform = {
  rawStoredSettings,
  saveSettings,
  loadShortcuts,
  saveShortcuts,
  resetShortcuts,
  resetAllSettings,
  openShortcutSettings,
  loadDiscovered,
  readerShortcut: readerCommandShortcut,
  onSettingsChanged,
};

// The page's language is the one the strings came in (Vietnamese unless the browser picked English).
const lang = t('optionsLang');
if (/^[a-z]{2,3}$/.test(lang)) document.documentElement.lang = lang;
document.title = t('optionsTitle');

render(
  <I18n.Provider value={t}>
    <OptionsApp platform={platform} />
  </I18n.Provider>,
  document.getElementById('app')!,
);
