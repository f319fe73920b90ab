/**
 * The page's canonical URL: what the reader's share panel, QR code, "open original" link and
 * printout carry, and what the popup shares. One rule, one selector, used by both.
 *
 * A canonical address the page declares (`<link rel="canonical">`, else `og:url`) is taken only
 * when it sits in the document's `<head>` (article bodies are written by whoever wrote the
 * article, and the HTML parser moves a body's <link>/<meta> out of <head>), is https, and names
 * the page's own host or another portal host (the detector's isPortalHost). Anything else —
 * another site, plain http, a service host, credentials, a non-web scheme — is ignored and the
 * page's own address is used: a page cannot make the extension print or share an address that is
 * not on the portals under the portal's name.
 */
import { isPortalHost } from '../detect/url.ts';
import { safeHttpUrl } from '../safe-url.ts';
import { isTrackingParam } from './clean-url.ts';

/** The one selector for a declared canonical address, applied inside <head> only: rel=canonical, og:url. */
export const CANONICAL_SELECTOR = 'link[rel~="canonical" i][href], meta[property="og:url" i][content]';

/** Dropped from the canonical URL: tracking parameters (the share module's list) and AMP's `amp`. */
const dropParam = (name: string) => isTrackingParam(name) || /^amp$/i.test(name);

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** A declared canonical address we accept for a page at `pageUrl`, or null. */
export function acceptedCanonical(raw: string | null | undefined, pageUrl: string): string | null {
  const abs = safeHttpUrl(raw, pageUrl);
  if (!abs) return null;
  const url = new URL(abs);
  if (url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase();
  return host === hostOf(pageUrl) || isPortalHost(host) ? abs : null;
}

/** The address the page declares in its <head>, if one passes acceptedCanonical; rel=canonical first. */
function declaredCanonical(doc: Document, pageUrl: string): string | null {
  // Only <head> is searched (its subtree alone: cheap on pages with tens of thousands of elements).
  const head = doc.head;
  if (!head) return null;
  const found = head.querySelectorAll(CANONICAL_SELECTOR);
  let og: string | null = null;
  for (let i = 0; i < found.length; i++) {
    const el = found[i];
    if (!el) continue;
    const isLink = el.tagName.toLowerCase() === 'link';
    const accepted = acceptedCanonical(el.getAttribute(isLink ? 'href' : 'content'), pageUrl);
    if (accepted && isLink) return accepted;
    if (accepted && og === null) og = accepted;
  }
  return og;
}

/**
 * Canonical URL of the page at `url`: its accepted declared address, else its own address minus
 * an AMP suffix; without tracking parameters and fragment. Never throws.
 */
export function canonicalUrl(doc: Document, url: string): string {
  const declared = declaredCanonical(doc, url);
  const href = declared ?? url;
  try {
    const u = new URL(href);
    if (!declared) u.pathname = u.pathname.replace(/(\.html?)\/amp\/?$/i, '$1');
    // Filtered as a string: URLSearchParams iterators are not iterable in a Firefox content script.
    const kept = u.search
      .slice(1)
      .split('&')
      .filter((part) => part && !dropParam(part.split('=', 1)[0] ?? ''));
    u.search = kept.length ? `?${kept.join('&')}` : '';
    u.hash = '';
    return u.href;
  } catch {
    return href;
  }
}
