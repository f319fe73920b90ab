/**
 * Issue 15: the reader paints the article first and computes the summary (and the print-only
 * stylesheet and QR code) after the first frame. The real reader script runs on a fixture article,
 * with the content-script API replaced by defaults and the overlay's shadow root captured (it is
 * closed); frames and timers are driven by hand.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defined } from '../defined.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import type { Mounted } from '../../../src/ui/mount.ts';
import { FIXTURES } from '../../fixtures/pages/index.ts';
import { openFixtureTab } from './fixture-tab.ts';
import viMessages from '../../../_locales/vi/messages.json';
import { translatorFrom } from '../../../src/ui/i18n.ts';

const t = translatorFrom(viMessages as Parameters<typeof translatorFrom>[0]);
const mounts: Mounted[] = [];
vi.mock('../../../src/platform/content-api.ts', () => ({
  loadSettings: async () => ({ ...DEFAULT_SETTINGS }),
  saveSettings: async () => undefined,
  onSettingsChanged: () => undefined,
  t: (key: string, sub?: string | string[]) => t(key, sub),
}));
vi.mock('../../../src/ui/mount.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/ui/mount.ts')>();
  return {
    ...real,
    mountInShadow: (doc: Document, css: string) => {
      const m = real.mountInShadow(doc, css);
      mounts.push(m);
      return m;
    },
  };
});

const article = FIXTURES.find((f) => f.kind === 'article' && f.url.includes('cau-nguyen-trai'))!;

/** Loads the reader script on the fixture article and opens it (as the detector's request does). */
async function openReader() {
  openFixtureTab(article);
  const { tabState } = await import('../../../src/content/bridge.ts');
  tabState().pending = 'open';
  await import('../../../src/content/reader.ts');
  await settle();
  expect(mounts).toHaveLength(1);
  const shadow = defined(mounts[0], 'the reader mount').shadow;
  return {
    shadow,
    state: tabState(),
    panel: () => shadow.querySelector('#hpr-summary')!,
    qr: () => shadow.querySelector('.hpr-print-footer svg'),
  };
}

/** Lets promise chains run (the reader awaits its settings) without moving the fake clock. */
async function settle() {
  for (let i = 0; i < 50; i++) await Promise.resolve();
}

/** The first frame, then the task it queued (the fake clock runs a 0 ms timer on the next tick). */
function paintFrame() {
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(1);
}

beforeEach(() => {
  mounts.length = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
});
afterEach(() => {
  mounts[0]?.unmount();
  vi.useRealTimers();
});

describe('reader: the summary after the first paint', () => {
  it('shows the article at once with the summary panel busy, then fills the panel after the frame', async () => {
    const { shadow, panel, qr } = await openReader();
    expect(shadow.querySelector('h1')!.textContent).toBe(article.expected!.title);
    expect(panel().getAttribute('aria-busy')).toBe('true');
    expect(panel().querySelector('[role=status]')!.textContent).toBe(t('summaryAnalysing'));
    expect(panel().querySelectorAll('section')).toHaveLength(0);
    expect(qr()).toBeNull();
    expect(performance.getEntriesByName('hpr:summary-ready')).toHaveLength(0);

    paintFrame();
    expect(panel().getAttribute('aria-busy')).toBe('false');
    expect(panel().textContent).not.toContain(t('summaryAnalysing'));
    expect(panel().querySelectorAll('section')).toHaveLength(3);
    // The article names officials: the filled panel lists them (a real analysis, not an empty one).
    expect(
      defined(panel().querySelectorAll('section')[0], 'the officials section').querySelectorAll('li').length,
    ).toBeGreaterThan(0);
    expect(qr()).not.toBeNull();
  });

  it('print from the reader (button, key, popup) waits for the summary and the QR code', async () => {
    const { state, panel, qr } = await openReader();
    const seen: { busy: string | null; sections: number; qr: boolean; pageCss: boolean }[] = [];
    window.print = () =>
      seen.push({
        busy: panel().getAttribute('aria-busy'),
        sections: panel().querySelectorAll('section').length,
        qr: qr() !== null,
        pageCss: [...document.head.querySelectorAll('style')].some((s) =>
          (s.textContent ?? '').includes('@media print'),
        ),
      });
    expect(panel().getAttribute('aria-busy')).toBe('true');
    state.reader!.run('print');
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual({ busy: 'false', sections: 3, qr: true, pageCss: true });
    // The scheduled work does not run a second time after the frame.
    const before = panel().innerHTML;
    paintFrame();
    expect(panel().innerHTML).toBe(before);
  });

  it("the browser's own print command (beforeprint) fills the summary first", async () => {
    const { panel, qr } = await openReader();
    expect(panel().getAttribute('aria-busy')).toBe('true');
    window.dispatchEvent(new Event('beforeprint'));
    expect(panel().getAttribute('aria-busy')).toBe('false');
    expect(panel().querySelectorAll('section')).toHaveLength(3);
    expect(qr()).not.toBeNull();
  });
});
