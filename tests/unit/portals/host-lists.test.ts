// @vitest-environment node
/**
 * Issue 16, one portal registry: every host list is derived from src/core/portals/registry.ts, and
 * this fails when any of them disagrees with it — the manifests vite.config.ts generates (Chrome
 * and Firefox) and the built ones in dist/ when a build is there, the background's context-menu
 * patterns, the test server's host mapping (Chromium's --host-resolver-rules, npm start), and the
 * detector's host test (url.ts) on hosts inside and outside every pattern.
 */
import { defined } from '../defined.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { manifestFor } from '../../../vite.config.ts';
import { PORTALS } from '../../../src/core/portals/registry.ts';
import { PORTAL_HOST_PATTERNS, PORTAL_MATCH_PATTERNS } from '../../../src/core/portals/lookup.ts';
import { classifyUrl, isPortalHost } from '../../../src/core/detect/url.ts';

const ROOT = join(__dirname, '../../..');
/** The e2e test server (plain JavaScript, run under tsx): what it maps to itself. */
const testServer = '../../e2e/support/fixture-server.mjs';
const TEST_SERVER_HOSTS = ((await import(testServer)) as { PORTAL_HOST_PATTERNS: readonly string[] })
  .PORTAL_HOST_PATTERNS;

interface Manifest {
  host_permissions: string[];
  content_scripts: { matches: string[] }[];
}

/** The host part of a match pattern `<scheme>://<host>/<path>`. */
const hostOf = (pattern: string) =>
  defined(/^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1], `a host in ${pattern}`);

/** A host matched by a match pattern's host, as the browsers read it (`*.x`: x and every subdomain). */
function covered(host: string, patternHost: string): boolean {
  if (patternHost.startsWith('*.')) {
    const base = patternHost.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === patternHost;
}

/** Registry order: the same patterns in the same order everywhere. */
const EXPECTED = PORTALS.flatMap((p) => p.hosts.map((h) => `*://${h}/*`));

describe('every host list agrees with the portal registry', () => {
  it('the registry lists each portal host once, as match-pattern hosts', () => {
    expect(EXPECTED).toEqual([...PORTAL_MATCH_PATTERNS]);
    expect(new Set(PORTAL_HOST_PATTERNS).size).toBe(PORTAL_HOST_PATTERNS.length);
    for (const h of PORTAL_HOST_PATTERNS) expect(h).toMatch(/^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
  });

  for (const browser of ['chrome', 'firefox'] as const) {
    it(`the ${browser} manifest vite.config.ts generates: host_permissions and the content script's matches`, () => {
      const m = manifestFor(browser) as unknown as Manifest;
      expect(m.host_permissions).toEqual(EXPECTED);
      expect(m.content_scripts.map((c) => c.matches)).toEqual([EXPECTED]);
    });

    const built = join(ROOT, 'dist', browser, 'manifest.json');
    it.skipIf(!existsSync(built))(`the built dist/${browser}/manifest.json (skipped without a build)`, () => {
      const m = JSON.parse(readFileSync(built, 'utf8')) as Manifest;
      expect(m.host_permissions).toEqual(EXPECTED);
      expect(m.content_scripts.map((c) => c.matches)).toEqual([EXPECTED]);
    });
  }

  it('the source manifest.json holds no host list of its own', () => {
    const source = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    expect(source).not.toMatch(/gov\.vn/);
  });

  it("the background's context menu shows on the registry's patterns", async () => {
    const registered: { documentUrlPatterns: string[] }[] = [];
    let started: ((reason: 'install' | 'update' | 'startup') => Promise<void>) | undefined;
    vi.doMock('../../../src/platform/browser.ts', () => ({
      activeTab: vi.fn(),
      injectScript: vi.fn(),
      onBackgroundMessage: vi.fn(),
      onCommand: vi.fn(),
      onContextMenu: vi.fn(),
      onInstalledOrStarted: (handler: typeof started) => (started = handler),
      openPopupWindow: vi.fn(),
      registerContextMenu: async (menu: { documentUrlPatterns: string[] }) => void registered.push(menu),
      repairStoredData: vi.fn(),
      sendToTab: vi.fn(),
      setBadge: vi.fn(),
      loadSettings: vi.fn(),
      storeDiscovered: vi.fn(),
      t: (key: string) => key,
    }));
    vi.doMock('../../../src/content/reader.ts?script&iife', () => ({ default: 'reader.js' }));
    await import('../../../src/background/index.ts');
    await started!('startup');
    expect(registered.map((m) => m.documentUrlPatterns)).toEqual([EXPECTED]);
    vi.doUnmock('../../../src/platform/browser.ts');
  });

  it("the test server answers for exactly the manifest's hosts", () => {
    expect([...TEST_SERVER_HOSTS]).toEqual(EXPECTED.map(hostOf));
  });

  it("the detector's host test (url.ts) agrees with the manifest on hosts inside and outside every pattern", () => {
    const hosts = PORTALS.flatMap((p) => [
      p.domain,
      `www.${p.domain}`,
      `tin-tuc.${p.domain}`,
      `thanhto.haian.${p.domain}`,
      ...p.serviceHosts.map((s) => `${s}.${p.domain}`),
      `evil${p.domain}`,
      `${p.domain}.evil.example`,
      `www.${p.domain}.evil.example`,
    ]);
    const manifestHosts = EXPECTED.map(hostOf);
    for (const host of hosts) {
      const inManifest = manifestHosts.some((p) => covered(host, p));
      // Every host the content script runs on is a portal family's (service hosts included); no other.
      expect(classifyUrl(`https://${host}/`).portal, host).toBe(inManifest);
      const service = PORTALS.some((p) => p.serviceHosts.some((s) => host === `${s}.${p.domain}`));
      expect(isPortalHost(host), host).toBe(inManifest && !service);
    }
  });

  it('*.thanhphohaiphong.gov.vn is not a portal: its bare name and www. only', () => {
    expect(isPortalHost('thanhphohaiphong.gov.vn')).toBe(true);
    expect(isPortalHost('www.thanhphohaiphong.gov.vn')).toBe(true);
    expect(isPortalHost('tintuc.thanhphohaiphong.gov.vn')).toBe(false);
    expect(EXPECTED).not.toContain('*://*.thanhphohaiphong.gov.vn/*');
    expect([...TEST_SERVER_HOSTS]).not.toContain('*.thanhphohaiphong.gov.vn');
  });

  it('no other file writes a wildcard portal host of its own (src, scripts, bench, e2e support)', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
      );
    const files = ['src', 'scripts', 'bench', 'tests/e2e']
      .flatMap((d) => walk(join(ROOT, d)))
      .filter((f) => /\.(?:ts|tsx|mjs|js)$/.test(f) && !f.startsWith(join(ROOT, 'src/core/portals')));
    const offenders = files.filter((f) =>
      /['"`](?:\*:\/\/)?\*\.[a-z0-9.-]+\.vn\b/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
