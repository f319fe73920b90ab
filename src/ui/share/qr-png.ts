/**
 * The PNG download, drawn on a <canvas> from the module matrix. `qrcode`'s own toDataURL is not
 * used: in the extension bundle `qrcode` resolves to its browser build, whose PNG path needs a
 * canvas anyway, and drawing ourselves keeps integer pixels per module and the quiet zone.
 */
import { QR_QUIET_ZONE, qrModules, qrScaleFor, type QrEcl, type QrMatrix } from '../../core/share/qr.ts';

/** The smallest PNG we offer: large enough to print sharp or to put on a slide. */
export const QR_PNG_MIN_PX = 1024;

export interface QrPngOptions {
  /** Minimum width in px (at least 1024). The result is the next multiple of the module count. */
  size?: number;
  ecl?: QrEcl;
}

/** A canvas with the code, quiet zone included, at a whole number of pixels per module. */
function qrCanvasFromMatrix(matrix: QrMatrix, minPx: number, doc: Document = document): HTMLCanvasElement {
  const scale = qrScaleFor(matrix, Math.max(QR_PNG_MIN_PX, minPx));
  const width = (matrix.size + 2 * QR_QUIET_ZONE) * scale;
  const canvas = doc.createElement('canvas');
  canvas.width = width;
  canvas.height = width;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D context unavailable');
  // Drawn with rectangles, not ImageData: in a Firefox content script the page's ImageData
  // buffer cannot be filled from the script's own typed array (they live in different compartments).
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, width);
  ctx.fillStyle = '#000';
  for (let row = 0; row < matrix.size; row++) {
    const line = matrix.modules[row] ?? [];
    let col = 0;
    while (col < matrix.size) {
      if (!line[col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && line[col]) col++;
      ctx.fillRect(
        (start + QR_QUIET_ZONE) * scale,
        (row + QR_QUIET_ZONE) * scale,
        (col - start) * scale,
        scale,
      );
    }
  }
  return canvas;
}

/** `data:image/png;base64,…` of the code. Throws QrTooLongError when the text does not fit. */
export function qrPngDataUrl(text: string, options: QrPngOptions = {}, doc: Document = document): string {
  return qrPngDataUrlFromMatrix(qrModules(text, options.ecl ?? 'M'), options.size ?? QR_PNG_MIN_PX, doc);
}

export function qrPngDataUrlFromMatrix(
  matrix: QrMatrix,
  minPx: number = QR_PNG_MIN_PX,
  doc: Document = document,
): string {
  return qrCanvasFromMatrix(matrix, minPx, doc).toDataURL('image/png');
}
