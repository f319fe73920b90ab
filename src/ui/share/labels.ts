/**
 * Every string the share panel shows. The caller fills them from _locales (see
 * shareLabelsFrom), so the component itself needs no extension API.
 */
export interface ShareLabels {
  /** Panel heading, e.g. "Chia sẻ". */
  heading: string;
  /** Accessible name of the QR code image. */
  qrLabel: string;
  /** Screen-reader caption before the URL text. */
  urlLabel: string;
  downloadPng: string;
  downloadSvg: string;
  copyLink: string;
  /** Shown after a successful copy. */
  copied: string;
  /** Shown when the browser refuses to copy; the URL is left selected for Ctrl+C. */
  copyFailed: string;
  /** Label of the list of share links. */
  shareVia: string;
  facebook: string;
  zalo: string;
  email: string;
  /** Screen-reader hint appended to links that open a new tab. */
  newTab: string;
  /** The Web Share API button, e.g. "Chia sẻ…". */
  nativeShare: string;
  /** Over-long URL. "{bytes}" and "{limit}" are replaced with numbers. */
  tooLong: string;
  /** The page has no http(s) address. */
  noUrl: string;
  /** The PNG/SVG file could not be made. */
  downloadFailed: string;
}

/** _locales message name for each label. */
export const SHARE_MESSAGE_KEYS: Readonly<Record<keyof ShareLabels, string>> = {
  heading: 'shareHeading',
  qrLabel: 'shareQrLabel',
  urlLabel: 'shareUrlLabel',
  downloadPng: 'shareDownloadPng',
  downloadSvg: 'shareDownloadSvg',
  copyLink: 'shareCopyLink',
  copied: 'shareCopied',
  copyFailed: 'shareCopyFailed',
  shareVia: 'shareVia',
  facebook: 'shareFacebook',
  zalo: 'shareZalo',
  email: 'shareEmail',
  newTab: 'shareNewTab',
  nativeShare: 'shareNative',
  tooLong: 'shareTooLong',
  noUrl: 'shareNoUrl',
  downloadFailed: 'shareDownloadFailed',
};

/** Builds the labels from a message lookup such as `browser.i18n.getMessage`. */
export function shareLabelsFrom(getMessage: (key: string) => string): ShareLabels {
  const labels = {} as Record<keyof ShareLabels, string>;
  for (const [field, key] of Object.entries(SHARE_MESSAGE_KEYS) as [keyof ShareLabels, string][]) {
    labels[field] = getMessage(key);
  }
  return labels;
}

/** Fills "{name}" placeholders. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
