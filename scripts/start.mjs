// `npm start`: the offline demo. Builds the extension, serves the fixture pages under the
// portals' real host names, and opens the system Chromium (headed) with the extension loaded
// on a sample article. Close the browser window to stop.
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFixtureServer, PORTAL_HOST_PATTERNS } from '../tests/e2e/support/fixture-server.mjs';
import { chromiumPath, CHROMIUM_INSTALL_HINT } from '../tests/e2e/support/browsers.mjs';
import { DIST_CHROME } from '../tests/e2e/support/chromium.mjs';

const SAMPLE =
  process.argv[2] ??
  'http://haiphong.gov.vn/tin-tuc-su-kien/hoi-nghi-lan-thu-6-ban-chap-hanh-dang-bo-thanh-pho-khoa-xvi-683301';

const executablePath = chromiumPath();
if (!executablePath) {
  console.error(CHROMIUM_INSTALL_HINT);
  process.exit(2);
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'npm start opens a browser window and needs a display (run it on a desktop, or under `xvfb-run -a npm start`).',
  );
  process.exit(2);
}
const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startFixtureServer();
const rules = PORTAL_HOST_PATTERNS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(',');
const context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'hpr-demo-')), {
  executablePath,
  headless: false,
  viewport: null,
  args: [
    `--disable-extensions-except=${DIST_CHROME}`,
    `--load-extension=${DIST_CHROME}`,
    `--host-resolver-rules=${rules}, EXCLUDE localhost`,
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(SAMPLE);
console.log(
  `Demo running: ${SAMPLE} (fixture server on 127.0.0.1:${server.port}). Close the browser to stop.`,
);
context.on('close', () => server.close().then(() => process.exit(0)));
