/**
 * The URL grammar's simple path and query tests, as string comparisons. url.ts runs them on every
 * portal page load in the detector, where a regular expression is compiled on its first use (tens of
 * microseconds each, the bulk of classifying a URL once); these cost next to nothing. Each is
 * equivalent to the expression in its comment (tests/unit/detect/path-tests.test.ts checks that).
 * `lower` is the decoded path, lower-cased.
 */
import { isLabels } from '../portals/lookup.ts';

/** `/\/amp\/?$/i` */
export function isAmpPath(lower: string): boolean {
  return lower.endsWith('/amp') || lower.endsWith('/amp/');
}

/** `/\/steeringdocument\//i` */
export function isSteeringDocumentPath(lower: string): boolean {
  return lower.includes('/steeringdocument/');
}

const MEDIA_EXTENSIONS = new Set([
  'jpg',
  'jpeg',
  'png',
  'gif',
  'webp',
  'svg',
  'mp4',
  'mp3',
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'rar',
  'zip',
]);

/** `/\.(?:jpe?g|png|gif|webp|svg|mp4|mp3|pdf|docx?|xlsx?|pptx?|rar|zip)$/i` */
export function isMediaPath(lower: string): boolean {
  const dot = lower.lastIndexOf('.');
  return dot >= 0 && MEDIA_EXTENSIONS.has(lower.slice(dot + 1));
}

const SEARCH_ROOTS = ['/tim-kiem', '/search', '/ket-qua-tim-kiem'];

/** `/^\/(?:tim-kiem|search|ket-qua-tim-kiem)(?:[/.]|$)/i` */
export function isSearchPath(lower: string): boolean {
  return SEARCH_ROOTS.some((r) => {
    if (!lower.startsWith(r)) return false;
    const next = lower.charAt(r.length);
    return next === '' || next === '/' || next === '.';
  });
}

const HOME_ENDINGS = ['/trang-chu', '/trang-chu.htm', '/trang-chu.html', '/trang-chu.aspx'];

/** `/\/trang-chu(?:\.(?:html?|aspx))?\/?$/i` ("trang chủ" is Vietnamese for home page) */
export function isHomePath(lower: string): boolean {
  const p = lower.endsWith('/') ? lower.slice(0, -1) : lower;
  return HOME_ENDINGS.some((e) => p.endsWith(e));
}

/** `/^\/[a-z0-9-]+\/?$/i`: one path segment of letters, digits and hyphens. */
export function isOneSegment(lower: string): boolean {
  if (!lower.startsWith('/')) return false;
  const seg = lower.endsWith('/') ? lower.slice(1, -1) : lower.slice(1);
  // One label of a host name: letters, digits and hyphens (no dot, so a single label).
  return !seg.includes('.') && isLabels(seg);
}

/**
 * A case-insensitive expression turned into the case-sensitive one that gives the same answers on a
 * lower-cased string. A character class under the `i` flag makes its first use build case tables
 * (about 0.3 ms of the detector's first run in a page); the path is lower-cased anyway. The source
 * must name no upper-case letter outside an escape such as `\d`.
 */
export function forLowerCase(re: RegExp): RegExp {
  if (!re.flags.includes('i')) throw new Error(`forLowerCase: ${re} is already case-sensitive`);
  // A character loop, not an expression: this runs when the detector loads.
  for (let i = 0; i < re.source.length; i++) {
    const c = re.source[i]!;
    if (c === '\\') i++;
    else if (c >= 'A' && c <= 'Z') throw new Error(`forLowerCase: ${re} names an upper-case letter`);
  }
  return new RegExp(re.source, re.flags.replace('i', ''));
}
