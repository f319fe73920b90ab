/**
 * Extraction stage "date": which date of the page is the publication date — meta tags, the profile's
 * date elements, the date lines around the headline (anatomy/dateline.ts: one vocabulary with detection),
 * a <time> element, then a labelled line anywhere; a modification time only as a last resort.
 */
import { boundedText, inChrome } from '../anatomy/dom.ts';
import { dateLineLabel, datePieces, LABELLED_DATE_RE, textsAroundTitle } from '../anatomy/dateline.ts';
import { inTeaser } from '../detect/signals.ts';
import { parseDate, type ParsedDate } from './date.ts';
import type { PageMeta } from './meta.ts';
import { norm } from './text.ts';

function dateFromElement(el: Element): ParsedDate | null {
  const attr = el.getAttribute('content') ?? el.getAttribute('datetime');
  return (attr ? parseDate(attr) : null) ?? parseDate(norm(el.textContent).slice(0, 200));
}

type DateCandidate = ParsedDate & { modified?: boolean };

/** The dates a text gives, piece by piece (rule "date line vocabulary": modification times flagged). */
function* datesOfLine(t: string): Generator<DateCandidate> {
  for (const piece of datePieces(t)) {
    const p = parseDate(piece.text);
    if (p) yield { ...p, modified: piece.modified };
  }
}

function* dateCandidates(
  doc: Document,
  meta: PageMeta,
  titleEl: Element | null,
  selectors: string[],
): Generator<DateCandidate> {
  if (meta.published) {
    const p = parseDate(meta.published);
    if (p) yield p;
  }
  for (const s of selectors) {
    let els: Element[];
    try {
      els = Array.from(doc.querySelectorAll(s)).slice(0, 5);
    } catch {
      continue;
    }
    // The first one that is not a teaser's date (inside a list item of a related list).
    const el = els.find((e) => !inListItem(e));
    const p = el && dateFromElement(el);
    if (p) yield p;
  }
  if (titleEl) {
    for (const t of textsAroundTitle(titleEl)) {
      if (dateLineLabel(t)) yield* datesOfLine(t);
    }
  }
  for (const time of Array.from(doc.querySelectorAll('time[datetime]')).slice(0, 5)) {
    if (inListItem(time) || inTeaser(time, titleEl)) continue;
    // A modification time ("time.updated", itemprop=dateModified) is not the publication date.
    const cls = `${time.getAttribute('class') ?? ''} ${time.getAttribute('itemprop') ?? ''}`;
    if (
      /(?:^|\s)(?:updated|dateModified|modified)(?:\s|$)/i.test(cls) &&
      !/(?:^|\s)(?:published|datePublished)(?:\s|$)/i.test(cls)
    )
      continue;
    const p = dateFromElement(time);
    if (p) yield p;
    break;
  }
  // Last resort: a labelled date line anywhere outside chrome and teasers ("Ngày đăng: … | Lượt xem"
  // under the body, "Cập nhật lúc …" in a side box of the article).
  const els = doc.body ? doc.body.getElementsByTagName('*') : [];
  for (let i = 0; i < els.length && i < 5000; i++) {
    const el = els[i];
    if (!el) continue;
    const first = el.firstChild;
    if (!first || first.nodeType !== 3 || !/\S/.test((first as Text).data)) continue;
    const t = boundedText(el, 120);
    if (!t || !LABELLED_DATE_RE.test(t) || inChrome(el) || inListItem(el) || inTeaser(el, titleEl)) continue;
    let any = false;
    for (const p of datesOfLine(t)) {
      any = true;
      yield p;
    }
    if (any) return;
  }
}

function inListItem(el: Element): boolean {
  for (let n = el.parentElement, i = 0; n && i < 6; n = n.parentElement, i++)
    if (n.tagName === 'LI') return true;
  return false;
}

/**
 * Meta tags first, then the profile's date elements, then date lines around the title; the first with
 * a time wins, else the first date; a modification time ("Cập nhật") only when nothing else is found.
 */
export function pickPublished(
  doc: Document,
  meta: PageMeta,
  titleEl: Element | null,
  selectors: string[],
): ParsedDate | null {
  let dateOnly: ParsedDate | null = null;
  let modified: ParsedDate | null = null;
  for (const c of dateCandidates(doc, meta, titleEl, selectors)) {
    const { modified: isModified, ...p } = c;
    if (isModified) modified ??= p;
    else if (p.hasTime) return p;
    else dateOnly ??= p;
  }
  return dateOnly ?? modified;
}

export function dateNotes(p: ParsedDate | null): string[] {
  if (!p) return ['no publication date found'];
  return p.weekdayMismatch
    ? [`the weekday printed next to ${p.iso.slice(0, 10)} is wrong (the digits were kept)`]
    : [];
}
