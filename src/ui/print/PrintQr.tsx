/** The QR code on the printout: error correction Q (a printed code gets creased and photocopied). */
import { QR_QUIET_ZONE, qrModules, qrPathData } from '../../core/share/qr.ts';

export function PrintQr({ url, label }: { url: string; label: string }) {
  let matrix;
  try {
    matrix = qrModules(url, 'Q');
  } catch {
    return null; // too long for a QR code: the URL is printed beside it anyway
  }
  const n = matrix.size + 2 * QR_QUIET_ZONE;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${n} ${n}`}
      shape-rendering="crispEdges"
      role="img"
      aria-label={label}
    >
      <rect width={n} height={n} fill="#fff" />
      <path fill="#000" d={qrPathData(matrix)} />
    </svg>
  );
}
