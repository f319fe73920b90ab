/**
 * The overlay's stylesheet, adopted inside the #hpr-root shadow root only: the portal's CSS
 * cannot reach it and it cannot reach the portal. `:host` resets everything inherited.
 */
export const READER_CSS = `
:host { all: initial; }
.hpr-backdrop {
  position: fixed; inset: 0; z-index: 2147483646; overflow: auto;
  background: #fbfaf7; color: #1d1b16;
  font-family: "Noto Serif", "Times New Roman", Georgia, serif;
  -webkit-text-size-adjust: 100%;
}
.hpr-dialog { min-height: 100%; }
.hpr-toolbar {
  position: sticky; top: 0; display: flex; align-items: center; justify-content: space-between;
  gap: 8px; padding: 8px 16px; background: #fbfaf7ee; border-bottom: 1px solid #e4e0d6;
  font: 600 14px/1.4 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
}
.hpr-brand { color: #8a1c16; }
.hpr-close {
  font: 400 26px/1 system-ui, sans-serif; width: 44px; height: 44px; border-radius: 8px;
  border: 1px solid #c9c3b5; background: #fff; color: #1d1b16; cursor: pointer;
}
.hpr-close:hover { background: #f1ede4; }
:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.hpr-article { max-width: 38em; margin: 0 auto; padding: 24px 20px 64px; font-size: 20px; line-height: 1.7; }
.hpr-source { margin: 0 0 8px; font: 600 14px/1.4 system-ui, sans-serif; color: #5c574c; text-transform: uppercase; letter-spacing: .02em; }
h1 { font-size: 1.7em; line-height: 1.3; margin: 0 0 12px; }
h2, h3, h4 { line-height: 1.35; margin: 1.4em 0 .5em; }
.hpr-meta { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0 0 16px; font: 15px/1.5 system-ui, sans-serif; color: #5c574c; }
.hpr-sapo { font-weight: 700; }
p { margin: 0 0 1em; }
figure { margin: 1.2em 0; }
img { max-width: 100%; height: auto; display: block; margin: 0 auto; }
figcaption, .hpr-caption-only { font: italic 16px/1.5 system-ui, sans-serif; color: #4a463d; text-align: center; margin-top: 6px; }
blockquote { margin: 1em 0; padding: 0 1em; border-left: 4px solid #c9c3b5; }
.hpr-table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9em; }
td, th { border: 1px solid #c9c3b5; padding: 4px 8px; vertical-align: top; }
a { color: #1a4f9c; }
.hpr-footer { margin-top: 2em; padding-top: 1em; border-top: 1px solid #e4e0d6; font: 15px/1.5 system-ui, sans-serif; }
`;
