/**
 * `npx tsx bench/chromium.ts [DIST]` — only the Chromium figures of `npm run bench` (overlay time and
 * its phases, the non-article content-script time and the empty-content-script floor), as JSON: a
 * quicker loop while working on them. DIST defaults to dist/chrome (build first).
 */
import { resolve } from 'node:path';
import { measureInChromium } from './browser.ts';

const dist = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../dist/chrome'));
console.log(JSON.stringify(await measureInChromium(dist), null, 2));
