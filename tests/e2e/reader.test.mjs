// The reader mode in the real browser (Chromium and Firefox): opens on every article fixture of
// every portal generation and never elsewhere; Escape; settings change the rendering and persist
// across reloads and tabs; the shortcut toggles; auto-open off on one site only; accessibility
// scan (Chromium); screenshots.
import { test, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { served } from './support/fixture-server.mjs';
import { OUTPUT_DIR } from './support/chromium.mjs';
import { isolatedWorld } from './support/isolated-world.mjs';
import {
  forEachBrowser,
  waitForOverlay,
  waitForNoOverlay,
  overlayState,
  inShadow,
  waitInShadow,
  realClick,
  sleep,
} from './support/driver.mjs';
import {
  ARTICLES,
  NON_ARTICLES,
  onePerMarkup,
  expectedOf,
  itemAt,
  findFixture,
} from './support/fixtures.mjs';

/**
 * @typedef {import('./support/driver.mjs').DriverPage} DriverPage
 * @typedef {import('./support/driver.mjs').ExtensionGlobal} ExtensionGlobal
 * The service worker's `chrome` with the command event's dispatch (Chromium):
 * @typedef {typeof globalThis & { chrome: { commands: { onCommand: { dispatch(command: string): void } } } }} CommandGlobal
 * @typedef {{ id: string, impact: string, nodes: string[] }} AxeViolation
 */

/** axe-core itself (the engine @axe-core/playwright ships), run in the content world. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const SHOTS = `${OUTPUT_DIR}screenshots/`;

forEachBrowser('reader', (ctx) => {
  before(() => mkdirSync(SHOTS, { recursive: true }));

  beforeEach(async () => {
    await ctx.driver.storage.clear();
  });

  const prefix = ctx.name === 'chromium' ? '' : `${ctx.name}-`;

  /** @param {string} url */
  async function openArticle(url) {
    const page = await ctx.driver.newPage();
    await page.goto(served(url));
    await waitForOverlay(page);
    await page.front();
    return page;
  }

  test('the overlay opens on visit on every article fixture, with the article title as its h1', async () => {
    const failures = [];
    for (const fixture of ARTICLES) {
      const page = await ctx.driver.newPage();
      await page.goto(served(fixture.url));
      try {
        await waitForOverlay(page, 8000);
        const state = await overlayState(page);
        if (state.h1 !== expectedOf(fixture).title)
          failures.push(`${fixture.url}: h1 ${JSON.stringify(state.h1)}`);
      } catch {
        failures.push(`${fixture.url}: no overlay`);
      }
      await page.close();
    }
    assert.deepEqual(failures, []);
    const markups = new Set(ARTICLES.map((f) => f.markup));
    for (const m of ['hp-a', 'hp-b', 'hp-c', 'tp-wp', 'tp-amp'])
      assert.ok(markups.has(m), `a ${m} article is among the fixtures`);
  });

  test('the overlay never opens on home, listing, search, document or other pages', async () => {
    const mounted = [];
    const pages = await Promise.all(
      NON_ARTICLES.map(async (fixture) => {
        const page = await ctx.driver.newPage();
        await page.goto(served(fixture.url));
        return { page, fixture };
      }),
    );
    await sleep(1500);
    for (const { page, fixture } of pages) {
      if ((await overlayState(page)).host) mounted.push(fixture.url);
      await page.close();
    }
    assert.ok(NON_ARTICLES.length >= 8);
    assert.deepEqual(mounted, []);
  });

  test('Escape closes the reader and returns focus and scroll to the page; a popover closes first', async () => {
    const fixture = itemAt(onePerMarkup(), 0);
    const page = await openArticle(fixture.url);
    await page.press('?');
    assert.equal(
      await inShadow(page, 'return !!shadow.getElementById("hpr-help")'),
      true,
      '? opens the help',
    );
    await page.press('Escape');
    assert.equal(
      await inShadow(page, 'return !!shadow.getElementById("hpr-help")'),
      false,
      'Escape closes the help',
    );
    assert.equal((await overlayState(page)).dialog, true, '…and not the reader');
    await page.press('Escape');
    await waitForNoOverlay(page);
    assert.deepEqual(
      await page.evaluate(() => [document.documentElement.style.overflow, document.activeElement?.tagName]),
      ['', 'BODY'],
    );
    await page.close();
  });

  test('focus stays inside the dialog while it is open', async () => {
    const page = await openArticle(itemAt(onePerMarkup(), 0).url);
    for (let i = 0; i < 40; i++) await page.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      'hpr-root',
      'focus is inside the shadow root',
    );
    for (let i = 0; i < 5; i++) await page.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'hpr-root');
    await page.close();
  });

  test('settings change the rendering at once and persist across a reload and across tabs', async () => {
    const url = itemAt(onePerMarkup(), 0).url;
    const first = await openArticle(url);
    const second = await openArticle(url);
    /** @param {DriverPage} page */
    const fontSize = (page) =>
      inShadow(page, 'return getComputedStyle(shadow.querySelector(".hpr-article")).fontSize');
    /** @param {DriverPage} page */
    const theme = (page) => inShadow(page, 'return shadow.querySelector(".hpr-backdrop").dataset.theme');
    assert.equal(await fontSize(first), '20px');
    await first.front();
    // Each key waits for its change to land (storage echoes of quick successive writes may
    // otherwise arrive after the next key press).
    /**
     * @param {DriverPage} page
     * @param {string} value
     */
    const themeIs = (page, value) =>
      waitInShadow(page, 'return shadow?.querySelector(".hpr-backdrop")?.dataset.theme === arg', value);
    /**
     * @param {DriverPage} page
     * @param {string} value
     */
    const sizeIs = (page, value) =>
      waitInShadow(
        page,
        'return getComputedStyle(shadow.querySelector(".hpr-article")).fontSize === arg',
        value,
      );
    await first.press('+');
    await sizeIs(first, '22px');
    await first.press('+');
    await sizeIs(first, '24px');
    await first.press('t'); // system → light
    await themeIs(first, 'light');
    await first.press('t'); // light → sepia
    await themeIs(first, 'sepia');
    assert.equal(await fontSize(first), '24px');
    assert.equal(await theme(first), 'sepia');
    const background = await inShadow(
      first,
      'return getComputedStyle(shadow.querySelector(".hpr-backdrop")).backgroundColor',
    );
    assert.equal(background, 'rgb(244, 236, 216)', 'the sepia theme is applied');
    // The other tab follows without a reload.
    await themeIs(second, 'sepia');
    assert.equal(await fontSize(second), '24px');
    // Settings chosen in the popover: dark theme, sans-serif, no images.
    await first.front();
    // Real clicks: the reader acts on trusted events only (a scripted .click() does nothing).
    await realClick(first, 'return shadow.querySelector(".hpr-toolbar button[aria-controls=hpr-settings]")');
    await waitInShadow(first, 'return !!shadow.getElementById("hpr-settings")');
    await realClick(first, 'return shadow.querySelector("input[name=hpr-theme][value=dark]")');
    await themeIs(first, 'dark');
    await realClick(first, 'return shadow.querySelector("input[name=hpr-font][value=sans]")');
    assert.equal(await theme(first), 'dark');
    // Writes are throttled (one per 250 ms, the last value always written): the other tab shows
    // when the last one has landed.
    await waitInShadow(
      second,
      'return getComputedStyle(shadow.querySelector(".hpr-article")).fontFamily.includes("Noto Sans")',
    );
    // A reload keeps them.
    await first.reload();
    await waitForOverlay(first);
    assert.equal(await theme(first), 'dark');
    assert.equal(await fontSize(first), '24px');
    assert.match(
      await inShadow(first, 'return getComputedStyle(shadow.querySelector(".hpr-article")).fontFamily'),
      /Noto Sans|Arial/,
    );
    await first.close();
    await second.close();
  });

  test('the keyboard shortcut is registered and its handler toggles the reader on the active tab', async () => {
    /** @type {import('webextension-polyfill').Commands.Command[]} */
    const commands = await ctx.driver.inExtension(() => {
      const g = /** @type {ExtensionGlobal} */ (globalThis);
      return (g.browser ?? g.chrome).commands.getAll();
    });
    const toggle = commands.find((c) => c.name === 'toggle-reader');
    // Chromium refuses Alt+Shift+R as a suggested key (it registers no shortcut at all), so the
    // suggestion is Alt+Shift+D (D for "đọc", read); users can change it at chrome://extensions/shortcuts.
    assert.equal(toggle?.shortcut, 'Alt+Shift+D');
    // Chromium only from here: the browser's own command event is dispatched in the background (the
    // service worker, reachable from Playwright) — the production background exposes no test hook;
    // Firefox's background page is not reachable over WebDriver BiDi.
    if (!ctx.driver.can('commands')) return;
    const page = await openArticle(itemAt(onePerMarkup(), 1).url);
    await page.front();
    await ctx.driver.inExtension(() =>
      /** @type {CommandGlobal} */ (globalThis).chrome.commands.onCommand.dispatch('toggle-reader'),
    );
    await waitForNoOverlay(page);
    await ctx.driver.inExtension(() =>
      /** @type {CommandGlobal} */ (globalThis).chrome.commands.onCommand.dispatch('toggle-reader'),
    );
    await waitForOverlay(page);
    await page.close();
  });

  test('turning auto-open off on one site keeps the reader closed there and open elsewhere', async () => {
    const hp = findFixture(
      ARTICLES,
      (f) => new URL(f.url).hostname === 'haiphong.gov.vn',
      'an article on haiphong.gov.vn',
    );
    const other = findFixture(
      ARTICLES,
      (f) => new URL(f.url).hostname !== 'haiphong.gov.vn',
      'an article on another portal host',
    );
    const page = await openArticle(hp.url);
    await realClick(page, 'return shadow.querySelector(".hpr-toolbar button[aria-controls=hpr-settings]")');
    await waitInShadow(page, 'return !!shadow.getElementById("hpr-settings")');
    const label = await inShadow(
      page,
      'return [...shadow.querySelectorAll("#hpr-settings label")].find((l) => l.textContent.includes("haiphong.gov.vn")).textContent',
    );
    assert.equal(label, 'Không tự mở trên trang haiphong.gov.vn');
    await realClick(
      page,
      'return [...shadow.querySelectorAll("#hpr-settings label")].find((l) => l.textContent.includes("haiphong.gov.vn")).querySelector("input")',
    );
    await sleep(200);
    await page.reload();
    await sleep(1200);
    assert.equal((await overlayState(page)).host, false, 'closed on haiphong.gov.vn');
    const elsewhere = await openArticle(other.url);
    assert.equal((await overlayState(elsewhere)).dialog, true, `open on ${new URL(other.url).hostname}`);
    await page.close();
    await elsewhere.close();
  });

  // Chromium only: axe runs through @axe-core/playwright.
  ctx.only(
    'chromium',
    'accessibility: axe finds no serious or critical violation in the light and dark themes',
    async () => {
      // The overlay's shadow root is closed, so axe-core runs in the extension's isolated world (over
      // CDP), where Element.prototype.shadowRoot is made to open closed roots for axe's tree walk
      // (only in that world, only in this test).
      /** @type {Record<string, { violations: string[], passes: number }>} */
      const results = {};
      for (const theme of ['light', 'dark', 'sepia', 'contrast']) {
        await ctx.driver.storage.set('sync', { settings: { theme } });
        const page = await openArticle(itemAt(onePerMarkup(), 0).url);
        const world = await isolatedWorld(ctx.driver.raw.context, page.raw, ctx.driver.raw.extensionId);
        await world.evaluate(
          `${AXE_SOURCE}; Object.defineProperty(Element.prototype, 'shadowRoot', { configurable: true, get() { try { return chrome.dom.openOrClosedShadowRoot(this); } catch { return null; } } }); true`,
        );
        /** @type {{ violations: AxeViolation[], passes: number }} */
        const axe =
          await world.evaluate(`axe.run({ include: [['#hpr-root']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((r) => ({ violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })), passes: r.passes.length }))`);
        await world.detach();
        const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        results[theme] = {
          violations: axe.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`),
          passes: axe.passes,
        };
        assert.ok(
          axe.passes >= 10,
          `${theme}: axe saw inside the closed shadow root (${axe.passes} rules passed)`,
        );
        assert.deepEqual(
          bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).join(', ')}`),
          [],
          `${theme} theme`,
        );
        await page.close();
      }
      writeFileSync(`${OUTPUT_DIR}axe.json`, JSON.stringify(results, null, 2));
    },
  );

  test('screenshots of the overlay in each theme, wide and narrow', async () => {
    const url = itemAt(onePerMarkup(), 0).url;
    const files = [];
    for (const theme of ['light', 'sepia', 'dark', 'contrast', 'system']) {
      await ctx.driver.storage.set('sync', { settings: { theme } });
      for (const [w, h] of /** @type {[number, number][]} */ ([
        [1280, 900],
        [390, 844],
      ])) {
        const page = await ctx.driver.newPage({ viewport: { width: w, height: h } });
        await page.goto(served(url));
        await waitForOverlay(page);
        await sleep(150);
        const file = `${SHOTS}${prefix}reader-${theme}-${w}x${h}.png`;
        await page.screenshot({ path: file });
        files.push(file);
        if (w === 1280) {
          // Line length on wide screens: characters per line of the first long paragraph.
          const chars = await inShadow(
            page,
            `const p = [...shadow.querySelectorAll(".hpr-body p")].find((x) => x.textContent.length > 300);
           const range = document.createRange(); range.selectNodeContents(p);
           const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
           return Math.round(p.textContent.length / lines);`,
          );
          assert.ok(chars >= 55 && chars <= 80, `about ${chars} characters per line at 1280 px`);
        }
        await page.close();
      }
    }
    assert.equal(files.length, 10);
  });

  test('time from DOMContentLoaded to the overlay visible (median of 10 loads)', async () => {
    const url = itemAt(onePerMarkup(), 0).url;
    const times = [];
    const page = await ctx.driver.newPage();
    for (let i = 0; i < 10; i++) {
      await page.goto(served(url));
      await waitForOverlay(page);
      times.push(
        await page.evaluate(() => {
          const nav = /** @type {PerformanceNavigationTiming} */ (
            performance.getEntriesByType('navigation')[0]
          );
          const mark = /** @type {PerformanceEntry} */ (
            performance.getEntriesByName('hpr:overlay-visible')[0]
          );
          return mark.startTime - nav.domContentLoadedEventStart;
        }),
      );
    }
    await page.close();
    times.sort((a, b) => a - b);
    const median = (times[4] + times[5]) / 2;
    writeFileSync(
      `${OUTPUT_DIR}${prefix}overlay-timing.json`,
      JSON.stringify({ url, times, median }, null, 2),
    );
    console.log(
      `${ctx.name}: DOMContentLoaded → overlay visible: median ${median.toFixed(1)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`,
    );
    assert.ok(times.every((t) => t > 0));
  });
});
