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

onCommand((command) => {
  if (command !== 'toggle-reader') return;
  activeTab()
    .then((tab) => (tab ? sendToTab(tab.id, { type: 'reader', action: 'toggle' }) : undefined))
    .catch(() => undefined);
});
