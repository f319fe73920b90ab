// One-click print and the QR share panel, from the built extension in Chromium.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { startFixtureServer, served } from './support/fixture-server.mjs';
import { launchWithExtension, waitForOverlay, OUTPUT_DIR } from './support/chromium.mjs';
import { isolatedWorld } from './support/isolated-world.mjs';
import { ARTICLES, onePerMarkup } from './support/fixtures.mjs';

let server;
let browser;
const OUT = `${OUTPUT_DIR}print/`;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startFixtureServer();
  browser = await launchWithExtension({ port: server.port });
});
after(async () => {
  await browser?.context.close();
  await server?.close();
});
beforeEach(async () => {
  await browser.worker.evaluate(() => chrome.storage.sync.clear());
});

const squash = (s) => s.replace(/\s+/g, ' ').trim();

async function openArticle(fixture) {
  const page = await browser.context.newPage();
  const world = await isolatedWorld(browser.context, page, browser.extensionId);
  await page.goto(served(fixture.url));
  await waitForOverlay(page);
  await page.bringToFront();
  return { page, world };
}

function decodePng(buffer) {
  const png = PNG.sync.read(buffer);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

function pdfText(file) {
  return squash(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
}

test('the Print button and the p key open the print dialog once each', async () => {
  const { page, world } = await openArticle(onePerMarkup()[0]);
  await world.evaluate('window.print = () => { window.__printCalls = (window.__printCalls || 0) + 1 }');
  await page.keyboard.press('p');
  assert.equal(await world.evaluate('window.__printCalls'), 1);
  await page.evaluate(() => document.getElementById('hpr-root').shadowRoot.querySelector('button[aria-keyshortcuts="p"]').click());
  assert.equal(await world.evaluate('window.__printCalls'), 2);
  await world.detach();
  await page.close();
});

for (const fixture of onePerMarkup().slice(0, 3)) {
  test(`the printout of ${fixture.markup} holds the clean article, its URL and a QR back to it, and nothing of the portal`, async () => {
    const { page } = await openArticle(fixture);
    await page.emulateMedia({ media: 'print' });
    const name = `print-${fixture.markup}`;
    const pdf = `${OUT}${name}.pdf`;
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = pdfText(pdf);
    const expected = fixture.expected;
    assert.ok(text.includes(squash(expected.title)), 'title');
    assert.ok(text.includes(squash(expected.paragraphs[0]).slice(0, 120)), 'first paragraph');
    assert.ok(text.includes(squash(expected.paragraphs.at(-1)).slice(-120)), 'last paragraph');
    const canonical = await page.evaluate(() => document.querySelector('link[rel=canonical]')?.href ?? location.href);
    assert.ok(text.replace(/ /g, '').includes(canonical.replace(/ /g, '')), `the URL ${canonical}`);
    for (const noise of fixture.noise) assert.ok(!text.includes(squash(noise)), `no portal text: ${noise}`);
    assert.ok(!text.includes('Chế độ đọc'), 'no overlay chrome');
    // Page 1 as an image (to look at), and every page scanned for the QR code.
    execFileSync('pdftoppm', ['-png', '-r', '150', pdf, `${OUT}${name}`]);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
    assert.match(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), /Page size:.*\(A4\)/, 'A4 paper');
    const last = `${OUT}${name}-${String(pages).padStart(String(pages).length, '0')}.png`;
    assert.equal(decodePng(readFileSync(last)), canonical, 'the printed QR code decodes to the article URL');
    await page.close();
  });
}

test('print options: Letter paper and the summary box before the article', async () => {
  await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { paper: 'Letter', printSummary: true } }));
  const fixture = onePerMarkup()[0];
  const { page } = await openArticle(fixture);
  await page.emulateMedia({ media: 'print' });
  const pdf = `${OUT}print-letter-summary.pdf`;
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  assert.match(info, /Page size:\s+612 x 792/, 'Letter paper');
  const text = pdfText(pdf);
  assert.ok(text.indexOf('Quan chức') >= 0 && text.indexOf('Quan chức') < text.indexOf(squash(fixture.expected.paragraphs[0]).slice(0, 60)), 'summary printed before the article');
  execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', pdf, `${OUT}print-letter-summary`]);
  await page.close();
});

test('the share panel shows a QR code of the clean URL; its PNG download decodes to exactly that URL', async () => {
  const fixture = ARTICLES.find((f) => f.markup === 'hp-c');
  const { page } = await openArticle(fixture);
  await page.keyboard.press('q');
  await page.waitForFunction(() => !!document.getElementById('hpr-root').shadowRoot.querySelector('#hpr-share svg[role=img]'));
  const shown = await page.evaluate(() => document.getElementById('hpr-root').shadowRoot.querySelector('#hpr-share').textContent);
  const canonical = await page.evaluate(() => document.querySelector('link[rel=canonical]')?.href ?? location.href);
  assert.ok(shown.includes(canonical), `the URL is shown under the code: ${canonical}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(() => [...document.getElementById('hpr-root').shadowRoot.querySelectorAll('#hpr-share button')].find((b) => b.textContent.includes('PNG')).click()),
  ]);
  const file = `${OUT}share-qr.png`;
  await download.saveAs(file);
  const png = PNG.sync.read(readFileSync(file));
  assert.ok(png.width >= 1024, `PNG is ${png.width}px wide`);
  assert.equal(decodePng(readFileSync(file)), canonical);
  // The SVG on screen decodes too (screenshot of the code alone).
  const svg = await page.evaluateHandle(() => document.getElementById('hpr-root').shadowRoot.querySelector('#hpr-share svg[role=img]'));
  const shot = await svg.asElement().screenshot();
  writeFileSync(`${OUT}share-panel-qr.png`, shot);
  assert.equal(decodePng(shot), canonical);
  await page.close();
});
