// The options page (issue 7), in Chromium and Firefox: choosing a theme and a font size there
// restyles a reader already open in another tab at once, the choice survives a reload, and the
// page itself is screenshotted light and dark.
import { test, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { served } from './support/fixture-server.mjs';
import { OUTPUT_DIR } from './support/chromium.mjs';
import { forEachBrowser, waitForOverlay, inShadow, sleep, waitInShadow } from './support/driver.mjs';
import { onePerMarkup } from './support/fixtures.mjs';

/** @typedef {import('./support/driver.mjs').DriverPage} DriverPage */

const SHOTS = `${OUTPUT_DIR}screenshots/`;
const OPTIONS = 'src/options/index.html';

/** In the options page: the radio input whose label reads `label` (the theme_* / font_* messages). */
/**
 * @param {DriverPage} page
 * @param {string} label
 */
function clickRadio(page, label) {
  return page.evaluate((/** @type {string} */ l) => {
    const choice = [...document.querySelectorAll('label')].find(
      (x) => x.querySelector('input[type=radio]') && (x.textContent ?? '').trim() === l,
    );
    if (!choice) throw new Error(`no radio labelled ${l}`);
    /** @type {HTMLInputElement} */ (choice.querySelector('input')).click();
    return /** @type {HTMLInputElement} */ (choice.querySelector('input')).checked;
  }, label);
}

/** @param {DriverPage} page */
const readerTheme = (page) => inShadow(page, 'return shadow.querySelector(".hpr-backdrop").dataset.theme');
/** @param {DriverPage} page */
const readerFontSize = (page) =>
  inShadow(page, 'return getComputedStyle(shadow.querySelector(".hpr-article")).fontSize');

forEachBrowser('options page', (ctx) => {
  const prefix = ctx.name === 'chromium' ? '' : `${ctx.name}-`;
  before(() => mkdirSync(SHOTS, { recursive: true }));
  beforeEach(async () => {
    await ctx.driver.storage.clear();
  });

  test('theme and font size chosen in the options page restyle an open reader in another tab and persist', async () => {
    const [first] = onePerMarkup();
    if (!first) throw new Error('no article fixture');
    const url = served(first.url);
    const article = await ctx.driver.newPage();
    await article.goto(url);
    await waitForOverlay(article);
    assert.equal(await readerFontSize(article), '20px');
    const options = await ctx.driver.openExtensionPage(OPTIONS);
    await options.waitFor(() =>
      [...document.querySelectorAll('label')].some((l) => (l.textContent ?? '').trim() === 'Tối'),
    );
    assert.equal(await clickRadio(options, 'Tối'), true, 'the Tối (dark) radio is checked');
    await options.evaluate(() =>
      /** @type {HTMLElement} */ (document.querySelector('button[data-size=up]')).click(),
    );
    await options.waitFor(() => document.querySelector('.hpo-px')?.textContent?.trim() === '22 px');
    // The reader in the other tab follows without a reload.
    await waitInShadow(article, 'return shadow?.querySelector(".hpr-backdrop")?.dataset.theme === "dark"');
    await waitInShadow(
      article,
      'return getComputedStyle(shadow.querySelector(".hpr-article")).fontSize === "22px"',
    );
    // A reload of each keeps them.
    await article.reload();
    await waitForOverlay(article);
    assert.equal(await readerTheme(article), 'dark');
    assert.equal(await readerFontSize(article), '22px');
    await options.reload();
    await options.waitFor(() =>
      [...document.querySelectorAll('label')].some(
        (l) =>
          (l.textContent ?? '').trim() === 'Tối' &&
          /** @type {HTMLInputElement} */ (l.querySelector('input')).checked,
      ),
    );
    assert.equal(
      await options.evaluate(() => document.querySelector('.hpo-px')?.textContent?.trim()),
      '22 px',
    );
    await options.close();
    await article.close();
  });

  test('screenshots of the options page, light and dark', async () => {
    const options = await ctx.driver.openExtensionPage(OPTIONS);
    /** @type {Record<string, string>} */
    const backgrounds = {};
    for (const [theme, label] of /** @type {[string, string][]} */ ([
      ['light', 'Sáng'],
      ['dark', 'Tối'],
    ])) {
      await options.waitFor(
        (/** @type {string} */ l) =>
          [...document.querySelectorAll('label')].some((x) => (x.textContent ?? '').trim() === l),
        label,
      );
      await clickRadio(options, label);
      await options.waitFor(
        (/** @type {string} */ t) =>
          /** @type {HTMLElement | null} */ (document.querySelector('.hpo'))?.dataset.theme === t,
        theme,
      );
      await sleep(200);
      backgrounds[theme] = await options.evaluate(
        () => getComputedStyle(/** @type {HTMLElement} */ (document.querySelector('.hpo'))).backgroundColor,
      );
      await options.screenshot({ path: `${SHOTS}${prefix}options-${theme}.png`, fullPage: true });
    }
    assert.notEqual(backgrounds.light, backgrounds.dark, 'the options page follows its own theme setting');
    await options.close();
  });
});
