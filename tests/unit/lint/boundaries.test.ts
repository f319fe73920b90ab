// @vitest-environment node
/**
 * Issue 16: the layer boundaries and markup-sink rules of eslint.config.js fire. ESLint's Node API
 * lints small sources written here, under paths of each layer, with the repository's own config.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'eslint.config.js' });

/** The rule ids ESLint reports for `code` as if it were the file at `path` (relative to the root). */
async function rulesFor(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  const fatal = result!.messages.filter((m) => m.fatal);
  if (fatal.length) throw new Error(`could not parse: ${fatal.map((m) => m.message).join('; ')}`);
  return result!.messages.map((m) => m.ruleId ?? 'none');
}

describe('src/core is pure logic', () => {
  it.each([
    ["import { t } from '../platform/browser.ts';\nexport const x = t;", 'src/core/x.ts'],
    ["import { t } from '../../platform/browser.ts';\nexport const x = t;", 'src/core/detect/x.ts'],
    ["import { useT } from '../../ui/i18n.ts';\nexport const x = useT;", 'src/core/share/x.ts'],
    ["import { tabState } from '../content/bridge.ts';\nexport const x = tabState;", 'src/core/x.ts'],
    ["import * as b from '../background/index.ts';\nexport const x = b;", 'src/core/x.ts'],
    ["import { render } from 'preact';\nexport const x = render;", 'src/core/x.ts'],
    ["import browser from 'webextension-polyfill';\nexport const x = browser;", 'src/core/x.ts'],
  ])('forbids the import in %j (%s)', async (code, path) => {
    expect(await rulesFor(path, code)).toEqual(['no-restricted-imports']);
  });

  it.each([
    'export const id = () => browser.runtime.id;',
    'export const id = () => chrome.runtime.id;',
    'export const title = () => document.title;',
    'export const here = () => window.location.href;',
    'export const here = () => location.href;',
  ])('forbids the live page and the extension APIs: %s', async (code) => {
    expect(await rulesFor('src/core/x.ts', code)).toEqual(['no-restricted-globals']);
  });

  it.each([
    "export function f(el: Element) {\n  el.innerHTML = '';\n}",
    "export function f(el: Element) {\n  el.outerHTML = '<p>x</p>';\n}",
    "export function f(el: Element, s: string) {\n  el.insertAdjacentHTML('beforeend', s);\n}",
    "export function f(doc: Document) {\n  doc.write('<p>x</p>');\n}",
  ])('forbids every markup write, even of a constant: %s', async (code) => {
    expect(await rulesFor('src/core/x.ts', code)).toContain('no-restricted-syntax');
  });

  it('allows its own modules, reading a given document, and a local named chrome', async () => {
    const code = [
      "import type { Article } from './types.ts';",
      "import { safeHttpUrl } from '../safe-url.ts';",
      'export function f(doc: Document, a: Article): string | null {',
      '  const chrome = new Map<Element, boolean>();',
      "  chrome.set(doc.body, a.title === '');",
      "  return safeHttpUrl(doc.querySelector('a')?.getAttribute('href') ?? '');",
      '}',
    ].join('\n');
    expect(await rulesFor('src/core/detect/x.ts', code)).toEqual([]);
  });
});

