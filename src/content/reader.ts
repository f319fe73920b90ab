/**
 * The reader, injected into an article tab on demand by the background (never on page load of
 * non-article pages). It extracts the article from the live DOM (without changing it), then
 * renders the overlay in a shadow root. Closing restores the page's scroll, overflow and focus.
 */
import { h } from 'preact';
import { analyzePage } from './minimal-tmp.ts';
import { t } from '../platform/browser.ts';
import { ReaderOverlay } from '../ui/ReaderOverlay.tsx';
import { READER_CSS } from '../ui/reader-styles.ts';
import { mountInShadow, type Mounted } from '../ui/mount.ts';
import { tabState, type ReaderAction } from './bridge.ts';

const state = tabState();

interface PageRestore {
  overflow: string;
  scrollX: number;
  scrollY: number;
  focus: Element | null;
}

let mounted: Mounted | null = null;
let restore: PageRestore | null = null;

function open(): void {
  if (mounted) return;
  const analysis = analyzePage(document, location.href);
  if (!analysis.article) return;
  restore = {
    overflow: document.documentElement.style.overflow,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    focus: document.activeElement,
  };
  document.documentElement.style.overflow = 'hidden';
  mounted = mountInShadow(document, READER_CSS);
  mounted.render(
    h(ReaderOverlay, {
      article: analysis.article,
      labels: {
        dialog: t('readerLabel'),
        close: t('closeReader'),
        openOriginal: t('openOriginal'),
        readingMinutes: (n: number) => t('readingMinutes', String(n)),
      },
      onClose: close,
    }),
  );
}

function close(): void {
  if (!mounted) return;
  mounted.unmount();
  mounted = null;
  if (restore) {
    document.documentElement.style.overflow = restore.overflow;
    window.scrollTo(restore.scrollX, restore.scrollY);
    if (restore.focus instanceof HTMLElement) restore.focus.focus({ preventScroll: true });
    restore = null;
  }
}

function run(action: ReaderAction): void {
  if (action === 'open' || (action === 'toggle' && !mounted)) open();
  else close();
}

if (!state.reader) {
  state.reader = { run, isOpen: () => mounted !== null };
  const pending = state.pending;
  state.pending = undefined;
  if (pending) run(pending);
}
