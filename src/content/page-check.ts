/**
 * The cheap check the detector runs on every portal page: URL grammar and a few DOM queries.
 * First rule (foundation): the URL looks like an article of a known portal generation and the
 * page has a heading. The full detector (src/core/detect) replaces this.
 */
import type { PageStatus } from '../platform/messages.ts';

const ARTICLE_URL = [
  /^https?:\/\/(?:[a-z0-9-]+\.)*haiphong\.gov\.vn\/[a-z0-9-]+\/[a-z0-9-]+-\d{3,}\/?(?:[?#].*)?$/,
  /^https?:\/\/(?:[a-z0-9-]+\.)*haiphong\.gov\.vn\/[a-z0-9-]+\/[a-z0-9-]+-\d{3,}\.html(?:[?#].*)?$/i,
  /^https?:\/\/(?:www\.)?thanhphohaiphong\.gov\.vn\/[a-z0-9-]+\.html(?:\/amp\/?)?(?:[?#].*)?$/,
];

export function checkPage(doc: Document, url: string): PageStatus {
  const urlSaysArticle = ARTICLE_URL.some((re) => re.test(url));
  const heading = doc.querySelector('h1')?.textContent?.trim() || null;
  const isArticle = urlSaysArticle && heading !== null;
  return {
    url,
    kind: isArticle ? 'article' : 'other',
    isArticle,
    confidence: isArticle ? 0.6 : 0.4,
    reasons: [urlSaysArticle ? 'URL matches an article pattern' : 'URL is not an article pattern', heading ? 'has <h1>' : 'no <h1>'],
    title: heading,
    published: null,
    readerOpen: false,
  };
}
