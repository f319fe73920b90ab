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
  loadSettings,
  storeDiscovered,
  t,
  type SenderInfo,
} from '../platform/browser.ts';
import { discoveryHost } from '../core/shortcuts.ts';
import { autoOpensOn } from '../core/settings.ts';
import { isPortalUrl } from '../core/detect/url.ts';
import { PORTAL_MATCH_PATTERNS } from '../core/portals/lookup.ts';
import readerScript from '../content/reader.ts?script&iife';

const SHARE_MENU_ID = 'hpr-share-qr';

/** The top frame of a tab showing a portal page (what the browser says, not what the message claims). */
function portalTopFrame(sender: SenderInfo): sender is SenderInfo & { tabId: number } {
  return sender.tabId !== undefined && sender.frameId === 0 && isPortalUrl(sender.url);
}

onBackgroundMessage(async (message, sender) => {
  if (!portalTopFrame(sender)) return { ok: false };
  const { tabId } = sender;
  if (message.type === 'page-status') {
    // The reply waits for the reader only: the detector opens it on the reply, and the badge takes
    // several calls of its own.
    void setBadge(tabId, message.status.isArticle).catch(() => undefined);
    const autoOpen = message.autoOpen && message.status.isArticle;
    const readerLoaded = autoOpen && (await loadReaderIfAutoOpen(tabId, sender.url ?? ''));
    return { ok: true, readerLoaded };
  }
  if (message.type === 'load-reader') {
    await injectScript(tabId, readerScript);
    return { ok: true };
  }
  if (message.type === 'discovered') {
    // Never from a private window; only from pages discovery may learn from (https, a main portal
    // unless the user opted in to the sub-portals, never a service host). The host is the sender's.
    if (sender.incognito) return { ok: false };
    const settings = await loadSettings();
    const host = discoveryHost(sender.url ?? '', { subPortals: settings.discoverSubPortals });
    if (host === null) return { ok: false };
    await storeDiscovered(message.links.map((link) => ({ ...link, host })));
    return { ok: true };
  }
  return { ok: false };
});

/**
 * On an article's first report: the reader, loaded when the user's settings open it on the sender's
 * site (it opens as it runs: the detector set the pending action 'open' before reporting). False when
 * not loaded, also when loading failed: the detector, which waits for this reply, then asks with
 * 'load-reader' as on a click.
 */
async function loadReaderIfAutoOpen(tabId: number, url: string): Promise<boolean> {
  try {
    if (!autoOpensOn(await loadSettings(), new URL(url).hostname)) return false;
    await injectScript(tabId, readerScript);
    return true;
  } catch {
    return false;
  }
}

/** What the keyboard shortcut does: open or close the reader on the active tab. */
async function toggleReaderOnActiveTab(): Promise<void> {
  const tab = await activeTab();
  if (tab) await sendToTab(tab.id, { type: 'reader', action: 'toggle' }).catch(() => undefined);
}

onCommand((command) => {
  if (command === 'toggle-reader') void toggleReaderOnActiveTab();
});

onInstalledOrStarted(async (reason) => {
  await registerContextMenu({
    id: SHARE_MENU_ID,
    title: t('contextShareQr'),
    documentUrlPatterns: [...PORTAL_MATCH_PATTERNS],
  });
  if (reason === 'install' || reason === 'update') await repairStoredData();
});

onContextMenu((menuId, tabId) => {
  if (menuId === SHARE_MENU_ID && tabId !== undefined)
    void openPopupWindow({ tab: String(tabId), view: 'share' });
});
