/**
 * The overlay's stylesheet, inside the #hpr-root shadow root only: the portal's CSS cannot reach
 * it and it cannot reach the portal. `:host { all: initial !important }` cuts inheritance from the page
 * (a shadow tree's !important host rules win over the page's, even `* { … !important }`).
 * Themes are sets of CSS variables; every colour pair meets WCAG AA contrast.
 */
const FONT_STACKS = {
  serif: '"Noto Serif", "Times New Roman", "Liberation Serif", "DejaVu Serif", Georgia, serif',
  sans: '"Noto Sans", Arial, "Liberation Sans", "DejaVu Sans", Helvetica, sans-serif',
  // System faces that carry every Vietnamese letter on Windows, macOS, Android, ChromeOS and Linux.
  system: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif',
};

export const UI_FONT = FONT_STACKS.system;

const LIGHT = `--hpr-bg:#fbfaf7;--hpr-fg:#1d1b16;--hpr-muted:#57524a;--hpr-accent:#a3221b;--hpr-link:#1a4f9c;--hpr-border:#d9d3c6;--hpr-panel:#ffffff;--hpr-mark:#ffe58a;--hpr-mark-fg:#1d1b16;`;
const DARK = `--hpr-bg:#16181b;--hpr-fg:#e8e5de;--hpr-muted:#b4afa4;--hpr-accent:#ff9d90;--hpr-link:#9cc2ff;--hpr-border:#3a3d42;--hpr-panel:#1f2226;--hpr-mark:#7a5c00;--hpr-mark-fg:#fff8e1;`;

