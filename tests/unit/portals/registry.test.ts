/**
 * The registry's other derivations (issue 16): site profiles by generation, display names, the
 * popup's default shortcuts and the main portals, the listing markers.
 */
import { describe, expect, it } from 'vitest';
import { PORTALS } from '../../../src/core/portals/registry.ts';
import { listingScripts, isMainPortalHost, portalOfHost } from '../../../src/core/portals/lookup.ts';
import { PROFILES, portalName } from '../../../src/core/extract/profiles.ts';
import { DEFAULT_SHORTCUTS, discoveryHost } from '../../../src/core/shortcuts.ts';
import { hasPaginationScript } from '../../../src/core/detect/cheap-signals.ts';

describe('what the portal registry gives the rest of the extension', () => {
  it('every profile the registry names exists, and every profile serves a generation of it', () => {
    const named = PORTALS.flatMap((p) => Object.values(p.generations).flatMap((g) => g.profiles));
    expect(named.filter((id) => !PROFILES.some((p) => p.id === id))).toEqual([]);
    for (const profile of PROFILES) {
      expect(profile.generations.length, profile.id).toBeGreaterThan(0);
      for (const generation of profile.generations)
        expect(PORTALS.some((p) => p.generations[generation]?.profiles.includes(profile.id))).toBe(true);
    }
  });

  it("each portal's name is its main site's source line; a sub-portal without a site name says which", () => {
    for (const p of PORTALS) {
      expect(portalName(p.domain)).toBe(p.name);
      expect(portalName(`www.${p.domain}`)).toBe(p.name);
      expect(portalOfHost(p.domain)).toBe(p);
    }
    expect(portalName('sotp.haiphong.gov.vn')).toBe(`${PORTALS[0]!.name} — sotp`);
    expect(portalName('example.org')).toBe('example.org');
  });

  it("the popup's defaults hold each portal's home and services; discovery's main portals are the registry's domains", () => {
    const urls = DEFAULT_SHORTCUTS.map((s) => s.url);
    for (const p of PORTALS) {
      expect(urls).toContain(p.home.url);
      for (const s of p.services) expect(urls).toContain(s.url);
      expect(isMainPortalHost(p.domain) && isMainPortalHost(`www.${p.domain}`)).toBe(true);
      expect(discoveryHost(`https://${p.domain}/`)).toBe(p.domain);
    }
    expect(isMainPortalHost('sotp.haiphong.gov.vn')).toBe(false);
    expect(discoveryHost('https://sotp.haiphong.gov.vn/')).toBeNull();
  });

  it("a listing-script marker of the registry makes a page's inline script a listing's", () => {
    expect(listingScripts().texts.length).toBeGreaterThan(0);
    for (const text of listingScripts().texts) {
      const doc = new DOMParser().parseFromString(`<script>var x = new ${text}();</script>`, 'text/html');
      expect(hasPaginationScript(doc), text).toBe(true);
    }
    const plain = new DOMParser().parseFromString('<script>var page = 1;</script>', 'text/html');
    expect(hasPaginationScript(plain)).toBe(false);
  });
});
