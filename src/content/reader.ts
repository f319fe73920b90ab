/**
 * The reader, injected into an article tab on demand by the background (never on non-article
 * pages). It extracts the article from the live DOM without changing it, then renders the overlay
 * in a shadow root. Closing restores the page's overflow, scroll position and focus.
 */
import { h } from 'preact';
import { analysePage, summariseArticle } from '../core/index.ts';
import { repairSettings, type Settings } from '../core/settings.ts';
import type { Article, Summary } from '../core/types.ts';
import { loadSettings, onSettingsChanged, saveSettings, t } from '../platform/content-api.ts';
import { I18n } from '../ui/i18n.ts';
import { ReaderApp, type PanelRequest } from '../ui/reader/ReaderApp.tsx';
import { READER_CSS } from '../ui/reader/reader-styles.ts';
import { PrintFooter } from '../ui/print/PrintFooter.tsx';
import { PrintQr } from '../ui/print/PrintQr.tsx';
import { pagePrintCss } from '../ui/print/page-print-css.ts';
import { debouncedSave } from '../ui/debounced-save.ts';
import { SharePanel, SHARE_CSS } from '../ui/share/SharePanel.tsx';
import { shareLabelsFrom } from '../ui/share/labels.ts';
import { mountInShadow, type Mounted } from '../ui/mount.ts';
import { afterPaint, type AfterPaint } from '../ui/after-paint.ts';
import { tabState, type ReaderAction } from './bridge.ts';
import { removeOffer } from './offer-button.ts';

// The reader's code has been compiled and its modules evaluated (benchmark phase).
performance.mark('hpr:reader-script');
const state = tabState();

interface PageRestore {
  overflow: string;
  scrollX: number;
  scrollY: number;
  focus: Element | null;
}

let mounted: Mounted | null = null;
let restore: PageRestore | null = null;
let current: {
  article: Article;
  /** 'pending' until the first paint of the article (the summary's panel says it is busy). */
  summary: Summary | null | 'pending';
  /** The print-only parts (page print stylesheet, QR code) are made after the first paint too. */
  printReady: boolean;
  settings: Settings;
  request?: PanelRequest;
  saveFailed?: boolean;
} | null = null;
/** Our page-level print stylesheet, by reference (never looked up by id: a page can reuse any id). */
let printStyle: HTMLStyleElement | null = null;

/** Settings writes: repaired, debounced, and a failure said in the reader (quota, sync errors). */
const saver = debouncedSave(saveSettings, 250, (ok) => {
  if (current && current.saveFailed !== !ok) {
    current = { ...current, saveFailed: !ok };
    render();
  }
});
/** What waits for the overlay's first paint: the summary, and what only print needs. */
let later: AfterPaint | null = null;
let analysed: { article: Article; summary?: Summary | null } | null | undefined;

/** Detection and extraction only: the summary is computed after the article is on screen. */
function analyse() {
  if (analysed !== undefined) return analysed;
  performance.mark('hpr:reader-start');
  const analysis = analysePage(document, location.href, { summary: false });
  performance.mark('hpr:analysed');
  return (analysed = analysis.article ? { article: analysis.article } : null);
}

function summaryOf(entry: { article: Article; summary?: Summary | null }): Summary | null {
  if (entry.summary === undefined) {
    try {
      entry.summary = summariseArticle(entry.article);
    } catch {
      entry.summary = null; // no summary panel; the article is still read
    }
  }
  return entry.summary;
}

/** After the first paint: the summary fills its panel, and print gets its stylesheet and QR code. */
function finishAfterPaint(): void {
  performance.mark('hpr:overlay-painted');
  if (!current || !analysed) return;
  current = { ...current, summary: summaryOf(analysed), printReady: true };
  render();
  performance.mark('hpr:summary-ready');
}

/** Print (our button, `p`, the popup): waits for the summary and the QR code, which print includes. */
function print(): void {
  later?.flush();
  window.print();
}

function pageStyle(settings: Settings, hostSelector: string): void {
  if (!printStyle) {
    printStyle = document.createElement('style');
    (document.head ?? document.documentElement).append(printStyle);
  }
  printStyle.textContent = pagePrintCss(settings, hostSelector);
}

