/**
 * The cheap check the detector runs on every portal page: URL grammar and a few DOM queries
 * (src/core/detect's quickDetect), turned into the status the badge and the popup show.
 */
import { quickDetect, type QuickDetection } from '../core/detect/index.ts';
import type { PageStatus } from '../platform/messages.ts';
import { canonicalUrl } from '../core/share/canonical.ts';

/** The page's status; its canonical address is left for `withCanonical` (only the popup shows it). */
export function checkPage(doc: Document, url: string): PageStatus {
  return statusOf(url, quickDetect(doc, url));
}

/** The status of what quickDetect (or quickDetectArticle) found on the page at `url`. */
export function statusOf(url: string, d: QuickDetection): PageStatus {
  return {
    url,
    canonical: null,
    kind: d.kind,
    isArticle: d.kind === 'article' && d.title !== null,
    confidence: d.confidence,
    reasons: d.reasons.slice(0, 8),
    title: d.title,
    published: null,
    readerOpen: false,
  };
}

/** The status with the page's canonical address, by the reader's rule (src/core/share/canonical.ts): a declared address off the portals is ignored. */
export function withCanonical(status: PageStatus, doc: Document): PageStatus {
  return { ...status, canonical: canonicalUrl(doc, status.url) };
}
