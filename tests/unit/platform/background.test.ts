/**
 * Issue 14, hardening of the background's message handling: it acts only for the top frame of a
 * tab showing a portal page (frameId 0, a portal URL, as the browser reports the sender — not as
 * the message claims): no reader injected into a frame or a foreign page; discovered links only
 * from https main-portal pages, never from a private window, with the host taken from the sender.
 * Also: the production background exposes nothing on its global object (no test hook).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defined } from '../defined.ts';

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;
const h = vi.hoisted(() => {
  const maps = { sync: new Map<string, unknown>(), local: new Map<string, unknown>() };
  const area = (map: Map<string, unknown>) => ({
    get: async (keys: string | string[]) =>
      Object.fromEntries(
        (Array.isArray(keys) ? keys : [keys])
          .filter((k) => map.has(k))
          .map((k) => [k, structuredClone(map.get(k))]),
      ),
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) map.set(k, structuredClone(v));
    },
    remove: async () => undefined,
  });
  const listeners: Listener[] = [];
  const executeScript = { calls: [] as unknown[] };
  const noop = { addListener() {} };
  const browser = {
    runtime: {
      id: 'ours',
      onMessage: { addListener: (f: Listener) => listeners.push(f), removeListener() {} },
      onInstalled: noop,
      onStartup: noop,
      getURL: (p: string) => `chrome-extension://ours/${p}`,
    },
    commands: { onCommand: noop },
    contextMenus: { onClicked: noop, removeAll: async () => undefined, create() {} },
    scripting: { executeScript: async (o: unknown) => void executeScript.calls.push(o) },
    action: {
      setBadgeText: async () => undefined,
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    },
    storage: { sync: area(maps.sync), local: area(maps.local), onChanged: noop },
    i18n: { getMessage: (k: string) => k },
  };
  return { maps, listeners, executeScript, browser };
});
vi.mock('webextension-polyfill', () => ({ default: h.browser }));
vi.mock('../../../src/content/reader.ts?script&iife', () => ({ default: 'src/content/reader.js' }));

const before = new Set(Object.getOwnPropertyNames(globalThis));
await import('../../../src/background/index.ts');
const send = (message: unknown, sender: Record<string, unknown>) =>
  defined(h.listeners[0], 'the message listener')(message, { id: 'ours', ...sender });
const tab = (url: string, extra: Record<string, unknown> = {}) => ({
  tab: { id: 7, url, incognito: false, ...extra },
  frameId: 0,
  url,
});

beforeEach(() => {
  h.executeScript.calls.length = 0;
  h.maps.local.clear();
  h.maps.sync.clear();
});

describe('background message handling', () => {
  const portal = 'https://haiphong.gov.vn/tin-tuc-su-kien/bai-viet-123456';

  it('exposes no test hook on its global object', () => {
    const added = Object.getOwnPropertyNames(globalThis).filter((n) => !before.has(n));
    expect(added).not.toContain('toggleReaderOnActiveTab');
    expect(added.filter((n) => typeof (globalThis as Record<string, unknown>)[n] === 'function')).toEqual([]);
  });

  it('load-reader: injects for the top frame of a portal tab only', async () => {
    expect(await send({ type: 'load-reader' }, { ...tab(portal), frameId: 3 })).toEqual({ ok: false });
    expect(await send({ type: 'load-reader' }, tab('https://evil.example/x'))).toEqual({ ok: false });
    expect(await send({ type: 'load-reader' }, tab('https://dichvucong.haiphong.gov.vn/'))).toEqual({
      ok: false,
    });
    expect(await send({ type: 'load-reader' }, { frameId: 0, url: portal })).toEqual({ ok: false }); // no tab
    expect(h.executeScript.calls).toEqual([]);
    expect(await send({ type: 'load-reader' }, tab(portal))).toEqual({ ok: true });
    expect(h.executeScript.calls).toEqual([{ target: { tabId: 7 }, files: ['src/content/reader.js'] }]);
  });

  it('page-status: on the first report of an article, loads the reader where the settings auto-open', async () => {
    const status = {
      url: portal,
      canonical: null,
      kind: 'article',
      isArticle: true,
      confidence: 0.9,
      reasons: [],
      title: 'T',
      published: null,
      readerOpen: false,
    };
    const reader = { target: { tabId: 7 }, files: ['src/content/reader.js'] };
    // Default settings open the reader: loaded before the reply, which says so.
    expect(await send({ type: 'page-status', status, autoOpen: true }, tab(portal))).toEqual({
      ok: true,
      readerLoaded: true,
    });
    expect(h.executeScript.calls).toEqual([reader]);
    h.executeScript.calls.length = 0;
    // A report again (page back from the back-forward cache) only sets the badge.
    expect(await send({ type: 'page-status', status, autoOpen: false }, tab(portal))).toEqual({
      ok: true,
      readerLoaded: false,
    });
    // Not from a frame or a foreign page.
    expect(
      await send({ type: 'page-status', status, autoOpen: true }, { ...tab(portal), frameId: 1 }),
    ).toEqual({
      ok: false,
    });
    expect(
      await send({ type: 'page-status', status, autoOpen: true }, tab('https://evil.example/x')),
    ).toEqual({
      ok: false,
    });
    // Not when the settings only offer the reader, or turned auto-open off on this site.
    h.maps.sync.set('settings', { autoOpen: 'offer' });
    expect(await send({ type: 'page-status', status, autoOpen: true }, tab(portal))).toEqual({
      ok: true,
      readerLoaded: false,
    });
    h.maps.sync.set('settings', { autoOpen: 'open', autoOpenDisabledHosts: ['haiphong.gov.vn'] });
    expect(await send({ type: 'page-status', status, autoOpen: true }, tab(portal))).toEqual({
      ok: true,
      readerLoaded: false,
    });
    const sub = 'https://sotp.haiphong.gov.vn/tin-tuc/bai-viet-1';
    expect(
      await send({ type: 'page-status', status: { ...status, url: sub }, autoOpen: true }, tab(sub)),
    ).toEqual({
      ok: true,
      readerLoaded: true,
    });
    expect(h.executeScript.calls).toEqual([reader]);
  });

  it('discovered: stored with the sender host, only from https main portals, never from a private window', async () => {
    const links = [{ network: 'facebook', url: 'https://www.facebook.com/cong.thong.tin.hp' }];
    expect(await send({ type: 'discovered', links }, tab('http://haiphong.gov.vn/a'))).toEqual({ ok: false });
    expect(await send({ type: 'discovered', links }, tab('https://sotp.haiphong.gov.vn/a/b-1'))).toEqual({
      ok: false,
    });
    expect(await send({ type: 'discovered', links }, tab(portal, { incognito: true }))).toEqual({
      ok: false,
    });
    expect(await send({ type: 'discovered', links }, { ...tab(portal), frameId: 2 })).toEqual({ ok: false });
    expect(h.maps.local.get('discoveredSocial')).toBeUndefined();
    expect(await send({ type: 'discovered', links }, tab(portal))).toEqual({ ok: true });
    expect(h.maps.local.get('discoveredSocial')).toEqual([{ ...links[0], host: 'haiphong.gov.vn' }]);
    // The user's opt-in opens the sub-portals.
    h.maps.sync.set('settings', { discoverSubPortals: true });
    const sub = [{ network: 'youtube', url: 'https://www.youtube.com/@sotuphap' }];
    expect(await send({ type: 'discovered', links: sub }, tab('https://sotp.haiphong.gov.vn/a/b-1'))).toEqual(
      { ok: true },
    );
    expect(h.maps.local.get('discoveredSocial')).toEqual([
      { ...sub[0], host: 'sotp.haiphong.gov.vn' },
      { ...links[0], host: 'haiphong.gov.vn' },
    ]);
  });

  it('a message from another extension or of the wrong shape is ignored', async () => {
    expect(defined(h.listeners[0])({ type: 'load-reader' }, { id: 'other', ...tab(portal) })).toBeUndefined();
    expect(
      await send(
        {
          type: 'discovered',
          links: [{ network: 'facebook', url: 'https://www.facebook.com/x', host: 'haiphong.gov.vn' }],
        },
        tab(portal),
      ),
    ).toBeUndefined();
  });
});
