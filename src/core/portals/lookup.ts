/**
 * What the rest of the extension reads from the portal registry (registry.ts): host lists and
 * tests, the portal of a host, and the registry's data gathered across portals. Pure.
 */
import { PORTALS, type Generation, type Portal } from './registry.ts';

/** The registry's host patterns (`name` or `*.name`), every portal's, in registry order. */
export const PORTAL_HOST_PATTERNS: readonly string[] = PORTALS.flatMap((p) => p.hosts);

/** The manifest's match patterns for the portals: `host_permissions`, content-script `matches`, menus. */
export const PORTAL_MATCH_PATTERNS: readonly string[] = PORTAL_HOST_PATTERNS.map((h) => `*://${h}/*`);

/** A test of a host name (lower case). */
export interface HostTest {
  test(host: string): boolean;
}

/** Labels of letters, digits and hyphens joined by dots, none empty (`a.b-c`), checked without a regex. */
export function isLabels(s: string): boolean {
  if (s === '' || s.startsWith('.') || s.endsWith('.') || s.includes('..')) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46; // a-z 0-9 - .
    if (!ok) return false;
  }
  return true;
}

/**
 * A test of a host (lower case) against host patterns, as a match pattern reads them: `name` is that
 * host, `*.name` is it or any host below it. String comparisons, no regular expression: this runs on
 * every portal page load, where compiling patterns costs more than the test.
 */
export function hostTest(patterns: readonly string[]): HostTest {
  const exact = new Set(patterns.filter((p) => !p.startsWith('*.')));
  const below = patterns.filter((p) => p.startsWith('*.')).map((p) => p.slice(2));
  return {
    test: (host) =>
      exact.has(host) ||
      below.some((d) => host === d || (host.endsWith(`.${d}`) && isLabels(host.slice(0, -d.length - 1)))),
  };
}

/** A test of a host (lower case) for the portal's service and media hosts (with or without `www.`). */
export function serviceHostTest(portal: Portal): HostTest {
  const names = new Set(portal.serviceHosts);
  const suffix = `.${portal.domain}`;
  return {
    test: (host) => {
      if (!host.endsWith(suffix)) return false;
      const name = host.slice(0, -suffix.length);
      return names.has(name.startsWith('www.') ? name.slice(4) : name);
    },
  };
}

const TESTS = PORTALS.map((portal) => ({
  portal,
  host: hostTest(portal.hosts),
  service: serviceHostTest(portal),
}));

/** The portal whose host patterns cover the host (its service hosts included), or null. */
export function portalOfHost(host: string): Portal | null {
  const h = host.toLowerCase();
  return TESTS.find((t) => t.host.test(h))?.portal ?? null;
}

/** True for a service or media host of a portal (cdn., dichvucong., 1022., …). */
export function isServiceHost(host: string): boolean {
  const h = host.toLowerCase();
  return TESTS.some((t) => t.host.test(h) && t.service.test(h));
}

/** True when the host is a portal's and not one of its service hosts. */
export function isPortalHost(host: string): boolean {
  return portalOfHost(host) !== null && !isServiceHost(host);
}

/** True for an http(s) URL on a portal host (isPortalHost): the pages the extension serves. */
export function isPortalUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && isPortalHost(u.hostname);
  } catch {
    return false;
  }
}

/** True for a portal's main site: its registered domain, with or without `www.`. */
export function isMainPortalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return PORTALS.some((p) => p.domain === h);
}

/** The generations whose markup a site profile was written for. */
export function generationsOfProfile(profileId: string): Generation[] {
  return PORTALS.flatMap(
    (p) =>
      Object.entries(p.generations)
        .filter(([, g]) => g.profiles.includes(profileId))
        .map(([id]) => id) as Generation[],
  );
}

/**
 * Inline-script markers of listing pages, every portal's: texts, and one pattern for all. Made on
 * first use: the detector asks only where a page may be an article.
 */
let listingScriptMarkers: { texts: readonly string[]; pattern: RegExp } | null = null;
export function listingScripts(): { texts: readonly string[]; pattern: RegExp } {
  if (listingScriptMarkers) return listingScriptMarkers;
  const all = PORTALS.flatMap((p) => Object.values(p.generations).flatMap((g) => g.listingScripts ?? []));
  listingScriptMarkers = {
    texts: all.flatMap((l) => l.texts),
    pattern: new RegExp(all.flatMap((l) => l.patterns.map((r) => r.source)).join('|') || '(?!)'),
  };
  return listingScriptMarkers;
}
