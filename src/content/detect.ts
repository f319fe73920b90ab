/**
 * Content script on every portal page (document_idle). It only does cheap work: decide what kind
 * of page this is, tell the background (badge, popup status), and, on an article, ask for the
 * reader to be loaded when the user's settings say so. The reader itself is injected on demand.
 */
import { addDiscovered, loadSettings, onContentMessage, sendToBackground } from '../platform/browser.ts';
import { discoverSocialLinks } from '../core/shortcuts.ts';
import { autoOpensOn } from '../core/settings.ts';
import { tabState, type ReaderAction } from './bridge.ts';
import { checkPage } from './page-check.ts';
import { showOffer } from './offer-button.ts';

const state = tabState();

function currentStatus() {
  const status = state.status!;
  return { ...status, readerOpen: state.reader?.isOpen() ?? false };
}

function requestReader(action: ReaderAction): void {
  if (state.reader) {
    state.reader.run(action);
    return;
  }
  if (action === 'close') return;
  state.pending = action;
  sendToBackground({ type: 'load-reader' }).catch(() => undefined);
}

async function start(): Promise<void> {
  if (state.status) return; // already ran in this tab (e.g. injected twice)
  performance.mark('hpr:detect-start');
  state.status = checkPage(document, location.href);
  performance.mark('hpr:detected');
  onContentMessage(async (message) => {
    if (message.type === 'get-status') return currentStatus();
    if (!state.status?.isArticle) return { ok: false, error: 'not-article' };
    requestReader(message.action);
    return { ok: true };
  });
  await sendToBackground({ type: 'page-status', status: state.status }).catch(() => undefined);
  if (state.status.isArticle) {
    const settings = await loadSettings();
    state.settings = { settings, at: performance.now() };
    if (autoOpensOn(settings, location.hostname)) requestReader('open');
    // Not opening by itself here ('offer', or auto-open turned off for this site): offer instead.
    else if (settings.autoOpen !== 'off') showOffer(() => requestReader('open'));
  }
  // The portal's own links to its social pages feed the popup's fanpage shortcuts. Done when the
  // page is idle, and only the few links found are stored (storage.local, never sent anywhere).
  // Called on `window` itself: Firefox refuses a detached requestIdleCallback in a content script.
  const idle = (cb: () => void) => (typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(cb) : setTimeout(cb, 200));
  idle(() => {
    addDiscovered(discoverSocialLinks(document, location.href)).catch(() => undefined);
  });
}

start();
