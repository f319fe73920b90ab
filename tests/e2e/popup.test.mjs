// The toolbar popup from the built extension: page status for an article, a listing and a
// non-portal page; its QR decodes to the page URL; fanpage links discovered on a portal page
// appear with where they were seen; the context-menu share window; screenshots light and dark.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { startFixtureServer, served } from './support/fixture-server.mjs';
import { launchWithExtension, waitForOverlay, OUTPUT_DIR } from './support/chromium.mjs';
import { ARTICLES, NON_ARTICLES } from './support/fixtures.mjs';

let server;
let browser;
const SHOTS = `${OUTPUT_DIR}screenshots/`;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer();
  browser = await launchWithExtension({ port: server.port, viewport: { width: 420, height: 760 } });
});
after(async () => {
  await browser?.context.close();
  await server?.close();
});
beforeEach(async () => {
  await browser.worker.evaluate(() => Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()]));
});

async function tabIdOf(url) {
  return browser.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
}

async function openPopup(tabId, extra = '') {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}${extra}`);
  await popup.locator('.status[role=status]').first().waitFor();
  return popup;
}

test('status: an article with its title and date, a listing with its kind and reason, a non-portal page', async () => {
  const article = ARTICLES.find((f) => f.markup === 'hp-c');
  const listing = NON_ARTICLES.find((f) => f.kind === 'listing');
  const pages = {};
  for (const [name, url] of [
    ['article', served(article.url)],
    ['listing', served(listing.url)],
    ['outside', `http://localhost:${server.port}/not-a-portal`],
  ]) {
    pages[name] = await browser.context.newPage();
    await pages[name].goto(url);
  }
  await waitForOverlay(pages.article);
  await pages.listing.waitForTimeout(500);
  let popup = await openPopup(await tabIdOf(served(article.url)));
  const articleText = await popup.locator('.status[role=status]').first().innerText();
  assert.match(articleText, /Bài viết/);
  assert.ok(articleText.includes(article.expected.title), 'the article title');
  await popup.getByRole('button', { name: 'Đóng chế độ đọc' }).waitFor();
  await popup.close();

  popup = await openPopup(await tabIdOf(served(listing.url)));
  const listingText = await popup.locator('.status[role=status]').first().innerText();
  assert.match(listingText, /Trang danh sách/);
  assert.match(listingText, /Lý do: /);
  assert.equal(await popup.getByRole('button', { name: 'Mở chế độ đọc' }).count(), 0, 'no reader action on a listing');
  await popup.close();

  const outsideId = await browser.worker.evaluate(async () => (await chrome.tabs.query({})).find((t) => !t.url || t.url.includes('localhost') || t.pendingUrl?.includes('localhost'))?.id);
  popup = await openPopup(outsideId ?? 999999);
  assert.equal(await popup.locator('.status[role=status]').first().innerText(), 'Không phải trang của Cổng thông tin Hải Phòng');
  await popup.close();
  for (const p of Object.values(pages)) await p.close();
});

test('the popup opens the reader on an article tab and its QR code decodes to the page URL', async () => {
  await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { autoOpen: 'off' } }));
  const article = ARTICLES.find((f) => f.markup === 'hp-b');
  const page = await browser.context.newPage();
  await page.goto(served(article.url));
  await page.waitForTimeout(500);
  const tabId = await tabIdOf(served(article.url));
  let popup = await openPopup(tabId);
  await popup.getByRole('button', { name: 'Chia sẻ' }).click();
  const svg = popup.locator('#hpr-popup-share svg[role=img]');
  await svg.waitFor();
  const png = PNG.sync.read(await svg.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  const canonical = await page.evaluate(() => document.querySelector('link[rel=canonical]')?.href ?? location.href);
  assert.equal(decoded, canonical);
  await popup.getByRole('button', { name: 'Mở chế độ đọc' }).click();
  await waitForOverlay(page);
  await page.close();
});

