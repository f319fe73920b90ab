/** Popup entry: wires the platform layer into PopupApp. */
import { render } from 'preact';
import {
  activeTab,
  loadDiscovered,
  loadSettings,
  loadShortcuts,
  openOptionsPage,
  saveShortcuts,
  readTabStatus,
  sendToTab,
  t,
  tabById,
  uiLanguage,
} from '../platform/browser.ts';
import { isPageStatus } from '../platform/messages.ts';
import { isPortalUrl } from '../core/detect/url.ts';
import { I18n } from '../ui/i18n.ts';
import { SHARE_CSS } from '../ui/share/SharePanel.tsx';
import { PopupApp, type PopupPlatform, type TabView } from '../ui/popup/PopupApp.tsx';
import './popup.css';

const params = new URLSearchParams(location.search);

async function tabView(): Promise<TabView> {
  // Opened as a page (context menu window, tests), `?tab=<id>` names the tab to report on.
  const param = Number(params.get('tab'));
  const tab = Number.isInteger(param) && param > 0 ? await tabById(param) : await activeTab();
  if (!tab) return { state: 'not-portal' };
  try {
    const status = await readTabStatus(tab.id);
    return isPageStatus(status) ? { state: 'ready', tabId: tab.id, status } : { state: 'unknown' };
  } catch {
    // The tab cannot be scripted: off the portals (we hold no `tabs` permission, so off the portals
    // the URL is hidden from us too), or a browser page.
    return { state: isPortalUrl(tab.url) ? 'unknown' : 'not-portal' };
  }
}

const platform: PopupPlatform = {
  tabView,
  reader: async (tabId, action) => {
    await sendToTab(tabId, { type: 'reader', action });
  },
  settings: loadSettings,
  shortcuts: async () => (await loadShortcuts()).shortcuts,
  discovered: loadDiscovered,
  saveShortcuts,
  openOptions: openOptionsPage,
  close: () => window.close(),
};

const style = document.createElement('style');
style.textContent = SHARE_CSS;
document.head.append(style);
document.documentElement.lang = uiLanguage().startsWith('vi') ? 'vi' : 'en';

render(
  <I18n.Provider value={t}>
    <PopupApp platform={platform} initialShare={params.get('view') === 'share'} />
  </I18n.Provider>,
  document.getElementById('app')!,
);
