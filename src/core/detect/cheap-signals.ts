/**
 * The cheap DOM signals of page kind: a handful of selector queries and at most a few short texts,
 * no walk over the page. The detector runs them on every portal page load (src/content/detect.ts),
 * so their first-run cost in a fresh isolated world is what a non-article page pays.
 */
import { boundedText, selectAll } from '../anatomy/dom.ts';
import { listingScripts } from '../portals/lookup.ts';
import { describe, type Vote } from './signals.ts';

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
  // Inline-script markers of paginated listing pages: the portal registry's.
  const { texts, pattern } = listingScripts();
  for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const t = s.textContent ?? '';
    if (texts.some((m) => t.includes(m)) || pattern.test(t)) return true;
  }
  return false;
}

/** The weight of each cheap vote (cheapSignals gives them; cheapSignalsBound bounds them). */
const WEIGHT = {
  paginationScript: 0.9,
  ogArticle: 0.3,
  jsonLdArticle: 0.35,
  jsonLdListing: 0.3,
  publishedMeta: 0.2,
  postTeasers: 0.3,
  articleContainer: 0.2,
} as const;
const OG_TYPE = 'meta[property="og:type"]';
const JSON_LD = 'script[type="application/ld+json"]';
const PUBLISHED_META = 'meta[property="article:published_time"], meta[itemprop="datePublished"]';
/** The same elements as selectAll over each list (a selector list gives each element once). */
const POST_TEASER_LIST = POST_TEASERS.join(', ');
const ARTICLE_MARKER_LIST = ARTICLE_MARKERS.join(', ');

/** A few querySelector calls: safe for every page load. */
export function cheapSignals(doc: Document): Vote[] {
  const votes: Vote[] = [];
  if (hasPaginationScript(doc)) {
    votes.push({
      kind: 'listing',
      weight: WEIGHT.paginationScript,
      reason: 'DOM: listing pagination script (ArticleInMenuPagination / maxPage)',
    });
  }
  const ogType = doc.querySelector(OG_TYPE)?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article')
    votes.push({ kind: 'article', weight: WEIGHT.ogArticle, reason: 'DOM: og:type=article' });
  for (const s of Array.from(doc.querySelectorAll(JSON_LD)).slice(0, 4)) {
    const t = s.textContent ?? '';
    if (JSONLD_ARTICLE_RE.test(t)) {
      votes.push({
        kind: 'article',
        weight: WEIGHT.jsonLdArticle,
        reason: 'DOM: JSON-LD NewsArticle/Article',
      });
      break;
    }
    if (JSONLD_LISTING_RE.test(t)) {
      votes.push({
        kind: 'listing',
        weight: WEIGHT.jsonLdListing,
        reason: 'DOM: JSON-LD CollectionPage/ItemList',
      });
      break;
    }
  }
  if (doc.querySelector(PUBLISHED_META)) {
    votes.push({ kind: 'article', weight: WEIGHT.publishedMeta, reason: 'DOM: article:published_time meta' });
  }
  const posts = selectAll(doc, POST_TEASERS);
  if (posts.length >= 4)
    votes.push({ kind: 'listing', weight: WEIGHT.postTeasers, reason: `DOM: ${posts.length} post teasers` });
  for (const marker of posts.length >= 4 ? [] : selectAll(doc, ARTICLE_MARKERS).slice(0, 6)) {
    if (boundedText(marker, 200) === null) {
      // more than 200 characters (the walk stops there: no full-text scan)
      votes.push({
        kind: 'article',
        weight: WEIGHT.articleContainer,
        reason: `DOM: article container ${describe(marker)}`,
      });
      break;
    }
  }
  return votes;
}

/**
 * Bounds of cheapSignals' votes from element counts alone, reading no element: each article vote
 * cheapSignals might give (at its full weight), and the listing votes it certainly gives. In a tally
 * with the same URL verdict, "article" can win with cheapSignals' votes only if it wins with these
 * (its score here is at least as high, every other kind's at most as high). In a fresh
 * content-script world the first element read costs more than all of these counts together, and on
 * most pages that are not articles these already rule the article out.
 */
export function cheapSignalsBound(doc: Document): Vote[] {
  const count = (selectors: string) => doc.querySelectorAll(selectors).length;
  // cheapSignals reads the first og:type; any of them saying "article" (in any case, with spaces) may be it.
  const ogArticle = `${OG_TYPE}[content*="article" i]`;
  // One count over every article signal first: most pages that are not articles have none, and
  // then the bound is no vote at all (no listing vote is needed to rule the article out).
  if (count([ogArticle, JSON_LD, PUBLISHED_META, ARTICLE_MARKER_LIST].join(', ')) === 0) return [];
  const votes: Vote[] = [];
  const bound = (weight: number, reason: string) => votes.push({ kind: 'article', weight, reason });
  if (count(ogArticle) > 0) bound(WEIGHT.ogArticle, 'bound: og:type');
  if (count(JSON_LD) > 0) bound(WEIGHT.jsonLdArticle, 'bound: JSON-LD');
  if (count(PUBLISHED_META) > 0) bound(WEIGHT.publishedMeta, 'bound: published meta');
  const posts = count(POST_TEASER_LIST);
  if (posts >= 4)
    votes.push({ kind: 'listing', weight: WEIGHT.postTeasers, reason: `bound: ${posts} post teasers` });
  else if (count(ARTICLE_MARKER_LIST) > 0) bound(WEIGHT.articleContainer, 'bound: article container');
  return votes;
}
