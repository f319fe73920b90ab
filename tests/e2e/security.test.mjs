// Issue 9, security, in Chromium and Firefox: a hostile article (tests/fixtures/hostile) carrying
// every payload of the Security list is still read as an article, and none of its payloads runs
// or survives into the reader: with the overlay open, the share panel open, the summary used and
// the page printed, the page-world counter window.__pwned stays 0, and nothing inside #hpr-root
// has an on* attribute, a javascript:/vbscript:/data: URL, or a script/iframe/object/embed/form/
// base/meta/template element. Also: no network request of our own while the reader, the summary,
// print and the QR share are used.
import { test, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { served, fileForUrl, PAGES_ROOT } from './support/fixture-server.mjs';
import { OUTPUT_DIR } from './support/chromium.mjs';
import {
  forEachBrowser,
  waitForOverlay,
  overlayState,
  inShadow,
  waitInShadow,
  realClick,
  sleep,
  requireTabId,
} from './support/driver.mjs';
import { pdfText } from './support/artefacts.mjs';
import { DIST_FIREFOX } from './support/firefox-driver.mjs';
import { onePerMarkup, itemAt } from './support/fixtures.mjs';

/**
 * The hostile pages' payload counters.
 * @typedef {typeof window & { __pwned?: number, __pageScriptRan?: boolean }} PageWindow
 */

const HOSTILE = 'http://haiphong.gov.vn/tin-tuc-su-kien/canh-bao-thu-doan-lua-dao-qua-mang-999001';
const HOSTILE_TITLE = 'Cảnh báo thủ đoạn lừa đảo qua mạng dịp cuối năm';
/** Issue 14: off-site canonical and og:url in <head>, another pair in the body. */
const OFFSITE_CANONICAL = 'http://haiphong.gov.vn/tin-tuc-su-kien/ra-soat-phuong-an-phong-chong-bao-999003';
/** Issue 14: <form id="__haiphongReader"> with inputs named like the old tab state, and a decoy #hpr-root. */
const CLOBBERING = 'http://haiphong.gov.vn/tin-tuc-su-kien/kiem-tra-chuan-bi-nam-hoc-moi-999004';
const OUT = `${OUTPUT_DIR}print/`;
const PORTAL_HOST = /(^|\.)haiphong\.gov\.vn$|(^|\.)thanhphohaiphong\.gov\.vn$/;

/** Runs in the content world (the closed root is reachable there): everything inside #hpr-root (nested shadow roots too) that must never be there. */
/**
 * @param {ShadowRoot | null} shadow
 * @param {(el: Element) => ShadowRoot | null} shadowOf
 */
function scanReaderRoot(shadow, shadowOf) {
  const FORBIDDEN = new Set([
    'SCRIPT',
    'IFRAME',
    'FRAME',
    'FRAMESET',
    'OBJECT',
    'EMBED',
    'APPLET',
    'FORM',
    'BASE',
    'META',
    'TEMPLATE',
    'NOSCRIPT',
  ]);
  const BAD_URL = /^(javascript|vbscript|data):/i;
  if (!shadow) return { mounted: false, found: [] };
  const host = shadow.host;
  /** @type {string[]} */
  const found = [];
  /** @param {Element} el */
  const describe = (el) =>
    `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}>`;
  /** @param {ParentNode} root */
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (FORBIDDEN.has(el.tagName.toUpperCase())) found.push(`element ${describe(el)}`);
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        // Browsers strip control characters and spaces before the scheme: so does this check.
        // eslint-disable-next-line no-control-regex -- the characters browsers drop from a URL
        const value = attr.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
        if (name.startsWith('on')) found.push(`${describe(el)} ${name}=`);
        const urls = name.endsWith('srcset')
          ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')
          : [value];
        if (urls.some((u) => BAD_URL.test(u)))
          found.push(`${describe(el)} ${name}="${attr.value.slice(0, 40)}"`);
        if (/(javascript|vbscript):/i.test(value))
          found.push(`${describe(el)} ${name} mentions a script URL`);
      }
      const inner = shadowOf(el);
      if (inner) visit(inner);
    }
  };
  for (const attr of host.attributes) if (attr.name.startsWith('on')) found.push(`host ${attr.name}=`);
  visit(shadow);
  return { mounted: true, found };
}

/** @param {import('./support/driver.mjs').DriverPage} page */
const scanIn = (page) => inShadow(page, `return (${scanReaderRoot})(shadow, shadowOf)`);

