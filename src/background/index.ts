/**
 * Background (service worker in Chrome, event page in Firefox). It keeps no state in memory:
 * the worker may be stopped at any time. It sets the toolbar badge from the detector's report,
 * injects the reader into a tab on request, routes the keyboard command to the active tab, offers
 * the "share this page by QR code" context menu on portal pages, and repairs stored settings
 * when the extension is installed or updated.
 */
import {
  activeTab,
  injectScript,
  onBackgroundMessage,
  onCommand,
  onContextMenu,
  onInstalledOrStarted,
  openPopupWindow,
  registerContextMenu,
  repairStoredData,
  sendToTab,
  setBadge,
  t,
} from '../platform/browser.ts';
import readerScript from '../content/reader.ts?script&iife';

export const PORTAL_MATCHES = ['*://haiphong.gov.vn/*', '*://*.haiphong.gov.vn/*', '*://thanhphohaiphong.gov.vn/*', '*://www.thanhphohaiphong.gov.vn/*'];
const SHARE_MENU_ID = 'hpr-share-qr';

onBackgroundMessage(async (message, tabId) => {
  if (tabId === undefined) return { ok: false };
  if (message.type === 'page-status') {
    await setBadge(tabId, message.status.isArticle);
    return { ok: true };
  }
  if (message.type === 'load-reader') {
    await injectScript(tabId, readerScript);
    return { ok: true };
  }
  return { ok: false };
});

/** What the keyboard shortcut does: open or close the reader on the active tab. */
async function toggleReaderOnActiveTab(): Promise<void> {
  const tab = await activeTab();
  if (tab) await sendToTab(tab.id, { type: 'reader', action: 'toggle' }).catch(() => undefined);
}

onCommand((command) => {
  if (command === 'toggle-reader') void toggleReaderOnActiveTab();
});

onInstalledOrStarted(async (reason) => {
  await registerContextMenu({ id: SHARE_MENU_ID, title: t('contextShareQr'), documentUrlPatterns: PORTAL_MATCHES });
  if (reason === 'install' || reason === 'update') await repairStoredData();
});

onContextMenu((menuId, tabId) => {
  if (menuId === SHARE_MENU_ID && tabId !== undefined) void openPopupWindow({ tab: String(tabId), view: 'share' });
});

// Reachable only from this extension's own background context: lets the real-browser tests run
// the shortcut's handler, since headless Chromium has no window to deliver browser shortcuts to.
Object.assign(globalThis, { toggleReaderOnActiveTab });
