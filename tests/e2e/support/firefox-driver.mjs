// The driver interface (see driver.mjs) for Firefox ESR: puppeteer-core over WebDriver BiDi,
// dist/firefox installed as a temporary add-on, portal host names routed to the fixture server by
// a PAC proxy, a fixed moz-extension UUID, and silent print-to-PDF into a file.
// (Recipe: shared/research/toolchain.md §5.)
import puppeteer from 'puppeteer-core';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firefoxPath } from './browsers.mjs';
import { runInContent, sleep } from './driver.mjs';

/**
 * @typedef {import('./driver.mjs').Driver} Driver
 * @typedef {import('./driver.mjs').DriverPage} DriverPage
 * @typedef {import('./driver.mjs').InExtension} InExtension
 * @typedef {import('./driver.mjs').ExtensionGlobal} ExtensionGlobal
 */

export const DIST_FIREFOX = fileURLToPath(new URL('../../../dist/firefox', import.meta.url));
export const GECKO_ID = 'haiphong-reader@haiphong-reader.github.io';
export const EXTENSION_UUID = '5f0c2a6e-3b1d-4c8e-9a7f-48a1e0c0d001';

/** Every host but the machine itself goes to the fixture server, so its log sees every request. */
/** @param {number} port */
function pacScript(port) {
  return `function FindProxyForURL(url, host) {
  if (host === 'localhost' || host === '127.0.0.1') return 'DIRECT';
  return 'PROXY 127.0.0.1:${port}';
}`;
}

/** @type {Record<string, import('puppeteer-core').KeyInput>} */
const KEY_NAMES = { Shift: 'Shift', Control: 'Control', Alt: 'Alt', Meta: 'Meta' };

/**
 * @param {import('puppeteer-core').Page} page
 * @param {() => InExtension} inExtension
 * @returns {DriverPage}
 */
function wrapPage(page, inExtension) {
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource|downloadable font/.test(m.text()))
      errors.push(m.text());
  });
  /** @type {DriverPage} */
  const wrapped = {
    raw: page,
    errors,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    async reload() {
      const href = await page.evaluate(() => location.href);
      if (!href.startsWith('moz-extension:')) return page.reload({ waitUntil: 'load' });
      // BiDi never reports the load of a moz-extension page: mark the old document, poll for the new.
      await page.evaluate(() => {
        /** @type {Window & { __hprOldDocument?: boolean }} */ (window).__hprOldDocument = true;
      });
      page.reload().catch(() => {});
      for (let i = 0; i < 200; i++) {
        await sleep(50);
        const fresh = await page
          .evaluate(
            () =>
              !(/** @type {Window & { __hprOldDocument?: boolean }} */ (window).__hprOldDocument) &&
              document.readyState === 'complete',
          )
          .catch(() => false);
        if (fresh) return null;
      }
      throw new Error(`extension page did not reload: ${page.url()}`);
    },
    close: () => page.close().catch(() => {}),
    front: () => page.bringToFront(),
    url: () => page.url(),
    evaluate: (fn, arg) =>
      typeof fn === 'string' ? page.evaluate(`(() => { ${fn} })()`) : page.evaluate(fn, arg),
    waitFor: (fn, arg, timeout = 8000) =>
      page.waitForFunction(
        typeof fn === 'string' ? `(() => { ${fn} })()` : fn,
        { timeout, polling: 50 },
        arg,
      ),
    async press(key) {
      const parts = /** @type {import('puppeteer-core').KeyInput[]} */ (
        key.length > 1 && key.includes('+') ? key.split('+') : [key]
      );
      const modifiers = parts.slice(0, -1).map((k) => KEY_NAMES[k] ?? k);
      const last = parts.at(-1);
      if (last === undefined) throw new Error(`press: no key in ${JSON.stringify(key)}`);
      for (const m of modifiers) await page.keyboard.down(m);
      await page.keyboard.press(last);
      for (const m of modifiers.reverse()) await page.keyboard.up(m);
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    inContent: (body, arg) => runInContent(inExtension(), wrapped, body, arg),
    setViewport: (size) => page.setViewport(size),
    screenshot: (options = {}) => page.screenshot(options),
    emulatePrint: () => {
      throw new Error('print media emulation is a CDP feature; Firefox prints for real (printToPdf)');
    },
    stubPrintInContentWorld: () => {
      throw new Error('the content scripts’ world is reachable over CDP only');
    },
  };
  return wrapped;
}