test('fanpage links discovered on a portal page appear in the popup with where they were seen', async () => {
  // Before any portal page with social links was seen, the social shortcuts are searches, labelled as such.
  const outside = `http://localhost:${server.port}/nothing-here`;
  const first = await browser.context.newPage();
  await first.goto(outside);
  const before = await openPopup(999999);
  const search = before.locator('a[data-source=search]', { hasText: 'YouTube' });
  assert.match(await search.innerText(), /^Tìm trên YouTube/);
  assert.match(await search.getAttribute('href'), /^https:\/\/www\.youtube\.com\/results\?search_query=/);
  assert.equal(await before.locator('a[data-source=discovered]').count(), 0);
  await before.close();
  await first.close();
  const seed = ARTICLES.find((f) => f.markup === 'tp-wp' && f.corpus === '00');
  const page = await browser.context.newPage();
  await page.goto(served(seed.url));
  await waitForOverlay(page);
  await browser.worker.evaluate(async () => {
    for (let i = 0; i < 50; i++) {
      const { discoveredSocial } = await chrome.storage.local.get('discoveredSocial');
      if (discoveredSocial?.length) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  const popup = await openPopup(await tabIdOf(served(seed.url)));
  const facebook = popup.locator('a[data-source=discovered]', { hasText: 'Facebook' });
  await facebook.waitFor();
  assert.equal(await facebook.getAttribute('href'), 'https://www.facebook.com/congtintuchaiphong');
  assert.equal(await facebook.getAttribute('target'), '_blank');
  const item = popup.locator('li', { has: facebook });
  assert.match(await item.innerText(), /Liên kết thấy trên thanhphohaiphong\.gov\.vn/);
  assert.equal(await popup.locator('a[data-source=discovered]', { hasText: 'YouTube' }).getAttribute('href'), 'https://www.youtube.com/@congtintuchaiphong');
  // Services and the hotline.
  assert.equal(await popup.locator('a[href="tel:1022"]').count(), 1);
  assert.equal(await popup.locator('a[href="https://dichvucong.haiphong.gov.vn/"]').count(), 1);
  // Each shortcut can show its QR code.
  await item.getByRole('button', { name: /Mã QR/ }).click();
  const qr = item.locator('svg[role=img]');
  const png = PNG.sync.read(await qr.screenshot());
  assert.equal(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, 'https://www.facebook.com/congtintuchaiphong');
  await popup.close();
  await page.close();
});

test('screenshots of the popup in light and dark', async () => {
  const article = ARTICLES.find((f) => f.markup === 'hp-c');
  const page = await browser.context.newPage();
  await page.goto(served(article.url));
  await waitForOverlay(page);
  const tabId = await tabIdOf(served(article.url));
  for (const theme of ['light', 'dark']) {
    await browser.worker.evaluate((t) => chrome.storage.sync.set({ settings: { theme: t } }), theme);
    const popup = await openPopup(tabId);
    await popup.setViewportSize({ width: 380, height: 720 });
    await popup.waitForTimeout(200);
    const bg = await popup.evaluate(() => getComputedStyle(document.querySelector('main')).backgroundColor);
    assert.equal(bg, theme === 'dark' ? 'rgb(22, 24, 27)' : 'rgb(251, 250, 247)');
    await popup.screenshot({ path: `${SHOTS}popup-${theme}.png`, fullPage: true });
    await popup.close();
  }
  await page.close();
});

test('the context-menu item is registered for portal pages and its window shows the share panel', async () => {
  const article = ARTICLES.find((f) => f.markup === 'hp-c');
  const page = await browser.context.newPage();
  await page.goto(served(article.url));
  await waitForOverlay(page);
  const tabId = await tabIdOf(served(article.url));
  // The menu's click handler opens the popup page in a window with view=share: check that view.
  const popup = await openPopup(tabId, '&view=share');
  await popup.locator('#hpr-popup-share svg[role=img]').waitFor();
  await popup.close();
  await page.close();
});
