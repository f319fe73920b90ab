/**
 * A 2D context that records what is drawn with fillStyle + fillRect into RGBA pixels, so the
 * tests can decode the QR code that the PNG download draws (happy-dom has no real canvas).
 */
export interface Drawn {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export function recordingContext(canvas: { width: number; height: number }): {
  ctx: unknown;
  drawn: () => Drawn;
} {
  let pixels: Uint8ClampedArray | null = null;
  let fill: [number, number, number] = [0, 0, 0];
  const ensure = () => (pixels ??= new Uint8ClampedArray(canvas.width * canvas.height * 4));
  const ctx = {
    set fillStyle(value: string) {
      fill = value === '#fff' || value === '#ffffff' || value === 'white' ? [255, 255, 255] : [0, 0, 0];
    },
    fillRect(x: number, y: number, w: number, h: number) {
      const data = ensure();
      for (let row = Math.max(0, Math.round(y)); row < Math.min(canvas.height, Math.round(y + h)); row++) {
        for (let col = Math.max(0, Math.round(x)); col < Math.min(canvas.width, Math.round(x + w)); col++) {
          const i = (row * canvas.width + col) * 4;
          data[i] = fill[0];
          data[i + 1] = fill[1];
          data[i + 2] = fill[2];
          data[i + 3] = 255;
        }
      }
    },
  };
  return { ctx, drawn: () => ({ data: ensure(), width: canvas.width, height: canvas.height }) };
}
