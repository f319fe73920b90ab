/**
 * Every message that crosses between the extension's contexts, typed in one place,
 * with validators: a message that does not have exactly the expected shape is dropped.
 * Web pages cannot reach these listeners (runtime messaging is extension-only), and the
 * listeners also check the sender (see platform/browser.ts).
 */
import type { PageKind } from '../core/types.ts';
import type { PageStatus, ReaderAction } from '../core/page-status.ts';
import type { SocialNetwork } from '../core/shortcuts.ts';

export type { PageStatus, ReaderAction };

const NETWORKS: readonly SocialNetwork[] = ['facebook', 'zalo', 'youtube', 'tiktok'];

const READER_ACTIONS: readonly ReaderAction[] = ['open', 'close', 'toggle', 'print', 'share'];

/** A social link the detector found in a portal page's header or footer (the background adds the host). */
export interface FoundLink {
  network: SocialNetwork;
  url: string;
}

/** At most this many links in one 'discovered' message. */
export const MAX_FOUND_LINKS = 20;

/** Content script → background. */
export type ToBackground =
  /**
   * The detector's report on an article (the badge). `autoOpen` is true on its first report of a
   * page load: the background then also loads the reader into the tab when the user's settings
   * open it on that site (one round trip sooner than the content script asking after its own
   * settings read), and replies once it has. False on a report again (a page back from the
   * back-forward cache keeps its reader, open or closed).
   */
  | { type: 'page-status'; status: PageStatus; autoOpen: boolean }
  | { type: 'load-reader' }
  | { type: 'discovered'; links: FoundLink[] };

/** Popup/background → content script in an article's tab (other pages have no listener). */
export type ToContent = { type: 'reader'; action: ReaderAction };

/**
 * The global-symbol name of the state the content scripts keep in a tab's isolated world
 * (src/content/bridge.ts). The popup reads the page's status from there (src/platform/browser.ts
 * readTabStatus), so the detector needs no message listener on pages that are not articles.
 */
export const TAB_STATE_KEY = 'haiphong-reader.tab-state';

const KINDS: readonly PageKind[] = ['article', 'listing', 'home', 'search', 'document', 'other'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isNullableString(v: unknown): v is string | null {
  return v === null || typeof v === 'string';
}

export function isPageStatus(v: unknown): v is PageStatus {
  return (
    isObject(v) &&
    typeof v.url === 'string' &&
    isNullableString(v.canonical) &&
    typeof v.kind === 'string' &&
    (KINDS as readonly string[]).includes(v.kind) &&
    typeof v.isArticle === 'boolean' &&
    typeof v.confidence === 'number' &&
    Array.isArray(v.reasons) &&
    v.reasons.every((r) => typeof r === 'string') &&
    isNullableString(v.title) &&
    isNullableString(v.published) &&
    typeof v.readerOpen === 'boolean'
  );
}

export function isToBackground(v: unknown): v is ToBackground {
  if (!isObject(v)) return false;
  if (v.type === 'page-status')
    return Object.keys(v).length === 3 && isPageStatus(v.status) && typeof v.autoOpen === 'boolean';
  if (v.type === 'load-reader') return Object.keys(v).length === 1;
  if (v.type === 'discovered') return Object.keys(v).length === 2 && isFoundLinks(v.links);
  return false;
}

function isFoundLinks(v: unknown): v is FoundLink[] {
  return (
    Array.isArray(v) &&
    v.length <= MAX_FOUND_LINKS &&
    v.every(
      (l) =>
        isObject(l) &&
        Object.keys(l).length === 2 &&
        (NETWORKS as readonly unknown[]).includes(l.network) &&
        typeof l.url === 'string' &&
        l.url.length <= 2048,
    )
  );
}

export function isToContent(v: unknown): v is ToContent {
  if (!isObject(v)) return false;
  if (v.type === 'reader')
    return Object.keys(v).length === 2 && (READER_ACTIONS as readonly unknown[]).includes(v.action);
  return false;
}
