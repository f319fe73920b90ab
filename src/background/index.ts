/**
 * Background (service worker in Chrome, event page in Firefox). It keeps no state in memory:
 * the worker may be stopped at any time. It sets the toolbar badge from the detector's report,
 * injects the reader into a tab on request, and routes the keyboard command to the active tab.
 */
import { activeTab, injectScript, onBackgroundMessage, onCommand, sendToTab, setBadge } from '../platform/browser.ts';
import readerScript from '../content/reader.ts?script&iife';

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

// Reachable only from this extension's own background context: lets the real-browser tests run
// the shortcut's handler, since headless Chromium has no window to deliver browser shortcuts to.
Object.assign(globalThis, { toggleReaderOnActiveTab });
