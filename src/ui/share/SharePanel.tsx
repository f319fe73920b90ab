/**
 * The QR share panel: a QR code of the cleaned URL (inline SVG drawn from the module matrix,
 * nothing remote, no innerHTML), the URL under it, PNG / SVG downloads, copy link, plain share
 * links for Facebook, Zalo and e-mail, and the system share sheet where the browser has one.
 *
 * It runs inside the reader overlay's shadow root and in the popup; every string comes in through
 * `labels`, so it needs no extension API. Styles: SHARE_CSS (share-styles.ts).
 */
import { useMemo, useRef, useState, useId } from 'preact/hooks';
import { cleanShareUrl } from '../../core/share/clean-url.ts';
import {
  qrModules,
  qrPathData,
  qrSvgFromMatrix,
  QrTooLongError,
  QR_QUIET_ZONE,
  type QrEcl,
  type QrMatrix,
} from '../../core/share/qr.ts';
import { shareLinks, webShareData, normaliseTitle } from '../../core/share/share-links.ts';
import { qrFileName } from '../../core/share/file-name.ts';
import { qrPngDataUrlFromMatrix, QR_PNG_MIN_PX } from './qr-png.ts';
import { fillTemplate, type ShareLabels } from './labels.ts';
import { userOnly } from '../trusted.ts';

export { SHARE_CSS } from './share-styles.ts';
export type { ShareLabels } from './labels.ts';

export interface SharePanelProps {
  /** The page or article URL; cleaned here (tracking parameters and fragment removed). */
  url: string;
  /** The article or page title; travels with the link in e-mail and Web Share text. */
  title: string;
  labels: ShareLabels;
  /** Error correction; M on screen (default). */
  ecl?: QrEcl;
}

type Qr = { matrix: QrMatrix; error: null } | { matrix: null; error: QrTooLongError };
type Status = 'idle' | 'copied' | 'copyFailed' | 'downloadFailed';

function buildQr(url: string, ecl: QrEcl): Qr {
  try {
    return { matrix: qrModules(url, ecl), error: null };
  } catch (error) {
    if (error instanceof QrTooLongError) return { matrix: null, error };
    throw error;
  }
}

