/**
 * The platform API: the one module that talks to the WebExtension APIs (through
 * webextension-polyfill) for the reader, the popup, the options page and the background. It exports
 * named functions only, never the raw `browser` object, so the rest of the code (core, ui, entry
 * points) stays testable and browser-neutral; eslint.config.js forbids `browser`/`chrome` and the
 * polyfill everywhere else. (The detector on every portal page uses the smaller content-api.ts.)
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { isToBackground, isToContent, TAB_STATE_KEY, type ToBackground, type ToContent } from './messages.ts';
import { settingsStore, type SettingsStorage } from './settings-store.ts';
import { SETTINGS_KEY } from './storage-keys.ts';
import { repairSettings } from '../core/settings.ts';
import {
  mergeDiscovered,
  repairDiscovered,
  repairShortcuts,
  type DiscoveredLink,
  type Shortcut,
} from '../core/shortcuts.ts';

/** A UI string from _locales (Vietnamese first, English second); the key itself when missing. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** The browser's UI language, e.g. "vi" or "en-US". */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** True when the sender is this extension itself (not another extension, not a web page). */
function fromOurExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** True when the sender is one of our own pages or the background, not a content script. */
function fromOurPages(sender: Runtime.MessageSender): boolean {
  return (
    fromOurExtension(sender) &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL(''))
  );
}

export function sendToBackground(message: ToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function sendToTab(tabId: number, message: ToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/**
 * What the detector found on the page in a tab (unvalidated: check it with isPageStatus), read from
 * the tab state in our isolated world (the content scripts' world, where the page cannot reach), or
 * null when no detector ran there. Rejects where we may not script the tab (off the portals).
 */
export async function readTabStatus(tabId: number): Promise<unknown> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    // Runs in the tab, serialised: it may use nothing from this module but its argument.
    func: (key: string) => {
      const g = globalThis as unknown as Record<symbol, { report?: () => unknown } | undefined>;
      const sym = Symbol.for(key);
      const state = Object.prototype.hasOwnProperty.call(g, sym) ? g[sym] : undefined;
      return typeof state?.report === 'function' ? state.report() : null;
    },
    args: [TAB_STATE_KEY],
  });
  return frame?.result ?? null;
}

/** Who sent a message to the background: its tab, frame (0 = the top frame), address, and whether it is a private tab. */
export interface SenderInfo {
  tabId: number | undefined;
  frameId: number | undefined;
  url: string | undefined;
  incognito: boolean;
}

/** Listens for validated messages to the background; the handler gets what the browser says of the sender. */
export function onBackgroundMessage(
  handler: (message: ToBackground, sender: SenderInfo) => Promise<unknown> | undefined,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!fromOurExtension(sender) || !isToBackground(message)) return undefined;
    return handler(message, {
      tabId: sender.tab?.id,
      frameId: sender.frameId,
      url: sender.url ?? sender.tab?.url,
      incognito: sender.tab?.incognito === true,
    });
  });
}

/** True in a private (incognito) window's content script. */
export function inPrivateWindow(): boolean {
  try {
    return browser.extension?.inIncognitoContext === true;
  } catch {
    return false;
  }
}

/** Listens for validated messages to a content script (from our popup or background only). */
export function onContentMessage(handler: (message: ToContent) => Promise<unknown> | undefined): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (!fromOurPages(sender) || !isToContent(message)) return undefined;
    return handler(message);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export async function setBadge(tabId: number, article: boolean): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: article ? '✓' : '' });
  if (article) await browser.action.setBadgeBackgroundColor({ tabId, color: '#1b7f3b' });
  await browser.action.setTitle({ tabId, title: article ? t('badgeArticleTitle') : t('actionTitle') });
}

/** Injects an extension script file into a tab's isolated world (the reader, loaded on demand). */
export async function injectScript(tabId: number, file: string): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [file] });
}

export async function activeTab(): Promise<{ id: number; url: string | undefined } | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

export async function tabById(id: number): Promise<{ id: number; url: string | undefined } | null> {
  try {
    const tab = await browser.tabs.get(id);
    return { id, url: tab.url };
  } catch {
    return null;
  }
}

export function onCommand(handler: (command: string) => void): void {
  browser.commands.onCommand.addListener(handler);
}

const storedSettings = settingsStore(() => browser.storage as unknown as SettingsStorage);
/** The stored settings, repaired (a missing or broken store gives the defaults). */
export const loadSettings = storedSettings.load;
/** Writes the settings, repaired first (every save, from every page): nothing invalid is stored. */
export const saveSettings = storedSettings.save;
/** Settings changed elsewhere (another tab, the options page), repaired. */
export const onSettingsChanged = storedSettings.onChanged;

const SHORTCUTS_KEY = 'shortcuts';
const DISCOVERED_KEY = 'discoveredSocial';

