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
//   mouseClick(x, y)          a real mouse click at viewport coordinates (a trusted event)
//   inContent(body, arg)      runs a function body in the extension's content-script world of the tab,
//                             with `shadow` (the reader's closed shadow root), `arg`, `shadowOf(el)`
//   setViewport({ width, height })
//   screenshot({ path, clip, fullPage }) → PNG Buffer
//   emulatePrint()            print media for the rest of the page's life (where can('emulate-print'))
//   stubPrintInContentWorld() window.print counted in the content scripts' world (where can('cdp'))
//   errors                    page errors and console errors seen so far
//   raw                       the Playwright or puppeteer page
import { describe, before, after, test } from 'node:test';
import { startFixtureServer } from './fixture-server.mjs';
import { chromiumPath, firefoxPath } from './browsers.mjs';

/**
 * The interface above as types (`raw` is the browser's own object: Playwright or puppeteer).
 * @typedef {'chromium' | 'firefox'} BrowserName
 * @typedef {{ width: number, height: number }} Viewport
 * @typedef {{ x: number, y: number, width: number, height: number }} Rect
 * @typedef {(fn: string | ((arg: any) => any), arg?: any) => Promise<any>} InExtension
 * @typedef {{ url: string, from: string, type: string, method?: string, origin?: string }} RequestRecord
 * @typedef {object} DriverPage
 * @property {any} raw
 * @property {string[]} errors
 * @property {(url: string) => Promise<unknown>} goto
 * @property {() => Promise<unknown>} reload
 * @property {() => Promise<void>} close
 * @property {() => Promise<void>} front
 * @property {() => string} url
 * @property {(fn: string | ((arg: any) => any), arg?: any) => Promise<any>} evaluate
 * @property {(fn: string | ((arg: any) => any), arg?: any, timeout?: number) => Promise<unknown>} waitFor
 * @property {(key: string) => Promise<void>} press
 * @property {(x: number, y: number) => Promise<void>} mouseClick
 * @property {(body: string, arg?: any) => Promise<any>} inContent
 * @property {(size: Viewport) => Promise<void>} setViewport
 * @property {(options?: { path?: string, clip?: Rect, fullPage?: boolean }) => Promise<Uint8Array>} screenshot
 * @property {() => Promise<void>} emulatePrint
 * @property {() => Promise<{ install: () => Promise<unknown>, calls: () => Promise<any> }>} stubPrintInContentWorld
 * `trigger`: what prints (Firefox; default the p key); the rest: Playwright's PDF options (Chromium).
 * @typedef {{ trigger?: () => Promise<unknown> } & NonNullable<Parameters<import('playwright-core').Page['pdf']>[0]>} PrintOptions
 * @typedef {object} Driver
 * @property {BrowserName} name
 * @property {string} extensionOrigin
 * @property {any} raw
 * @property {(feature: string) => boolean} can
 * @property {(options?: { viewport?: Viewport }) => Promise<DriverPage>} newPage
 * @property {(path: string) => Promise<DriverPage>} openExtensionPage
 * @property {(tabId: number, extra?: string) => Promise<DriverPage>} openPopup
 * @property {InExtension} inExtension
 * @property {(url: string) => Promise<number | undefined>} tabIdOf
 * @property {{ get: (area: StorageArea, keys?: string | string[] | null) => Promise<Record<string, any>>, set: (area: StorageArea, items: Record<string, unknown>) => Promise<void>, clear: () => Promise<unknown> }} storage
 * @property {(page: DriverPage, file: string, options?: PrintOptions) => Promise<string>} printToPdf
 * @property {(page: DriverPage, trigger: () => Promise<unknown>, file: string) => Promise<string>} download
 * @property {() => { start: () => void, stop: () => RequestRecord[] }} requests
 * @property {() => Promise<void>} close
 * @typedef {Awaited<ReturnType<typeof startFixtureServer>>} FixtureServer
 * @typedef {'sync' | 'local'} StorageArea
 * The extension API as the functions run in an extension context see it (`globalThis.chrome` in
 * Chromium's service worker, `globalThis.browser` in Firefox's extension page):
 * @typedef {typeof globalThis & { chrome: import('webextension-polyfill').Browser, browser: import('webextension-polyfill').Browser }} ExtensionGlobal
 * @typedef {object} BrowserContext what a scenario group's `define(ctx)` gets
 * @property {BrowserName} name
 * @property {Driver} driver set by the time the tests run
 * @property {FixtureServer} server set by the time the tests run
 * @property {(browser: BrowserName, testTitle: string, fn: () => Promise<void>) => void} only
 */

