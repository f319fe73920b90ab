/**
 * The encoder alone of the `qrcode` package (its `create`), without the canvas and SVG renderers
 * and the promise wrappers of the package's browser entry, which we do not use: we render the
 * module matrix ourselves (src/core/share/qr.ts). The types are those @types/qrcode gives `create`.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  import type { QRCode, QRCodeOptions } from 'qrcode';
  export function create(text: string, options?: QRCodeOptions): QRCode;
}
