/**
 * The generated codes must decode back to exactly the shared URL. Each matrix is rasterised here
 * by the test itself (independently of the module under test) and read with jsQR.
 */
import { describe, expect, it } from 'vitest';
import { recordingContext } from './fake-canvas.ts';
import jsQR from 'jsqr';
import {
  QR_BYTE_CAPACITY,
  QR_QUIET_ZONE,
  QrTooLongError,
  qrModules,
  qrPathData,
  qrScaleFor,
  qrSvg,
  utf8Length,
  type QrEcl,
  type QrMatrix,
} from '../../../src/core/share/qr.ts';
import { qrRaster } from './qr-raster.ts';
import { cleanShareUrl } from '../../../src/core/share/clean-url.ts';
import { qrPngDataUrl } from '../../../src/ui/share/qr-png.ts';
import { defined } from '../defined.ts';

/** Test's own rasteriser: `scale` px per module, `margin` light modules around, RGBA. */
function rasterise(matrix: QrMatrix, scale: number, margin = 4): { data: Uint8ClampedArray; width: number } {
  const width = (matrix.size + 2 * margin) * scale;
  const data = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const row = Math.floor(y / scale) - margin;
      const col = Math.floor(x / scale) - margin;
      const dark =
        row >= 0 && col >= 0 && row < matrix.size && col < matrix.size && matrix.modules[row]?.[col];
      const i = (y * width + x) * 4;
      const v = dark ? 0 : 255;
      data[i] = v;
      data[i + 1] = v;
      data[i + 2] = v;
      data[i + 3] = 255;
    }
  }
  return { data, width };
}

function decode(matrix: QrMatrix, scale = 4): { text: string; bytes: number[]; version: number } {
  const { data, width } = rasterise(matrix, scale);
  const result = jsQR(data, width, width, { inversionAttempts: 'dontInvert' });
  if (!result) throw new Error(`jsQR could not read the version-${matrix.version} code`);
  return { text: result.data, bytes: result.binaryData, version: result.version };
}

function utf8(text: string): number[] {
  return [...new TextEncoder().encode(text)];
}

/**
 * A portal-like URL of exactly `bytes` bytes: realistic prefix, then a long lower-case slug with
 * no digits, so `qrcode` can only use byte segments and the byte capacity is the exact limit.
 */
function urlOfLength(bytes: number): string {
  const prefix = 'https://haiphong.gov.vn/tin-tuc-su-kien/';
  const suffix = '.html';
  const slug = 'thanh-pho-hai-phong-trien-khai-nghi-quyet-ve-chuyen-doi-so-';
  let body = '';
  while (body.length < bytes - prefix.length - suffix.length) body += slug;
  return prefix + body.slice(0, bytes - prefix.length - suffix.length) + suffix;
}

