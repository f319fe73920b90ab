/**
 * Issue 14, hardening: no `activeTab` (host access to the portals covers every use). The source
 * manifest is checked here; the built ones (dist/chrome, dist/firefox) too when a build is there
 * (the real-browser foundation scenario checks them on every run).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const read = (file: string) =>
  JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as {
    permissions: string[];
    host_permissions?: string[];
  };

describe('manifest permissions', () => {
  it('the source manifest asks for storage, scripting and contextMenus only (hosts: tests/unit/portals)', () => {
    const m = read('manifest.json');
    expect([...m.permissions].sort()).toEqual(['contextMenus', 'scripting', 'storage']);
    expect(m.host_permissions).toBeUndefined();
  });

  for (const dist of ['dist/chrome', 'dist/firefox']) {
    it.skipIf(!existsSync(join(ROOT, dist, 'manifest.json')))(
      `the built ${dist}/manifest.json has no activeTab (skipped without a build)`,
      () => {
        expect(read(`${dist}/manifest.json`).permissions).not.toContain('activeTab');
      },
    );
  }
});
