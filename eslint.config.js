// ESLint flat config: typescript-eslint's recommended rules (not type-checked: the lint stays
// quick), eslint-plugin-no-unsanitized for markup sinks, and the layer boundaries of src/:
//
//   core      pure logic: imports no other layer, no preact, no extension API, never touches the
//             live page (no document/window/location globals, no markup writes at all)
//   platform  the only place that calls browser.* / chrome.* / webextension-polyfill; imports core only
//   ui        preact components: import core only (platform functions arrive through props/context)
//   entries   content, background, popup, options: thin wiring of core + platform + ui, never each
//             other (the background's `../content/reader.ts?script&iife` is the built file's name for
//             scripting.executeScript, not an import of its code, and is the one exception)
//
// tests/unit/lint/boundaries.test.ts runs this config on small sources and checks each rule fires.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

/**
 * An import path that climbs out of the importing folder into one of the given top-level folders of
 * src/ (`../platform/…`, `../../ui/…`), or names it from the repository root (`src/ui/…`).
 */
function layerImport(layers) {
  return `^(?:(?:\\.\\./)+|(?:\\./)?src/)(?:${layers.join('|')})(?:/|$)`;
}

const EXTENSION_API = {
  name: 'webextension-polyfill',
  message: 'Extension APIs are called from src/platform only: add a named function there.',
};

/** The platform API is its named functions: a raw `browser`/`chrome` object exported from it is not to be used. */
const RAW_FROM_PLATFORM = {
  regex: '(?:^|/)platform/',
  importNames: ['browser', 'chrome', 'default'],
  message: 'Call the named functions of the platform API, not a raw extension object.',
};

/** Imports forbidden to a layer: the named folders of src/, and packages. */
function restrictImports(layers, why, packages = []) {
  const patterns = layers.length ? [{ regex: layerImport(layers), message: why }] : [];
  return ['error', { paths: [EXTENSION_API, ...packages], patterns: [...patterns, RAW_FROM_PLATFORM] }];
}

const EXTENSION_GLOBALS = ['browser', 'chrome'].map((name) => ({
  name,
  message: `Raw \`${name}\` is for src/platform only: call a named function of the platform API.`,
}));

const NO_MARKUP_PROP = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'No markup from strings in our UI: build elements (page HTML goes through the allow-list).',
};

/** The ways of writing markup into a document, forbidden to core whatever the value. */
const NO_DOCUMENT_WRITES = [
  {
    selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'src/core reads the DOM and never writes markup into it.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln|setHTMLUnsafe)$/]',
    message: 'src/core reads the DOM and never writes markup into it.',
  },
];

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', 'test-results/', 'tests/fixtures/', 'bench/results.json'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `let [kind, top] = …` where only one of them changes later stays one declaration.
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
  // ── everything in src/ ──
  {
    // Functions passed to page.evaluate / inContent / the service worker run in the browser.
    files: ['tests/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': ['error', NO_MARKUP_PROP],
      'no-restricted-globals': ['error', ...EXTENSION_GLOBALS],
      'no-restricted-imports': restrictImports([], ''),
    },
  },
  {
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictImports(
        ['platform', 'ui', 'content', 'background', 'popup', 'options'],
        'src/core is pure logic: it imports nothing from the other layers.',
        [{ name: 'preact', message: 'src/core renders nothing: components live in src/ui.' }],
      ),
      'no-restricted-globals': [
        'error',
        ...EXTENSION_GLOBALS,
        ...['document', 'window', 'location', 'navigator', 'localStorage'].map((name) => ({
          name,
          message: `src/core works on the document it is given, never on the live page's \`${name}\`.`,
        })),
      ],
      'no-restricted-syntax': ['error', NO_MARKUP_PROP, ...NO_DOCUMENT_WRITES],
    },
  },
  {
    files: ['src/platform/**/*.ts'],
    rules: {
      'no-restricted-globals': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: layerImport(['ui', 'content', 'background', 'popup', 'options']),
              message: 'src/platform wraps the extension APIs and may import src/core only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictImports(
        ['platform', 'content', 'background', 'popup', 'options'],
        'src/ui gets platform functions through props or context from its entry point, and imports src/core only.',
      ),
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(
        ['background', 'popup', 'options'],
        'Entry points are thin and independent: they wire core, platform and ui, never each other.',
      ),
    },
  },
  {
    files: ['src/background/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [EXTENSION_API],
          patterns: [
            RAW_FROM_PLATFORM,
            {
              // The reader's built file name (`?script`) is the one thing it takes from src/content.
              regex: `${layerImport(['ui', 'popup', 'options'])}|${layerImport(['content'])}(?!.*\\?script)`,
              message:
                'The background wires core and platform only (it renders nothing); entry points never import each other.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/popup/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictImports(
        ['content', 'background', 'options'],
        'Entry points are thin and independent: they wire core, platform and ui, never each other.',
      ),
    },
  },
  {
    files: ['src/options/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictImports(
        ['content', 'background', 'popup'],
        'Entry points are thin and independent: they wire core, platform and ui, never each other.',
      ),
    },
  },
);
