/**
 * QR codes from the `qrcode` package's encoder (its core `create`; the package's browser entry adds
 * canvas and SVG-string renderers we do not use, some 4 KB in each bundle that shows a code),
 * reduced to what the share panel and the print footer need:
 * the module matrix, a crisp standalone SVG and an RGBA raster, all synchronous and pure (no DOM,
 * no canvas), so the same code runs in Node, in tests and in the extension.
 *
 * `qrcode` picks the smallest version (1–40) and splits the text into numeric / alphanumeric /
 * byte segments to fit; text is encoded as UTF-8 in byte segments. When even version 40 cannot
 * hold the text at the chosen error-correction level we throw QrTooLongError rather than return
 * anything a scanner would misread.
 */
import { create as createQr } from 'qrcode/lib/core/qrcode.js';

/** Error correction: M (15 % recoverable) on screen, Q (25 %) for paper, which gets scuffed. */
export type QrEcl = 'M' | 'Q';

/** Version-40 capacity in bytes (byte mode) per level, from ISO/IEC 18004 table 7. */
export const QR_BYTE_CAPACITY: Readonly<Record<QrEcl, number>> = { M: 2331, Q: 1663 };

/** The quiet zone (light border) the standard asks for, in modules. */
export const QR_QUIET_ZONE = 4;

export class QrTooLongError extends Error {
  override readonly name = 'QrTooLongError';
  /** UTF-8 length of the text. */
  readonly bytes: number;
  /** Most bytes a version-40 code holds at this level (byte mode). */
  readonly limit: number;
  readonly ecl: QrEcl;

  constructor(bytes: number, ecl: QrEcl) {
    const limit = QR_BYTE_CAPACITY[ecl];
    super(
      `Text too long for a QR code: ${bytes} bytes, at most ${limit} at error correction ${ecl} (version 40)`,
    );
    this.bytes = bytes;
    this.limit = limit;
    this.ecl = ecl;
  }
}

export interface QrMatrix {
  /** 1..40 */
  version: number;
  ecl: QrEcl;
  /** Modules per side, without the quiet zone: 17 + 4 × version. */
  size: number;
  /** modules[row][col], true = dark. */
  modules: boolean[][];
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The module matrix of `text`. Throws QrTooLongError when it does not fit, TypeError when empty. */
export function qrModules(text: string, ecl: QrEcl = 'M'): QrMatrix {
  if (typeof text !== 'string' || text.length === 0) throw new TypeError('QR text is empty');
  if (ecl !== 'M' && ecl !== 'Q') throw new TypeError(`Unsupported error correction level: ${String(ecl)}`);
  let code: ReturnType<typeof createQr>;
  try {
    code = createQr(text, { errorCorrectionLevel: ecl });
  } catch (error) {
    // qrcode signals capacity with a plain Error: "The amount of data is too big to be stored in a QR Code".
    if (error instanceof Error && /too big|cannot contain/i.test(error.message)) {
      throw new QrTooLongError(utf8Length(text), ecl);
    }
    throw error;
  }
  const size = code.modules.size;
  const data = code.modules.data;
  const modules: boolean[][] = [];
  for (let row = 0; row < size; row++) {
    const line: boolean[] = new Array(size);
    for (let col = 0; col < size; col++) line[col] = data[row * size + col] === 1;
    modules.push(line);
  }
  return { version: code.version, ecl, size, modules };
}

/**
 * SVG path data for the dark modules, one unit per module, offset by `margin` modules: each
 * horizontal run of dark modules in a row becomes one rectangle on integer coordinates, so with
 * `shape-rendering="crispEdges"` nothing is anti-aliased between modules.
 */
export function qrPathData(matrix: QrMatrix, margin: number = QR_QUIET_ZONE): string {
  const parts: string[] = [];
  const { size, modules } = matrix;
  for (let row = 0; row < size; row++) {
    const line = modules[row] ?? [];
    let col = 0;
    while (col < size) {
      if (!line[col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && line[col]) col++;
      parts.push(`M${start + margin} ${row + margin}h${col - start}v1h-${col - start}z`);
    }
  }
  return parts.join('');
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface QrSvgOptions {
  ecl?: QrEcl;
  /** Accessible name, written as the SVG's <title>. Defaults to the encoded text. */
  title?: string;
  /** Width and height attributes in px; without it the SVG scales to its container. */
  px?: number;
}

/**
 * A standalone SVG document: dark modules on an opaque white square that includes the 4-module
 * quiet zone (scanners need dark-on-light whatever the page theme), with a <title>. Throws like
 * qrModules.
 */
export function qrSvg(text: string, options: QrSvgOptions = {}): string {
  const matrix = qrModules(text, options.ecl ?? 'M');
  return qrSvgFromMatrix(matrix, options.title ?? text, options.px);
}

export function qrSvgFromMatrix(matrix: QrMatrix, title: string, px?: number): string {
  const n = matrix.size + 2 * QR_QUIET_ZONE;
  const sizeAttrs = px && px > 0 ? ` width="${Math.round(px)}" height="${Math.round(px)}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}"${sizeAttrs} shape-rendering="crispEdges" role="img">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect width="${n}" height="${n}" fill="#fff"/>` +
    `<path fill="#000" d="${qrPathData(matrix)}"/>` +
    `</svg>`
  );
}

/** Pixels per module so the whole code (quiet zone included) is at least `minPx` wide. */
export function qrScaleFor(matrix: QrMatrix, minPx: number): number {
  return Math.max(1, Math.ceil(minPx / (matrix.size + 2 * QR_QUIET_ZONE)));
}
