import { describe, expect, it } from 'vitest';
import { pagePrintCss } from '../../../src/ui/print/page-print-css.ts';
import { READER_CSS } from '../../../src/ui/reader/reader-styles.ts';

describe('print stylesheets', () => {
  it('the page-level sheet prints only the reader, on the chosen paper, with a binding margin and page numbers', () => {
    const a4 = pagePrintCss({ paper: 'A4' });
    expect(a4).toMatch(/@media print \{[^]*body > \*:not\(#hpr-root\) \{ display: none !important; \}/);
    expect(a4).toMatch(/@page \{[^]*size: A4;[^]*margin: 18mm 15mm 18mm 25mm;/);
    expect(a4).toContain('@bottom-center { content: counter(page) " / " counter(pages)');
    expect(pagePrintCss({ paper: 'Letter' })).toContain('size: letter;');
  });

  it("the reader's sheet hides its chrome in print and keeps figures, tables and paragraphs together", () => {
    const print = READER_CSS.slice(READER_CSS.indexOf('@media print'));
    expect(print).toMatch(
      /\.hpr-toolbar, \.hpr-popover, \.hpr-progress, \.hpr-totop, \.hpr-speech, \.hpr-no-print \{ display: none !important; \}/,
    );
    expect(print).toMatch(/\.hpr-backdrop \{ position: static; overflow: visible;/);
    expect(print).toMatch(/figure, table, blockquote, \.hpr-print-footer \{ break-inside: avoid; \}/);
    expect(print).toMatch(/p, li \{ orphans: 3; widows: 3; \}/);
    expect(print).toMatch(/data-print-font="document"\] \.hpr-article \{ font-family: "Times New Roman"/);
    // The on-screen summary panel never prints; the print summary box (ui/print) breaks between items.
    expect(print).toContain('.hpr-summary { display: none; }');
    expect(print).toMatch(/\.hpr-print-summary li, \.hpr-print-summary p \{[^}]*break-inside: avoid; \}/);
    expect(print).not.toMatch(/\.hpr-print-summary \{[^}]*break-inside: avoid/);
    expect(print).toContain('.hpr-print-only { display: block; }');
  });
});
