/**
 * File names for the downloaded codes: "qr-<slug>.<ext>", the slug taken from the last path
 * segment of the shared URL (diacritics folded, "đ" → "d", ASCII letters, digits and hyphens),
 * or from the host when the path has nothing usable.
 */
const PAGE_EXTENSION = /\.(html?|aspx?|php|jsp)$/i;

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function qrFileName(url: string, ext: 'png' | 'svg'): string {
  let slug: string;
  try {
    const parsed = new URL(url);
    const segments = parsed.pathname.split('/').filter(Boolean);
    const last = segments[segments.length - 1] ?? '';
    let decoded = last;
    try {
      decoded = decodeURIComponent(last);
    } catch {
      // keep the raw segment
    }
    slug = slugify(decoded.replace(PAGE_EXTENSION, '')) || slugify(parsed.hostname);
  } catch {
    slug = '';
  }
  return `qr-${slug || 'code'}.${ext}`;
}
