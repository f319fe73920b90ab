/**
 * What the popup and the background learn of a portal tab, and what they may ask its reader to do:
 * plain data shared by the content scripts, the popup's components and the messages that carry them
 * (src/platform/messages.ts validates them on the way in).
 */
import type { PageKind } from './types.ts';

/** What the reader can be asked to do from outside (popup, shortcut, context menu). */
export type ReaderAction = 'open' | 'close' | 'toggle' | 'print' | 'share';

export interface PageStatus {
  url: string;
  /** The page's canonical URL (what sharing uses), or null. */
  canonical: string | null;
  kind: PageKind;
  isArticle: boolean;
  confidence: number;
  reasons: string[];
  title: string | null;
  published: string | null;
  readerOpen: boolean;
}
