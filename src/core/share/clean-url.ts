/**
 * The URL we share: the page's address with tracking parameters and the fragment removed,
 * http(s) only, serialised the way a browser's address bar does (`new URL(...).href`), so
 * Vietnamese characters in paths come out percent-encoded as UTF-8 and a QR code of the result
 * decodes back to exactly what a browser would request.
 *
 * Policy: remove a parameter only when it is known to carry nothing but attribution, i.e. the
 * page is the same with or without it. Anything ambiguous stays, because a shared link that
 * lost a parameter the portal needs (`pageid`, `p_steering`, `ContentID`, `Organization`,
 * `MenuID`, `ItemID`, …) is broken, while a leftover tracking parameter only costs privacy.
 * That is why `ref`, `share`, `source`, `from` and `si` are kept: portals and CMSs use such
 * names for real routing, and none of them is reliably tracking-only.
 */
import { safeHttpUrl } from '../safe-url.ts';

/** Parameter name prefixes (lower case) that are tracking-only wherever they appear. */
const TRACKING_PREFIXES: readonly string[] = [
  'utm_', // Google Analytics campaign tags (utm_source, utm_medium, utm_campaign, utm_term, utm_content, utm_id…)
  'pk_', // Matomo campaign tags (pk_campaign, pk_kwd, pk_source…)
  'mtm_', // Matomo tag manager campaign tags
];

/** Exact parameter names (lower case) that are tracking-only. */
const TRACKING_NAMES: ReadonlySet<string> = new Set([
  // Click identifiers added by ad and social platforms.
  'fbclid', // Facebook
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid', // Google Ads / DoubleClick
  'msclkid', // Microsoft Ads
  'yclid', // Yandex
  'ttclid', // TikTok
  'twclid', // X / Twitter
  'igshid', // Instagram
  'li_fat_id', // LinkedIn
  'srsltid', // Google Merchant Center
  // Zalo: the in-app browser appends these to every link opened from a chat or the feed.
  'zarsrc', // Zalo article source ("zarsrc=30", "zarsrc=1303")
  'gidzl', // Zalo user/session id
  // Facebook's legacy share-dialog and page-plugin parameters.
  'fb_action_ids',
  'fb_action_types',
  'fb_ref',
  'fb_source',
  'action_object_map',
  'action_type_map',
  'action_ref_map',
  '__tn__',
  '__cft__[0]',
  '__cft__',
  // Google Analytics cross-domain linker.
  '_ga',
  '_gl',
  // Mailchimp campaign and subscriber ids (only these two; other mc_ names are not Mailchimp's).
  'mc_cid',
  'mc_eid',
  // HubSpot, Marketo, Vero, Olytics e-mail tracking.
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'vero_id',
  'vero_conv',
  'oly_anon_id',
  'oly_enc_id',
]);

/** True when a query parameter name (as written in the URL, decoded) is tracking-only. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  if (TRACKING_NAMES.has(lower)) return true;
  return TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function decodeParamName(raw: string): string {
  const name = (raw.split('=', 1)[0] ?? '').replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * The URL to share, or null when `raw` is not an absolute http(s) URL (after resolving it
 * against `base` when given) or carries credentials.
 *
 * The query is filtered piece by piece on its serialised form, so the parameters that stay are
 * kept byte for byte (order, case, `%20` vs `+`, `/` and `:` unescaped) — re-serialising them
 * through URLSearchParams would change what the portal receives. Empty pieces (`&&`) go.
 */
export function cleanShareUrl(raw: string | null | undefined, base?: string): string | null {
  const href = safeHttpUrl(raw, base);
  if (href === null) return null;
  const url = new URL(href);
  url.hash = '';
  // url.search is '' for both "no query" and a bare "?"; assigning '' drops the "?" too.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((piece) => piece !== '' && !isTrackingParam(decodeParamName(piece)));
  url.search = kept.length ? `?${kept.join('&')}` : '';
  return url.href;
}
