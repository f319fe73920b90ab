// Reading what the browsers produce: PDF text (pdftotext), QR codes in PNGs (jsQR).
import { execFileSync } from 'node:child_process';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

export const squash = (s) => s.replace(/\s+/g, ' ').trim();

export function decodePng(buffer) {
  const png = PNG.sync.read(buffer);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

export function pdfText(file) {
  return squash(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
}
