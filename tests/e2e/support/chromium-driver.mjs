// The driver interface (see driver.mjs) for Chromium: Playwright, the built dist/chrome loaded
// unpacked, portal host names mapped to the fixture server with --host-resolver-rules.
import { launchWithExtension } from './chromium.mjs';
import { isolatedWorld } from './isolated-world.mjs';
import { runInContent } from './driver.mjs';

/**
 * @typedef {import('./driver.mjs').Driver} Driver
 * @typedef {import('./driver.mjs').DriverPage} DriverPage
 * @typedef {import('./driver.mjs').ExtensionGlobal} ExtensionGlobal
 */

/**
 * @param {Driver} driver
 * @param {import('playwright-core').Page} page
 * @returns {DriverPage}
 */
function wrapPage(driver, page) {
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  /** @type {Awaited<ReturnType<typeof isolatedWorld>> | null} */
  let world = null;
  /** @type {DriverPage} */
  const wrapped = {
    raw: page,
    errors,
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    close: async () => {
      await world?.detach().catch(() => {});
      await page.close();
    },
    front: () => page.bringToFront(),
    url: () => page.url(),
    evaluate: (fn, arg) =>
      typeof fn === 'string' ? page.evaluate(`(() => { ${fn} })()`) : page.evaluate(fn, arg),
    waitFor: (fn, arg, timeout = 8000) =>
      page.waitForFunction(typeof fn === 'string' ? `(() => { ${fn} })()` : fn, arg, { timeout }),
    press: (key) => page.keyboard.press(key),
    mouseClick: (x, y) => page.mouse.click(x, y),
    inContent: (body, arg) => runInContent(driver.inExtension, wrapped, body, arg),
    setViewport: (size) => page.setViewportSize(size),
    screenshot: (options = {}) => page.screenshot(options),
    emulatePrint: () => page.emulateMedia({ media: 'print' }),
    /** Must be called before goto: the isolated world is found from the contexts created after it. */
    async stubPrintInContentWorld() {
      const w = await isolatedWorld(driver.raw.context, page, driver.raw.extensionId);
      world = w;
      return {
        install: () =>
          w.evaluate('window.print = () => { window.__printCalls = (window.__printCalls || 0) + 1 }'),
        calls: () => w.evaluate('window.__printCalls'),
      };
    },
  };
  return wrapped;
}

/**
 * @param {{ port: number, viewport?: import('./driver.mjs').Viewport }} options
 * @returns {Promise<Driver>}
 */
export async function launch({ port, viewport }) {
  const { context, worker, extensionId } = await launchWithExtension({
    port,
    ...(viewport ? { viewport } : {}),
  });
  const origin = `chrome-extension://${extensionId}`;
  /** @type {Driver} */
  const driver = {
    name: 'chromium',
    extensionOrigin: origin,
    raw: { context, worker, extensionId },
    can: (feature) =>
      ['cdp', 'axe', 'commands', 'downloads', 'emulate-print', 'css-page-size'].includes(feature),
    async newPage({ viewport: size } = {}) {
      const page = await context.newPage();
      if (size) await page.setViewportSize(size);
      return wrapPage(driver, page);
    },
    async openExtensionPage(path) {
      const page = await driver.newPage();
      await page.goto(`${origin}/${path}`);
      return page;
    },
    async openPopup(tabId, extra = '') {
      const page = await driver.openExtensionPage(`src/popup/index.html?tab=${tabId}${extra}`);
      await page.raw.locator('.status[role=status]').first().waitFor();
      return page;
    },
    /** Runs fn(arg) in an extension context (here the service worker); use `globalThis.browser ?? chrome`. */
    inExtension: (fn, arg) => worker.evaluate(fn, arg),
    tabIdOf: (url) =>
      worker.evaluate(
        async (u) =>
          (await /** @type {ExtensionGlobal} */ (globalThis).chrome.tabs.query({})).find((t) => t.url === u)
            ?.id,
        url,
      ),
    storage: {
      get: (area, keys) =>
        worker.evaluate(
          ([a, k]) => /** @type {ExtensionGlobal} */ (globalThis).chrome.storage[a].get(k ?? null),
          /** @type {const} */ ([area, keys]),
        ),
      set: (area, items) =>
        worker.evaluate(
          ([a, i]) => /** @type {ExtensionGlobal} */ (globalThis).chrome.storage[a].set(i),
          /** @type {const} */ ([area, items]),
        ),
      clear: () =>
        worker.evaluate(() => {
          const { chrome } = /** @type {ExtensionGlobal} */ (globalThis);
          return Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()]);
        }),
    },
    /** A PDF of the page as printed: print media, then Chromium's own PDF output. */
    async printToPdf(page, file, options = {}) {
      await page.emulatePrint();
      await page.raw.pdf({ path: file, preferCSSPageSize: true, printBackground: true, ...options });
      return file;
    },
    /** Runs trigger() and returns the file it makes the page download, saved at file. */
    async download(page, trigger, file) {
      const [download] = await Promise.all([page.raw.waitForEvent('download'), trigger()]);
      await download.saveAs(file);
      return file;
    },
    /** Every request of every page and of the service worker, with what started it. */
    requests() {
      /** @type {import('./driver.mjs').RequestRecord[]} */
      const log = [];
      /** @param {import('playwright-core').Request} request */
      const listener = (request) => {
        let from;
        try {
          const sw = request.serviceWorker();
          from = sw ? sw.url() : (request.frame()?.url() ?? 'unknown');
        } catch {
          from = request.serviceWorker()?.url() ?? 'service worker';
        }
        log.push({ url: request.url(), from, type: request.resourceType() });
      };
      return {
        start: () => context.on('request', listener),
        stop: () => {
          context.off('request', listener);
          return log;
        },
      };
    },
    close: () => context.close(),
  };
  return driver;
}
