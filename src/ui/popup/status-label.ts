import type { PageKind } from '../../core/types.ts';
import { isPortalUrl } from '../../core/detect/url.ts';

/** Message key of the popup's status line for a page kind. */
export const STATUS_KEYS: Record<PageKind, string> = {
  article: 'statusArticle',
  listing: 'statusListing',
  home: 'statusHome',
  search: 'statusSearch',
  document: 'statusDocument',
  other: 'statusOther',
};

/** Is this URL on one of the portals the extension serves? (The detector's own rule.) */
export { isPortalUrl };
