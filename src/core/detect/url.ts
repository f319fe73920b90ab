/**
 * URL grammar of the Hải Phòng portals, one rule set per CMS generation.
 * Pure string work: no DOM. See ../../../../shared/research/portal.md §1 and §6.1.
 */
import type { PageKind } from '../types.ts';
import { HAIPHONG, THANHPHOHAIPHONG, type Generation } from '../portals/registry.ts';
import { hostTest, isServiceHost } from '../portals/lookup.ts';
import {
  isAmpPath,
  isHomePath,
  isMediaPath,
  isOneSegment,
  isSearchPath,
  isSteeringDocumentPath,
  forLowerCase,
} from './path-tests.ts';

export type { Generation } from '../portals/registry.ts';
export { isPortalHost, isPortalUrl } from '../portals/lookup.ts';

export interface UrlVerdict {
  /** Parsed host (lower case, without port), '' when the URL does not parse. */
  host: string;
  /** True for hosts of the two portal families (haiphong.gov.vn and subdomains, thanhphohaiphong.gov.vn). */
  portal: boolean;
  /** Hosts of the family that never carry news (cdn., dichvucong., 1022., …). */
  excluded: boolean;
  generation: Generation | null;
  /** What the URL alone suggests; null when it says nothing. */
  kind: PageKind | null;
  /** How much the URL alone is worth (0..1). */
  weight: number;
  reason: string;
  /** True for an AMP URL (…/amp). */
  amp: boolean;
}

const HP_HOST = hostTest(HAIPHONG.hosts);
const TP_HOST = hostTest(THANHPHOHAIPHONG.hosts);

/**
 * Article, listing and home paths per generation: the registry's. Its case-insensitive expressions
 * are tested case-sensitively on the lower-cased path and query (forLowerCase: the same answers, no
 * case tables built on the detector's first run), each made on its first use; so are this file's own.
 */
function lowerCaseTest(re: RegExp): (lower: string) => boolean {
  let made: RegExp | null = null;
  return (lower) => (made ??= forLowerCase(re)).test(lower);
}
const HP_C_ARTICLE = HAIPHONG.generations['hp-c'].article;
const HP_B_ARTICLE = lowerCaseTest(HAIPHONG.generations['hp-b'].article);
const HP_A_ARTICLE = lowerCaseTest(HAIPHONG.generations['hp-a'].article);
const HP_A_LISTING = lowerCaseTest(HAIPHONG.generations['hp-a'].listing);
const HP_A_HOME = lowerCaseTest(HAIPHONG.generations['hp-a'].home);
/** Two segments whose first is a known listing root, e.g. /van-ban-quy-pham-phap-luat/trang-2. */
const PAGED_LISTING = /^\/[a-z0-9-]+\/(?:trang|page)-?\d+\/?$/;
const SEARCH_QUERY = /[?&](?:q|s|keyword|kw|tu-khoa|searchtext)=/;
const DOCUMENT_QUERY = /[?&]p_steering=\d+/;
const ERA_A_CONTENT_QUERY = /[?&]contentid=\d+/;
const AMP_QUERY = /[?&]amp(?:=1)?(?:&|$)/;

const TP_ARTICLE = lowerCaseTest(THANHPHOHAIPHONG.generations['tp-wp'].article);
const TP_LISTING = lowerCaseTest(THANHPHOHAIPHONG.generations['tp-wp'].listing);
const TP_NOT_CONTENT = /^\/(?:wp-content|wp-json|wp-admin|feed)(?:\/|$)/;

/**
 * The parts of an address the grammar reads: a parsed URL, or the page's own `location` (the
 * detector passes it, sparing a parse on every page load).
 */
export type UrlParts = Pick<URL, 'protocol' | 'hostname' | 'pathname' | 'search'>;

function verdict(host: string, partial: Partial<UrlVerdict>): UrlVerdict {
  return {
    host,
    portal: false,
    excluded: false,
    generation: null,
    kind: null,
    weight: 0,
    reason: 'URL: no known portal grammar',
    amp: false,
    ...partial,
  };
}

