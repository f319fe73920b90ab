/**
 * The page-level print stylesheet, added to the portal document while the reader is open: only
 * our overlay host prints (the portal page underneath does not), on the paper the user chose, with a
 * binding margin on the left. Page numbers use @page margin boxes (Chromium 131+); browsers
 * without them ignore that rule and print their own header/footer page numbers instead.
 */
import type { Settings } from '../../core/settings.ts';

/** `host`: a selector of our own overlay host (the mount's per-mount attribute, see ui/mount.ts). */
export function pagePrintCss(settings: Pick<Settings, 'paper'>, host = '#hpr-root'): string {
  const size = settings.paper === 'Letter' ? 'letter' : 'A4';
  return `@media print {
  html, body { overflow: visible !important; height: auto !important; min-height: 0 !important; background: #fff !important; margin: 0 !important; padding: 0 !important; }
  body > *:not(${host}) { display: none !important; }
  ${host} { display: block !important; }
}
@page {
  size: ${size};
  margin: 18mm 15mm 18mm 25mm;
  @bottom-center { content: counter(page) " / " counter(pages); font: 9pt sans-serif; }
}`;
}
