/**
 * One config, two targets: `TARGET=chrome` (default) → dist/chrome, `TARGET=firefox` → dist/firefox.
 * The manifest source is manifest.json; the only browser differences are applied here
 * (background as service worker vs. scripts, Gecko settings).
 */
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import type { Plugin } from 'vite';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const GECKO_ID = 'haiphong-reader@haiphong-reader.github.io';
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

function manifestFor(browser: 'chrome' | 'firefox') {
  const manifest = { ...baseManifest, version: pkg.version } as Record<string, unknown>;
  if (browser === 'firefox') {
    manifest.background = { scripts: [baseManifest.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest;
}

/**
 * The reader is injected with scripting.executeScript, which needs no web_accessible_resources;
 * crxjs adds them for every `?script` import anyway (open to all sites). Remove them, and the
 * unused ES-module twin of the injected script, so pages cannot fetch or fingerprint our files.
 */
function noWebAccessibleResources(outDir: string): Plugin {
  return {
    name: 'hpr:no-web-accessible-resources',
    apply: 'build',
    enforce: 'post',
    closeBundle: {
      order: 'post',
      handler() {
        const manifestPath = path.join(outDir, 'manifest.json');
        if (!existsSync(manifestPath)) return;
        const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
        delete manifest.web_accessible_resources;
        writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
        const assets = path.join(outDir, 'assets');
        const files = readdirSync(assets);
        for (const twin of files.filter((f) => /^reader\.ts-[\w-]+\.js$/.test(f))) {
          const used = files.some((f) => f !== twin && f.endsWith('.js') && readFileSync(path.join(assets, f), 'utf8').includes(twin));
          if (!used) rmSync(path.join(assets, twin));
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(target) as never,
      browser: target,
      // The detector is a single self-contained file: no loader, no web_accessible_resources,
      // so portal pages cannot fingerprint the extension by fetching its files.
      contentScripts: { standaloneFiles: ['src/content/detect.ts'] },
    }),
    noWebAccessibleResources(`dist/${target}`),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
  },
  logLevel: process.env.VITE_LOG_LEVEL === 'silent' ? 'silent' : 'info',
});
