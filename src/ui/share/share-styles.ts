/**
 * The share panel's stylesheet, appended to the overlay's shadow-root stylesheet (and the
 * popup's). Colours come from the host's --hpr-fg / --hpr-bg / --hpr-accent with fallbacks, so
 * the panel follows a light or dark theme; the QR code itself is always black on white, which is
 * what scanners read reliably, and stays so in forced-colours (high contrast) mode.
 */
export const SHARE_CSS = `
.hpr-share {
  display: grid; justify-items: center; gap: 12px; max-width: 360px; margin: 0 auto; padding: 16px;
  color: var(--hpr-fg, inherit); background: var(--hpr-bg, transparent);
  font: 15px/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
}
.hpr-share-heading { margin: 0; font-size: 18px; font-weight: 700; line-height: 1.3; }
.hpr-share-title { margin: 0; text-align: center; font-weight: 600; }
.hpr-share-qr {
  display: block; width: min(100%, 280px); height: auto; aspect-ratio: 1 / 1;
  background: #fff; border-radius: 6px; box-shadow: 0 0 0 1px color-mix(in srgb, currentColor 25%, transparent);
  forced-color-adjust: none;
}
.hpr-share-url {
  margin: 0; max-width: 100%; text-align: center; overflow-wrap: anywhere; word-break: break-all;
  font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
  user-select: all; -webkit-user-select: all;
}
.hpr-share-actions { display: flex; flex-wrap: wrap; justify-content: center; gap: 8px; }
.hpr-share-button {
  min-height: 44px; padding: 8px 14px; border-radius: 8px; cursor: pointer;
  border: 1px solid currentColor; background: transparent; color: inherit; font: inherit; font-weight: 600;
}
.hpr-share-button:hover { background: color-mix(in srgb, currentColor 10%, transparent); }
.hpr-share-button-primary {
  background: var(--hpr-accent, #1a4f9c); border-color: var(--hpr-accent, #1a4f9c); color: var(--hpr-bg, #fff);
}
.hpr-share-button-primary:hover { background: color-mix(in srgb, var(--hpr-accent, #1a4f9c) 85%, #000); }
.hpr-share-via { margin: 0; font-size: 14px; opacity: .85; }
.hpr-share-links { display: flex; flex-wrap: wrap; justify-content: center; gap: 4px 16px; margin: 0; padding: 0; list-style: none; }
.hpr-share-links a {
  display: inline-flex; align-items: center; min-height: 44px; padding: 0 6px;
  color: var(--hpr-accent, currentColor); font-weight: 600; text-decoration: underline; text-underline-offset: 3px;
}
.hpr-share-button:focus-visible, .hpr-share-links a:focus-visible {
  outline: 3px solid var(--hpr-accent, #1a5fb4); outline-offset: 2px;
}
.hpr-share-status { min-height: 1.5em; margin: 0; text-align: center; }
.hpr-share-error {
  margin: 0; padding: 8px 12px; border-left: 4px solid var(--hpr-accent, currentColor);
  background: color-mix(in srgb, currentColor 6%, transparent);
}
.hpr-share-sr {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}
@media print { .hpr-share { display: none !important; } }
`;