forEachBrowser('security', (ctx) => {
  const prefix = ctx.name === 'chromium' ? '' : `${ctx.name}-`;
  before(() => mkdirSync(OUT, { recursive: true }));
  beforeEach(async () => {
    await ctx.driver.storage.clear();
  });

  test('a hostile article is still read as an article, and none of its payloads runs or reaches the reader (overlay, share, summary, print)', async () => {
    const page = await ctx.driver.newPage();
    await page.goto(HOSTILE);
    await waitForOverlay(page);
    await page.front();
    const state = await overlayState(page);
    assert.equal(state.h1, HOSTILE_TITLE, 'detected and read as an article');
    assert.equal(await page.evaluate(() => /** @type {PageWindow} */ (window).__pageScriptRan), true);
    // The article text is there, the markup-looking text stays text.
    const body = await inShadow(page, 'return shadow.querySelector(".hpr-body")?.textContent ?? ""');
    assert.match(body, /từ đầu năm đến nay trên địa bàn/);
    assert.match(body, /<img src=x onerror=/, 'escaped markup is shown as text');
    /** @type {Record<string, { mounted: boolean, found: string[] }>} */
    const scans = { overlay: await scanIn(page) };
    // Hover and click everything the reader shows of the article (a copied handler would fire).
    await inShadow(
      page,
      `for (const el of shadow.querySelectorAll('.hpr-body *')) { el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })); el.dispatchEvent(new FocusEvent('focus')); if (el.tagName !== 'A') el.click(); }`,
    );
    // The share panel.
    await page.press('q');
    await waitInShadow(page, 'return !!shadow?.querySelector("#hpr-share")');
    scans.share = await scanIn(page);
    await page.press('Escape');
    // The summary (every item clicked).
    await inShadow(page, 'for (const b of shadow.querySelectorAll("#hpr-summary .hpr-item")) b.click()');
    scans.summary = await scanIn(page);
    // The print view: Chromium emulates print media and prints to PDF; Firefox really prints.
    const pdf = await ctx.driver.printToPdf(page, `${OUT}${prefix}print-hostile.pdf`);
    scans.print = await scanIn(page);
    const text = pdfText(pdf);
    assert.ok(text.includes(HOSTILE_TITLE), 'the printout holds the title');
    assert.ok(!/Nội dung noscript/.test(text), 'noscript content is not printed');
    await sleep(500); // give any late payload (image error, frame load) its chance
    for (const [when, scan] of Object.entries(scans)) {
      assert.equal(scan.mounted, true, `${when}: reader mounted`);
      assert.deepEqual(scan.found, [], `${when}: nothing executable inside #hpr-root`);
    }
    const pwned = await page.evaluate(() => /** @type {PageWindow} */ (window).__pwned);
    assert.ok(pwned === 0 || pwned === undefined, `no payload ran (window.__pwned = ${pwned})`);
    assert.equal(page.url(), HOSTILE, 'the page was not navigated away');
    // Positive control: the same guarded payload, copied into a shadow root by the page itself, does count.
    await page.evaluate(() => {
      const host = document.createElement('div');
      document.body.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML =
        '<img src="https://cdn.haiphong.gov.vn/control.gif?x" onerror="if(this.getRootNode()!==document)window.__pwned=(window.__pwned||0)+1" onload="if(this.getRootNode()!==document)window.__pwned=(window.__pwned||0)+1">';
    });
    await page.waitFor(() => /** @type {PageWindow} */ (window).__pwned === 1, null, 8000);
    await page.close();
  });

  test('the page cannot drive the extension: forged messages and DOM events do nothing', async () => {
    await ctx.driver.storage.set('sync', { settings: { autoOpen: 'off' } });
    const page = await ctx.driver.newPage();
    await page.goto(HOSTILE);
    await sleep(800);
    assert.equal((await overlayState(page)).host, false, 'auto-open off: no reader');
    await page.evaluate(() => {
      for (const message of [
        { type: 'reader', action: 'open' },
        { type: 'load-reader' },
        { type: 'toggle-reader' },
        'open',
      ]) {
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent('hpr:open', { detail: message }));
        window.dispatchEvent(new CustomEvent('message', { detail: message }));
      }
      document.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'D', altKey: true, shiftKey: true, bubbles: true }),
      );
    });
    await sleep(800);
    assert.equal((await overlayState(page)).host, false, 'nothing the page sends opens the reader');
    await page.close();
  });

  test('no network request of our own while the reader, the summary, print and the QR share are used', async () => {
    const fixture = itemAt(onePerMarkup(), 0);
    const recorder = ctx.driver.requests();
    recorder.start();
    const page = await ctx.driver.newPage();
    await page.goto(served(fixture.url));
    await waitForOverlay(page);
    await page.front();
    await inShadow(page, 'shadow.querySelector("#hpr-summary .hpr-item")?.click()');
    await page.press('q');
    await waitInShadow(page, 'return !!shadow?.querySelector("#hpr-share svg[role=img]")');
    await page.press('Escape');
    await ctx.driver.printToPdf(page, `${OUT}${prefix}print-network.pdf`);
    await sleep(500);
    const requests = recorder.stop();
    await page.close();
    const pageUrl = served(fixture.url);
    assert.ok(
      requests.some((r) => r.url === pageUrl),
      'the recorder saw the page itself',
    );
    const ours = requests.filter(
      (r) =>
        /^(chrome|moz)-extension:/.test(r.from) ||
        /^(chrome|moz)-extension:/.test(r.origin ?? '') ||
        /^(chrome|moz)-extension:/.test(r.url),
    );
    assert.deepEqual(ours, [], 'no request made by the extension');
    // Firefox's own service traffic (remote settings) passes through the same proxy log: it is the
    // browser's, not ours (the built extension names no such host, checked here).
    /** @param {import('./support/driver.mjs').RequestRecord} r */
    const browserOwn = (r) =>
      ctx.name === 'firefox' && /(^|\.)(mozilla\.(com|net|org)|firefox\.com)$/.test(new URL(r.url).hostname);
    const bundle = /** @type {string[]} */ (readdirSync(DIST_FIREFOX, { recursive: true }))
      .filter((f) => /\.(js|html|json)$/.test(f))
      .map((f) => readFileSync(path.join(DIST_FIREFOX, f), 'utf8'))
      .join('\n');
    assert.ok(
      !/mozilla\.(com|net|org)|firefox\.com/.test(bundle),
      'the extension names no browser-vendor host',
    );
    // Other hosts only where the page's own HTML points there (e.g. a portal's QR-code widget image).
    const pageFile = fileForUrl(PAGES_ROOT, new URL(pageUrl));
    if (!pageFile) throw new Error(`no fixture file for ${pageUrl}`);
    const html = readFileSync(pageFile, 'utf8').replace(/&amp;/g, '&');
    const elsewhere = requests.filter((r) => {
      const url = new URL(r.url);
      if (PORTAL_HOST.test(url.hostname) || browserOwn(r)) return false;
      return r.method === 'CONNECT' ? !html.includes(`//${url.hostname}/`) : !html.includes(r.url);
    });
    if (elsewhere.length) console.log(elsewhere.map((r) => r.url).join('\n'));
    assert.deepEqual(
      elsewhere,
      [],
      'nothing to hosts other than the portal, except what the page itself loads',
    );
    // (The navigation itself is made from the new tab's about:blank.)
    const foreign = requests.filter(
      (r) =>
        r.from &&
        r.from !== 'about:blank' &&
        !/^(chrome|moz)-extension:/.test(r.from) &&
        !PORTAL_HOST.test(new URL(r.from).hostname),
    );
    assert.deepEqual(foreign, [], 'every request comes from the portal page');
    console.log(
      `${ctx.name}: ${requests.length} requests while reading, all the page's own: ${[...new Set(requests.map((r) => new URL(r.url).pathname.split('/').pop()))].slice(0, 8).join(', ')}…`,
    );
  });
  // ── issue 14 ──

  test('the reader is in a closed shadow root, and scripted clicks and keys save, print, share or open nothing', async () => {
    const page = await ctx.driver.newPage();
    const stub = ctx.driver.can('cdp') ? await page.stubPrintInContentWorld() : null;
    await page.goto(HOSTILE);
    await waitForOverlay(page);
    await page.front();
    if (stub) await stub.install();
    // The page's own scripts see no shadow root to reach into.
    assert.equal(
      await page.evaluate(() => /** @type {HTMLElement} */ (document.getElementById('hpr-root')).shadowRoot),
      null,
      'closed: host.shadowRoot is null to the page',
    );
    assert.equal((await overlayState(page)).shadowMode, 'closed');
    // Even a script holding the root (here: the content world, like another extension) gets nowhere with synthetic events.
    await inShadow(
      page,
      `
      shadow.querySelector('.hpr-toolbar button[aria-controls=hpr-settings]').click();
      shadow.querySelector('.hpr-toolbar button[aria-controls=hpr-share]').click();
      shadow.querySelector('.hpr-toolbar button[aria-keyshortcuts=p]').click();
      const dialog = shadow.querySelector('[role=dialog]');
      for (const key of ['+', '+', 't', 'p', 'q']) dialog.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      shadow.querySelector('a.hpr-no-print').click();`,
    );
    await sleep(800);
    assert.deepEqual(
      await inShadow(
        page,
        'return { settings: !!shadow.getElementById("hpr-settings"), share: !!shadow.getElementById("hpr-share") }',
      ),
      { settings: false, share: false },
    );
    assert.deepEqual(await ctx.driver.storage.get('sync', 'settings'), {}, 'nothing was saved');
    if (stub) assert.equal(await stub.calls(), undefined, 'nothing was printed');
    assert.equal(page.url(), HOSTILE, 'nothing was opened in this tab');
    // Positive control: real clicks do it.
    await realClick(page, 'return shadow.querySelector(".hpr-toolbar button[aria-controls=hpr-settings]")');
    await waitInShadow(page, 'return !!shadow.getElementById("hpr-settings")');
    await realClick(page, 'return shadow.querySelector(\'#hpr-settings button[aria-label="Tăng cỡ chữ"]\')');
    for (let i = 0; i < 40 && !(await ctx.driver.storage.get('sync', 'settings')).settings; i++)
      await sleep(100);
    assert.equal(
      (await ctx.driver.storage.get('sync', 'settings')).settings?.fontSize,
      4,
      'a real click saves',
    );
    await page.close();
  });

  test('the offer button is in a closed shadow root and opens the reader on a real click only', async () => {
    await ctx.driver.storage.set('sync', { settings: { autoOpen: 'offer' } });
    const page = await ctx.driver.newPage();
    await page.goto(HOSTILE);
    await page.waitFor(() => !!document.getElementById('hpr-offer'));
    await page.front();
    assert.equal(
      await page.evaluate(() => /** @type {HTMLElement} */ (document.getElementById('hpr-offer')).shadowRoot),
      null,
      'closed: the page cannot reach the button',
    );
    await page.inContent('shadowOf(document.getElementById("hpr-offer")).querySelector("button").click()');
    await sleep(800);
    assert.equal((await overlayState(page)).host, false, 'a scripted click opens nothing');
    await realClick(page, 'return shadowOf(document.getElementById("hpr-offer")).querySelector("button")');
    await waitForOverlay(page);
    await page.close();
  });

  test('a page naming elements after our internals (form#__haiphongReader, a decoy #hpr-root) is still read, and its decoy is left alone', async () => {
    const page = await ctx.driver.newPage();
    await page.goto(CLOBBERING);
    await waitForOverlay(page);
    assert.equal((await overlayState(page)).h1, 'Kiểm tra công tác chuẩn bị năm học mới tại các trường');
    const decoy = await page.evaluate(() => {
      const els = [...document.querySelectorAll('#hpr-root')];
      return {
        count: els.length,
        decoyKept: els.some((el) => /** @type {HTMLElement} */ (el).dataset.pageDecoy === '1'),
      };
    });
    assert.deepEqual(decoy, { count: 2, decoyKept: true });
    await page.close();
  });

  test('an off-site canonical (or og:url) is never shared, printed or offered by the popup: the page own URL is', async () => {
    const page = await ctx.driver.newPage();
    await page.goto(OFFSITE_CANONICAL);
    await waitForOverlay(page);
    await page.front();
    await page.press('q');
    await waitInShadow(page, 'return !!shadow?.querySelector("#hpr-share svg[role=img]")');
    const shared = await inShadow(
      page,
      'return { share: shadow.querySelector("#hpr-share").textContent, original: shadow.querySelector("a.hpr-no-print").href, footer: shadow.querySelector(".hpr-print-footer").textContent }',
    );
    for (const [where, text] of Object.entries(shared)) {
      assert.ok(!/evil/.test(text), `${where}: no off-site address (${text.slice(0, 200)})`);
      assert.ok(text.includes(OFFSITE_CANONICAL), `${where}: the page own URL`);
    }
    await page.press('Escape');
    const pdf = pdfText(await ctx.driver.printToPdf(page, `${OUT}${prefix}print-offsite-canonical.pdf`));
    assert.ok(!/evil/.test(pdf), 'the printout names no off-site address');
    const popup = await ctx.driver.openPopup(
      await requireTabId(ctx.driver, OFFSITE_CANONICAL),
      '&view=share',
    );
    await popup.waitFor(() => !!document.querySelector('#hpr-popup-share svg[role=img]'));
    const popupText = await popup.evaluate(
      () => /** @type {Element} */ (document.querySelector('#hpr-popup-share')).textContent,
    );
    assert.ok(
      !/evil/.test(popupText) && popupText.includes(OFFSITE_CANONICAL),
      `the popup shares the page own URL: ${popupText.slice(0, 200)}`,
    );
    await popup.close();
    await page.close();
  });
});
