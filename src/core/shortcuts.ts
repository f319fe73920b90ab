/**
 * The popup's "Kết nối với Cổng thông tin" shortcuts: the portals' services and social pages.
 * A social entry with `url: null` is automatic: it uses a link discovered on the portal's own
 * pages, or else a search on that network for the portal's name (labelled as a search). The
 * portals' real social addresses are not known to us, so none is invented here. Pure.
 */
import { safeHttpUrl } from './safe-url.ts';
import { isTrackingParam } from './share/clean-url.ts';
import { isMainPortalHost, isPortalHost } from './portals/lookup.ts';
import { HAIPHONG, PORTALS, type SocialNetwork } from './portals/registry.ts';

export type { SocialNetwork } from './portals/registry.ts';
export type ShortcutKind = SocialNetwork | 'web' | 'phone';

export interface Shortcut {
  id: string;
  label: string;
  kind: ShortcutKind;
  /** http(s) or tel: URL; null = automatic (social networks only). */
  url: string | null;
}

/**
 * A social-account link seen on a portal page. Only the host of the page it was seen on is kept
 * (no page address, no query, no time): the list says where a link came from, not what was read.
 * The list's order is its recency (newest first).
 */
export interface DiscoveredLink {
  network: SocialNetwork;
  url: string;
  /** Host of the portal page it was seen on. */
  host: string;
}

/** The longest discovered URL kept (a social-account address is far shorter). */
export const MAX_DISCOVERED_URL = 2048;
/** How many discovered links are kept at most. */
export const MAX_DISCOVERED = 20;

export const PORTAL_NAME = HAIPHONG.name;

/** The networks' own names (brand names: the same in every language). */
export const NETWORK_NAMES: Readonly<Record<SocialNetwork, string>> = Object.freeze({
  facebook: 'Facebook',
  zalo: 'Zalo',
  youtube: 'YouTube',
  tiktok: 'TikTok',
});

/**
 * The default shortcuts, from the portal registry: one social entry per network (a portal's known
 * fanpage, else automatic), each portal's home, then the portals' services.
 */
export const DEFAULT_SHORTCUTS: readonly Shortcut[] = Object.freeze([
  ...(['facebook', 'zalo', 'youtube'] as const).map((network) => ({
    id: network,
    label: NETWORK_NAMES[network],
    kind: network,
    url: PORTALS.map((p) => p.fanpages[network]).find(Boolean) ?? null,
  })),
  ...PORTALS.map((p) => ({ ...p.home })),
  ...PORTALS.flatMap((p) => p.services.map((s) => ({ ...s }))),
] satisfies Shortcut[]);

const SOCIAL: readonly SocialNetwork[] = ['facebook', 'zalo', 'youtube', 'tiktok'];

const KINDS: readonly ShortcutKind[] = [...SOCIAL, 'web', 'phone'];

export function isSocial(kind: ShortcutKind): kind is SocialNetwork {
  return (SOCIAL as readonly string[]).includes(kind);
}

/** A shortcut URL we are willing to open: http(s), or tel: with a phone number. */
export function safeShortcutUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const tel = /^tel:\s*(\+?[0-9 ().-]{2,20})$/i.exec(raw.trim());
  if (tel?.[1]) return `tel:${tel[1].replace(/[ ().-]/g, '')}`;
  return safeHttpUrl(raw.trim());
}

/** The network a link belongs to, or null. */
export function socialNetworkOf(url: string): SocialNetwork | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const is = (domain: string) => host === domain || host.endsWith(`.${domain}`);
  if (is('facebook.com') || is('fb.com') || is('fb.me')) return 'facebook';
  if (is('zalo.me')) return 'zalo';
  if (is('youtube.com') || is('youtu.be')) return 'youtube';
  if (is('tiktok.com')) return 'tiktok';
  return null;
}

const SOCIAL_LINK_SELECTOR = [
  'facebook.com',
  'fb.com',
  'fb.me',
  'zalo.me',
  'youtube.com',
  'youtu.be',
  'tiktok.com',
]
  .map((domain) => `a[href*="${domain}" i]`)
  .join(', ');