/** The user's shortcut list (storage.sync), repaired; `repaired` says whether stored data was bad. */
export async function loadShortcuts(): Promise<{ shortcuts: Shortcut[]; repaired: boolean }> {
  try {
    const stored = await browser.storage.sync.get(SHORTCUTS_KEY);
    return repairShortcuts(stored[SHORTCUTS_KEY]);
  } catch {
    return repairShortcuts(undefined);
  }
}

export async function saveShortcuts(shortcuts: Shortcut[]): Promise<void> {
  await browser.storage.sync.set({ [SHORTCUTS_KEY]: shortcuts });
}

export async function resetShortcuts(): Promise<void> {
  await browser.storage.sync.remove(SHORTCUTS_KEY);
}

/** Social links discovered on portal pages (storage.local: they are about this machine's browsing), validated. */
export async function loadDiscovered(): Promise<DiscoveredLink[]> {
  try {
    const stored = await browser.storage.local.get(DISCOVERED_KEY);
    return repairDiscovered(stored[DISCOVERED_KEY]).links;
  } catch {
    return [];
  }
}

/**
 * Adds sightings to the stored list (background only: content scripts report to the background).
 * The stored list is repaired on the way (a malformed item is dropped, never thrown on), and the
 * merge validates every new item and caps size and count.
 */
export async function storeDiscovered(fresh: DiscoveredLink[]): Promise<void> {
  if (fresh.length === 0) return;
  const stored = (await browser.storage.local.get(DISCOVERED_KEY))[DISCOVERED_KEY];
  await browser.storage.local.set({ [DISCOVERED_KEY]: mergeDiscovered(stored, fresh) });
}

/** Stored settings as they are (for repair on update), and the repaired form written back. */
export async function rawStoredSettings(): Promise<unknown> {
  return (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
}

export async function resetAllSettings(): Promise<void> {
  await browser.storage.sync.remove([SETTINGS_KEY, SHORTCUTS_KEY]);
}

/** Opens the extension's options page (a tab, or the browser's add-on settings). */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** The manifest's command that opens and closes the reader. */
const READER_COMMAND = 'toggle-reader';

/**
 * The shortcut the browser has bound to the reader command: e.g. "Alt+Shift+D"; '' when the user
 * removed it (or another extension took it); null when the browser does not say.
 */
export async function readerCommandShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    const command = commands.find((c) => c.name === READER_COMMAND);
    return command ? (command.shortcut ?? '') : null;
  } catch {
    return null;
  }
}

/** Opens the browser's own keyboard-shortcut settings for extensions. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') return commands.openShortcutSettings(); // Firefox 137+
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** Runs on install, update and every browser start (menus and repairs are idempotent). */
export function onInstalledOrStarted(
  handler: (reason: 'install' | 'update' | 'startup') => Promise<void>,
): void {
  browser.runtime.onInstalled.addListener((details) => {
    void handler(
      details.reason === 'install' ? 'install' : details.reason === 'update' ? 'update' : 'startup',
    );
  });
  browser.runtime.onStartup.addListener(() => void handler('startup'));
}

export async function registerContextMenu(item: {
  id: string;
  title: string;
  documentUrlPatterns: string[];
}): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: item.id,
    title: item.title,
    contexts: ['page', 'link', 'image', 'selection'],
    documentUrlPatterns: item.documentUrlPatterns,
  });
}

export function onContextMenu(handler: (menuId: string, tabId: number | undefined) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => handler(String(info.menuItemId), tab?.id));
}

/** Opens the popup page in a small window (the context menu's QR share), reporting on a tab. */
export async function openPopupWindow(params: Record<string, string>): Promise<void> {
  const url = browser.runtime.getURL(`src/popup/index.html?${new URLSearchParams(params)}`);
  await browser.windows.create({ url, type: 'popup', width: 400, height: 680 });
}

/** Settings migration on install/update: invalid or outdated stored data is repaired in place. */
export async function repairStoredData(): Promise<void> {
  const stored = await browser.storage.sync.get([SETTINGS_KEY, SHORTCUTS_KEY]);
  const settings = repairSettings(stored[SETTINGS_KEY]);
  if (stored[SETTINGS_KEY] !== undefined && settings.repaired.length > 0) {
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings.settings });
  }
  const shortcuts = repairShortcuts(stored[SHORTCUTS_KEY]);
  if (shortcuts.repaired) await browser.storage.sync.set({ [SHORTCUTS_KEY]: shortcuts.shortcuts });
  const local = await browser.storage.local.get(DISCOVERED_KEY);
  const discovered = repairDiscovered(local[DISCOVERED_KEY]);
  if (discovered.repaired) await browser.storage.local.set({ [DISCOVERED_KEY]: discovered.links });
}