export const READER_CSS = `
:host { all: initial !important; }
*, *::before, *::after { box-sizing: border-box; }
.hpr-backdrop {
  ${LIGHT}
  position: fixed; inset: 0; z-index: 2147483646; overflow: auto; overscroll-behavior: contain;
  background: var(--hpr-bg); color: var(--hpr-fg);
  font-family: var(--hpr-font); -webkit-text-size-adjust: 100%; text-size-adjust: 100%;
}
.hpr-backdrop[data-theme="sepia"] { --hpr-bg:#f4ecd8;--hpr-fg:#3a2e1f;--hpr-muted:#5e4f3a;--hpr-accent:#8f2b17;--hpr-link:#1f4a85;--hpr-border:#d6c8a8;--hpr-panel:#faf4e4;--hpr-mark:#ffd966;--hpr-mark-fg:#3a2e1f; }
.hpr-backdrop[data-theme="dark"] { ${DARK} }
.hpr-backdrop[data-theme="contrast"] { --hpr-bg:#000;--hpr-fg:#fff;--hpr-muted:#fff;--hpr-accent:#ffd400;--hpr-link:#8fd8ff;--hpr-border:#fff;--hpr-panel:#000;--hpr-mark:#ffd400;--hpr-mark-fg:#000; }
@media (prefers-color-scheme: dark) { .hpr-backdrop[data-theme="system"] { ${DARK} } }
.hpr-backdrop[data-font="serif"] { --hpr-font: ${FONT_STACKS.serif}; }
.hpr-backdrop[data-font="sans"] { --hpr-font: ${FONT_STACKS.sans}; }
.hpr-backdrop[data-font="system"] { --hpr-font: ${FONT_STACKS.system}; }
.hpr-backdrop[data-width="narrow"] { --hpr-measure: 58ch; }
.hpr-backdrop[data-width="medium"] { --hpr-measure: 68ch; }
.hpr-backdrop[data-width="wide"] { --hpr-measure: 82ch; }
.hpr-backdrop[data-leading="compact"] { --hpr-leading: 1.5; }
.hpr-backdrop[data-leading="normal"] { --hpr-leading: 1.72; }
.hpr-backdrop[data-leading="loose"] { --hpr-leading: 1.95; }
.hpr-dialog { min-height: 100%; outline: none; }
.hpr-progress { position: fixed; top: 0; left: 0; height: 3px; background: var(--hpr-accent); z-index: 3; transform-origin: 0 50%; width: 100%; }

/* Toolbar */
.hpr-toolbar {
  position: sticky; top: 0; z-index: 2; display: flex; align-items: center; gap: 6px; flex-wrap: wrap;
  padding: 8px max(12px, env(safe-area-inset-left)); background: var(--hpr-bg); border-bottom: 1px solid var(--hpr-border);
  font: 600 14px/1.4 ${UI_FONT};
}
.hpr-brand { color: var(--hpr-accent); margin-right: auto; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.hpr-btn {
  font: 600 14px/1.2 ${UI_FONT}; min-height: 40px; min-width: 40px; padding: 6px 10px; border-radius: 8px;
  border: 1px solid var(--hpr-border); background: var(--hpr-panel); color: var(--hpr-fg); cursor: pointer;
  display: inline-flex; align-items: center; justify-content: center; gap: 6px;
}
.hpr-btn:hover { border-color: var(--hpr-fg); }
.hpr-btn[aria-pressed="true"], .hpr-btn[aria-expanded="true"] { background: var(--hpr-fg); color: var(--hpr-bg); }
.hpr-btn-close { font-size: 24px; font-weight: 400; }
.hpr-btn-label { display: inline; }
@media (max-width: 720px) { .hpr-btn-label { display: none; } }
:focus-visible { outline: 3px solid var(--hpr-link); outline-offset: 2px; }

/* Popovers (settings, help, share) */
.hpr-popover {
  position: fixed; z-index: 4; top: 60px; right: 12px; width: min(380px, calc(100vw - 24px)); max-height: calc(100vh - 80px); overflow: auto;
  background: var(--hpr-panel); color: var(--hpr-fg); border: 1px solid var(--hpr-border); border-radius: 12px;
  box-shadow: 0 8px 30px rgba(0,0,0,.25); padding: 14px 16px; font: 15px/1.5 ${UI_FONT};
}
.hpr-popover h2 { font-size: 16px; margin: 0 0 10px; }
.hpr-popover fieldset { border: 0; margin: 0 0 12px; padding: 0; }
.hpr-popover legend { font-weight: 600; margin-bottom: 4px; padding: 0; }
.hpr-seg { display: flex; flex-wrap: wrap; gap: 4px; }
.hpr-seg label { display: inline-flex; align-items: center; gap: 4px; min-height: 36px; padding: 4px 10px; border: 1px solid var(--hpr-border); border-radius: 8px; cursor: pointer; }
.hpr-seg input { accent-color: var(--hpr-accent); }
.hpr-row { display: flex; align-items: center; gap: 8px; min-height: 36px; }
.hpr-keys { display: grid; grid-template-columns: auto 1fr; gap: 6px 14px; margin: 0; }
.hpr-keys dt { font-family: ui-monospace, monospace; font-weight: 700; }
.hpr-keys dd { margin: 0; }
kbd { font-family: ui-monospace, monospace; border: 1px solid var(--hpr-border); border-radius: 4px; padding: 0 5px; }

/* Layout: summary beside the article on wide screens, above it (collapsible) on narrow ones */
.hpr-layout { display: grid; grid-template-columns: minmax(0, var(--hpr-measure)); justify-content: center; gap: 0 48px; padding: 24px 20px 80px; }
@media (min-width: 1180px) {
  .hpr-layout.hpr-has-summary { grid-template-columns: minmax(0, var(--hpr-measure)) 340px; }
  .hpr-summary { grid-column: 2; grid-row: 1; position: sticky; top: 72px; align-self: start; max-height: calc(100vh - 96px); overflow: auto; }
  .hpr-has-summary .hpr-article { grid-column: 1; grid-row: 1; }
}
@media (max-width: 480px) { .hpr-brand { display: none; } .hpr-toolbar { justify-content: flex-end; } }
.hpr-article { font-size: var(--hpr-size); line-height: var(--hpr-leading); min-width: 0; }
.hpr-article[data-align="justify"] .hpr-body p { text-align: justify; hyphens: auto; }
.hpr-source { margin: 0 0 8px; font: 600 13px/1.4 ${UI_FONT}; color: var(--hpr-muted); text-transform: uppercase; letter-spacing: .03em; }
h1 { font-size: 1.65em; line-height: 1.35; margin: 0 0 14px; color: var(--hpr-fg); }
h2, h3, h4 { line-height: 1.4; margin: 1.4em 0 .5em; }
.hpr-meta { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0 0 18px; font: 15px/1.5 ${UI_FONT}; color: var(--hpr-muted); }
.hpr-sapo { font-weight: 700; }
p { margin: 0 0 1em; }
figure { margin: 1.3em 0; }
img { max-width: 100%; height: auto; display: block; margin: 0 auto; border-radius: 4px; }
figcaption, .hpr-caption-only { font: italic 0.8em/1.5 ${UI_FONT}; color: var(--hpr-muted); text-align: center; margin-top: 6px; }
blockquote { margin: 1em 0; padding: 0 1em; border-left: 4px solid var(--hpr-border); }
.hpr-table-wrap { overflow-x: auto; margin: 1em 0; }
table { border-collapse: collapse; font-size: .88em; }
td, th { border: 1px solid var(--hpr-border); padding: 4px 8px; vertical-align: top; }
a { color: var(--hpr-link); }
.hpr-footer { margin-top: 2em; padding-top: 1em; border-top: 1px solid var(--hpr-border); font: 15px/1.5 ${UI_FONT}; color: var(--hpr-muted); }
.hpr-flash { background: var(--hpr-mark); color: var(--hpr-mark-fg); transition: background 1.5s; border-radius: 3px; }
::highlight(hpr-mention) { background: var(--hpr-mark); color: var(--hpr-mark-fg); }
.hpr-speaking { outline: 3px solid var(--hpr-accent); outline-offset: 4px; border-radius: 2px; }
.hpr-totop { position: fixed; right: 16px; bottom: 16px; z-index: 2; }

/* Summary panel */
.hpr-summary { font: 15px/1.5 ${UI_FONT}; background: var(--hpr-panel); border: 1px solid var(--hpr-border); border-radius: 12px; padding: 12px 14px; margin-bottom: 20px; }
.hpr-summary h2 { font-size: 16px; margin: 0; }
.hpr-summary h3 { font-size: 15px; margin: 14px 0 6px; color: var(--hpr-accent); }
.hpr-summary-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
.hpr-summary ul { list-style: none; margin: 0; padding: 0; }
.hpr-summary li { margin: 0 0 6px; }
.hpr-item { all: unset; display: block; width: 100%; cursor: pointer; padding: 4px 6px; border-radius: 6px; color: var(--hpr-fg); }
.hpr-item:hover { background: color-mix(in srgb, var(--hpr-fg) 8%, transparent); }
.hpr-item:focus-visible { outline: 3px solid var(--hpr-link); }
.hpr-item-sub { display: block; color: var(--hpr-muted); font-size: 14px; }
.hpr-empty { color: var(--hpr-muted); font-style: italic; margin: 0; }
.hpr-status { font-size: 14px; color: var(--hpr-muted); min-height: 1.4em; margin: 6px 0 0; }

/* Read aloud bar */
.hpr-speech { position: fixed; left: 50%; transform: translateX(-50%); bottom: 16px; z-index: 3; display: flex; gap: 6px; align-items: center; flex-wrap: wrap;
  background: var(--hpr-panel); border: 1px solid var(--hpr-border); border-radius: 12px; padding: 8px 10px; box-shadow: 0 6px 24px rgba(0,0,0,.2); font: 14px/1.4 ${UI_FONT}; }

/* Print-only parts */
.hpr-print-only { display: none; }
@media print {
  .hpr-backdrop { position: static; overflow: visible; background: #fff; color: #000; --hpr-fg:#000; --hpr-muted:#333; --hpr-link:#000; --hpr-border:#999; --hpr-accent:#000; }
  .hpr-toolbar, .hpr-popover, .hpr-progress, .hpr-totop, .hpr-speech, .hpr-no-print { display: none !important; }
  .hpr-layout { display: block; padding: 0; }
  .hpr-article { font-size: 12pt; line-height: 1.5; max-width: none; }
  .hpr-backdrop[data-print-font="document"] .hpr-article { font-family: "Times New Roman", "Liberation Serif", "Noto Serif", "DejaVu Serif", serif; }
  .hpr-summary { display: none; }
  .hpr-meta { break-after: avoid; }
  .hpr-print-summary { border: 1px solid #000; padding: 6pt 10pt; margin: 0 0 14pt; font: 10pt/1.4 ${FONT_STACKS.sans}; }
  .hpr-print-summary h2 { font-size: 12pt; margin: 0; }
  .hpr-print-summary h3 { font-size: 10.5pt; margin: 6pt 0 2pt; }
  .hpr-print-summary ul { margin: 0; padding-left: 14pt; }
  .hpr-print-summary li, .hpr-print-summary p { margin: 0 0 2pt; break-inside: avoid; }
  .hpr-summary .hpr-item { padding: 0; }
  .hpr-summary .hpr-btn { display: none; }
  h1 { font-size: 18pt; }
  h1, h2, h3, h4 { break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
  figure, table, blockquote, .hpr-print-footer { break-inside: avoid; }
  img { max-height: 110mm; width: auto; }
  a { text-decoration: none; }
  .hpr-print-only { display: block; }
  .hpr-footer { border-top: 0; padding-top: 0; margin-top: 0; }
  .hpr-print-footer { margin-top: 14pt; padding-top: 8pt; border-top: 1px solid #000; display: flex; gap: 12pt; align-items: center; font: 10pt/1.4 ${FONT_STACKS.sans}; }
  .hpr-print-footer svg { width: 30mm; height: 30mm; flex: none; }
  .hpr-print-footer p { margin: 0 0 4pt; word-break: break-all; }
}
`;