/**
 * Paths that are not an account of the portal: share dialogs and plugins, searches, single
 * videos and posts, redirectors (facebook.com/l.php?u=…, youtube.com/redirect?q=…), and group or
 * chat invites (facebook.com/groups/…, zalo.me/g/…, …/invite…).
 */
const NOT_ACCOUNT_PATH =
  /^\/(?:sharer|share|dialog|plugins|search|results|watch|hashtag|login|l\.php|redirect|attribution_link|link|groups?|g|invite|join|share_inline)(?:[/.?]|$)|\/(?:sharer|share|invite|join)(?:[/.]|$)/i;
/** A query parameter that carries another address: the mark of a redirector. */
const CARRIES_URL =
  /(?:^|&)(?:u|q|url|link|next|continue|redirect|redirect_uri|target|to|dest)=(?:https?|%68%74%74%70|\/\/|www\.)/i;

/** True for a link to a social account (not a share, a redirector, an invite, a single post or video). */
export function isAccountLink(url: URL, network: SocialNetwork): boolean {
  const path = url.pathname.toLowerCase();
  if (NOT_ACCOUNT_PATH.test(path)) return false;
  if (CARRIES_URL.test(url.search.slice(1))) return false;
  const host = url.hostname.toLowerCase();
  if (network === 'facebook' && (host.startsWith('l.') || host.startsWith('lm.'))) return false; // l.facebook.com link shim
  if (network === 'zalo' && (host.startsWith('sp.') || host === 'chat.zalo.me')) return false;
  if (network === 'youtube' && host === 'youtu.be') return false;
  return path.length > 1 || url.search.length > 1;
}

export interface DiscoveryOptions {
  /** The user's opt-in: also learn from the department, district and ward sub-portals. */
  subPortals?: boolean;
}

/**
 * The host of a page discovery may learn from, or null: an https page on a portal host (never a
 * service host), on a main portal unless the user opted in to the sub-portals.
 */
export function discoveryHost(pageUrl: string, options: DiscoveryOptions = {}): string | null {
  let u: URL;
  try {
    u = new URL(pageUrl);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  if (u.protocol !== 'https:' || !isPortalHost(host)) return null;
  // The main portals (isMainPortalHost) always; the sub-portals on the user's opt-in.
  return isMainPortalHost(host) || options.subPortals === true ? host : null;
}

/** Landmarks of a page's furniture: its header and footer (HTML elements, ARIA roles, or named so). */
const FURNITURE =
  'header, footer, [role="banner" i], [role="contentinfo" i], [id*="header" i], [id*="footer" i], [class*="header" i], [class*="footer" i]';
/** Containers of an article's own content. */
const CONTENT = 'article, main, [role="main" i], [itemprop~="articleBody" i]';

/** Two or more paragraphs as direct children: a text container (an article body), not page furniture. */
function holdsText(el: Element): boolean {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (c.tagName === 'P' && ++n >= 2) return true;
  return false;
}

/**
 * True when the link sits in the page's own header or footer: inside a furniture landmark, and
 * neither inside an article/main container nor inside any text container (so a <footer> or a
 * div.footer written into an article body does not count).
 */
function inFurniture(a: Element): boolean {
  if (!a.closest(FURNITURE) || a.closest(CONTENT)) return false;
  const root = a.ownerDocument.body;
  for (
    let el = a.parentElement;
    el && el !== root && el !== a.ownerDocument.documentElement;
    el = el.parentElement
  ) {
    if (holdsText(el)) return false;
  }
  return true;
}

/** A discovered link as stored: a social-account address, short enough, from a portal host; else null. */
export function validDiscovered(raw: unknown): DiscoveredLink | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const item = raw as Record<string, unknown>;
  const { network, url, host } = item;
  if (
    typeof url !== 'string' ||
    url.length > MAX_DISCOVERED_URL ||
    typeof host !== 'string' ||
    host.length > 253
  )
    return null;
  if (!(SOCIAL as readonly unknown[]).includes(network) || !isPortalHost(host) || !/^[a-z0-9.-]+$/.test(host))
    return null;
  const href = safeHttpUrl(url);
  if (
    href === null ||
    href !== url ||
    socialNetworkOf(href) !== network ||
    !isAccountLink(new URL(href), network as SocialNetwork)
  )
    return null;
  return { network: network as SocialNetwork, url, host };
}