describe('src/ui gets the platform through props or context', () => {
  it.each([
    "import { t } from '../platform/browser.ts';\nexport const x = t;",
    "import { t } from '../../platform/browser.ts';\nexport const x = t;",
    "import { isPageStatus } from '../../platform/messages.ts';\nexport const x = isPageStatus;",
    "import { tabState } from '../../content/bridge.ts';\nexport const x = tabState;",
  ])('forbids %j', async (code) => {
    expect(await rulesFor('src/ui/popup/x.ts', code)).toEqual(['no-restricted-imports']);
  });

  it('allows core and its own modules', async () => {
    const code =
      "import { repairSettings } from '../../core/settings.ts';\nimport { useT } from '../i18n.ts';\nexport const x = [repairSettings, useT];";
    expect(await rulesFor('src/ui/options/x.ts', code)).toEqual([]);
  });

  it('forbids markup from strings: innerHTML from a variable, dangerouslySetInnerHTML', async () => {
    expect(
      await rulesFor('src/ui/x.ts', 'export function f(el: Element, s: string) {\n  el.innerHTML = s;\n}'),
    ).toEqual(['no-unsanitized/property']);
    expect(
      await rulesFor(
        'src/ui/x.ts',
        "export function f(el: Element, s: string) {\n  el.insertAdjacentHTML('afterend', s);\n}",
      ),
    ).toEqual(['no-unsanitized/method']);
    expect(
      await rulesFor(
        'src/ui/x.tsx',
        'export const X = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;',
      ),
    ).toEqual(['no-restricted-syntax']);
  });
});

describe('extension APIs only in src/platform', () => {
  it.each(['src/content/x.ts', 'src/popup/x.ts', 'src/options/x.ts', 'src/background/x.ts', 'src/ui/x.ts'])(
    'forbids raw browser, chrome and the polyfill in %s',
    async (path) => {
      expect(await rulesFor(path, 'export const f = () => browser.runtime.id;')).toEqual([
        'no-restricted-globals',
      ]);
      expect(await rulesFor(path, 'export const f = () => chrome.runtime.id;')).toEqual([
        'no-restricted-globals',
      ]);
      expect(
        await rulesFor(path, "import browser from 'webextension-polyfill';\nexport const x = browser;"),
      ).toEqual(['no-restricted-imports']);
    },
  );

  it('forbids a raw object re-exported by the platform module', async () => {
    for (const code of [
      "import { browser } from '../platform/browser.ts';\nexport const x = browser;",
      "import platform from '../platform/browser.ts';\nexport const x = platform;",
    ])
      expect(await rulesFor('src/popup/main.tsx', code)).toEqual(['no-restricted-imports']);
  });

  it('allows them in src/platform, which imports core only', async () => {
    const code =
      "import browser from 'webextension-polyfill';\nimport { repairSettings } from '../core/settings.ts';\nexport const f = () => [browser.runtime.id, chrome.runtime.id, repairSettings];";
    expect(await rulesFor('src/platform/x.ts', code)).toEqual([]);
    expect(
      await rulesFor('src/platform/x.ts', "import { useT } from '../ui/i18n.ts';\nexport const x = useT;"),
    ).toEqual(['no-restricted-imports']);
  });
});

describe('entry points are thin and independent', () => {
  it.each([
    ['src/popup/main.tsx', "import { x } from '../options/main.tsx';"],
    ['src/popup/main.tsx', "import { x } from '../content/bridge.ts';"],
    ['src/options/main.tsx', "import { x } from '../popup/main.tsx';"],
    ['src/content/reader.ts', "import { x } from '../background/index.ts';"],
    ['src/background/index.ts', "import { x } from '../content/bridge.ts';"],
    ['src/background/index.ts', "import { x } from '../ui/mount.ts';"],
  ])('%s may not import %j', async (path, code) => {
    expect(await rulesFor(path, `${code}\nexport const y = x;`)).toEqual(['no-restricted-imports']);
  });

  it('they wire core, platform and ui; the background names the reader script built from src/content', async () => {
    const popup = [
      "import { t } from '../platform/browser.ts';",
      "import { isPortalUrl } from '../core/detect/url.ts';",
      "import { PopupApp } from '../ui/popup/PopupApp.tsx';",
      'export const x = [t, isPortalUrl, PopupApp];',
    ].join('\n');
    expect(await rulesFor('src/popup/main.tsx', popup)).toEqual([]);
    const background =
      "import readerScript from '../content/reader.ts?script&iife';\nimport { setBadge } from '../platform/browser.ts';\nexport const x = [readerScript, setBadge];";
    expect(await rulesFor('src/background/index.ts', background)).toEqual([]);
  });
});
