/**
 * The cheap DOM signals of page kind: a handful of selector queries and at most a few short texts,
 * no walk over the page. The detector runs them on every portal page load (src/content/detect.ts),
 * so their first-run cost in a fresh isolated world is what a non-article page pays.
 */
import { boundedText, selectAll } from '../anatomy/dom.ts';
import { LISTING_SCRIPTS } from '../portals/lookup.ts';
import { describe, type Vote } from './signals.ts';

/** Inline-script markers of paginated listing pages: the portal registry's. */
const { texts: PAGINATION_MARKERS, pattern: PAGINATION_RE } = LISTING_SCRIPTS;
// Selector lists are kept as arrays and queried one selector at a time (selectAll: same elements,
// same order, several times quicker in a browser than one selector list).
const ARTICLE_MARKERS = [
  '.divDetail_Content',
  '.ArticleContent',
  '.entry-content',
  'article.post',
  '.amp-wp-article',
  '.amp-wp-article-content',
  '.single-post',
  '.post-content',
  '.detail-content',
  '.news-content',
  '#news-content',
];
const POST_TEASERS = ['article.post', 'article.type-post', '.UIListNews_Default .item', '.list-news > li'];
const JSONLD_ARTICLE_RE = /"@type"\s*:\s*"(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle)"/;
const JSONLD_LISTING_RE = /"@type"\s*:\s*"(?:CollectionPage|SearchResultsPage|ItemList)"/;

export function hasPaginationScript(doc: Document): boolean {
  // Inline scripts only, asked of the selector engine: no wrapper is made for the external ones
  // (each element read costs on the detector's first run in a page).
  for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const t = s.textContent ?? '';
    if (PAGINATION_MARKERS.some((m) => t.includes(m)) || PAGINATION_RE.test(t)) return true;
  }
  return false;
}

/** A few querySelector calls: safe for every page load. */
export function cheapSignals(doc: Document): Vote[] {
  const votes: Vote[] = [];
  if (hasPaginationScript(doc)) {
    votes.push({
      kind: 'listing',
      weight: 0.9,
      reason: 'DOM: listing pagination script (ArticleInMenuPagination / maxPage)',
    });
  }
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') votes.push({ kind: 'article', weight: 0.3, reason: 'DOM: og:type=article' });
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 4)) {
    const t = s.textContent ?? '';
    if (JSONLD_ARTICLE_RE.test(t)) {
      votes.push({ kind: 'article', weight: 0.35, reason: 'DOM: JSON-LD NewsArticle/Article' });
      break;
    }
    if (JSONLD_LISTING_RE.test(t)) {
      votes.push({ kind: 'listing', weight: 0.3, reason: 'DOM: JSON-LD CollectionPage/ItemList' });
      break;
    }
  }
  if (doc.querySelector('meta[property="article:published_time"], meta[itemprop="datePublished"]')) {
    votes.push({ kind: 'article', weight: 0.2, reason: 'DOM: article:published_time meta' });
  }
  const posts = selectAll(doc, POST_TEASERS);
  if (posts.length >= 4)
    votes.push({ kind: 'listing', weight: 0.3, reason: `DOM: ${posts.length} post teasers` });
  for (const marker of posts.length >= 4 ? [] : selectAll(doc, ARTICLE_MARKERS).slice(0, 6)) {
    if (boundedText(marker, 200) === null) {
      // more than 200 characters (the walk stops there: no full-text scan)
      votes.push({ kind: 'article', weight: 0.2, reason: `DOM: article container ${describe(marker)}` });
      break;
    }
  }
  return votes;
}