/** What the URL grammar says about a page. Never throws. */
export function classifyUrl(url: string | UrlParts): UrlVerdict {
  let u: UrlParts;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return verdict('', { reason: 'URL: not parseable' });
  }
  const host = u.hostname.toLowerCase();
  const path = decodeURIComponentSafe(u.pathname) || '/';
  const query = u.search;
  // Simple tests are string comparisons on the lower-cased path (path-tests.ts); the query's only when there is one.
  const lower = path.toLowerCase();
  const lowerQuery = query.toLowerCase();
  const amp = isAmpPath(lower) || (query !== '' && AMP_QUERY.test(lowerQuery));

  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    return verdict(host, { reason: `URL: scheme ${u.protocol} is not a web page` });
  }

  if (isServiceHost(host)) {
    return verdict(host, {
      portal: true,
      excluded: true,
      kind: isSteeringDocumentPath(lower) ? 'document' : 'other',
      weight: 1,
      reason: `URL: ${host} is a service/media host, not a news portal`,
    });
  }

  if (TP_HOST.test(host)) {
    const base = { portal: true, generation: 'tp-wp' as const, amp };
    if (TP_NOT_CONTENT.test(lower))
      return verdict(host, { ...base, kind: 'other', weight: 0.8, reason: 'URL: WordPress system path' });
    if (/[?&]s=/.test(query))
      return verdict(host, { ...base, kind: 'search', weight: 0.6, reason: 'URL: WordPress search (?s=)' });
    if (path === '/' || /^\/(?:index\.php)?$/.test(path)) {
      return verdict(host, { ...base, kind: 'home', weight: 0.6, reason: 'URL: portal root' });
    }
    if (TP_LISTING(lower))
      return verdict(host, {
        ...base,
        kind: 'listing',
        weight: 0.45,
        reason: 'URL: WordPress category/tag/page path',
      });
    if (TP_ARTICLE(lower)) {
      return verdict(host, {
        ...base,
        kind: 'article',
        weight: 0.45,
        reason: `URL: WordPress post /<slug>.html${amp ? '/amp' : ''}`,
      });
    }
    if (isMediaPath(lower))
      return verdict(host, { ...base, kind: 'other', weight: 0.8, reason: 'URL: media or file download' });
    return verdict(host, { ...base, reason: 'URL: thanhphohaiphong.gov.vn path with no known grammar' });
  }

  if (HP_HOST.test(host)) {
    const base = { portal: true, amp };
    if (query !== '' && DOCUMENT_QUERY.test(lowerQuery)) {
      return verdict(host, {
        ...base,
        generation: 'hp-c',
        kind: 'document',
        weight: 0.7,
        reason: 'URL: document view (p_steering=…)',
      });
    }
    if (isSteeringDocumentPath(lower))
      return verdict(host, { ...base, kind: 'document', weight: 0.7, reason: 'URL: steering-document file' });
    if (isMediaPath(lower))
      return verdict(host, { ...base, kind: 'other', weight: 0.8, reason: 'URL: media or file download' });
    if (isSearchPath(lower) || (query !== '' && SEARCH_QUERY.test(lowerQuery) && isOneSegment(lower))) {
      return verdict(host, { ...base, kind: 'search', weight: 0.6, reason: 'URL: search path' });
    }
    if (query !== '' && HP_A_ARTICLE(lower) && ERA_A_CONTENT_QUERY.test(lowerQuery)) {
      return verdict(host, {
        ...base,
        generation: 'hp-a',
        kind: 'article',
        weight: 0.45,
        reason: 'URL: era-A Portal/Detail.aspx?ContentID=…',
      });
    }
    if (HP_A_LISTING(lower)) {
      return verdict(host, {
        ...base,
        generation: 'hp-a',
        kind: 'listing',
        weight: 0.4,
        reason: 'URL: era-A Portal/Default.aspx (organisation page)',
      });
    }
    if (HP_A_HOME(lower))
      return verdict(host, {
        ...base,
        generation: 'hp-a',
        kind: 'home',
        weight: 0.55,
        reason: 'URL: era-A home (/trang-chu)',
      });
    if (path === '/' && !query)
      return verdict(host, { ...base, kind: 'home', weight: 0.6, reason: 'URL: portal root' });
    if (isHomePath(lower))
      return verdict(host, {
        ...base,
        kind: 'home',
        weight: 0.5,
        reason: 'URL: a unit home page (…/trang-chu)',
      });
    if (path === '/')
      return verdict(host, { ...base, kind: null, weight: 0, reason: 'URL: portal root with a query' });
    if (HP_B_ARTICLE(lower)) {
      return verdict(host, {
        ...base,
        generation: 'hp-b',
        kind: 'article',
        weight: 0.45,
        reason: 'URL: era-B /<Category>/<Title-Slug>-<id>.html',
      });
    }
    if (HP_C_ARTICLE.test(path)) {
      return verdict(host, {
        ...base,
        generation: 'hp-c',
        kind: 'article',
        weight: 0.45,
        reason: 'URL: era-C /<category>/<title-slug>-<id>',
      });
    }
    // A single path segment: an era-C/B category (a trailing -digits is a category id, not an article).
    if (isOneSegment(lower) || PAGED_LISTING.test(lower)) {
      return verdict(host, {
        ...base,
        generation: /[A-Z]/.test(path) ? null : 'hp-c',
        kind: 'listing',
        weight: 0.3,
        reason: 'URL: single category segment (a trailing -<digits> is a category id)',
      });
    }
    return verdict(host, { ...base, reason: 'URL: haiphong.gov.vn path with no known grammar' });
  }

  return verdict(host, { reason: `URL: ${host} is not a Hải Phòng portal` });
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