/**
 * Social-account links in a portal page's own header and footer (e.g. its "Chúng tôi trên Mạng Xã
 * hội" block), deduplicated, first sighting first; none on pages discoveryHost refuses. Pure:
 * reads `doc`, changes nothing.
 */
export function discoverSocialLinks(
  doc: Document,
  pageUrl: string,
  options: DiscoveryOptions = {},
): DiscoveredLink[] {
  const host = discoveryHost(pageUrl, options);
  if (host === null) return [];
  const found = new Map<string, DiscoveredLink>();
  // Only links that name a network are looked at (the selector engine filters, not our loop):
  // this runs on every portal page, listings with hundreds of links included.
  const anchors = doc.querySelectorAll(SOCIAL_LINK_SELECTOR);
  for (let i = 0; i < anchors.length && found.size < MAX_DISCOVERED; i++) {
    const anchor = anchors[i];
    const raw = anchor?.getAttribute('href');
    if (!anchor || !raw || raw.length > MAX_DISCOVERED_URL || !inFurniture(anchor)) continue;
    const href = safeHttpUrl(raw, pageUrl);
    if (!href) continue;
    const network = socialNetworkOf(href);
    if (!network) continue;
    const url = new URL(href);
    if (url.protocol !== 'https:' || !isAccountLink(url, network)) continue;
    url.hash = '';
    // The query is filtered as a string: in a Firefox content script, URLSearchParams iterators
    // are not iterable across the sandbox boundary.
    // Tracking parameters (the share module's list), and `ref`, a referral marker on social links.
    const kept = url.search
      .slice(1)
      .split('&')
      .filter((part) => {
        const name = part.split('=', 1)[0] ?? '';
        return part !== '' && !isTrackingParam(name) && name.toLowerCase() !== 'ref';
      });
    url.search = kept.length ? `?${kept.join('&')}` : '';
    const item = validDiscovered({ network, url: url.href, host });
    if (item && !found.has(item.url)) found.set(item.url, item);
  }
  return [...found.values()];
}

/**
 * A stored discovered list, repaired: every valid entry kept (first occurrence of a URL wins),
 * the rest dropped, at most MAX_DISCOVERED. `repaired` says whether anything was dropped.
 */
export function repairDiscovered(raw: unknown): { links: DiscoveredLink[]; repaired: boolean } {
  if (raw === undefined || raw === null) return { links: [], repaired: false };
  if (!Array.isArray(raw)) return { links: [], repaired: true };
  const byUrl = new Map<string, DiscoveredLink>();
  let repaired = false;
  for (const item of raw) {
    const ok = byUrl.size < MAX_DISCOVERED ? validDiscovered(item) : null;
    if (!ok || byUrl.has(ok.url)) repaired = true;
    else byUrl.set(ok.url, ok);
  }
  return { links: [...byUrl.values()], repaired };
}

/** Merges new sightings into the stored list (repaired first: never throws): newest first, bounded. */
export function mergeDiscovered(
  stored: unknown,
  fresh: readonly unknown[],
  limit = MAX_DISCOVERED,
): DiscoveredLink[] {
  const all = [...(Array.isArray(fresh) ? fresh : []), ...repairDiscovered(stored).links];
  return repairDiscovered(all).links.slice(0, limit);
}

