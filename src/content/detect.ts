/**
 * Content script on every portal page (document_idle). It only does cheap work: decide what kind
 * of page this is, tell the background (badge, popup status), and, on an article, ask for the
 * reader to be loaded when the user's settings say so. The reader itself is injected on demand.
 */
import { loadSettings, onContentMessage, sendToBackground } from '../platform/browser.ts';
import { autoOpensOn } from '../core/settings.ts';
import { tabState, type ReaderAction } from './bridge.ts';
import { checkPage } from './page-check.ts';

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
  state.status = checkPage(document, location.href);
  onContentMessage(async (message) => {
    if (message.type === 'get-status') return currentStatus();
    if (!state.status?.isArticle) return { ok: false, error: 'not-article' };
    requestReader(message.action);
    return { ok: true };
  });
  await sendToBackground({ type: 'page-status', status: state.status }).catch(() => undefined);
  if (state.status.isArticle) {
    const settings = await loadSettings();
    if (autoOpensOn(settings, location.hostname)) requestReader('open');
  }
}

start();
