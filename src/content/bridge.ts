/**
 * State shared by the two scripts that run in a portal tab's isolated world: the small
 * detector (loaded on every portal page) and the reader (injected on demand). It lives on the
 * isolated world's global object under a Symbol key: a string key could be named by the page
 * (an element's id is a property of the window in every world, so `<form id="…">` would stand in
 * for the state), a symbol cannot (the page's realm has its own symbol registry).
 */
import { TAB_STATE_KEY, type PageStatus } from '../platform/messages.ts';
import type { Settings } from '../core/settings.ts';

export type { ReaderAction } from '../platform/messages.ts';
import type { ReaderAction } from '../platform/messages.ts';

export interface ReaderApi {
  run(action: ReaderAction): void;
  isOpen(): boolean;
}

export interface TabState {
  status?: PageStatus;
  reader?: ReaderApi;
  /** The settings the detector already read (spares the reader a storage round trip on open). */
  settings?: { settings: Settings; at: number };
  /** An action asked for before the reader script had loaded; the reader runs it on load. */
  pending?: ReaderAction;
  /** The offer button's host, when shown (the detector adds it, the reader removes it). */
  offer?: HTMLElement;
  /** The status with the reader's state now: what the popup reads (src/platform/browser.ts readTabStatus). */
  report?: () => PageStatus;
}

const KEY: unique symbol = Symbol.for(TAB_STATE_KEY) as never;

export function tabState(): TabState {
  const g = globalThis as unknown as { [KEY]?: TabState };
  // Own property only, and a plain object we made: anything else found there is not ours.
  const found = Object.prototype.hasOwnProperty.call(g, KEY) ? g[KEY] : undefined;
  if (found && Object.getPrototypeOf(found) === Object.prototype) return found;
  const fresh: TabState = {};
  Object.defineProperty(g, KEY, { value: fresh, configurable: true, enumerable: false, writable: false });
  return fresh;
}
