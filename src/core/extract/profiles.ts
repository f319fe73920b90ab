/**
 * Site profiles: one small declarative description per portal generation. Selectors are tried in
 * order; the first that matches (with enough text, for the body) wins. Only era A's date selector and
 * era C's class names (seen on a sibling vnPortal site) have outside evidence; the rest are the
 * usual names of each CMS family and are expected to need updating once live pages are seen — the
 * generic fallback covers the gap meanwhile. Selectors must be plain CSS (no :has()).
 */
import type { Generation } from '../detect/url.ts';
import { generationsOfProfile, portalOfHost } from '../portals/lookup.ts';

export interface SiteProfile {
  id: string;
  /** Generations (from the URL) the profile is meant for. */
  generations: Generation[];
  /** Marker selectors: any present means the page uses this profile's markup, whatever the URL. */
  markers: string[];
  title: string[];
  /** Elements (or meta tags: content/datetime is read) holding the publication date. */
  date: string[];
  sapo: string[];
  body: string[];
  author: string[];
  /** Caption elements (compound selectors, matched on the element after an image). */
  caption: string[];
  /** Page furniture inside or next to the body: toolbars, share, related, QR, breadcrumbs, … */
  remove: string[];
}

/** Removed from every body, whatever the profile. */
export const COMMON_REMOVE = [
  'script',
  'style',
  'noscript',
  'iframe',
  'form',
  'button',
  'nav',
  'aside',
  'footer',
  '.breadcrumb',
  '.breadcrumbs',
  '[class*="share"]',
  '[class*="social"]',
  '[class*="related"]',
  '[class*="qrcode"]',
  '[class*="qr-code"]',
  '.print',
  '.tools',
  '.toolbar',
];

/**
 * Caption class names of any theme, for the text block right after an image (the block builder asks
 * only about that block): "img-note", "image-desc", "photo-legend", "chu-thich", "wp-caption-text", …
 * A caption is otherwise recognised only when italic, centred, a <figcaption> or equal to the alt text.
 */
export const GENERIC_CAPTIONS = [
  '[class*="caption"]',
  '[class*="note"]',
  '[class*="desc"]',
  '[class*="legend"]',
  '[class*="chuthich"]',
  '[class*="chu-thich"]',
  '[class*="chu_thich"]',
  '[class*="Caption"]',
  '[class*="Note"]',
  '[class*="Desc"]',
];

