// One-click print and the QR share panel, from the built extension, in Chromium and Firefox.
// Chromium prints with print media emulated and its own PDF output; Firefox prints for real:
// the reader's Print key calls window.print(), which silent print-to-PDF prefs write to a file.
import { test, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { squash, decodePng, pdfText } from './support/artefacts.mjs';
import { served } from './support/fixture-server.mjs';
import { OUTPUT_DIR } from './support/chromium.mjs';
import {
  forEachBrowser,
  waitForOverlay,
  canonicalOf,
  inShadow,
  elementShot,
  waitInShadow,
  realClick,
} from './support/driver.mjs';
import { ARTICLES, onePerMarkup, expectedOf, itemAt } from './support/fixtures.mjs';
import { portalName } from '../../src/core/extract/profiles.ts';

const OUT = `${OUTPUT_DIR}print/`;

forEachBrowser('print and share', (ctx) => {
  const prefix = ctx.name === 'chromium' ? '' : `${ctx.name}-`;
  before(() => mkdirSync(OUT, { recursive: true }));
  beforeEach(async () => {
    await ctx.driver.storage.clear();
  });

  /**
   * @param {import('./support/fixtures.mjs').Fixture} fixture
   * @param {{ stubPrint?: boolean }} [options]
   */
  async function openArticle(fixture, { stubPrint = false } = {}) {
    const page = await ctx.driver.newPage();
    const stub = stubPrint ? await page.stubPrintInContentWorld() : null;
    await page.goto(served(fixture.url));
    await waitForOverlay(page);
    await page.front();
    return { page, stub };
  }

  // A real click: the reader prints on trusted events only.
  const printButton = 'return shadow.querySelector(\'button[aria-keyshortcuts="p"]\')';

  test('the Print button and the p key open the print dialog once each', async () => {
    if (ctx.driver.can('cdp')) {
      // Chromium: window.print() is stubbed in the content scripts' world (over CDP) and counted.
      const { page, stub } = await openArticle(itemAt(onePerMarkup(), 0), { stubPrint: true });
      if (!stub) throw new Error('window.print was not stubbed in the content world');
      await stub.install();
      await page.press('p');
      assert.equal(await stub.calls(), 1);
      await realClick(page, printButton);
      assert.equal(await stub.calls(), 2);
      await page.close();
      return;
    }
    // Firefox: each one really prints (silently, to a PDF file).
    const { page } = await openArticle(itemAt(onePerMarkup(), 0));
    const byKey = await ctx.driver.printToPdf(page, `${OUT}${prefix}print-key.pdf`);
    const byButton = await ctx.driver.printToPdf(page, `${OUT}${prefix}print-button.pdf`, {
      trigger: () => realClick(page, printButton),
    });
    assert.ok(existsSync(byKey) && existsSync(byButton));
    assert.ok(pdfText(byButton).includes(squash(expectedOf(itemAt(onePerMarkup(), 0)).title)));
    await page.close();
  });

  for (const fixture of onePerMarkup().slice(0, 3)) {
    test(`the printout of ${fixture.markup} holds the clean article, its URL and a QR back to it, and nothing of the portal`, async () => {
      const { page } = await openArticle(fixture);
      const name = `${prefix}print-${fixture.markup}`;
      const pdf = await ctx.driver.printToPdf(page, `${OUT}${name}.pdf`);
      const text = pdfText(pdf);
      const expected = expectedOf(fixture);
      assert.ok(text.includes(squash(expected.title)), 'title');
      assert.ok(text.includes(squash(itemAt(expected.paragraphs, 0)).slice(0, 120)), 'first paragraph');
      assert.ok(text.includes(squash(itemAt(expected.paragraphs, -1)).slice(-120)), 'last paragraph');
      const canonical = await canonicalOf(page);
      assert.ok(text.replace(/ /g, '').includes(canonical.replace(/ /g, '')), `the URL ${canonical}`);
      for (const noise of fixture.noise) assert.ok(!text.includes(squash(noise)), `no portal text: ${noise}`);
      assert.ok(!text.includes('Chế độ đọc'), 'no overlay chrome');
      // Page 1 as an image (to look at), and the last page scanned for the QR code.
      execFileSync('pdftoppm', ['-png', '-r', '150', pdf, `${OUT}${name}`]);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pageCount = /Pages:\s+(\d+)/.exec(info);
      if (!pageCount) throw new Error(`pdfinfo gave no page count for ${pdf}: ${info}`);
      const pages = Number(pageCount[1]);
      // The paper follows @page only where the PDF output honours it (Chromium); Firefox's silent
      // print uses the printer's paper (a user's print dialog offers the page's size).
      if (ctx.driver.can('css-page-size')) assert.match(info, /Page size:.*\(A4\)/, 'A4 paper');
      const last = `${OUT}${name}-${String(pages).padStart(String(pages).length, '0')}.png`;
      assert.equal(
        decodePng(readFileSync(last)),
        canonical,
        'the printed QR code decodes to the article URL',
      );
      await page.close();
    });
  }

  test('print options: Letter paper and the summary box before the article', async () => {
    await ctx.driver.storage.set('sync', { settings: { paper: 'Letter', printSummary: true } });
    const fixture = itemAt(onePerMarkup(), 0);
    const expected = expectedOf(fixture);
    const { page } = await openArticle(fixture);
    const pdf = await ctx.driver.printToPdf(page, `${OUT}${prefix}print-letter-summary.pdf`, {
      printBackground: false,
    });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    if (ctx.driver.can('css-page-size')) assert.match(info, /Page size:\s+612 x 792/, 'Letter paper');
    // Source, title, date and byline first, then the summary box, then the body: the title is on
    // page 1 with the article, whatever the summary's length. Compared in lower case (the source
    // line is printed in capitals), each looked for after the one before it (Firefox prints the
    // page's title in its own header line first).
    const page1 = pdfText(pdf, { first: 1, last: 1 }).toLowerCase();
    const all = pdfText(pdf).toLowerCase();
    const source = portalName(new URL(fixture.url).hostname).toLowerCase();
    const title = squash(expected.title).toLowerCase();
    const sourceOnPage1 = page1.indexOf(source);
    assert.ok(
      sourceOnPage1 >= 0 && page1.indexOf(title, sourceOnPage1) > sourceOnPage1,
      'the title is on page 1',
    );
    const order = [
      source,
      title,
      squash(expected.author).toLowerCase(),
      'quan chức',
      squash(itemAt(expected.paragraphs, 0)).slice(0, 60).toLowerCase(),
    ];
    let at = -1;
    for (const part of order) {
      at = all.indexOf(part, at + 1);
      assert.ok(
        at >= 0,
        `source, title, byline, summary, body in that order: "${part}" after the one before`,
      );
    }
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '100',
      '-f',
      '1',
      '-l',
      '1',
      pdf,
      `${OUT}${prefix}print-letter-summary`,
    ]);
    await page.close();
  });

  async function openShare() {
    const fixture = ARTICLES.find((f) => f.markup === 'hp-c');
    if (!fixture) throw new Error('no era-C (hp-c) article among the fixtures');
    const { page } = await openArticle(fixture);
    await page.press('q');
    await waitInShadow(page, 'return !!shadow?.querySelector("#hpr-share svg[role=img]")');
    return { page, canonical: await canonicalOf(page) };
  }

  test('the share panel shows a QR code of the clean URL that decodes to exactly that URL', async () => {
    const { page, canonical } = await openShare();
    const shown = await inShadow(page, 'return shadow.querySelector("#hpr-share").textContent');
    assert.ok(shown.includes(canonical), `the URL is shown under the code: ${canonical}`);
    // The SVG on screen decodes (screenshot of the code alone).
    const shot = await elementShot(page, 'return shadow.querySelector("#hpr-share svg[role=img]")');
    writeFileSync(`${OUT}${prefix}share-panel-qr.png`, shot);
    assert.equal(decodePng(shot), canonical);
    await page.close();
  });

  // Firefox: the PNG is not made ("Không tạo được tệp ảnh"): drawing the code on a canvas from the
  // content script fails there (src/ui/share/qr-png.ts); kept as a to-do until the product fixes it.
  test("the share panel's PNG download decodes to exactly the clean URL", async () => {
    const { page, canonical } = await openShare();
    const file = await ctx.driver.download(
      page,
      () =>
        realClick(
          page,
          'return [...shadow.querySelectorAll("#hpr-share button")].find((b) => b.textContent.includes("PNG"))',
        ),
      `${OUT}${prefix}share-qr.png`,
    );
    const png = PNG.sync.read(readFileSync(file));
    assert.ok(png.width >= 1024, `PNG is ${png.width}px wide`);
    assert.equal(decodePng(readFileSync(file)), canonical);
    await page.close();
  });
});
