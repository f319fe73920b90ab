/**
 * Article extraction: site profiles first (cheap, no Readability), the generic Readability
 * fallback for markup no profile knows. Never mutates the input document. One file per stage:
 * profile-path.ts, generic-path.ts, published.ts (date), furniture.ts, captions.ts, assemble.ts; the
 * page anatomy both paths read (headline, date lines, lead, credit lines) is ../anatomy/.
 */
import { classifyUrl, type Generation } from '../detect/url.ts';
import type { DetectedAnatomy } from '../detect/index.ts';
import { PROFILES, type SiteProfile } from './profiles.ts';
import type { Extraction } from './assemble.ts';
import { extractWithProfile } from './profile-path.ts';
import { extractGeneric } from './generic-path.ts';

export { parseDate, parseVietnameseDate, type ParsedDate } from './date.ts';
export { findByline, looksLikeByline, cleanAuthor } from './byline.ts';
export { buildBlocks, splitCredit } from './blocks.ts';
export { PROFILES, type SiteProfile } from './profiles.ts';
export { countWords, readingMinutes, SYLLABLES_PER_MINUTE } from './text.ts';
export { findElementByText } from '../anatomy/headline.ts';
export { baseFor, stripSourcePrefix, type Extraction } from './assemble.ts';

export interface ExtractOptions {
  /** false: generic fallback only (profiles disabled); an array: use these profiles instead. */
  profiles?: boolean | SiteProfile[];
  /** false: never run the Readability fallback. */
  fallback?: boolean;
  /** Generation from the URL (computed when omitted). */
  generation?: Generation | null;
  /** false: the generic path always runs Readability (never reads a clear body directly). */
  direct?: boolean;
  /** What detection read of this document just before (its headline and prose containers), reused. */
  anatomy?: DetectedAnatomy;
}

export { attachWrapperCaptions } from './captions.ts';
export { furnitureSkips, trailingFurnitureStart, trailingTeasersStart } from './furniture.ts';
export { extractWithProfile } from './profile-path.ts';
export {
  densestContainer,
  extractGeneric,
  labelledAuthor,
  restoreOmitted,
  sectionAfterHeadline,
  traceClone,
} from './generic-path.ts';

/**
 * Whether one of the selectors matches; null when one of them is invalid (as the list joined by commas
 * would be). Asked one by one: a simple selector is matched on a fast path, a list of them is not
 * (in Chromium a list of a few dozen class selectors costs about ten times their separate queries).
 */
function anyMatch(doc: Document, selectors: string[]): boolean | null {
  let found = false;
  const empty = doc.createDocumentFragment();
  for (const s of selectors) {
    try {
      if (found)
        empty.querySelector(s); // still parsed: one invalid selector spoils the list
      else found = !!doc.querySelector(s);
    } catch {
      return null;
    }
  }
  return found;
}

/** Whether any of the selectors matches; true when one of them is invalid (then each is tried on its own). */
function hasAny(doc: Document, selectors: string[]): boolean {
  if (!selectors.length) return false;
  return anyMatch(doc, selectors) ?? true;
}

/** Profiles that apply: markers on the page first, then the URL's generation. */
export function applicableProfiles(
  doc: Document,
  generation: Generation | null,
  profiles: SiteProfile[] = PROFILES,
): SiteProfile[] {
  const byMarker: SiteProfile[] = [];
  const byGen: SiteProfile[] = [];
  // One query for all the markers first: most pages carry none, and each query walks the whole document.
  const anyMarked = hasAny(
    doc,
    profiles.flatMap((p) => p.markers),
  );
  for (const p of profiles) {
    const marked = anyMarked && p.markers.length > 0 && anyMatch(doc, p.markers) === true;
    if (marked) byMarker.push(p);
    else if (generation && p.generations.includes(generation)) byGen.push(p);
  }
  return [...byMarker, ...byGen];
}

export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): Extraction | null {
  const generation = opts.generation !== undefined ? opts.generation : classifyUrl(url).generation;
  const list = opts.profiles === false ? [] : Array.isArray(opts.profiles) ? opts.profiles : PROFILES;
  for (const p of applicableProfiles(doc, generation, list)) {
    const r = extractWithProfile(doc, url, p);
    if (r) return r;
  }
  if (opts.fallback === false) return null;
  return extractGeneric(doc, url, { direct: opts.direct, anatomy: opts.anatomy });
}
