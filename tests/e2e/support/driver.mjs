// The real-browser test layer: one scenario list, two browsers.
//
// Every scenario is written once against the small driver interface below; `forEachBrowser`
// registers it once per browser (Chromium through Playwright, Firefox ESR through puppeteer-core
// over WebDriver BiDi). A scenario that one browser truly cannot run is registered with
// `only('chromium', …)` and says why in a comment at that place.
//
// Driver (what `ctx.driver` is inside a scenario):
//   name                      'chromium' | 'firefox'
//   extensionOrigin           'chrome-extension://<id>' | 'moz-extension://<uuid>'
//   newPage({ viewport })     → Page (a blank tab)
//   openExtensionPage(path)   → Page with the extension page loaded (e.g. 'src/options/index.html')
//   openPopup(tabId, extra)   → Page: the toolbar popup page reporting on a tab, once its status is shown
//   tabIdOf(url)              the browser's tab id of the tab showing url
//   inExtension(fn, arg)     runs fn(arg) in an extension context (Chromium: the service worker,
//                             Firefox: an extension page kept open); fn uses `globalThis.browser ?? chrome`
//   storage.get(area, keys) / storage.set(area, items) / storage.clear()    extension storage
//   printToPdf(page, file)    a PDF of what printing the page gives (Chromium: print media + page.pdf;
//                             Firefox: the reader's own Print key, silent print-to-PDF into a file)
//   download(page, trigger, file)  runs trigger() and saves the file the page downloads at file
//   requests()                a recorder: { start(), stop() → [{ url, from, initiator }] } of every request
//   can(feature)              'cdp' | 'axe' | 'commands' | 'downloads' | 'emulate-print' | 'css-page-size'
//                             (the PDF's paper follows the page's @page size: Chromium's PDF output;
//                             Firefox's silent print uses the printer's paper)
//   raw                       the underlying objects (Playwright context + worker, or puppeteer browser)
//   close()
// Page:
//   goto(url) reload() close() front() url()
//   evaluate(fn, arg)         in the page's main world (fn may also be a string of a function body)
//   waitFor(fn, arg, timeout) until fn(arg) is truthy in the page
//   press(key)                'Escape', '+', 't', 'Shift+Tab', …
//   setViewport({ width, height })
//   screenshot({ path, clip, fullPage }) → PNG Buffer
//   emulatePrint()            print media for the rest of the page's life (where can('emulate-print'))
//   stubPrintInContentWorld() window.print counted in the content scripts' world (where can('cdp'))
//   errors                    page errors and console errors seen so far
//   raw                       the Playwright or puppeteer page
import { describe, before, after, test } from 'node:test';
import { startFixtureServer } from './fixture-server.mjs';
import { chromiumPath, firefoxPath } from './browsers.mjs';

export const BROWSERS = ['chromium', 'firefox'];

export function browserPath(name) {
  return name === 'chromium' ? chromiumPath() : firefoxPath();
}

