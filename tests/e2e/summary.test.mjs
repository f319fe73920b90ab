// The reader's summary panel (issue 7), in Chromium and Firefox: clicking an official or a
// document in the summary scrolls the article to its mention, highlights it (CSS Custom Highlight
// `hpr-mention`, or the class `hpr-flash` where highlights are missing) and moves focus to that block.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { served } from './support/fixture-server.mjs';
import { forEachBrowser, waitForOverlay, inShadow, waitInShadow } from './support/driver.mjs';
import { ARTICLES } from './support/fixtures.mjs';

// An era-C article naming officials and citing a plan (Kế hoạch số 68/KH-UBND).
const FIXTURE = ARTICLES.find((f) => f.markup === 'hp-c');
if (!FIXTURE) throw new Error('no era-C (hp-c) article among the fixtures');

/** Clicks the n-th item of a summary section, then reports what the reader did. */
/**
 * @param {import('./support/driver.mjs').DriverPage} page
 * @param {string} section
 * @param {number} n
 */
async function jumpTo(page, section, n) {
  const label = await inShadow(
    page,
    `const items = shadow.querySelectorAll('#hpr-summary section[aria-labelledby="${section}"] .hpr-item');
     const item = items[arg];
     if (!item) return null;
     shadow.querySelectorAll('.hpr-flash').forEach((el) => el.classList.remove('hpr-flash'));
     CSS.highlights?.delete('hpr-mention');
     item.click();
     return item.querySelector('strong').textContent;`,
    n,
  );
  assert.ok(label, `the summary lists item ${n} in ${section}`);
  // Scrolled into view (smoothly): the focused block ends up inside the viewport.
  await waitInShadow(
    page,
    `const el = shadow.activeElement;
     if (!el || el.classList.contains('hpr-item')) return false;
     const r = el.getBoundingClientRect();
     return r.bottom > 0 && r.top < innerHeight;`,
  );
  const result = await inShadow(
    page,
    `const focused = shadow.activeElement;
     return {
       focusedTag: focused?.tagName ?? null,
       focusedInBody: !!focused?.closest('.hpr-body, .hpr-article'),
       focusedText: focused?.textContent ?? '',
       tabindex: focused?.getAttribute('tabindex'),
       flashed: [...shadow.querySelectorAll('.hpr-flash')].map((el) => el === focused),
       summaryHasFocus: !!focused?.closest('#hpr-summary'),
     };`,
  );
  // The CSS highlight registry is the document's: read from the page's world (its Highlight
  // iterates there; in Firefox's content-script sandbox it is an Xray that does not).
  const highlighted = await page.evaluate(() => {
    const highlight = globalThis.CSS?.highlights?.get('hpr-mention');
    const range = highlight ? [...highlight][0] : null;
    return range ? range.toString() : null;
  });
  Object.assign(result, {
    highlighted,
    highlightInFocused: highlighted === null ? null : result.focusedText.includes(highlighted),
  });
  return { label, ...result };
}

forEachBrowser('summary', (ctx) => {
  beforeEach(async () => {
    await ctx.driver.storage.clear();
  });

  for (const [section, what] of /** @type {[string, string][]} */ ([
    ['hpr-sum-officials', 'an official'],
    ['hpr-sum-documents', 'a document'],
  ])) {
    test(`clicking ${what} in the summary scrolls to its mention, highlights it and focuses that block`, async () => {
      const page = await ctx.driver.newPage({ viewport: { width: 1280, height: 700 } });
      await page.goto(served(FIXTURE.url));
      await waitForOverlay(page);
      await page.front();
      const counts = await inShadow(
        page,
        `return [...shadow.querySelectorAll('#hpr-summary section')].map((s) => s.querySelectorAll('.hpr-item').length)`,
      );
      assert.ok(counts[0] >= 2 && counts[1] >= 1, `officials and documents are listed: ${counts}`);
      // The last item first (farthest down, so the article must scroll), then the first.
      for (const n of [section === 'hpr-sum-officials' ? counts[0] - 1 : counts[1] - 1, 0]) {
        const jump = await jumpTo(page, section, n);
        assert.equal(jump.summaryHasFocus, false, 'focus left the summary');
        assert.equal(jump.focusedInBody, true, `focus is on an article block (${jump.focusedTag})`);
        assert.equal(jump.tabindex, '-1', 'the block is focusable by script only');
        if (jump.highlighted !== null) {
          assert.ok(jump.highlighted.length > 0, 'a highlight range is set');
          assert.equal(jump.highlightInFocused, true, 'the highlight is inside the focused block');
        } else {
          assert.deepEqual(jump.flashed, [true], 'without CSS highlights the block flashes');
        }
        if (section === 'hpr-sum-officials') {
          const surname = jump.label.split(' ').at(-1);
          assert.ok(jump.focusedText.includes(surname), `the block mentions ${jump.label}`);
        } else {
          const number = /\d+\/[\w-]+/.exec(jump.label)?.[0];
          assert.ok(!number || jump.focusedText.includes(number), `the block cites ${jump.label}`);
        }
      }
      // Focus stays usable: Escape still closes the reader from there.
      await page.press('Escape');
      await page.waitFor(() => !document.getElementById('hpr-root'));
      await page.close();
    });
  }
});