/**
 * @param {{ server: import('./driver.mjs').FixtureServer, viewport?: import('./driver.mjs').Viewport }} options
 * @returns {Promise<Driver>}
 */
export async function launch({ server, viewport = { width: 1280, height: 900 } }) {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('Firefox not found');
  // The extension's UI language follows the browser's: the scenarios read Vietnamese strings.
  const langpacks = path.join(path.dirname(realpathSync(executablePath)), 'browser', 'extensions');
  if (!existsSync(langpacks) || !readdirSync(langpacks).some((f) => f.startsWith('langpack-vi@'))) {
    throw new Error(
      `Firefox has no Vietnamese language pack in ${langpacks}: sudo apt-get install -y firefox-esr-l10n-vi`,
    );
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'hpr-ff-'));
  const printFile = path.join(work, 'print.pdf');
  const downloads = path.join(work, 'downloads');
  mkdirSync(downloads);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: viewport,
    // Without it BiDi refuses to navigate a tab to a moz-extension:// page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url':
        'data:text/plain;charset=utf-8,' + encodeURIComponent(pacScript(server.port)),
      'network.proxy.allow_hijacking_localhost': false,
      // Firefox's own background traffic off (it would pass through the fixture server's log).
      'services.settings.server': 'http://127.0.0.1:9/v1',
      'network.connectivity-service.enabled': false,
      'network.captive-portal-service.enabled': false,
      'security.OCSP.enabled': 0,
      'security.remote_settings.crlite_filters.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'browser.safebrowsing.provider.mozilla.updateURL': '',
      'app.normandy.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.systemAddon.update.enabled': false,
      'browser.region.network.url': '',
      'browser.search.geoip.url': '',
      'dom.push.connection.enabled': false,
      'network.predictor.enabled': false,
      'network.prefetch-next': false,
      // The UI in Vietnamese (firefox-esr-l10n-vi), so the extension's i18n picks _locales/vi.
      'intl.locale.requested': 'vi',
      'intl.accept_languages': 'vi-VN, vi',
      // window.print() without a dialog, straight into a PDF file.
      'print.always_print_silent': true,
      'print.show_print_progress': false,
      print_printer: 'Mozilla Save to PDF',
      'print.printer_Mozilla_Save_to_PDF.print_to_file': true,
      'print.printer_Mozilla_Save_to_PDF.print_to_filename': printFile,
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  await browser.installExtension(DIST_FIREFOX);
  const origin = `moz-extension://${EXTENSION_UUID}`;

  /** Opens an extension page. BiDi never reports the load of a moz-extension page: don't await it. */
  /**
   * @param {string} pagePath
   * @param {{ type?: 'tab' | 'window' }} [options]
   * @returns {Promise<DriverPage>}
   */
  async function openExtensionPage(pagePath, { type } = {}) {
    const raw = await browser.newPage(type ? { type } : undefined);
    const page = wrapPage(raw, () => inExtension);
    const url = `${origin}/${pagePath}`;
    raw.goto(url).catch(() => {});
    for (let i = 0; i < 200; i++) {
      await sleep(50);
      try {
        const ready = await raw.evaluate(
          (u) => location.href === u && document.readyState === 'complete',
          url,
        );
        if (ready) return page;
      } catch {
        // the old document is going away
      }
    }
    throw new Error(`extension page did not load: ${url}`);
  }

  // A page of the extension kept open to reach extension APIs (storage, tabs) from the tests;
  // the popup page reporting on no tab reads and never writes.
  const control = await openExtensionPage('src/popup/index.html?tab=-1', { type: 'window' });
  /** @type {InExtension} */
  const inExtension = (fn, arg) => control.raw.evaluate(fn, arg);

  /** @type {Driver} */
  const driver = {
    name: 'firefox',
    extensionOrigin: origin,
    raw: { browser, control },
    can: () => false,
    async newPage({ viewport: size } = {}) {
      const raw = await browser.newPage();
      if (size) await raw.setViewport(size);
      return wrapPage(raw, () => inExtension);
    },
    openExtensionPage: (pagePath) => openExtensionPage(pagePath),
    async openPopup(tabId, extra = '') {
      const page = await openExtensionPage(`src/popup/index.html?tab=${tabId}${extra}`);
      await page.waitFor(() => !!document.querySelector('.status[role=status]'));
      return page;
    },
    /** Runs fn(arg) in an extension context (here the control page); use `globalThis.browser ?? chrome`. */
    inExtension,
    tabIdOf: (url) =>
      inExtension(
        async (/** @type {string} */ u) =>
          (await /** @type {ExtensionGlobal} */ (globalThis).browser.tabs.query({})).find((t) => t.url === u)
            ?.id,
        url,
      ),
    storage: {
      get: (area, keys) =>
        inExtension(
          (/** @type {[import('./driver.mjs').StorageArea, string | string[] | null]} */ [a, k]) =>
            /** @type {ExtensionGlobal} */ (globalThis).browser.storage[a].get(k ?? null),
          [area, keys ?? null],
        ),
      set: (area, items) =>
        inExtension(
          (/** @type {[import('./driver.mjs').StorageArea, Record<string, unknown>]} */ [a, i]) =>
            /** @type {ExtensionGlobal} */ (globalThis).browser.storage[a].set(i),
          [area, items],
        ),
      clear: () =>
        inExtension(() => {
          const { browser } = /** @type {ExtensionGlobal} */ (globalThis);
          return Promise.all([browser.storage.sync.clear(), browser.storage.local.clear()]);
        }),
    },
    /**
     * A PDF of the page as printed, for real: the reader's Print shortcut calls window.print(),
     * which the silent print-to-PDF prefs turn into a file. Needs the reader open on the page.
     */
    async printToPdf(page, file, { trigger } = {}) {
      rmSync(printFile, { force: true });
      await page.front();
      if (trigger) await trigger();
      else await page.press('p');
      let size = -1;
      for (let i = 0; i < 300; i++) {
        await sleep(100);
        if (!existsSync(printFile)) continue;
        const now = statSync(printFile).size;
        if (now > 0 && now === size) break;
        size = now;
      }
      if (!existsSync(printFile)) throw new Error('Firefox wrote no PDF');
      renameSync(printFile, file);
      return file;
    },
    /** Runs trigger() and returns the file it makes the page download (saved to the download folder), copied to file. */
    async download(_page, trigger, file) {
      const before = new Set(readdirSync(downloads));
      await trigger();
      for (let i = 0; i < 100; i++) {
        await sleep(100);
        const fresh = readdirSync(downloads).filter((f) => !before.has(f) && !f.endsWith('.part'));
        const [name] = fresh;
        if (name !== undefined && statSync(path.join(downloads, name)).size > 0) {
          await sleep(200);
          copyFileSync(path.join(downloads, name), file);
          return file;
        }
      }
      throw new Error('no download');
    },
    /** Every request the fixture server saw (all hosts are proxied to it), with its headers. */
    requests() {
      const first = server.requests.length;
      return {
        start: () => {},
        stop: () =>
          server.requests.slice(first).map((r) => ({
            url: r.url,
            method: r.method,
            from: r.headers.referer ?? r.headers.origin ?? '',
            origin: r.headers.origin ?? '',
            type: r.headers['sec-fetch-dest'] ?? '',
          })),
      };
    },
    async close() {
      const proc = browser.process();
      await Promise.race([browser.close().catch(() => {}), sleep(5000)]);
      if (proc && proc.exitCode === null) proc.kill('SIGKILL');
      rmSync(work, { recursive: true, force: true });
    },
  };
  return driver;
}
