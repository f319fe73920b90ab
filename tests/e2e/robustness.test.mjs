// Issue 9, robustness, in Chromium and Firefox: on an article the page keeps working (its scripts
// run, no console error of ours), closing the reader gives back the scroll position and the focus,
// the page's CSS does not leak into the overlay nor ours into the page; on a non-article page the
// content script mounts nothing (its main-thread time is reported, not asserted).
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { served, fileForUrl, PAGES_ROOT } from './support/fixture-server.mjs';
import { OUTPUT_DIR } from './support/chromium.mjs';
import {
  forEachBrowser,
  waitForOverlay,
  waitForNoOverlay,
  overlayState,
  inShadow,
  sleep,
} from './support/driver.mjs';
import { NON_ARTICLES } from './support/fixtures.mjs';

// An era-C article whose CSS would leak into a careless overlay and whose scripts keep ticking.
/**
 * The leaky fixture page's own script state.
 * @typedef {typeof window & { __ticks: number, __pageScriptRan?: boolean }} PageWindow
 */

const LEAKY = 'http://haiphong.gov.vn/tin-tuc-su-kien/hop-bao-thuong-ky-quy-iii-999002';

/** Computed styles of the page's own elements (what our CSS must never change). */
function pageStyles() {
  /**
   * @param {Element | null} el
   * @param {string[]} props
   */
  const pick = (el, props) => {
    const cs = getComputedStyle(/** @type {Element} */ (el));
    return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
  };
  return {
    p: pick(document.querySelector('.ArticleContent p'), [
      'color',
      'font-size',
      'font-family',
      'line-height',
      'letter-spacing',
      'margin-top',
    ]),
    h1: pick(document.querySelector('h1'), ['color', 'font-size', 'font-family']),
    body: pick(document.body, ['margin-top', 'background-color', 'font-family', 'color']),
    link: pick(document.querySelector('#other-1'), ['color', 'text-transform', 'text-decoration-line']),
    adopted: document.adoptedStyleSheets?.length ?? 0,
  };
}

