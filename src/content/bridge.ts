/**
 * State shared by the two scripts that run in a portal tab's isolated world: the small
 * detector (loaded on every portal page) and the reader (injected on demand). It lives on the
 * isolated world's global object, which the page's own scripts cannot see.
 */
import type { PageStatus } from '../platform/messages.ts';
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
}

const KEY = '__haiphongReader';

export function tabState(): TabState {
  const g = globalThis as unknown as Record<string, TabState | undefined>;
  return (g[KEY] ??= {});
}
