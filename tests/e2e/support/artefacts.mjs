// Reading what the browsers produce: PDF text (pdftotext), QR codes in PNGs (jsQR).
import { execFileSync } from 'node:child_process';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

/** @param {string} s */
export const squash = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * @param {Buffer} buffer
 * @returns {string | null}
 */
export function decodePng(buffer) {
  const png = PNG.sync.read(buffer);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** The PDF's text, whitespace squashed; `first`/`last`: only those pages (1-based). */
/**
 * @param {string} file
 * @param {{ first?: number, last?: number }} [pages]
 * @returns {string}
 */
export function pdfText(file, { first, last } = {}) {
  const pages = [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : [])];
  return squash(execFileSync('pdftotext', ['-layout', ...pages, file, '-'], { encoding: 'utf8' }));
}
