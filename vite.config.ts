/**
 * One config, two targets: `TARGET=chrome` (default) → dist/chrome, `TARGET=firefox` → dist/firefox.
 * The manifest source is manifest.json; the portal hosts (`host_permissions`, the content
 * script's `matches`) come from the portal registry (src/core/portals), and the only browser
 * differences are applied here (background as service worker vs. scripts, Gecko settings).
 */
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { PORTAL_MATCH_PATTERNS } from './src/core/portals/lookup.ts';
import type { Plugin } from 'vite';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

export const GECKO_ID = 'haiphong-reader@haiphong-reader.github.io';
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

/** The manifest of one browser's build (exported for the test that compares every host list). */
export function manifestFor(browser: 'chrome' | 'firefox') {
  const manifest = {
    ...baseManifest,
    version: pkg.version,
    host_permissions: [...PORTAL_MATCH_PATTERNS],
    content_scripts: baseManifest.content_scripts.map((script) => ({
      ...script,
      matches: [...PORTAL_MATCH_PATTERNS],
    })),
  } as Record<string, unknown>;
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
        // Compact, as the browsers read it (the readable source is manifest.json and vite.config.ts).
        writeFileSync(manifestPath, JSON.stringify(manifest) + '\n');
        const assets = path.join(outDir, 'assets');
        const files = readdirSync(assets);
        for (const twin of files.filter((f) => /^reader\.ts-[\w-]+\.js$/.test(f))) {
          const used = files.some(
            (f) =>
              f !== twin && f.endsWith('.js') && readFileSync(path.join(assets, f), 'utf8').includes(twin),
          );
          if (!used) rmSync(path.join(assets, twin));
        }
      },
    },
  };
}

/**
 * Reproducible file names. The bundler's name hashes depend on the checkout's absolute path (the
 * background chunk embeds the injected script's name through a path-keyed placeholder), so two
 * clean clones in different folders gave different zips, and AMO's rebuild from the source zip
 * would not match. Rename every hashed file to a hash of its own content, in which the names of
 * other hashed files are first reduced to their base (so the order of renaming does not matter),
 * then rewrite the references.
 */
function stableFileNames(outDir: string): Plugin {
  const HASHED = /^(.+)-([\w-]{8})\.(js|css)$/;
  const TEXT = /\.(js|css|html|json)$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );
  return {
    name: 'hpr:stable-file-names',
    apply: 'build',
    enforce: 'post',
    closeBundle: {
      order: 'post',
      handler() {
        const assets = path.join(outDir, 'assets');
        if (!existsSync(assets)) return;
        const hashed = readdirSync(assets).filter((f) => HASHED.test(f));
        if (hashed.length === 0) return;
        const anyName = new RegExp(
          hashed.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
          'g',
        );
        const base = (f: string) => f.replace(HASHED, '$1.$3');
        const renames = new Map<string, string>();
        for (const f of hashed) {
          const normalised = readFileSync(path.join(assets, f), 'utf8').replace(anyName, base);
          const digest = createHash('sha256').update(normalised).digest('base64url').slice(0, 8);
          const [, name, , ext] = HASHED.exec(f)!;
          renames.set(f, `${name}-${digest}.${ext}`);
        }
        for (const file of walk(outDir).filter((f) => TEXT.test(f))) {
          const text = readFileSync(file, 'utf8');
          const next = text.replace(anyName, (m) => renames.get(m) ?? m);
          if (next !== text) writeFileSync(file, next);
        }
        for (const [from, to] of renames)
          if (from !== to) renameSync(path.join(assets, from), path.join(assets, to));
      },
    },
  };
}

/**
 * The translators' `description` of each message stays in the source `_locales`; the browsers never
 * read it at run time, so the built copies keep only the messages (and placeholders), unindented.
 */
function shippedLocales(outDir: string): Plugin {
  return {
    name: 'hpr:shipped-locales',
    apply: 'build',
    enforce: 'post',
    closeBundle: {
      order: 'post',
      handler() {
        const locales = path.join(outDir, '_locales');
        if (!existsSync(locales)) return;
        for (const locale of readdirSync(locales)) {
          const file = path.join(locales, locale, 'messages.json');
          if (!existsSync(file)) continue;
          const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
          for (const entry of Object.values(messages)) delete entry.description;
          writeFileSync(file, JSON.stringify(messages) + '\n');
        }
      },
    },
  };
}

/**
 * V8's explicit compile hint on the content scripts: with this first-line comment Chromium compiles
 * all of a file's functions when it compiles the file, instead of parsing each one a second time on
 * its first call. The detector calls most of its functions on every page: its script time on a page
 * that is not an article went from about 9 to about 3.5 ms; the reader, injected when an article
 * opens, reached the overlay about 10 ms sooner (issue 15; `npm run bench`). Other engines read it
 * as a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
function compileHint(outDir: string, files: string[]): Plugin {
  return {
    name: 'hpr:compile-hint',
    apply: 'build',
    enforce: 'post',
    closeBundle: {
      order: 'post',
      handler() {
        for (const file of files) {
          const target = path.join(outDir, file);
          if (!existsSync(target)) continue;
          const code = readFileSync(target, 'utf8');
          if (!code.startsWith(COMPILE_HINT)) writeFileSync(target, `${COMPILE_HINT}\n${code}`);
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
    stableFileNames(`dist/${target}`),
    shippedLocales(`dist/${target}`),
    compileHint(`dist/${target}`, ['src/content/detect.js', 'src/content/reader.js']),
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
