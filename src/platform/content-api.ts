/**
 * The browser APIs of the content scripts, without webextension-polyfill: the small detector that
 * runs on every portal page (src/content/detect.ts and the offer button), where compiling the
 * polyfill cost more than everything the detector does, and the reader injected on demand
 * (src/content/reader.ts), where it delayed the overlay and weighed 8 KB gzip in the package.
 * Both browsers give what they need natively: Firefox's `browser.*` and Chromium's MV3 `chrome.*`
 * return promises for sendMessage and storage.get/set, and both accept `sendResponse` + `return
 * true` for an asynchronous answer. The popup, options and background keep the polyfill
 * (src/platform/browser.ts).
 */
import { isToContent, type ToBackground, type ToContent } from './messages.ts';
import { settingsStore, type SettingsStorage } from './settings-store.ts';

interface Sender {
  id?: string;
  url?: string;
}
interface NativeApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        fn: (
          message: unknown,
          sender: Sender,
          sendResponse: (answer: unknown) => void,
        ) => boolean | undefined,
      ): void;
      removeListener(
        fn: (
          message: unknown,
          sender: Sender,
          sendResponse: (answer: unknown) => void,
        ) => boolean | undefined,
      ): void;
    };
  };
  storage: SettingsStorage;
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
  extension?: { inIncognitoContext?: boolean };
}

const g = globalThis as unknown as { browser?: NativeApi; chrome?: NativeApi };
/** Firefox's promise-based `browser`, else Chromium's `chrome` (promise-based in MV3). */
const api = (): NativeApi => (g.browser?.runtime?.id ? g.browser : g.chrome!) as NativeApi;

export function t(key: string, substitutions?: string | string[]): string {
  try {
    return api().i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

export function sendToBackground(message: ToBackground): Promise<unknown> {
  try {
    return Promise.resolve(api().runtime.sendMessage(message));
  } catch (error) {
    return Promise.reject(error);
  }
}

export function inPrivateWindow(): boolean {
  try {
    return api().extension?.inIncognitoContext === true;
  } catch {
    return false;
  }
}

/** Listens for validated messages from our own pages or background (not content scripts, not other extensions). */
export function onContentMessage(handler: (message: ToContent) => Promise<unknown> | undefined): () => void {
  const runtime = api().runtime;
  const listener = (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => {
    const ours =
      sender.id === runtime.id && typeof sender.url === 'string' && sender.url.startsWith(runtime.getURL(''));
    if (!ours || !isToContent(message)) return undefined;
    const answer = handler(message);
    if (!answer) return undefined;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

const storedSettings = settingsStore(() => api().storage);
/** The stored settings, repaired (a missing or broken store gives the defaults). */
export const loadSettings = storedSettings.load;
/** Writes the settings, repaired first: nothing invalid is stored. */
export const saveSettings = storedSettings.save;
/** Settings changed elsewhere (another tab, the options page), repaired. */
export const onSettingsChanged = storedSettings.onChanged;
