/**
 * Issue 14, page scripts can drive the UI: closed shadow roots (known by reference only), our own
 * <style> and host by reference (a page element with id="hpr-root" is neither used nor removed),
 * only trusted events save, print, share or open; settings writes are repaired and debounced, and
 * a failed write is said in the reader.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import viMessages from '../../../_locales/vi/messages.json';
import enMessages from '../../../_locales/en/messages.json';
import { mountInShadow } from '../../../src/ui/mount.ts';
import { pagePrintCss } from '../../../src/ui/print/page-print-css.ts';
import { ReaderApp } from '../../../src/ui/reader/ReaderApp.tsx';
import { SharePanel } from '../../../src/ui/share/SharePanel.tsx';
import { shareLabelsFrom } from '../../../src/ui/share/labels.ts';
import { I18n, translatorFrom } from '../../../src/ui/i18n.ts';
import { debouncedSave } from '../../../src/ui/debounced-save.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings.ts';
import type { Article } from '../../../src/core/types.ts';

const t = translatorFrom(viMessages as Parameters<typeof translatorFrom>[0]);
const text = 'Đồng chí Nguyễn Văn Tùng, Chủ tịch UBND thành phố yêu cầu các sở thực hiện kế hoạch.';
const article: Article = {
  title: 'Phiên họp UBND thành phố',
  published: '2022-07-28T16:00:00+07:00',
  author: null,
  sapo: null,
  source: {
    portal: 'Cổng thông tin điện tử thành phố Hải Phòng',
    host: 'haiphong.gov.vn',
    url: 'https://haiphong.gov.vn/tin-tuc-su-kien/phien-hop-95614',
  },
  blocks: [{ type: 'paragraph', inlines: [{ type: 'text', text }] }],
  text,
  images: [],
  wordCount: 20,
  readingMinutes: 1,
};

/** A scripted event, as a page would dispatch it: in a browser its isTrusted is false. */
function scripted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: false });
  return event;
}
const click = (el: Element, trusted: boolean) =>
  act(
    () =>
      void el.dispatchEvent(
        trusted
          ? new MouseEvent('click', { bubbles: true })
          : scripted(new MouseEvent('click', { bubbles: true })),
      ),
  );

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('shadow roots and our own elements', () => {
  it('the overlay host has a closed shadow root: the page sees null, we keep the reference', () => {
    const m = mountInShadow(document, 'p{}');
    expect(m.host.shadowRoot).toBeNull();
    expect(m.shadow.mode).toBe('closed');
    expect(m.shadow.querySelector('style')).not.toBeNull();
    m.unmount();
  });

  it('a page element with id="hpr-root" is neither removed nor printed in place of ours', () => {
    const decoy = document.createElement('div');
    decoy.id = 'hpr-root';
    document.body.append(decoy);
    const m = mountInShadow(document, '');
    expect(decoy.isConnected).toBe(true);
    const css = pagePrintCss(DEFAULT_SETTINGS, m.selector);
    expect(css).not.toContain('#hpr-root');
    expect(m.host.matches(m.selector)).toBe(true);
    expect(decoy.matches(m.selector)).toBe(false);
    m.unmount();
    expect(decoy.isConnected).toBe(true);
  });
});