/** @type {BrowserName[]} */
export const BROWSERS = ['chromium', 'firefox'];

/** @param {BrowserName} name */
function browserPath(name) {
  return name === 'chromium' ? chromiumPath() : firefoxPath();
}

/** The browsers this run covers: $HPR_E2E_BROWSERS (comma list) or both. */
function selectedBrowsers() {
  const wanted = (process.env.HPR_E2E_BROWSERS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return wanted.length ? BROWSERS.filter((b) => wanted.includes(b)) : BROWSERS;
}

/**
 * @param {BrowserName} name
 * @param {{ port: number, server: FixtureServer, viewport?: Viewport }} options
 * @returns {Promise<Driver>}
 */
async function launchDriver(name, options) {
  const mod =
    name === 'chromium' ? await import('./chromium-driver.mjs') : await import('./firefox-driver.mjs');
  return mod.launch(options);
}

/**
 * Registers a group of scenarios once per browser, each group with its own fixture server and
 * browser. `define(ctx)` gets ctx = { name, driver, server, only } (driver and server are set
 * when the tests run). `only(browser, title, fn)` registers a test for that browser alone.
 */
/**
 * @param {string} title
 * @param {(ctx: BrowserContext) => void} define
 * @param {{ viewport?: Viewport, serverRoots?: Parameters<typeof startFixtureServer>[0] }} [options]
 */
export function forEachBrowser(title, define, { viewport, serverRoots } = {}) {
  for (const name of selectedBrowsers()) {
    const missing = browserPath(name) ? false : `${name} is not installed`;
    describe(`${title} [${name}]`, { skip: missing }, () => {
      /** @type {Driver | null} */
      let driver = null;
      /** @type {FixtureServer | null} */
      let server = null;
      /** @type {BrowserContext} */
      const ctx = {
        name,
        get driver() {
          if (!driver) throw new Error(`${title} [${name}]: the driver is set once the tests run`);
          return driver;
        },
        get server() {
          if (!server) throw new Error(`${title} [${name}]: the fixture server is set once the tests run`);
          return server;
        },
        only: (browser, testTitle, fn) => {
          if (browser === name) test(testTitle, fn);
        },
      };
      before(async () => {
        server = await startFixtureServer(serverRoots);
        driver = await launchDriver(name, { port: server.port, server, viewport });
      });
      after(async () => {
        await driver?.close();
        await server?.close();
      });
      define(ctx);
    });
  }
}

// ── page-level helpers shared by both browsers ──
//
// The reader's shadow root is closed (issue 14): the page's own scripts, and so `page.evaluate`,
// see `host.shadowRoot === null`. The tests reach inside the way only a privileged script can:
// `page.inContent(body, arg)` runs `body` in the extension's content-script world of that tab
// (through scripting.executeScript from the extension's own context), where
// chrome.dom.openOrClosedShadowRoot (Chromium) / element.openOrClosedShadowRoot (Firefox) opens
// a closed root. `body` gets `shadow` (our #hpr-root's root, or null), `arg` and `shadowOf(el)`.
// Clicks on anything that saves, prints, shares or opens are real mouse clicks (trusted events).

const EXTENSION_PAGE = /^(chrome|moz)-extension:/;

/** True for one of the extension's own pages (asked of the page: BiDi may not report a moz-extension page's URL). */
/** @param {DriverPage} page */
async function isExtensionPage(page) {
  return EXTENSION_PAGE.test(await page.evaluate(() => location.href));
}

/** The source of the function executeScript injects: finds the tab by a nonce, opens our root, runs body. */
/** @param {string} body */
function contentProbe(body) {
  return `async (nonce, arg) => {
    const html = document.documentElement;
    if (html.getAttribute('data-hpr-probe') !== nonce) return { found: false };
    html.removeAttribute('data-hpr-probe');
    const shadowOf = (el) => {
      if (!(el instanceof HTMLElement)) return null;
      try {
        return globalThis.chrome?.dom?.openOrClosedShadowRoot?.(el) ?? el.openOrClosedShadowRoot ?? el.shadowRoot ?? null;
      } catch {
        return null;
      }
    };
    const hosts = [...document.querySelectorAll('#hpr-root')].filter((el) => shadowOf(el));
    const shadow = hosts.length ? shadowOf(hosts[hosts.length - 1]) : null;
    try {
      const value = await (async (shadow, arg, shadowOf) => { ${body} })(shadow, arg, shadowOf);
      return { found: true, value: value === undefined ? null : value };
    } catch (e) {
      return { found: true, error: String(e?.stack ?? e) };
    }
  }`;
}

/**
 * Runs `body` (a function body) in the content-script world of `page`'s tab, with `shadow`, `arg`
 * and `shadowOf`; returns its (JSON-able) result. `inExtension` is the driver's.
 */
/**
 * @param {InExtension} inExtension
 * @param {DriverPage} page
 * @param {string} body
 * @param {unknown} [arg]
 */
export async function runInContent(inExtension, page, body, arg = null) {
  const nonce = `n${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    (/** @type {string} */ n) => document.documentElement.setAttribute('data-hpr-probe', n),
    nonce,
  );
  const url = await page.evaluate(() => location.href);
  const source = `(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = (await api.tabs.query({})).filter((t) => t.url === ${JSON.stringify(url)});
    for (const tab of tabs) {
      const results = await api.scripting.executeScript({ target: { tabId: tab.id }, func: ${contentProbe(body)}, args: [${JSON.stringify(nonce)}, ${JSON.stringify(arg)}] });
      const r = results?.[0]?.result;
      if (r?.found) return r;
    }
    return { found: false };
  })()`;
  const r = await inExtension(source);
  if (!r?.found) throw new Error(`no content-script world answered in ${url}`);
  if (r.error) throw new Error(`in the content world of ${url}: ${r.error}`);
  return r.value;
}

/** Polls `body` in the content world until it returns something truthy (errors while loading count as not yet). */
/**
 * @param {DriverPage} page
 * @param {string} body
 * @param {unknown} [arg]
 */
async function waitInContent(page, body, arg = null, timeout = 8000) {
  const end = Date.now() + timeout;
  /** @type {Error | null} */
  let last = null;
  for (;;) {
    try {
      const v = await page.inContent(body, arg);
      if (v) return v;
    } catch (e) {
      last = /** @type {Error} */ (e);
    }
    if (Date.now() > end)
      throw new Error(`waitInContent timed out: ${body.slice(0, 120)}${last ? ` (${last.message})` : ''}`);
    await sleep(50);
  }
}

/** The overlay host's (closed) shadow root holds a dialog: wait until it is there (or time out). */
/** @param {DriverPage} page */
export async function waitForOverlay(page, timeout = 8000) {
  await waitInContent(page, 'return !!shadow?.querySelector(\'[role="dialog"]\')', null, timeout);
}

/** @param {DriverPage} page */
export async function waitForNoOverlay(page, timeout = 8000) {
  await page.waitFor(() => !document.getElementById('hpr-root'), null, timeout);
}

/** @param {DriverPage} page */
export async function overlayState(page) {
  return page.inContent(`
    const host = document.getElementById('hpr-root');
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
    };`);
}

/** Runs a function body with `shadow` (the #hpr-root shadow root or null) and `arg` in the tab's content-script world. */
/**
 * @param {DriverPage} page
 * @param {string} body
 * @param {unknown} [arg]
 */
export function inShadow(page, body, arg) {
  return page.inContent(body, arg);
}

/** Waits until a function body (with `shadow` and `arg`) returns something truthy. */
/**
 * @param {DriverPage} page
 * @param {string} body
 * @param {unknown} [arg]
 */
export function waitInShadow(page, body, arg, timeout = 8000) {
  return waitInContent(page, body, arg, timeout);
}

/** The page's canonical URL (what the print footer and the QR codes carry). */
/** @param {DriverPage} page */
export function canonicalOf(page) {
  return page.evaluate(
    () =>
      /** @type {HTMLLinkElement | null} */ (document.querySelector('link[rel=canonical]'))?.href ??
      location.href,
  );
}

/** The viewport rectangle of the element a function body returns (scrolled into view first), in the right world. */
/**
 * @param {DriverPage} page
 * @param {string} body
 * @param {unknown} [arg]
 * @returns {Promise<Rect | null>}
 */
async function rectOf(page, body, arg) {
  const measure = `const el = await (async () => { ${body} })(); if (!el) return null; el.scrollIntoView({ block: 'center', inline: 'center' }); await new Promise((r) => setTimeout(r, 50)); const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height };`;
  if (await isExtensionPage(page)) {
    return page.evaluate(
      (/** @type {[string, unknown]} */ [b, a]) =>
        new Function('shadow', 'arg', `return (async () => { ${b} })()`)(null, a),
      [measure, arg],
    );
  }
  return page.inContent(measure, arg);
}

/** Screenshot (PNG Buffer) of one element, found by a function body returning it (shadow and arg as in inShadow). */
/**
 * @param {DriverPage} page
 * @param {string} body
 * @param {unknown} [arg]
 */
export async function elementShot(page, body, arg) {
  if (await isExtensionPage(page)) {
    // Our own pages: the element's own screenshot (no shadow root to open there).
    const handle = await page.raw.evaluateHandle(
      (/** @type {[string, unknown]} */ [b, a]) => new Function('shadow', 'arg', b)(null, a),
      [body, arg],
    );
    try {
      return Buffer.from(await handle.asElement().screenshot());
    } finally {
      await handle.dispose();
    }
  }
  const r = await rectOf(page, body, arg);
  if (!r) throw new Error('elementShot: no element');
  return Buffer.from(
    await page.screenshot({
      clip: {
        x: Math.floor(r.x),
        y: Math.floor(r.y),
        width: Math.ceil(r.width),
        height: Math.ceil(r.height),
      },
    }),
  );
}

/** A real (trusted) mouse click in the middle of the element a function body returns. */
/**
 * @param {DriverPage} page
 * @param {string} body
 * @param {unknown} [arg]
 */
export async function realClick(page, body, arg) {
  const r = await rectOf(page, body, arg);
  if (!r) throw new Error(`realClick: no element for ${body.slice(0, 100)}`);
  await page.front(); // input goes to the page in front
  await page.mouseClick(r.x + r.width / 2, r.y + r.height / 2);
}

/** @param {number} ms @returns {Promise<void>} */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The button whose accessible name (aria-label, else its text) matches `name` (string: exact). */
const FIND_BUTTON = `[...(shadow ?? document).querySelectorAll('button')].find((b) => {
  const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\\s+/g, ' ').trim();
  return typeof arg === 'string' ? label === arg : new RegExp(arg.source, arg.flags).test(label);
})`;

/** @param {string | RegExp} name */
const nameArg = (name) => (typeof name === 'string' ? name : { source: name.source, flags: name.flags });

/** Runs a body with `shadow` (null on extension pages) and `arg`, in the content world of a portal tab or in an extension page. */
/**
 * @param {DriverPage} page
 * @param {string} body
 * @param {unknown} [arg]
 */
async function inAnyPage(page, body, arg) {
  if (await isExtensionPage(page))
    return page.evaluate(
      (/** @type {[string, unknown]} */ [b, a]) =>
        new Function('shadow', 'arg', `return (async () => { ${b} })()`)(null, a),
      [body, arg],
    );
  return page.inContent(body, arg);
}

/** Clicks a button by its accessible name, with a real (trusted) mouse click; in the reader or on an extension page. */
/**
 * @param {DriverPage} page
 * @param {string | RegExp} name
 */
export async function clickButton(page, name, timeout = 8000) {
  const arg = nameArg(name);
  const end = Date.now() + timeout;
  while (!(await inAnyPage(page, `return ${FIND_BUTTON} ? true : false;`, arg).catch(() => false))) {
    if (Date.now() > end) throw new Error(`no button ${String(name)}`);
    await sleep(50);
  }
  await realClick(page, `return ${FIND_BUTTON} ?? null;`, arg);
}

/**
 * @param {DriverPage} page
 * @param {string | RegExp} name
 */
export async function countButtons(page, name) {
  return (await inAnyPage(page, `return ${FIND_BUTTON} ? 1 : 0;`, nameArg(name))) ?? 0;
}

/**
 * The browser's tab id of the tab showing url, or a clear error when no tab shows it.
 * @param {Driver} driver
 * @param {string} url
 */
export async function requireTabId(driver, url) {
  const id = await driver.tabIdOf(url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}