export const PROFILES: SiteProfile[] = [
  {
    id: 'hp-a',
    generations: generationsOfProfile('hp-a'),
    markers: ['.divDetail_DateCreate', '.divDetail_Title', '#divDetail'],
    title: ['.divDetail_Title', '.Detail_Title', 'h1'],
    date: ['.divDetail_DateCreate'],
    sapo: ['.divDetail_Summary', '.divDetail_Sapo', '.divDetail_Description'],
    body: ['.divDetail_Content', '#divDetail_Content', '.divDetail_Body', '.Detail_Content'],
    author: ['.divDetail_Author', '.Detail_Author'],
    caption: ['.image_desc', '.caption'],
    remove: [
      '.divDetail_Tools',
      '.divDetail_Other',
      '.divDetail_Related',
      '.divDetail_Print',
      '.tblTools',
      '.OtherNews',
    ],
  },
  {
    id: 'hp-b',
    generations: generationsOfProfile('hp-b'),
    markers: ['.news-detail', '.detail-news', '.news-detail-content'],
    title: ['.news-detail-title', '.detail-title', 'h1.title', 'h1'],
    date: ['.news-detail-time', '.detail-time', '.time-post', '.date-time'],
    sapo: ['.news-detail-sapo', '.detail-sapo', '.sapo', '.news-sapo'],
    body: ['.news-detail-content', '.detail-content', '.news-content', '.content-detail'],
    author: ['.news-detail-author', '.detail-author', '.author'],
    caption: ['.image-caption', '.img-caption', '.caption'],
    remove: [
      '.news-detail-tools',
      '.news-other',
      '.other-news',
      '.news-related',
      '.tin-lien-quan',
      '.box-share',
    ],
  },
  {
    id: 'hp-c',
    generations: generationsOfProfile('hp-c'),
    markers: ['.ArticleContent', '.ArticleHeader', '.ArticleSummary', '.PostDate'],
    title: ['.ArticleHeader', '.Title', 'h1'],
    date: ['.PostDate', '.ArticleDate', 'div.date'],
    sapo: ['.ArticleSummary', '.ArticleSapo'],
    body: ['.ArticleContent', '.news-content', '#news-content'],
    author: ['.ArticleAuthor', '.AuthorName', '.PostAuthor'],
    caption: ['.image_desc', '.ImageCaption', '.caption', '.image-caption'],
    remove: [
      '.ArticleTools',
      '.ArticleTool',
      '.ArticleShare',
      '.RelatedArticle',
      '.RelatedArticles',
      '.OtherArticle',
      '.ArticleOther',
      '.ArticleRating',
      '.BreadCrumb',
      '.breadcrumb',
      '.ArticleTags',
      '.ArticleQR',
    ],
  },
  {
    id: 'tp-amp',
    generations: generationsOfProfile('tp-amp'),
    markers: ['.amp-wp-article', '.amp-wp-article-content'],
    title: ['.amp-wp-title', 'h1'],
    date: ['.amp-wp-posted-on time', '.amp-wp-meta time', 'time[datetime]', '.amp-wp-posted-on'],
    sapo: ['.amp-wp-excerpt', '.sapo'],
    body: ['.amp-wp-article-content', '.amp-wp-content'],
    author: [],
    caption: ['.wp-caption-text'],
    remove: [
      '.amp-wp-article-footer',
      '.amp-wp-meta',
      '.amp-wp-article-header',
      '.amp-related-posts',
      '.amp-wp-comments-link',
      '.amp-wp-tax-category',
      '.amp-wp-tax-tag',
    ],
  },
  {
    id: 'tp-wp',
    generations: generationsOfProfile('tp-wp'),
    // Common news themes besides the default markup: Newspaper (tagDiv, classic and cloud templates),
    // JNews, Elementor Pro single-post templates. The title is the one repeating the page's own title.
    markers: [
      '.entry-content',
      'article.post',
      '.td-post-content',
      '.single-post-content',
      '.tdb_single_content',
      '.jeg_post_title',
      '.elementor-widget-theme-post-content',
    ],
    title: [
      'h1.entry-title',
      'h1.tdb-title-text',
      'h1.jeg_post_title',
      '.elementor-widget-theme-post-title .elementor-heading-title',
      '.entry-title',
      'h1.post-title',
      '.td-post-title h1',
      'h1',
    ],
    date: [
      'meta[property="article:published_time"]',
      'time.entry-date.published',
      'time.entry-date',
      '.entry-date',
      '.td-post-date',
      '.jeg_meta_date',
      '.post-date',
      '.entry-meta',
      '.print-date',
    ],
    sapo: ['.entry-summary', '.post-excerpt', '.sapo', '.td-post-sub-title', '.jeg_post_subtitle'],
    body: [
      '.entry-content .content-inner',
      '.tdb_single_content .tdb-block-inner',
      '.elementor-widget-theme-post-content > .elementor-widget-container',
      '.entry-content',
      '.td-post-content',
      '.post-content',
      '.single-post-content',
      '.post-entry',
    ],
    // WordPress "author" fields name the editor's account, not the byline printed under the article.
    author: [],
    caption: ['.wp-caption-text', '.wp-element-caption'],
    remove: [
      '.sharedaddy',
      '.sd-sharing',
      '.jp-relatedposts',
      '.addtoany_share_save_container',
      '.a2a_kit',
      '.yarpp-related',
      '.related-posts',
      '.post-tags',
      '.entry-footer',
      '.tien-ich',
      '.tien-ich-thong-tin',
      '.widget',
      '.print-link',
      '.fb-page',
      '.qr-code',
      '.post-navigation',
      '.navigation',
      '.comments-area',
      '.td-post-sharing',
      '.tdb_single_tags',
      '.td_block_related_posts',
      '.jnews_inline_related_post_wrapper',
      '.jeg_share_button',
      '.jeg_post_tags',
      '.jnews_related_post_container',
      '.elementor-widget-share-buttons',
      '.elementor-widget-post-info',
      '.elementor-widget-posts',
    ],
  },
];

/** Portal names for ArticleSource. */
export function portalName(host: string, siteName?: string | null): string {
  const h = host.replace(/^www\./, '');
  const portal = portalOfHost(h);
  if (portal && h === portal.domain) return portal.name;
  const sn = (siteName ?? '').replace(/\s+/g, ' ').trim();
  if (sn && sn.length <= 120) return sn;
  if (portal) return `${portal.name} — ${h.slice(0, -`.${portal.domain}`.length)}`;
  return h;
}
