/**
 * Printed after the article (print media only): the canonical URL, when it was printed, and a
 * QR code back to the article so a reader of the paper copy can open it on a phone.
 */
import type { ComponentChild } from 'preact';
import { useT } from '../i18n.ts';

function printedAt(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(now.getDate())}/${p(now.getMonth() + 1)}/${now.getFullYear()} ${p(now.getHours())}:${p(now.getMinutes())}`;
}

export function PrintFooter({
  url,
  portal,
  qr,
  now = new Date(),
}: {
  url: string;
  portal: string;
  qr: ComponentChild;
  now?: Date;
}) {
  const t = useT();
  return (
    <div class="hpr-print-only hpr-print-footer">
      {qr}
      <div>
        <p>
          {t('printSource')}: {portal}
        </p>
        <p>{url}</p>
        <p>
          {t('printPrintedAt')}: {printedAt(now)}
        </p>
        <p>{t('printScanHint')}</p>
      </div>
    </div>
  );
}
