/**
 * Content script on every portal page (document_idle). It only does cheap work: decide what kind
 * of page this is and keep that in the tab state (the popup reads it there); on an article, also
 * tell the background (the badge), listen for the popup's and the shortcut's reader actions, and
 * ask for the reader to be loaded when the user's settings say so. The reader is injected on demand.
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
import type { PageStatus } from '../platform/messages.ts';
import { checkPage, statusOf, withCanonical } from './page-check.ts';
import { quickDetectArticle } from '../core/detect/index.ts';
import { showOffer } from './offer-button.ts';

const state = tabState();

/** What the popup shows: the status, the canonical address (read only now) and whether the reader is open. */
function currentStatus(status: PageStatus): PageStatus {
  return { ...withCanonical(status, document), readerOpen: state.reader?.isOpen() ?? false };
}

/**
 * The status to the background, for the badge; on the first report (`autoOpen`) the background also
 * loads the reader when the settings open it on this site. Settles when the background has answered.
 */
function reportStatus(autoOpen: boolean): Promise<unknown> {
  if (!state.status) return Promise.resolve();
  return sendToBackground({ type: 'page-status', status: state.status, autoOpen }).catch(() => undefined);
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
  if (state.report) return; // already ran in this tab (e.g. injected twice)
  // The page's own location: no address to parse. No performance mark before the verdict either
  // (the first entry sets up the timeline's interfaces in this world).
  const found = quickDetectArticle(document, location);
  const url = location.href;
  // On a page that is not an article that is all (issue 15: ≤ 2 ms of script): no extension API at
  // all. The popup reads the status from the tab state (made only when it asks); the browser clears
  // a tab's badge itself when the tab moves to another page; no storage, no discovery.
  const status = found && statusOf(url, found);
  if (!status?.isArticle) {
    state.report = () => currentStatus(status ?? checkPage(document, url));
    return;
  }
  performance.mark('hpr:detected');
  state.status = status;
  state.report = () => currentStatus(status);
  onContentMessage(async (message) => {
    requestReader(message.action);
    return { ok: true };
  });
  // The first report has the background load the reader now if the settings open it on this site:
  // it opens as soon as it has loaded. Any other way the reader is loaded (the offer, the popup, the
  // shortcut) sets its own action first.
  state.pending = 'open';
  const reported = reportStatus(true);
  // A page restored from the back-forward cache runs no content script again, but its badge was
  // cleared when the tab left it: report it again.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) void reportStatus(false);
  });
  const settings = await loadSettings();
  state.settings = { settings, at: performance.now() };
  if (autoOpensOn(settings, location.hostname)) {
    // The background has loaded the reader on the first report by the same settings: wait for its
    // answer (asking before would load the reader twice); then this is a no-op if the reader is
    // open, and asks for it if the background did not load it (a settings change between the two
    // reads, an error).
    await reported;
    requestReader('open');
  }
  // Not opening by itself here ('offer', or auto-open turned off for this site): offer instead.
  else if (settings.autoOpen !== 'off') showOffer(() => requestReader('open'));
  // The portal's own links to its social pages (header and footer of https main-portal articles, or
  // of sub-portal articles when the user opted in) are reported to the background, which checks the
  // sender and stores them (storage.local, never sent anywhere); never from a private window. Only
  // on articles, where the settings are read anyway; done when the page is idle. Called on `window`
  // itself: Firefox refuses a detached requestIdleCallback.
  const mayDiscover =
    discoveryHost(location.href, { subPortals: settings.discoverSubPortals }) !== null && !inPrivateWindow();
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