function hasWebShare(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

/** Selects the element's text, so a reader can press Ctrl+C when programmatic copy fails. */
function selectText(element: HTMLElement): void {
  const selection = element.ownerDocument.defaultView?.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  selection.addRange(range);
}

/** Clipboard API first; then the legacy copy command on the selected URL (insecure http pages have no navigator.clipboard). */
async function copyText(text: string, element: HTMLElement | null): Promise<boolean> {
  try {
    if (
      typeof navigator !== 'undefined' &&
      navigator.clipboard &&
      typeof navigator.clipboard.writeText === 'function'
    ) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // denied or not focused: fall through
  }
  if (!element) return false;
  selectText(element);
  try {
    const doc = element.ownerDocument;
    return typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * Downloads through a temporary <a download>. Data URLs rather than blob URLs: a blob URL made
 * in a content script belongs to a different principal than the page in Firefox, and a data URL
 * needs no revoking. The files are small (SVG a few kB, PNG tens of kB).
 */
function download(href: string, fileName: string, parent: HTMLElement): void {
  const a = parent.ownerDocument.createElement('a');
  a.href = href;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  parent.append(a);
  a.click();
  a.remove();
}

function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function SharePanel({ url, title, labels, ecl = 'M' }: SharePanelProps) {
  const headingId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const urlRef = useRef<HTMLSpanElement>(null);
  const [status, setStatus] = useState<Status>('idle');

  const shareUrl = useMemo(() => cleanShareUrl(url), [url]);
  const qr = useMemo(() => (shareUrl === null ? null : buildQr(shareUrl, ecl)), [shareUrl, ecl]);
  const links = useMemo(() => (shareUrl === null ? null : shareLinks(shareUrl, title)), [shareUrl, title]);
  const cleanTitle = normaliseTitle(title);

  if (shareUrl === null || qr === null || links === null) {
    return (
      <section class="hpr-share" aria-labelledby={headingId}>
        <h2 id={headingId} class="hpr-share-heading">
          {labels.heading}
        </h2>
        <p class="hpr-share-error" role="alert">
          {labels.noUrl}
        </p>
      </section>
    );
  }

  const matrix = qr.matrix;
  const side = matrix ? matrix.size + 2 * QR_QUIET_ZONE : 0;
  const svgTitle = cleanTitle ? `${labels.qrLabel}: ${cleanTitle}` : labels.qrLabel;

  const onCopy = async () => {
    setStatus('idle');
    // On failure copyText leaves the URL selected, for Ctrl+C.
    const ok = await copyText(shareUrl, urlRef.current);
    setStatus(ok ? 'copied' : 'copyFailed');
  };

  const onDownload = (kind: 'png' | 'svg') => {
    const root = rootRef.current;
    if (!matrix || !root) return;
    try {
      const href =
        kind === 'png'
          ? qrPngDataUrlFromMatrix(matrix, QR_PNG_MIN_PX, root.ownerDocument)
          : svgDataUrl(qrSvgFromMatrix(matrix, svgTitle));
      download(href, qrFileName(shareUrl, kind), root);
      setStatus('idle');
    } catch {
      setStatus('downloadFailed');
    }
  };

  const onNativeShare = async () => {
    try {
      await navigator.share(webShareData(shareUrl, title));
    } catch {
      // AbortError when the reader closes the sheet; nothing to report.
    }
  };

  const statusText =
    status === 'copied'
      ? labels.copied
      : status === 'copyFailed'
        ? labels.copyFailed
        : status === 'downloadFailed'
          ? labels.downloadFailed
          : '';

  const newTab = <span class="hpr-share-sr"> {labels.newTab}</span>;

  return (
    <section class="hpr-share" aria-labelledby={headingId} ref={rootRef}>
      <h2 id={headingId} class="hpr-share-heading">
        {labels.heading}
      </h2>
      {cleanTitle && <p class="hpr-share-title">{cleanTitle}</p>}
      {matrix ? (
        <svg
          class="hpr-share-qr"
          xmlns="http://www.w3.org/2000/svg"
          viewBox={`0 0 ${side} ${side}`}
          shape-rendering="crispEdges"
          role="img"
          aria-label={labels.qrLabel}
          data-version={matrix.version}
        >
          <rect width={side} height={side} fill="#fff" />
          <path fill="#000" d={qrPathData(matrix)} />
        </svg>
      ) : (
        <p class="hpr-share-error" role="alert">
          {fillTemplate(labels.tooLong, { bytes: qr.error.bytes, limit: qr.error.limit })}
        </p>
      )}
      <p class="hpr-share-url">
        <span class="hpr-share-sr">{labels.urlLabel}: </span>
        <span ref={urlRef} class="hpr-share-url-text" translate={false}>
          {shareUrl}
        </span>
      </p>
      <div class="hpr-share-actions">
        {matrix && (
          <button type="button" class="hpr-share-button" onClick={userOnly(() => onDownload('png'))}>
            {labels.downloadPng}
          </button>
        )}
        {matrix && (
          <button type="button" class="hpr-share-button" onClick={userOnly(() => onDownload('svg'))}>
            {labels.downloadSvg}
          </button>
        )}
        <button type="button" class="hpr-share-button hpr-share-button-primary" onClick={userOnly(onCopy)}>
          {labels.copyLink}
        </button>
        {hasWebShare() && (
          <button type="button" class="hpr-share-button" onClick={userOnly(onNativeShare)}>
            {labels.nativeShare}
          </button>
        )}
      </div>
      <p class="hpr-share-via" id={`${headingId}-via`}>
        {labels.shareVia}
      </p>
      <ul class="hpr-share-links" aria-labelledby={`${headingId}-via`}>
        <li>
          <a
            href={links.facebook}
            target="_blank"
            rel="noopener noreferrer"
            referrerpolicy="no-referrer"
            onClick={userOnly(() => undefined)}
          >
            {labels.facebook}
            {newTab}
          </a>
        </li>
        <li>
          <a
            href={links.zalo}
            target="_blank"
            rel="noopener noreferrer"
            referrerpolicy="no-referrer"
            onClick={userOnly(() => undefined)}
          >
            {labels.zalo}
            {newTab}
          </a>
        </li>
        <li>
          <a
            href={links.email}
            target="_blank"
            rel="noopener noreferrer"
            referrerpolicy="no-referrer"
            onClick={userOnly(() => undefined)}
          >
            {labels.email}
            {newTab}
          </a>
        </li>
      </ul>
      <p class="hpr-share-status" role="status" aria-live="polite">
        {statusText}
      </p>
    </section>
  );
}