/** The browsers this run covers: $HPR_E2E_BROWSERS (comma list) or both. */
export function selectedBrowsers() {
  const wanted = (process.env.HPR_E2E_BROWSERS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return wanted.length ? BROWSERS.filter((b) => wanted.includes(b)) : BROWSERS;
}

export async function launchDriver(name, options) {
  const mod = name === 'chromium' ? await import('./chromium-driver.mjs') : await import('./firefox-driver.mjs');
  return mod.launch(options);
}

/**
 * Registers a group of scenarios once per browser, each group with its own fixture server and
 * browser. `define(ctx)` gets ctx = { name, driver, server, only } (driver and server are set
 * when the tests run). `only(browser, title, fn)` registers a test for that browser alone.
 */
export function forEachBrowser(title, define, { viewport, serverRoots } = {}) {
  for (const name of selectedBrowsers()) {
    const missing = browserPath(name) ? false : `${name} is not installed`;
    describe(`${title} [${name}]`, { skip: missing }, () => {
      const ctx = {
        name,
        driver: null,
        server: null,
        only: (browser, testTitle, fn) => {
          if (browser === name) test(testTitle, fn);
        },
      };
      before(async () => {
        ctx.server = await startFixtureServer(serverRoots);
        ctx.driver = await launchDriver(name, { port: ctx.server.port, server: ctx.server, viewport });
      });
      after(async () => {
        await ctx.driver?.close();
        await ctx.server?.close();
      });
      define(ctx);
    });
  }
}

// ── page-level helpers shared by both browsers (they only use Page.evaluate / waitFor) ──

/** The overlay host's shadow root exposes a dialog: wait until it is there (or time out). */
export async function waitForOverlay(page, timeout = 8000) {
  await page.waitFor(() => !!document.getElementById('hpr-root')?.shadowRoot?.querySelector('[role="dialog"]'), null, timeout);
}

export async function waitForNoOverlay(page, timeout = 8000) {
  await page.waitFor(() => !document.getElementById('hpr-root'), null, timeout);
}

export async function overlayState(page) {
  return page.evaluate(() => {
    const host = document.getElementById('hpr-root');
    const shadow = host?.shadowRoot ?? null;
    const dialog = shadow?.querySelector('[role="dialog"]') ?? null;
    const labelId = dialog?.getAttribute('aria-labelledby');
    return {
      host: !!host,
      shadowMode: shadow ? shadow.mode : null,
      dialog: !!dialog,
      ariaModal: dialog?.getAttribute('aria-modal') ?? null,
      name: labelId ? (shadow.getElementById(labelId)?.textContent ?? null) : (dialog?.getAttribute('aria-label') ?? null),
      h1: shadow?.querySelector('h1')?.textContent ?? null,
      activeInShadow: shadow?.activeElement ? shadow.activeElement.tagName : null,
    };
  });
}

/** Runs a function body with `shadow` (the #hpr-root shadow root or null) and `arg` in the page. */
export function inShadow(page, body, arg) {
  return page.evaluate(
    ([b, a]) => new Function('shadow', 'arg', b)(document.getElementById('hpr-root')?.shadowRoot ?? null, a),
    [body, arg],
  );
}

/** The page's canonical URL (what the print footer and the QR codes carry). */
export function canonicalOf(page) {
  return page.evaluate(() => document.querySelector('link[rel=canonical]')?.href ?? location.href);
}

/** Screenshot (PNG Buffer) of one element, found by a function body returning it (shadow and arg as in inShadow). */
export async function elementShot(page, body, arg) {
  const handle = await page.raw.evaluateHandle(
    ([b, a]) => new Function('shadow', 'arg', b)(document.getElementById('hpr-root')?.shadowRoot ?? null, a),
    [body, arg],
  );
  try {
    return Buffer.from(await handle.asElement().screenshot());
  } finally {
    await handle.dispose();
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The button whose accessible name (aria-label, else its text) matches `name` (string: exact). */
const findButtonSource = `(name, root) => [...(root ?? document).querySelectorAll('button')].find((b) => {
  const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\\s+/g, ' ').trim();
  return typeof name === 'string' ? label === name : new RegExp(name.source, name.flags).test(label);
})`;

export async function clickButton(page, name, timeout = 8000) {
  const arg = typeof name === 'string' ? name : { source: name.source, flags: name.flags };
  await page.waitFor(([src, n]) => !!new Function(`return ${src}`)()(n), [findButtonSource, arg], timeout);
  await page.evaluate(([src, n]) => new Function(`return ${src}`)()(n).click(), [findButtonSource, arg]);
}

export async function countButtons(page, name) {
  const arg = typeof name === 'string' ? name : { source: name.source, flags: name.flags };
  return page.evaluate(([src, n]) => (new Function(`return ${src}`)()(n) ? 1 : 0), [findButtonSource, arg]);
}
