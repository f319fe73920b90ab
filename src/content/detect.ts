/**
 * Content script on every portal page (document_idle). It only does cheap work: decide what kind
 * of page this is, tell the background (badge, popup status), and, on an article, ask for the
 * reader to be loaded when the user's settings say so. The reader itself is injected on demand.
 */
import {
  inPrivateWindow,
  loadSettings,
  onContentMessage,
  sendToBackground,
} from '../platform/content-api.ts';
import { discoverSocialLinks, discoveryHost } from '../core/shortcuts.ts';
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
  performance.mark('hpr:reader-requested');
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
  // Not awaited: the badge takes the background several calls, and the reader need not wait for it.
  sendToBackground({ type: 'page-status', status: state.status }).catch(() => undefined);
  // Settings are read only where they are needed: an article, or a page discovery may learn from.
  const mayDiscover = discoveryHost(location.href, { subPortals: true }) !== null && !inPrivateWindow();
  if (!state.status.isArticle && !mayDiscover) return;
  const settings = await loadSettings();
  if (state.status.isArticle) {
    state.settings = { settings, at: performance.now() };
    if (autoOpensOn(settings, location.hostname)) requestReader('open');
    // Not opening by itself here ('offer', or auto-open turned off for this site): offer instead.
    else if (settings.autoOpen !== 'off') showOffer(() => requestReader('open'));
  }
  // The portal's own links to its social pages (header and footer of https main-portal pages, or
  // sub-portals when the user opted in) are reported to the background, which checks the sender
  // and stores them (storage.local, never sent anywhere); never from a private window. Done when
  // the page is idle. Called on `window` itself: Firefox refuses a detached requestIdleCallback.
  if (!mayDiscover) return;
  const idle = (cb: () => void) =>
    typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(cb) : setTimeout(cb, 200);
  idle(() => {
    const links = discoverSocialLinks(document, location.href, {
      subPortals: settings.discoverSubPortals,
    }).map(({ network, url }) => ({ network, url }));
    if (links.length) sendToBackground({ type: 'discovered', links }).catch(() => undefined);
  });
}

start();
