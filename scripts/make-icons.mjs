// Renders icons/icon.svg to the PNG sizes the manifest needs, with the system Chromium.
// Run on purpose (`node scripts/make-icons.mjs`) after editing the SVG; the PNGs are committed.
// Then, when optipng is installed (Debian: optipng), they are recompressed losslessly: a quarter
// smaller in the package.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromiumPath } from '../tests/e2e/support/browsers.mjs';

const svg = readFileSync(new URL('../icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: chromiumPath() ?? undefined,
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('width="128" height="128"', `width="${size}" height="${size}"`)}</body></html>`,
  );
  await page.screenshot({
    path: new URL(`../icons/icon-${size}.png`, import.meta.url).pathname,
    omitBackground: true,
  });
}
await browser.close();
const pngs = [16, 32, 48, 128].map((size) => new URL(`../icons/icon-${size}.png`, import.meta.url).pathname);
const optimised = spawnSync('optipng', ['-o7', '-strip', 'all', '-quiet', ...pngs], { stdio: 'inherit' });
if (optimised.error) console.warn('optipng not found: the icons are left as Chromium wrote them');
