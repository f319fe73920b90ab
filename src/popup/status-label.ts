import type { PageKind } from '../core/types.ts';

/** Message key of the popup's status line for a page kind. */
export const STATUS_KEYS: Record<PageKind, string> = {
  article: 'statusArticle',
  listing: 'statusListing',
  home: 'statusHome',
  search: 'statusSearch',
  document: 'statusDocument',
  other: 'statusOther',
};

const PORTAL_HOST = /^(?:[a-z0-9-]+\.)*haiphong\.gov\.vn$|^(?:www\.)?thanhphohaiphong\.gov\.vn$/;

/** Is this URL on one of the portals the extension serves? */
export function isPortalUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && PORTAL_HOST.test(u.hostname);
  } catch {
    return false;
  }
}
