// The foundation's proof, end to end: the built extension in the system Chromium, fixture pages
// served under the portals' real host names, the manifest's real match patterns.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startFixtureServer } from './support/fixture-server.mjs';
import { launchWithExtension, waitForOverlay, overlayState, DIST_CHROME } from './support/chromium.mjs';

const ARTICLE = 'http://haiphong.gov.vn/tin-tuc-su-kien/hoi-nghi-lan-thu-6-ban-chap-hanh-dang-bo-thanh-pho-khoa-xvi-683301';
const LISTING = 'http://haiphong.gov.vn/tin-tuc-su-kien';
const TITLE = 'Hội nghị lần thứ 6 Ban Chấp hành Đảng bộ thành phố khóa XVI: Đánh giá kết quả năm 2021, bàn nhiệm vụ năm 2022';

let server;
let browser;

before(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ port: server.port });
});

after(async () => {
  await browser?.context.close();
  await server?.close();
});

function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  return errors;
}

test('the built manifest asks only for what the features need', () => {
  const manifest = JSON.parse(readFileSync(`${DIST_CHROME}/manifest.json`, 'utf8'));
  assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'contextMenus', 'scripting', 'storage']);
  assert.deepEqual([...manifest.host_permissions].sort(), [
    '*://*.haiphong.gov.vn/*',
    '*://haiphong.gov.vn/*',
    '*://thanhphohaiphong.gov.vn/*',
    '*://www.thanhphohaiphong.gov.vn/*',
  ]);
  assert.equal(manifest.web_accessible_resources, undefined, 'no file is exposed to web pages');
  assert.equal(manifest.content_security_policy, undefined, 'default extension CSP');
});

test('on a portal article the reader overlay opens with the title as its h1', async () => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(ARTICLE);
  await waitForOverlay(page);
  const state = await overlayState(page);
  assert.equal(state.shadowMode, 'open');
  assert.equal(state.dialog, true);
  assert.equal(state.ariaModal, 'true');
  assert.equal(state.h1, TITLE);
  assert.equal(state.name, TITLE, 'the dialog is labelled by the title');
  assert.equal(state.activeInShadow, 'BUTTON', 'focus moved into the dialog');
  assert.equal(await page.evaluate(() => window.__pageScriptRan), true, "the page's own script still ran");
  assert.deepEqual(errors, []);
  await page.close();
});

test('Escape closes the overlay and gives focus and scroll back to the page', async () => {
  const page = await browser.context.newPage();
  await page.goto(ARTICLE);
  await waitForOverlay(page);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.getElementById('hpr-root'));
  const after = await page.evaluate(() => ({
    overflow: document.documentElement.style.overflow,
    active: document.activeElement?.tagName,
  }));
  assert.equal(after.overflow, '', 'page scroll is unlocked');
  assert.equal(after.active, 'BODY', 'focus is back on the page');
  await page.close();
});

test('on a listing page nothing is mounted', async () => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(LISTING);
  // The detector runs at document_idle; give it ample time to (wrongly) mount something.
  await page.waitForTimeout(1000);
  const state = await overlayState(page);
  assert.equal(state.host, false);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the toolbar badge marks the article tab and not the listing tab', async () => {
  const article = await browser.context.newPage();
  await article.goto(ARTICLE);
  await waitForOverlay(article);
  const listing = await browser.context.newPage();
  await listing.goto(LISTING);
  await listing.waitForTimeout(800);
  const badges = await browser.worker.evaluate(async ([a, l]) => {
    const tabs = await chrome.tabs.query({});
    const find = (url) => tabs.find((t) => t.url === url);
    return {
      article: await chrome.action.getBadgeText({ tabId: find(a).id }),
      listing: await chrome.action.getBadgeText({ tabId: find(l).id }),
    };
  }, [ARTICLE, LISTING]);
  assert.equal(badges.article, '✓');
  assert.equal(badges.listing, '');
  await article.close();
  await listing.close();
});

test('the popup reports the article tab and can close the reader', async () => {
  const article = await browser.context.newPage();
  await article.goto(ARTICLE);
  await waitForOverlay(article);
  const tabId = await browser.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id, ARTICLE);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
  const status = popup.getByRole('status');
  await status.waitFor();
  assert.match(await status.innerText(), /Bài viết/);
  assert.match(await status.innerText(), /Hội nghị lần thứ 6/);
  await popup.getByRole('button', { name: 'Đóng chế độ đọc' }).click();
  await article.waitForFunction(() => !document.getElementById('hpr-root'));
  await article.close();
});