/** The document's style sheets, each as the kinds of its top-level rules ('style', 'media print', 'page', …). */
function sheetKinds() {
  return [...document.styleSheets].map((sheet) => {
    try {
      return [...sheet.cssRules].map((r) =>
        r.constructor.name === 'CSSMediaRule'
          ? `media ${/** @type {CSSMediaRule} */ (r).conditionText ?? /** @type {CSSMediaRule} */ (r).media.mediaText}`
          : r.constructor.name === 'CSSPageRule'
            ? 'page'
            : r.constructor.name === 'CSSStyleRule'
              ? 'style'
              : r.constructor.name,
      );
    } catch {
      // Firefox: a sheet a content script made is not readable from the page; read its text,
      // dropping the @page and @media print blocks: anything left is a screen rule.
      let text = (sheet.ownerNode?.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '');
      const kinds = [];
      for (;;) {
        const m = /@(page|media\s+print)\b[^{]*\{/.exec(text);
        if (!m) break;
        let depth = 1;
        let i = m.index + m[0].length;
        for (; i < text.length && depth > 0; i++) depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
        kinds.push(m[1] === 'page' ? 'page' : 'media print');
        text = text.slice(0, m.index) + text.slice(i);
      }
      if (text.includes('{')) kinds.push('style');
      return kinds;
    }
  });
}

/** Computed styles inside the overlay (run in the content world, where the closed root is reachable). */
/** @param {ShadowRoot} shadow */
function overlayStyles(shadow) {
  /** @param {string} selector */
  const el = (selector) => /** @type {Element} */ (shadow.querySelector(selector));
  const p = el('.hpr-body p');
  const article = el('.hpr-article');
  const cs = getComputedStyle(p);
  const button = getComputedStyle(el('button'));
  return {
    pColor: cs.color,
    pFontSize: cs.fontSize,
    articleFontSize: getComputedStyle(article).fontSize,
    pFontFamily: cs.fontFamily,
    pLetterSpacing: cs.letterSpacing,
    pLineHeight: cs.lineHeight,
    h1Color: getComputedStyle(el('h1')).color,
    h1FontSize: getComputedStyle(el('h1')).fontSize,
    buttonTransform: button.textTransform,
    buttonLetterSpacing: button.letterSpacing,
  };
}

forEachBrowser('robustness', (ctx) => {
  beforeEach(async () => {
    await ctx.driver.storage.clear();
  });

  test('the page keeps working: its scripts run, no error of ours, scroll and focus come back, no CSS leaks either way', async () => {
    await ctx.driver.storage.set('sync', { settings: { autoOpen: 'off' } });
    const page = await ctx.driver.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(LEAKY);
    await sleep(800);
    assert.equal((await overlayState(page)).host, false, 'auto-open off: the reader waits to be asked');
    const before = await page.evaluate(pageStyles);
    const sheetsBefore = await page.evaluate(sheetKinds);
    assert.equal(before.p.color, 'rgb(255, 0, 0)', "the page's own CSS applies to the page");
    await page.evaluate(() => {
      window.scrollTo(0, 600);
      /** @type {HTMLElement} */ (document.getElementById('other-1')).focus();
    });
    const scrolled = await page.evaluate(() => ({
      y: Math.round(scrollY),
      active: document.activeElement?.id,
    }));
    assert.equal(scrolled.active, 'other-1');
    // Open the reader as the popup or the shortcut does: a message from the extension to the tab.
    const tabId = await ctx.driver.tabIdOf(LEAKY);
    await ctx.driver.inExtension(
      (/** @type {[number]} */ [id]) => {
        const g = /** @type {import('./support/driver.mjs').ExtensionGlobal} */ (globalThis);
        return (g.browser ?? g.chrome).tabs.sendMessage(id, { type: 'reader', action: 'open' });
      },
      [tabId],
    );
    await waitForOverlay(page);
    await page.front();

    // The page's CSS does not reach the overlay.
    const inside = await inShadow(page, `return (${overlayStyles})(shadow)`);
    assert.notEqual(inside.pColor, 'rgb(255, 0, 0)', 'overlay paragraphs are not red');
    assert.notEqual(inside.pFontSize, '40px', 'overlay paragraphs are not 40px');
    assert.equal(inside.pFontSize, inside.articleFontSize, "paragraphs have the reader's font size");
    assert.equal(inside.articleFontSize, '20px', 'the default size');
    assert.doesNotMatch(inside.pFontFamily, /Courier/, "not the page's font");
    assert.notEqual(inside.h1Color, 'rgb(0, 128, 0)');
    assert.notEqual(inside.h1FontSize, '50px');
    assert.notEqual(inside.buttonTransform, 'uppercase');
    // Ours does not reach the page (only the documented scroll lock on <html> while open).
    const during = await page.evaluate(pageStyles);
    assert.deepEqual(during, before, "the page's computed styles are unchanged while the reader is open");
    // A style sheet of ours in the document may exist for printing only (@page, @media print).
    const sheetsDuring = await page.evaluate(sheetKinds);
    const added = sheetsDuring.slice(sheetsBefore.length);
    assert.deepEqual(
      sheetsDuring.slice(0, sheetsBefore.length),
      sheetsBefore,
      "the page's own sheets untouched",
    );
    for (const kinds of added)
      assert.ok(
        kinds.every((/** @type {string} */ k) => k === 'page' || /^media print$/.test(k)),
        `a sheet of ours holds print rules only: ${kinds}`,
      );
    // The page's scripts keep running under the overlay.
    const ticks = await page.evaluate(() => /** @type {PageWindow} */ (window).__ticks);
    await page.waitFor(
      (/** @type {number} */ t) => /** @type {PageWindow} */ (window).__ticks > t + 3,
      ticks,
    );
    assert.equal(await page.evaluate(() => /** @type {PageWindow} */ (window).__pageScriptRan), true);

    await page.press('Escape');
    await waitForNoOverlay(page);
    const after = await page.evaluate(() => ({
      y: Math.round(scrollY),
      active: document.activeElement?.id,
      overflow: document.documentElement.style.overflow,
    }));
    assert.equal(after.y, scrolled.y, 'scroll position restored');
    assert.equal(after.active, 'other-1', 'focus back on the element that had it');
    assert.equal(after.overflow, '', 'scroll unlocked');
    assert.deepEqual(await page.evaluate(pageStyles), before, 'page styles as before');
    assert.deepEqual(await page.evaluate(sheetKinds), sheetsBefore, 'no sheet of ours left behind');
    assert.deepEqual(page.errors, [], 'no page or console error');
    await page.close();
  });

  // The page's `* { letter-spacing: 3px !important }` matches the #hpr-root host itself; the
  // reader's `:host { all: initial !important }` wins over it (in the cascade, a shadow tree's
  // !important host rules beat the page's !important rules), so nothing inherits into the overlay.
  test("page CSS aimed at the reader's host element (`* { … !important }`) does not reach the overlay", async () => {
    const page = await ctx.driver.newPage();
    await page.goto(LEAKY);
    await waitForOverlay(page);
    const inside = await inShadow(page, `return (${overlayStyles})(shadow)`);
    await page.close();
    assert.notEqual(inside.pLetterSpacing, '3px', "not the page's letter spacing on paragraphs");
    assert.notEqual(inside.buttonLetterSpacing, '3px', "not the page's letter spacing on buttons");
  });

  test('on non-article pages the content script mounts nothing and does little (time reported)', async () => {
    const report = [];
    for (const fixture of NON_ARTICLES.slice(0, 6)) {
      const page = await ctx.driver.newPage();
      await page.goto(served(fixture.url));
      await sleep(600);
      const file = fileForUrl(PAGES_ROOT, new URL(served(fixture.url)));
      if (!file) throw new Error(`no fixture file for ${fixture.url}`);
      const html = readFileSync(file, 'utf8');
      const state = await page.evaluate((source) => {
        const fresh = new DOMParser().parseFromString(source, 'text/html');
        const count = (/** @type {Document} */ doc) => doc.querySelectorAll('*').length;
        const ours = [...document.querySelectorAll('*')].filter(
          (el) => /^hpr/.test(el.id) || [...el.classList].some((c) => c.startsWith('hpr')) || el.shadowRoot,
        );
        const start = performance.getEntriesByName('hpr:detect-start')[0];
        const end = performance.getEntriesByName('hpr:detected')[0];
        return {
          elementsAdded: count(document) - count(fresh),
          ours: ours.length,
          detectMs: start && end ? end.startTime - start.startTime : null,
          ranAt: start ? start.startTime : null,
        };
      }, html);
      report.push({ url: fixture.url, kind: fixture.kind, ...state });
      assert.equal(state.ours, 0, `${fixture.url}: no element of ours`);
      assert.ok(state.elementsAdded <= 0, `${fixture.url}: no element added (${state.elementsAdded})`);
      assert.equal((await overlayState(page)).host, false);
      assert.deepEqual(page.errors, []);
      await page.close();
    }
    const measured = report.filter((r) => r.detectMs !== null).map((r) => r.detectMs);
    const line = measured.length
      ? `${ctx.name}: content script on non-article pages, detection ${measured.map((t) => t.toFixed(2)).join(', ')} ms (max ${Math.max(...measured).toFixed(2)} ms)`
      : `${ctx.name}: detection marks not visible to the page`;
    console.log(line);
    writeFileSync(`${OUTPUT_DIR}${ctx.name}-non-article-detection.json`, JSON.stringify(report, null, 2));
  });
});
