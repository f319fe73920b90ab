// Launches the system Chromium with the built extension (dist/chrome) and the portal host
// names mapped to the local fixture server, so the manifest's real match patterns apply.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './browsers.mjs';
import { PORTAL_HOST_PATTERNS } from './fixture-server.mjs';

export const DIST_CHROME = fileURLToPath(new URL('../../../dist/chrome', import.meta.url));
export const OUTPUT_DIR = fileURLToPath(new URL('../../../test-results/', import.meta.url));

/** @param {{ port: number, viewport?: { width: number, height: number } }} options */
export async function launchWithExtension({ port, viewport = { width: 1280, height: 900 } }) {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found');
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'hpr-e2e-'));
  const rules = PORTAL_HOST_PATTERNS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(',');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport,
    locale: 'vi-VN',
    env: { ...process.env, LANGUAGE: 'vi', LC_ALL: '' },
    args: [
      '--lang=vi',
      `--disable-extensions-except=${DIST_CHROME}`,
      `--load-extension=${DIST_CHROME}`,
      `--host-resolver-rules=${rules}, EXCLUDE localhost`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

/** The overlay host's shadow root exposes a dialog: wait until it is there (or time out). */
/** @param {import('playwright-core').Page} page */
export async function waitForOverlay(page, timeout = 5000) {
  await page.waitForFunction(
    () => !!document.getElementById('hpr-root')?.shadowRoot?.querySelector('[role="dialog"]'),
    null,
    { timeout },
  );
}

/** @param {import('playwright-core').Page} page */
export async function overlayState(page) {
  return page.evaluate(() => {
    const host = document.getElementById('hpr-root');
    const shadow = host?.shadowRoot ?? null;
    const dialog = shadow?.querySelector('[role="dialog"]') ?? null;
    const labelId = dialog?.getAttribute('aria-labelledby');
    return {
      host: !!host,
      shadowMode: shadow ? shadow.mode : null,
      dialog: !!dialog,
      ariaModal: dialog?.getAttribute('aria-modal') ?? null,
      name: labelId
        ? (shadow?.getElementById(labelId)?.textContent ?? null)
        : (dialog?.getAttribute('aria-label') ?? null),
      h1: shadow?.querySelector('h1')?.textContent ?? null,
      activeInShadow: shadow?.activeElement ? shadow.activeElement.tagName : null,
    };
  });
}