function copy(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

function render(): void {
  if (!mounted || !current) return;
  const { article, summary, settings, request, saveFailed, printReady } = current;
  if (printReady) pageStyle(settings, mounted.selector);
  mounted.render(
    h(
      I18n.Provider,
      { value: t },
      h(ReaderApp, {
        article,
        summary,
        settings,
        request,
        saveFailed,
        host: location.hostname,
        onSettings: (next: Settings) => {
          // Repaired before it is applied or saved: nothing out of range reaches the page or storage.
          const clean = repairSettings(next).settings;
          current = current && { ...current, settings: clean };
          render();
          saver.schedule(clean); // a failure is shown in the reader; reading goes on
        },
        onClose: close,
        onPrint: print,
        copy,
        renderShare: () =>
          h(
            'div',
            { class: 'hpr-popover', id: 'hpr-share' },
            h(SharePanel, {
              url: article.source.url,
              title: article.title,
              labels: shareLabelsFrom((k) => t(k)),
            }),
          ),
        renderPrintFooter: () =>
          h(PrintFooter, {
            url: article.source.url,
            portal: article.source.portal,
            qr: printReady ? h(PrintQr, { url: article.source.url, label: t('shareQrLabel') }) : null,
          }),
      }),
    ),
  );
}

/** Settings the detector read on this page load (fresh: a second or two old), else from storage. */
async function currentSettings(): Promise<Settings> {
  const cached = state.settings;
  state.settings = undefined;
  return cached && performance.now() - cached.at < 2000 ? cached.settings : loadSettings();
}

async function open(): Promise<void> {
  if (mounted) return;
  // Read while the page is analysed: the background may have loaded the reader before the detector
  // had the settings.
  const settingsRead = currentSettings();
  const result = analyse();
  if (!result) return;
  const settings = await settingsRead;
  if (mounted) return; // opened meanwhile by another request
  restore = {
    overflow: document.documentElement.style.overflow,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    focus: document.activeElement,
  };
  document.documentElement.style.overflow = 'hidden';
  removeOffer();
  mounted = mountInShadow(document, READER_CSS + SHARE_CSS);
  const summary = result.summary === undefined ? 'pending' : result.summary;
  current = { article: result.article, summary, printReady: false, settings };
  render();
  // A user-timing mark: shows in the page's performance timeline (devtools, tests, benchmark).
  performance.mark('hpr:overlay-visible');
  later = afterPaint(finishAfterPaint);
  // The browser's own print command (Ctrl+P, menu) does not pass through print(): fill in first.
  window.addEventListener('beforeprint', flushLater);
}

function flushLater(): void {
  later?.flush();
}

function close(): void {
  if (!mounted) return;
  later?.cancel();
  later = null;
  window.removeEventListener('beforeprint', flushLater);
  mounted.unmount();
  mounted = null;
  void saver.flush();
  printStyle?.remove();
  printStyle = null;
  if (restore) {
    document.documentElement.style.overflow = restore.overflow;
    window.scrollTo(restore.scrollX, restore.scrollY);
    if (restore.focus instanceof HTMLElement) restore.focus.focus({ preventScroll: true });
    restore = null;
  }
}

async function run(action: ReaderAction): Promise<void> {
  if (action === 'close' || (action === 'toggle' && mounted)) return close();
  await open();
  if (!mounted || !current) return;
  if (action === 'print') print();
  if (action === 'share') {
    current = { ...current, request: { panel: 'share', nonce: Date.now() } };
    render();
  }
}

if (!state.reader) {
  // A change still waiting behind the write throttle is written when the page goes away.
  window.addEventListener('pagehide', () => void saver.flush());
  state.reader = { run: (action) => void run(action), isOpen: () => mounted !== null };
  // Settings changed in another tab or in the options page apply here at once.
  onSettingsChanged((settings) => {
    if (current) {
      current = { ...current, settings };
      render();
    }
  });
  const pending = state.pending;
  state.pending = undefined;
  if (pending) void run(pending);
}
