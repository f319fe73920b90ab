/**
 * The portal registry: what the extension knows about each news portal of Hải Phòng city, one
 * entry per portal. Everything else is derived from it (see lookup.ts): the manifest's
 * `host_permissions` and content-script `matches` (vite.config.ts, both browsers), the
 * background's URL patterns, the detector's host tests and URL grammar, the display names of
 * ArticleSource, the listing markers, the site profiles' generations, the popup's service links
 * and the test server's host mapping. Facts from ../shared/research/portal.md. Pure data.
 *
 * Hosts are written as the host part of a match pattern: a name, or `*.` and a name for every
 * subdomain of it. A host is a portal only when listed: `*.thanhphohaiphong.gov.vn` is not (the
 * WordPress site answers on the bare name and `www.` only; no other subdomain is known, and the
 * extension asks for no host it has no use for).
 */

/** Portal generation (CMS) a page belongs to, as far as the URL tells. */
export type Generation =
  /** haiphong.gov.vn ASP.NET "Portal" (≤ 2020): Detail.aspx?ContentID=… */
  | 'hp-a'
  /** haiphong.gov.vn 2020–2023 CMS (still on congan., pbgdpl.): /Cat/Title-Slug-12345.html */
  | 'hp-b'
  /** haiphong.gov.vn vnPortal-style platform (2023–): /cat[-id]/title-slug-123456, sub-portals */
  | 'hp-c'
  /** thanhphohaiphong.gov.vn WordPress: /slug.html, /slug.html/amp */
  | 'tp-wp';

export type SocialNetwork = 'facebook' | 'zalo' | 'youtube' | 'tiktok';

/** A link the popup offers among the portals' shortcuts. */
export interface PortalLink {
  id: string;
  label: string;
  kind: 'web' | 'phone';
  /** https or tel: address. */
  url: string;
}

/** One CMS generation of a portal: how its URLs read and which site profiles read its pages. */
export interface GenerationEntry {
  /** An article's path (era A: the path, with `ContentID=` in the query). */
  article: RegExp;
  /** A listing's path, when the generation has its own. */
  listing?: RegExp;
  /** The home page's path, when the generation has its own. */
  home?: RegExp;
  /** Ids of the site profiles (extract/profiles.ts) written for the generation's markup. */
  profiles: string[];
  /** Inline-script texts and patterns found only on the generation's listing pages (paginated category pages). */
  listingScripts?: { texts: string[]; patterns: RegExp[] };
}

export interface Portal {
  id: string;
  /** The registered domain: the portal's main site. */
  domain: string;
  /** The hosts it serves, in match-pattern host syntax (`name` or `*.name`). */
  hosts: string[];
  /**
   * Subdomains of `domain` (first label, with or without `www.`) that are service or media hosts,
   * never news pages: covered by the host patterns, but not portal pages.
   */
  serviceHosts: string[];
  /** The portal's name as a source line (ArticleSource.portal, the printout). */
  name: string;
  /** The popup's shortcut to the portal itself. */
  home: PortalLink;
  /** The public services it runs (popup shortcuts). */
  services: PortalLink[];
  /**
   * Its social accounts (fanpages). None could be established from public sources (portal.md
   * §6.3): the popup offers a labelled search, or a link seen on the portal and confirmed by the user.
   */
  fanpages: Partial<Record<SocialNetwork, string>>;
  generations: Partial<Record<Generation, GenerationEntry>>;
}

export const HAIPHONG = {
  id: 'haiphong',
  domain: 'haiphong.gov.vn',
  hosts: ['haiphong.gov.vn', '*.haiphong.gov.vn'],
  serviceHosts: ['cdn', 'dichvucong', '1022', 'congbao', 'quyhoach', 'thuphi'],
  name: 'Cổng thông tin điện tử thành phố Hải Phòng',
  home: {
    id: 'portal',
    label: 'Cổng thông tin điện tử thành phố (haiphong.gov.vn)',
    kind: 'web',
    url: 'https://haiphong.gov.vn/',
  },
  services: [
    {
      id: '1022-web',
      label: 'Tổng đài 1022 (trực tuyến)',
      kind: 'web',
      url: 'https://1022.haiphong.gov.vn/',
    },
    { id: '1022-phone', label: 'Gọi Tổng đài 1022', kind: 'phone', url: 'tel:1022' },
    {
      id: 'dichvucong',
      label: 'Dịch vụ công trực tuyến',
      kind: 'web',
      url: 'https://dichvucong.haiphong.gov.vn/',
    },
  ],
  fanpages: {},
  generations: {
    'hp-a': {
      article: /^\/portal\/(?:detail|printitem)\.aspx$/i,
      listing: /^\/portal\/default\.aspx$/i,
      home: /^\/(?:trang-chu\/?|default\.aspx|portal\/?)$/i,
      profiles: ['hp-a'],
    },
    /** Two segments, the last ending in -<id>.html, capitals allowed. */
    'hp-b': { article: /^\/[a-z0-9-]+\/[a-z0-9-]+-\d{3,}\.html?$/i, profiles: ['hp-b'] },
    'hp-c': {
      /** Two segments, the last ending in -<id> (3+ digits; lichsudangbo. uses 4). */
      article: /^\/[a-z0-9-]+\/[a-z0-9-]+-\d{3,}\/?$/,
      profiles: ['hp-c'],
      listingScripts: {
        texts: ['ArticleInMenuPagination', 'UIArticleInMenu'],
        patterns: [/maxPage\s*=\s*parseInt\(/, /article_category_id\s*:/],
      },
    },
  },
} satisfies Portal;

export const THANHPHOHAIPHONG = {
  id: 'thanhphohaiphong',
  domain: 'thanhphohaiphong.gov.vn',
  hosts: ['thanhphohaiphong.gov.vn', 'www.thanhphohaiphong.gov.vn'],
  serviceHosts: [],
  name: 'Cổng tin tức thành phố Hải Phòng',
  home: {
    id: 'news',
    label: 'Cổng tin tức thành phố (thanhphohaiphong.gov.vn)',
    kind: 'web',
    url: 'https://thanhphohaiphong.gov.vn/',
  },
  services: [],
  fanpages: {},
  generations: {
    'tp-wp': {
      /** A single post: one segment ending in .html, optional /amp. */
      article: /^\/[a-z0-9%-]+\.html(\/amp)?\/?$/i,
      listing: /^\/(?:category|tag|chuyen-muc|author)\/|^\/page\/\d+\/?$|\/page\/\d+\/?$/i,
      profiles: ['tp-amp', 'tp-wp'],
    },
  },
} satisfies Portal;

/** Every portal, the main city portal first. */
export const PORTALS: readonly Portal[] = [HAIPHONG, THANHPHOHAIPHONG];
