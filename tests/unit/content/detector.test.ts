/**
 * Issue 15: the detector that runs on every portal page does nothing but the page check on a page
 * that is not an article: no extension API (no message listener, no message, no storage read), the
 * status kept in the tab state for the popup. On an article it reports to the background, listens for
 * reader actions and reads the settings. The real detector script runs on fixture pages with the
 * content-script API replaced by spies.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { FIXTURES, type Fixture } from '../../fixtures/pages/index.ts';
import { openFixtureTab } from './fixture-tab.ts';
import { defined } from '../defined.ts';
import { canonicalUrl } from '../../../src/core/share/canonical.ts';

const api = vi.hoisted(() => ({
  loadSettings: vi.fn(),
  sendToBackground: vi.fn(),
  onContentMessage: vi.fn(),
  inPrivateWindow: vi.fn(),
}));
vi.mock('../../../src/platform/content-api.ts', () => api);

async function runDetector(fixture: Fixture) {
  openFixtureTab(fixture);
  await import('../../../src/content/detect.ts');
  for (let i = 0; i < 20; i++) await Promise.resolve();
  const { tabState } = await import('../../../src/content/bridge.ts');
  return tabState();
}

beforeEach(() => {
  api.loadSettings.mockReset().mockResolvedValue({ ...DEFAULT_SETTINGS, autoOpen: 'off' });
  api.sendToBackground.mockReset().mockResolvedValue({ ok: true });
  api.onContentMessage.mockReset().mockReturnValue(() => undefined);
  api.inPrivateWindow.mockReset().mockReturnValue(false);
});

describe('the detector on every portal page', () => {
  const listing = defined(
    FIXTURES.find((f) => f.kind === 'listing' && f.markup === 'hp-c'),
    'an era-C listing fixture',
  );
  const article = defined(
    FIXTURES.find((f) => f.kind === 'article' && f.markup === 'hp-c'),
    'an era-C article fixture',
  );

  it('on a listing uses no extension API and keeps the status for the popup', async () => {
    const state = await runDetector(listing);
    expect(api.onContentMessage).not.toHaveBeenCalled();
    expect(api.sendToBackground).not.toHaveBeenCalled();
    expect(api.loadSettings).not.toHaveBeenCalled();
    expect(api.inPrivateWindow).not.toHaveBeenCalled();
    const status = defined(state.report, 'the report function')();
    expect(status).toMatchObject({ url: listing.url, kind: 'listing', isArticle: false, readerOpen: false });
  });

  it('on an article reports to the background, listens for reader actions and reads the settings', async () => {
    const state = await runDetector(article);
    expect(api.onContentMessage).toHaveBeenCalledTimes(1);
    expect(api.sendToBackground).toHaveBeenCalledWith({
      type: 'page-status',
      status: expect.objectContaining({ kind: 'article', isArticle: true }),
      autoOpen: true,
    });
    // Auto-open off: the reader is not asked for.
    expect(api.sendToBackground).toHaveBeenCalledTimes(1);
    expect(api.loadSettings).toHaveBeenCalledTimes(1);
    const status = defined(state.report, 'the report function')();
    expect(status.isArticle).toBe(true);
    // The canonical address is read only when the popup asks, by the reader's rule.
    expect(state.status?.canonical).toBeNull();
    expect(status.canonical).toBe(canonicalUrl(document, article.url));
    expect(status.canonical).not.toBeNull();
  });

  it('where the settings auto-open, opens the reader the background loaded, once it has answered', async () => {
    api.loadSettings.mockResolvedValue({ ...DEFAULT_SETTINGS, autoOpen: 'open' });
    let answer: (reply: unknown) => void = () => undefined;
    api.sendToBackground.mockImplementation((message: { type: string }) =>
      message.type === 'page-status'
        ? new Promise((resolve) => (answer = resolve))
        : Promise.resolve({ ok: true }),
    );
    const state = await runDetector(article);
    // Settings read, but the background has not answered: nothing asked for yet (no second load).
    expect(api.loadSettings).toHaveBeenCalledTimes(1);
    expect(api.sendToBackground).toHaveBeenCalledTimes(1);
    // The background injected the reader (it registers itself in the tab state), then answers.
    const run = vi.fn();
    state.reader = { run, isOpen: () => false };
    answer({ ok: true, readerLoaded: true });
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(run).toHaveBeenCalledWith('open');
    expect(api.sendToBackground).toHaveBeenCalledTimes(1);
  });

  it('where the background did not load the reader, the detector asks for it', async () => {
    api.loadSettings.mockResolvedValue({ ...DEFAULT_SETTINGS, autoOpen: 'open' });
    api.sendToBackground.mockImplementation((message: { type: string }) =>
      Promise.resolve(message.type === 'page-status' ? { ok: true, readerLoaded: false } : { ok: true }),
    );
    const state = await runDetector(article);
    expect(api.sendToBackground).toHaveBeenLastCalledWith({ type: 'load-reader' });
    expect(api.sendToBackground).toHaveBeenCalledTimes(2);
    expect(state.pending).toBe('open');
  });

  it('when the report fails, the detector still asks for the reader', async () => {
    api.loadSettings.mockResolvedValue({ ...DEFAULT_SETTINGS, autoOpen: 'open' });
    api.sendToBackground.mockImplementation((message: { type: string }) =>
      message.type === 'page-status'
        ? Promise.reject(new Error('no receiver'))
        : Promise.resolve({ ok: true }),
    );
    await runDetector(article);
    expect(api.sendToBackground).toHaveBeenLastCalledWith({ type: 'load-reader' });
  });
});