describe('QR codes decode back to exactly the URL', () => {
  it('an ASCII portal URL (cleaned of tracking parameters)', () => {
    const url = cleanShareUrl(
      'https://haiphong.gov.vn/Pages/chi-tiet-tin-tuc.aspx?ItemID=12345&pageid=473&utm_source=zalo&fbclid=IwAR0#binh-luan',
    )!;
    expect(url).toBe('https://haiphong.gov.vn/Pages/chi-tiet-tin-tuc.aspx?ItemID=12345&pageid=473');
    const matrix = qrModules(url, 'M');
    const decoded = decode(matrix);
    expect(decoded.text).toBe(url);
    expect(decoded.bytes).toEqual(utf8(url));
    expect(decoded.version).toBe(matrix.version);
    expect(matrix.version).toBe(5);
    expect(matrix.size).toBe(17 + 4 * matrix.version);
  });

  it('a Vietnamese-path URL, percent-encoded as browsers do', () => {
    const url = cleanShareUrl(
      'https://thanhphohaiphong.gov.vn/tin-tức/Hải-Phòng-đẩy-mạnh-chuyển-đổi-số.html',
    )!;
    expect(url).toBe(
      'https://thanhphohaiphong.gov.vn/tin-t%E1%BB%A9c/H%E1%BA%A3i-Ph%C3%B2ng-%C4%91%E1%BA%A9y-m%E1%BA%A1nh-chuy%E1%BB%83n-%C4%91%E1%BB%95i-s%E1%BB%91.html',
    );
    const matrix = qrModules(url);
    const decoded = decode(matrix);
    expect(decoded.text).toBe(url);
    expect(decoded.bytes).toEqual(utf8(url));
    // What a phone opens is the same page the browser showed.
    expect(decodeURIComponent(new URL(decoded.text).pathname)).toBe(
      '/tin-tức/Hải-Phòng-đẩy-mạnh-chuyển-đổi-số.html',
    );
  });

  it('raw non-ASCII text is encoded as UTF-8 and decodes back', () => {
    const text = 'Hải Phòng — Thành phố Cảng';
    const decoded = decode(qrModules(text, 'Q'));
    expect(decoded.text).toBe(text);
  });

  it.each([
    ['M', QR_BYTE_CAPACITY.M],
    ['Q', QR_BYTE_CAPACITY.Q],
  ] as [QrEcl, number][])('a long URL at the version-40 limit at %s (%i bytes)', (ecl, limit) => {
    const url = urlOfLength(limit);
    expect(utf8Length(url)).toBe(limit);
    const matrix = qrModules(url, ecl);
    expect(matrix.version).toBe(40);
    expect(matrix.size).toBe(177);
    const decoded = decode(matrix);
    expect(decoded.version).toBe(40);
    expect(decoded.text).toBe(url);
  });

  it('a long URL just under the limit at M, with percent-encoded Vietnamese (mixed segments)', () => {
    const raw = `https://haiphong.gov.vn/tim-kiem?q=${'Hải Phòng đẩy mạnh cải cách hành chính '.repeat(20)}`;
    const url = cleanShareUrl(raw)!;
    expect(utf8Length(url)).toBeGreaterThan(2000);
    expect(utf8Length(url)).toBeLessThanOrEqual(QR_BYTE_CAPACITY.M);
    const matrix = qrModules(url, 'M');
    expect(matrix.version).toBeGreaterThanOrEqual(36);
    expect(decode(matrix).text).toBe(url);
  });

  it('an over-long input throws QrTooLongError with its byte length and the limit', () => {
    for (const [ecl, limit] of [
      ['M', 2331],
      ['Q', 1663],
    ] as [QrEcl, number][]) {
      const url = urlOfLength(limit + 1);
      let caught: unknown;
      try {
        qrModules(url, ecl);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(QrTooLongError);
      const error = caught as QrTooLongError;
      expect(error.name).toBe('QrTooLongError');
      expect(error.bytes).toBe(limit + 1);
      expect(error.limit).toBe(limit);
      expect(error.ecl).toBe(ecl);
      expect(error.message).toContain(`${limit + 1} bytes`);
      expect(error.message).toContain(String(limit));
      expect(() => qrSvg(url, { ecl })).toThrow(QrTooLongError);
    }
    // Byte length, not character count: 800 "ệ" are 2400 bytes.
    expect(() => qrModules('ệ'.repeat(800), 'M')).toThrow(QrTooLongError);
  });

  it('digit runs go in numeric segments, so such a text over 2331 bytes can still fit at M', () => {
    const url = `https://haiphong.gov.vn/van-ban?ids=${'2025031100123456789'.repeat(130)}`;
    expect(utf8Length(url)).toBeGreaterThan(QR_BYTE_CAPACITY.M);
    const matrix = qrModules(url, 'M');
    expect(matrix.version).toBeLessThanOrEqual(40);
    expect(decode(matrix).text).toBe(url);
  });

  it('empty text is a TypeError, not a code', () => {
    expect(() => qrModules('')).toThrow(TypeError);
  });

  it('Q (for print) survives damage that M would not need to', () => {
    const url = 'https://haiphong.gov.vn/Pages/chi-tiet-tin-tuc.aspx?ItemID=12345';
    const matrix = qrModules(url, 'Q');
    // Flip a 4×4 block of data modules in the lower right; Q's error correction recovers it.
    const damaged: QrMatrix = { ...matrix, modules: matrix.modules.map((row) => [...row]) };
    for (let r = matrix.size - 12; r < matrix.size - 8; r++) {
      for (let c = matrix.size - 12; c < matrix.size - 8; c++) {
        const row = defined(damaged.modules[r]);
        row[c] = !row[c];
      }
    }
    expect(decode(damaged).text).toBe(url);
  });
});

describe('renderings of the matrix', () => {
  const url = 'https://haiphong.gov.vn/tin-t%E1%BB%A9c/H%E1%BA%A3i-Ph%C3%B2ng.html';

  it('the SVG path covers exactly the dark modules, offset by the quiet zone', () => {
    const matrix = qrModules(url);
    const covered = matrix.modules.map((row) => row.map(() => false));
    const re = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/g;
    const d = qrPathData(matrix);
    let consumed = 0;
    for (const m of d.matchAll(re)) {
      consumed += m[0].length;
      const [x = NaN, y = NaN, w = NaN, back] = m.slice(1).map(Number);
      expect(back).toBe(w);
      for (let i = 0; i < w; i++) {
        const row = defined(covered[y - QR_QUIET_ZONE], `row ${y}`);
        expect(row[x - QR_QUIET_ZONE + i]).toBe(false);
        row[x - QR_QUIET_ZONE + i] = true;
      }
    }
    expect(consumed).toBe(d.length);
    expect(covered).toEqual(matrix.modules);
  });

  it('qrSvg is a standalone, crisp SVG with a quiet zone, a white background and an escaped <title>', () => {
    const svg = qrSvg(url, { title: 'Mã QR: "Hải Phòng" <&>' });
    const matrix = qrModules(url);
    const n = matrix.size + 8;
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.tagName.toLowerCase()).toBe('svg');
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${n} ${n}`);
    expect(root.getAttribute('shape-rendering')).toBe('crispEdges');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.querySelector('title')!.textContent).toBe('Mã QR: "Hải Phòng" <&>');
    expect(root.querySelector('rect')!.getAttribute('fill')).toBe('#fff');
    expect(root.querySelector('path')!.getAttribute('d')).toBe(qrPathData(matrix));
    expect(svg).not.toMatch(/<script|\son\w+=/i);
    expect(qrSvg(url, { px: 512 })).toContain('width="512" height="512"');
    expect(qrSvg(url)).toContain(`<title>${url}</title>`);
  });

  it('the code at the PNG scale (qrScaleFor) is at least 1024 px with the quiet zone, and decodes', () => {
    const matrix = qrModules(url);
    const scale = qrScaleFor(matrix, 1024);
    const raster = qrRaster(matrix, scale);
    expect(raster.width).toBeGreaterThanOrEqual(1024);
    expect(raster.width % (matrix.size + 8)).toBe(0);
    // The quiet zone is white all round.
    const q = QR_QUIET_ZONE * scale;
    for (let i = 0; i < raster.width; i++) {
      for (const [x, y] of [
        [i, q - 1],
        [q - 1, i],
        [i, raster.width - q],
        [raster.width - q, i],
      ] as const) {
        expect(raster.data[(y * raster.width + x) * 4]).toBe(255);
      }
    }
    const result = jsQR(raster.data, raster.width, raster.height);
    expect(result?.data).toBe(url);
  });

  it('qrPngDataUrl draws those pixels on a canvas of at least 1024 px', () => {
    let recorder: ReturnType<typeof recordingContext> | null = null;
    const canvas = {
      width: 0,
      height: 0,
      getContext: () => (recorder = recordingContext(canvas)).ctx,
      toDataURL: (type: string) => `data:${type};base64,AAAA`,
    };
    const fakeDoc = { createElement: () => canvas } as unknown as Document;
    expect(qrPngDataUrl(url, { size: 1024, ecl: 'Q' }, fakeDoc)).toBe('data:image/png;base64,AAAA');
    expect(canvas.width).toBeGreaterThanOrEqual(1024);
    expect(canvas.height).toBe(canvas.width);
    const image = recorder!.drawn();
    expect(image.width).toBe(canvas.width);
    expect(jsQR(image.data, image.width, image.height)?.data).toBe(url);
    // A request below 1024 is raised to 1024.
    qrPngDataUrl(url, { size: 100 }, fakeDoc);
    expect(canvas.width).toBeGreaterThanOrEqual(1024);
  });
});
