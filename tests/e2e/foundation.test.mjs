// The foundation's proof, end to end, in Chromium and in Firefox: the built extension, fixture
// pages served under the portals' real host names, the manifest's real match patterns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  forEachBrowser,
  waitForOverlay,
  waitForNoOverlay,
  overlayState,
  clickButton,
  sleep,
} from './support/driver.mjs';
import { DIST_CHROME } from './support/chromium.mjs';
import { DIST_FIREFOX, GECKO_ID } from './support/firefox-driver.mjs';
import { PORTAL_MATCH_PATTERNS } from '../../src/core/portals/lookup.ts';

const ARTICLE =
  'http://haiphong.gov.vn/tin-tuc-su-kien/hoi-nghi-lan-thu-6-ban-chap-hanh-dang-bo-thanh-pho-khoa-xvi-683301';
const LISTING = 'http://haiphong.gov.vn/tin-tuc-su-kien';
const TITLE =
  'Hội nghị lần thứ 6 Ban Chấp hành Đảng bộ thành phố khóa XVI: Đánh giá kết quả năm 2021, bàn nhiệm vụ năm 2022';

forEachBrowser('foundation', (ctx) => {
  test('the built manifest asks only for what the features need', () => {
    const dist = ctx.name === 'chromium' ? DIST_CHROME : DIST_FIREFOX;
    const manifest = JSON.parse(readFileSync(`${dist}/manifest.json`, 'utf8'));
    // No activeTab (issue 14): host access to the portals covers every use.
    assert.deepEqual([...manifest.permissions].sort(), ['contextMenus', 'scripting', 'storage']);
    // The portal hosts: the registry's (src/core/portals), nothing more.
    assert.deepEqual(manifest.host_permissions, [...PORTAL_MATCH_PATTERNS]);
    assert.deepEqual(
      manifest.content_scripts.map((/** @type {{ matches: string[] }} */ c) => c.matches),
      [[...PORTAL_MATCH_PATTERNS]],
    );
    assert.equal(manifest.web_accessible_resources, undefined, 'no file is exposed to web pages');
    assert.equal(manifest.content_security_policy, undefined, 'default extension CSP');
    // V8's compile hint heads both content scripts (vite.config.ts compileHint; issue 15).
    for (const file of ['src/content/detect.js', 'src/content/reader.js'])
      assert.ok(
        readFileSync(`${dist}/${file}`, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'),
        `${file} starts with the compile hint`,
      );
    if (ctx.name === 'firefox') {
      assert.deepEqual(manifest.browser_specific_settings.gecko, {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      });
      assert.equal(manifest.background.service_worker, undefined, 'Firefox runs background scripts');
      assert.ok(manifest.background.scripts.length > 0);
    }
  });

  test('the portal host permissions are granted at install (Firefox MV3 included)', async () => {
    const granted = await ctx.driver.inExtension(() => {
      const g = /** @type {import('./support/driver.mjs').ExtensionGlobal} */ (globalThis);
      return (g.browser ?? g.chrome).permissions.getAll();
    });
    for (const origin of PORTAL_MATCH_PATTERNS) {
      assert.ok(granted.origins.includes(origin), `${origin} granted (${granted.origins.join(', ')})`);
    }
  });

  test('on a portal article the reader overlay opens with the title as its h1', async () => {
    const page = await ctx.driver.newPage();
    await page.goto(ARTICLE);
    await waitForOverlay(page);
    const state = await overlayState(page);
    assert.equal(state.shadowMode, 'closed', 'a closed shadow root (issue 14)');
    assert.equal(
      await page.evaluate(() => /** @type {HTMLElement} */ (document.getElementById('hpr-root')).shadowRoot),
      null,
      'the page cannot reach inside',
    );
    assert.equal(state.dialog, true);
    assert.equal(state.ariaModal, 'true');
    assert.equal(state.h1, TITLE);
    assert.equal(state.name, TITLE, 'the dialog is labelled by the title');
    assert.equal(state.activeInShadow, 'BUTTON', 'focus moved into the dialog');
    assert.equal(
      await page.evaluate(
        () => /** @type {Window & { __pageScriptRan?: boolean }} */ (window).__pageScriptRan,
      ),
      true,
      "the page's own script still ran",
    );
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('Escape closes the overlay and gives focus and scroll back to the page', async () => {
    const page = await ctx.driver.newPage();
    await page.goto(ARTICLE);
    await waitForOverlay(page);
    await page.front();
    await page.press('Escape');
    await waitForNoOverlay(page);
    const after = await page.evaluate(() => ({
      overflow: document.documentElement.style.overflow,
      active: document.activeElement?.tagName,
    }));
    assert.equal(after.overflow, '', 'page scroll is unlocked');
    assert.equal(after.active, 'BODY', 'focus is back on the page');
    await page.close();
  });

  test('on a listing page nothing is mounted', async () => {
    const page = await ctx.driver.newPage();
    await page.goto(LISTING);
    // The detector runs at document_idle; give it ample time to (wrongly) mount something.
    await sleep(1000);
    const state = await overlayState(page);
    assert.equal(state.host, false);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('the toolbar badge marks the article tab and not the listing tab', async () => {
    const article = await ctx.driver.newPage();
    await article.goto(ARTICLE);
    await waitForOverlay(article);
    const listing = await ctx.driver.newPage();
    await listing.goto(LISTING);
    await sleep(800);
    const badges = await ctx.driver.inExtension(
      async (/** @type {[string, string]} */ [a, l]) => {
        const g = /** @type {import('./support/driver.mjs').ExtensionGlobal} */ (globalThis);
        const api = g.browser ?? g.chrome;
        const tabs = await api.tabs.query({});
        /** @param {string} url */
        const find = (url) => {
          const tab = tabs.find((t) => t.url === url);
          if (!tab) throw new Error(`no tab shows ${url}`);
          return tab;
        };
        return {
          article: await api.action.getBadgeText({ tabId: find(a).id }),
          listing: await api.action.getBadgeText({ tabId: find(l).id }),
        };
      },
      [ARTICLE, LISTING],
    );
    assert.equal(badges.article, '✓');
    assert.equal(badges.listing, '');
    await article.close();
    await listing.close();
  });

  test('a tab that leaves an article for a listing loses its badge (the detector sends nothing on non-articles)', async () => {
    const page = await ctx.driver.newPage();
    await page.goto(ARTICLE);
    await waitForOverlay(page);
    /** @param {string} url */
    const badgeOf = (url) =>
      ctx.driver.inExtension(async (/** @type {string} */ u) => {
        const g = /** @type {import('./support/driver.mjs').ExtensionGlobal} */ (globalThis);
        const api = g.browser ?? g.chrome;
        const tab = (await api.tabs.query({})).find((t) => t.url === u);
        if (!tab) throw new Error(`no tab shows ${u}`);
        return api.action.getBadgeText({ tabId: tab.id });
      }, url);
    assert.equal(await badgeOf(ARTICLE), '✓');
    await page.goto(LISTING);
    await sleep(800);
    // The same tab: the browser reset its tab-specific badge on navigation.
    assert.equal(await badgeOf(LISTING), '');
    await page.close();
  });

  test('the popup reports the article tab and can close the reader', async () => {
    const article = await ctx.driver.newPage();
    await article.goto(ARTICLE);
    await waitForOverlay(article);
    const tabId = await ctx.driver.tabIdOf(ARTICLE);
    if (tabId === undefined) throw new Error(`no tab shows ${ARTICLE}`);
    const popup = await ctx.driver.openPopup(tabId);
    const status = await popup.evaluate(
      () => /** @type {HTMLElement} */ (document.querySelector('[role=status]')).innerText,
    );
    assert.match(status, /Bài viết/);
    assert.match(status, /Hội nghị lần thứ 6/);
    await clickButton(popup, 'Đóng chế độ đọc');
    await waitForNoOverlay(article);
    await popup.close();
    await article.close();
  });
});