describe('only trusted events save, print, share or open', () => {
  function mountReader(props: Partial<Parameters<typeof ReaderApp>[0]> = {}) {
    const root = document.createElement('div');
    document.body.append(root);
    const calls = { print: 0, settings: [] as Settings[], close: 0 };
    act(() => {
      render(
        h(
          I18n.Provider,
          { value: t },
          h(ReaderApp, {
            article,
            summary: null,
            settings: { ...DEFAULT_SETTINGS },
            host: 'haiphong.gov.vn',
            onSettings: (s: Settings) => calls.settings.push(s),
            onClose: () => calls.close++,
            onPrint: () => calls.print++,
            copy: async () => undefined,
            renderShare: () => h('div', { id: 'hpr-share' }),
            renderPrintFooter: () => null,
            ...props,
          }),
        ),
        root,
      );
    });
    const button = (label: string) =>
      [...root.querySelectorAll('button')].find((b) =>
        (b.getAttribute('aria-label') ?? b.textContent ?? '').includes(label),
      )!;
    return { root, calls, button };
  }

  it('a scripted click on Print, Share or Settings does nothing; a user click does', async () => {
    const { root, calls, button } = mountReader();
    await click(button(t('printButton')), false);
    await click(button(t('shareButton')), false);
    await click(button(t('settingsButton')), false);
    expect(calls.print).toBe(0);
    expect(root.querySelector('#hpr-share')).toBeNull();
    expect(root.querySelector('#hpr-settings')).toBeNull();
    await click(button(t('printButton')), true);
    await click(button(t('settingsButton')), true);
    expect(calls.print).toBe(1);
    expect(root.querySelector('#hpr-settings')).not.toBeNull();
  });

  it('scripted key presses do nothing (p prints, + saves a size, t a theme); real ones do', async () => {
    const { root, calls } = mountReader();
    const dialog = root.querySelector('[role=dialog]')!;
    for (const key of ['p', '+', 't', '?'])
      await act(
        () => void dialog.dispatchEvent(scripted(new KeyboardEvent('keydown', { key, bubbles: true }))),
      );
    expect(calls.print).toBe(0);
    expect(calls.settings).toEqual([]);
    await act(() => void dialog.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true })));
    expect(calls.settings).toHaveLength(1);
  });

  it('scripted changes in the settings panel save nothing', async () => {
    const { root, calls, button } = mountReader();
    await click(button(t('settingsButton')), true);
    const dark = root.querySelector<HTMLInputElement>('#hpr-settings input[value="dark"]')!;
    await act(() => void dark.dispatchEvent(scripted(new Event('change', { bubbles: true }))));
    const range = root.querySelector<HTMLInputElement>('#hpr-settings input[type=range]')!;
    range.value = '8';
    await act(() => void range.dispatchEvent(scripted(new Event('input', { bubbles: true }))));
    await click(button(t('sizeUp')), false);
    expect(calls.settings).toEqual([]);
    await click(button(t('sizeUp')), true);
    expect(calls.settings.map((s) => s.fontSize)).toEqual([DEFAULT_SETTINGS.fontSize + 1]);
  });

  it('a scripted click on "open original" is cancelled (no navigation)', () => {
    const { root } = mountReader();
    const link = root.querySelector<HTMLAnchorElement>('a.hpr-no-print')!;
    const ev = scripted(new MouseEvent('click', { bubbles: true, cancelable: true }));
    link.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(true);
  });

  it('the share panel copies only on a user click', async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (s: string) => void writes.push(s) },
      configurable: true,
    });
    const root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        h(SharePanel, {
          url: article.source.url,
          title: article.title,
          labels: shareLabelsFrom((k) => t(k)),
        }),
        root,
      ),
    );
    const copy = [...root.querySelectorAll('button')].find((b) => b.textContent === t('shareCopyLink'))!;
    await click(copy, false);
    expect(writes).toEqual([]);
    await click(copy, true);
    await act(async () => undefined);
    expect(writes).toEqual([article.source.url]);
  });

  it('a failed settings write is said in the reader, in Vietnamese and English', () => {
    const { root } = mountReader({ saveFailed: true });
    expect(root.querySelector('[role=alert]')?.textContent).toBe(viMessages.settingsSaveFailed.message);
    expect(enMessages.settingsSaveFailed.message).toMatch(/could not be saved/);
  });
});

describe('settings writes are debounced and report failure', () => {
  it('a burst of 50 changes is two writes: the first at once, then the last value', async () => {
    vi.useFakeTimers();
    const write = vi.fn(async (_v: number) => undefined);
    const results: boolean[] = [];
    const saver = debouncedSave(write, 400, (ok) => results.push(ok));
    for (let i = 0; i < 50; i++) saver.schedule(i);
    expect(write.mock.calls).toEqual([[0]]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(write.mock.calls).toEqual([[0], [49]]);
    expect(results).toEqual([true, true]);
    // A change after a quiet spell is written at once again.
    saver.schedule(7);
    expect(write.mock.calls.at(-1)).toEqual([7]);
  });

  it('a failed write reports false; flush writes a pending value at once', async () => {
    const results: boolean[] = [];
    const saver = debouncedSave(
      async () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded')),
      10_000,
      (ok) => results.push(ok),
    );
    saver.schedule(1); // written at once, fails
    saver.schedule(2); // pending behind the throttle
    await saver.flush();
    await Promise.resolve();
    expect(results).toEqual([false, false]);
  });
});