/** A search on the network for the portal's name: what an automatic social shortcut opens until a link is discovered. */
export function socialSearchUrl(network: SocialNetwork, query = PORTAL_NAME): string {
  const q = encodeURIComponent(query);
  switch (network) {
    case 'facebook':
      return `https://www.facebook.com/search/pages/?q=${q}`;
    case 'youtube':
      return `https://www.youtube.com/results?search_query=${q}`;
    case 'tiktok':
      return `https://www.tiktok.com/search/user?q=${q}`;
    case 'zalo':
      // Zalo has no public web search for Official Accounts; search the web for its OA pages.
      return `https://duckduckgo.com/?q=${encodeURIComponent(`site:oa.zalo.me ${query}`)}`;
  }
}

export interface ResolvedShortcut extends Shortcut {
  /** The URL to open. */
  href: string;
  /** How the URL was chosen: the shortcut's own (fixed or confirmed by the user) address, or a search. */
  source: 'fixed' | 'search';
}

/**
 * What a shortcut opens. An automatic social entry opens a labelled search: a link merely seen on
 * a portal page is never shown under the portal's name until the user confirms it (which makes it
 * the entry's own address, see confirmDiscovered).
 */
export function resolveShortcut(shortcut: Shortcut): ResolvedShortcut | null {
  if (shortcut.url) {
    const href = safeShortcutUrl(shortcut.url);
    return href ? { ...shortcut, href, source: 'fixed' } : null;
  }
  if (!isSocial(shortcut.kind)) return null;
  return { ...shortcut, href: socialSearchUrl(shortcut.kind), source: 'search' };
}

/**
 * The user confirmed a discovered link as the portal's account on its network: the first
 * automatic entry of that network takes it as its own address (or a new entry is added).
 */
export function confirmDiscovered(shortcuts: readonly Shortcut[], link: DiscoveredLink): Shortcut[] {
  const ok = validDiscovered(link);
  if (!ok) return [...shortcuts];
  const i = shortcuts.findIndex((s) => s.kind === ok.network && s.url === null);
  if (i >= 0) return shortcuts.map((s, j) => (j === i ? { ...s, url: ok.url } : s));
  const label = NETWORK_NAMES[ok.network];
  let id: string = ok.network;
  for (let n = 2; shortcuts.some((s) => s.id === id); n++) id = `${ok.network}-${n}`;
  return [...shortcuts, { id, label, kind: ok.network, url: ok.url }];
}

/** Discovered links not already the address of one of the shortcuts (what is left to confirm). */
export function unconfirmed(
  discovered: readonly DiscoveredLink[],
  shortcuts: readonly Shortcut[],
): DiscoveredLink[] {
  const taken = new Set(shortcuts.map((s) => s.url));
  return discovered.filter((d) => !taken.has(d.url));
}

/** Repairs a stored shortcut list; null when it is not a usable list at all. */
export function repairShortcuts(raw: unknown): { shortcuts: Shortcut[]; repaired: boolean } {
  if (raw === undefined || raw === null)
    return { shortcuts: DEFAULT_SHORTCUTS.map((s) => ({ ...s })), repaired: false };
  if (!Array.isArray(raw)) return { shortcuts: DEFAULT_SHORTCUTS.map((s) => ({ ...s })), repaired: true };
  const out: Shortcut[] = [];
  let repaired = false;
  const ids = new Set<string>();
  for (const item of raw.slice(0, 50)) {
    const s = item as Partial<Shortcut>;
    const ok =
      typeof s === 'object' &&
      s !== null &&
      typeof s.id === 'string' &&
      /^[\w-]{1,40}$/.test(s.id) &&
      !ids.has(s.id) &&
      typeof s.label === 'string' &&
      s.label.trim().length > 0 &&
      s.label.length <= 120 &&
      KINDS.includes(s.kind as ShortcutKind) &&
      (s.url === null ? isSocial(s.kind as ShortcutKind) : safeShortcutUrl(s.url) !== null);
    if (!ok) {
      repaired = true;
      continue;
    }
    ids.add(s.id!);
    out.push({
      id: s.id!,
      label: s.label!.trim(),
      kind: s.kind!,
      url: s.url === null ? null : safeShortcutUrl(s.url)!,
    });
  }
  if (raw.length > 50) repaired = true;
  return { shortcuts: out, repaired };
}
