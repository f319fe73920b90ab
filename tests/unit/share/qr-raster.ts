/** Test oracle: a QR matrix as RGBA pixels, for jsQR to decode (the extension draws the PNG with rectangles, src/ui/share/qr-png.ts). */
import { QR_QUIET_ZONE, type QrMatrix } from '../../../src/core/share/qr.ts';

export interface QrRaster {
  width: number;
  height: number;
  /** RGBA, row-major, 4 bytes per pixel: opaque black and opaque white only. */
  data: Uint8ClampedArray;
}

/** The code as RGBA pixels at `scale` px per module, quiet zone included. */
export function qrRaster(matrix: QrMatrix, scale: number, margin: number = QR_QUIET_ZONE): QrRaster {
  const s = Math.max(1, Math.floor(scale));
  const n = matrix.size + 2 * margin;
  const width = n * s;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (!matrix.modules[row]?.[col]) continue;
      const x0 = (col + margin) * s;
      const y0 = (row + margin) * s;
      for (let y = y0; y < y0 + s; y++) {
        const rowStart = (y * width + x0) * 4;
        for (let i = 0; i < s * 4; i += 4) {
          data[rowStart + i] = 0;
          data[rowStart + i + 1] = 0;
          data[rowStart + i + 2] = 0;
        }
      }
    }
  }
  return { width, height: width, data };
}
