// Where the real browsers are, and what to say when they are missing.
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const candidates = [
    process.env.CHROMIUM_PATH ?? '',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? null;
}

export function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH ?? '', '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(
    Boolean,
  );
  return candidates.find((p) => existsSync(p)) ?? null;
}

export const CHROMIUM_INSTALL_HINT =
  'No Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium). Install it with: sudo apt-get install -y --no-install-recommends chromium';

export const FIREFOX_INSTALL_HINT =
  'No Firefox found (looked at $FIREFOX_PATH, /usr/bin/firefox-esr). Install it with: sudo apt-get install -y --no-install-recommends firefox-esr firefox-esr-l10n-vi';
