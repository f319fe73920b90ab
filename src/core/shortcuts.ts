/**
 * The popup's "Kết nối với Cổng thông tin" shortcuts: the portals' services and social pages.
 * A social entry with `url: null` is automatic: it uses a link discovered on the portal's own
 * pages, or else a search on that network for the portal's name (labelled as a search). The
 * portals' real social addresses are not known to us, so none is invented here. Pure.
 */
import { safeHttpUrl } from './safe-url.ts';
import { isTrackingParam } from './share/clean-url.ts';

export type SocialNetwork = 'facebook' | 'zalo' | 'youtube' | 'tiktok';
export type ShortcutKind = SocialNetwork | 'web' | 'phone';

export interface Shortcut {
  id: string;
  label: string;
  kind: ShortcutKind;
  /** http(s) or tel: URL; null = automatic (social networks only). */
  url: string | null;
}

export interface DiscoveredLink {
  network: SocialNetwork;
  url: string;
  /** The portal page it was found on. */
  seenOn: string;
  /** ISO date-time of the last sighting. */
  seenAt: string;
}

export const PORTAL_NAME = 'Cổng thông tin điện tử thành phố Hải Phòng';

export const DEFAULT_SHORTCUTS: readonly Shortcut[] = Object.freeze([
  { id: 'facebook', label: 'Facebook', kind: 'facebook', url: null },
  { id: 'zalo', label: 'Zalo', kind: 'zalo', url: null },
  { id: 'youtube', label: 'YouTube', kind: 'youtube', url: null },
  { id: 'portal', label: 'Cổng thông tin điện tử thành phố (haiphong.gov.vn)', kind: 'web', url: 'https://haiphong.gov.vn/' },
  { id: 'news', label: 'Cổng tin tức thành phố (thanhphohaiphong.gov.vn)', kind: 'web', url: 'https://thanhphohaiphong.gov.vn/' },
  { id: '1022-web', label: 'Tổng đài 1022 (trực tuyến)', kind: 'web', url: 'https://1022.haiphong.gov.vn/' },
  { id: '1022-phone', label: 'Gọi Tổng đài 1022', kind: 'phone', url: 'tel:1022' },
  { id: 'dichvucong', label: 'Dịch vụ công trực tuyến', kind: 'web', url: 'https://dichvucong.haiphong.gov.vn/' },
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
  if (tel) return `tel:${tel[1].replace(/[ ().-]/g, '')}`;
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

const SOCIAL_LINK_SELECTOR = ['facebook.com', 'fb.com', 'fb.me', 'zalo.me', 'youtube.com', 'youtu.be', 'tiktok.com']
  .map((domain) => `a[href*="${domain}" i]`)
  .join(', ');

/** Links that are shares of a page, not an account (sharer dialogs, single videos, search). */
function isAccountLink(url: URL, network: SocialNetwork): boolean {
  const path = url.pathname.toLowerCase();
  if (/\/(sharer|share|dialog|plugins|search|results|watch|hashtag|login)\b/.test(path)) return false;
  if (network === 'zalo' && url.hostname.toLowerCase().startsWith('sp.')) return false;
  if (network === 'youtube' && url.hostname.toLowerCase() === 'youtu.be') return false;
  return path.length > 1 || url.search.length > 1;
}

/**
 * Social-account links on a portal page (e.g. its "Chúng tôi trên Mạng Xã hội" block or the
 * fanpage QR's link), deduplicated, first sighting first. Pure: reads `doc`, changes nothing.
 */
export function discoverSocialLinks(doc: Document, pageUrl: string, now = new Date()): DiscoveredLink[] {
  const found = new Map<string, DiscoveredLink>();
  // Only links that name a network are looked at (the selector engine filters, not our loop):
  // this runs on every portal page, listings with hundreds of links included.
  const anchors = doc.querySelectorAll(SOCIAL_LINK_SELECTOR);
  for (let i = 0; i < anchors.length && found.size < 20; i++) {
    const href = safeHttpUrl(anchors[i].getAttribute('href'), pageUrl);
    if (!href) continue;
    const network = socialNetworkOf(href);
    if (!network) continue;
    const url = new URL(href);
    if (!isAccountLink(url, network)) continue;
    url.hash = '';
    // The query is filtered as a string: in a Firefox content script, URLSearchParams iterators
    // are not iterable across the sandbox boundary.
    // Tracking parameters (the share module's list), and `ref`, a referral marker on social links.
    const kept = url.search.slice(1).split('&').filter((part) => {
      const name = part.split('=')[0];
      return part !== '' && !isTrackingParam(name) && name.toLowerCase() !== 'ref';
    });
    url.search = kept.length ? `?${kept.join('&')}` : '';
    const clean = url.href;
    if (!found.has(clean)) found.set(clean, { network, url: clean, seenOn: pageUrl, seenAt: now.toISOString() });
  }
  return [...found.values()];
}

/** Merges new sightings into the stored list: newest sighting wins, at most `limit` links kept. */
export function mergeDiscovered(stored: DiscoveredLink[], fresh: DiscoveredLink[], limit = 30): DiscoveredLink[] {
  const byUrl = new Map(stored.map((d) => [d.url, d]));
  for (const d of fresh) byUrl.set(d.url, d);
  return [...byUrl.values()].sort((a, b) => b.seenAt.localeCompare(a.seenAt)).slice(0, limit);
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
  /** How the URL was chosen. */
  source: 'fixed' | 'discovered' | 'search';
  /** For discovered links: where it was seen. */
  seenOn?: string;
}

export function resolveShortcut(shortcut: Shortcut, discovered: DiscoveredLink[]): ResolvedShortcut | null {
  if (shortcut.url) {
    const href = safeShortcutUrl(shortcut.url);
    return href ? { ...shortcut, href, source: 'fixed' } : null;
  }
  if (!isSocial(shortcut.kind)) return null;
  const seen = discovered.find((d) => d.network === shortcut.kind);
  if (seen) return { ...shortcut, href: seen.url, source: 'discovered', seenOn: seen.seenOn };
  return { ...shortcut, href: socialSearchUrl(shortcut.kind), source: 'search' };
}

/** Repairs a stored shortcut list; null when it is not a usable list at all. */
export function repairShortcuts(raw: unknown): { shortcuts: Shortcut[]; repaired: boolean } {
  if (raw === undefined || raw === null) return { shortcuts: DEFAULT_SHORTCUTS.map((s) => ({ ...s })), repaired: false };
  if (!Array.isArray(raw)) return { shortcuts: DEFAULT_SHORTCUTS.map((s) => ({ ...s })), repaired: true };
  const out: Shortcut[] = [];
  let repaired = false;
  const ids = new Set<string>();
  for (const item of raw.slice(0, 50)) {
    const s = item as Partial<Shortcut>;
    const ok =
      typeof s === 'object' && s !== null &&
      typeof s.id === 'string' && /^[\w-]{1,40}$/.test(s.id) && !ids.has(s.id) &&
      typeof s.label === 'string' && s.label.trim().length > 0 && s.label.length <= 120 &&
      KINDS.includes(s.kind as ShortcutKind) &&
      (s.url === null ? isSocial(s.kind as ShortcutKind) : safeShortcutUrl(s.url) !== null);
    if (!ok) {
      repaired = true;
      continue;
    }
    ids.add(s.id!);
    out.push({ id: s.id!, label: s.label!.trim(), kind: s.kind!, url: s.url === null ? null : safeShortcutUrl(s.url)! });
  }
  if (raw.length > 50) repaired = true;
  return { shortcuts: out, repaired };
}
