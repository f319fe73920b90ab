/** Extraction path "profile": a known CMS's selectors for body, title, lead, date and author (profiles.ts). */
import { elementText, inChrome } from '../anatomy/dom.ts';
import {
  findTitleElement,
  isLinkHeading,
  isSiteName,
  matchesOwnTitle,
  ownTitleElement,
  ownTitles,
  pickTitleCandidate,
} from '../anatomy/headline.ts';
import { creditLinesAfter, lastText } from '../anatomy/credits.ts';
import { buildBlocks, visibleText } from './blocks.ts';
import { cleanAuthor, looksLikeByline } from './byline.ts';
import { documentTitle, type PageMeta, readMeta } from './meta.ts';
import { COMMON_REMOVE, GENERIC_CAPTIONS, type SiteProfile } from './profiles.ts';
import { norm } from './text.ts';
import { dateNotes, pickPublished } from './published.ts';
import { furnitureSkips } from './furniture.ts';
import { attachWrapperCaptions } from './captions.ts';
import { assemble, baseFor, describeEl, leadText, type Extraction } from './assemble.ts';

function firstEl(doc: Document | Element, selectors: string[], minText = 1): Element | null {
  for (const s of selectors) {
    let els: Element[];
    try {
      els = Array.from(doc.querySelectorAll(s));
    } catch {
      continue;
    }
    for (const el of els) {
      if (minText > 1 || el.tagName !== 'META') {
        if ((el.textContent ?? '').trim().length >= minText) return el;
      } else if (el.getAttribute('content')) return el;
    }
  }
  return null;
}

function pickTitle(
  doc: Document,
  selectors: string[],
  meta: PageMeta,
): { title: string; el: Element | null } {
  // The profile's candidates (teaser links skipped), preferring the one that repeats the page's own
  // title; a generic heading that repeats it beats an unmatched profile candidate.
  const prof = pickTitleCandidate(
    doc,
    selectors,
    (el, t) => t.length >= 8 && t.length <= 400 && !inChrome(el) && !isSiteName(t) && !isLinkHeading(el),
  );
  let el = prof.el;
  if (!prof.matched) {
    const gen = findTitleElement(doc);
    if (gen && (!el || matchesOwnTitle(elementText(gen), ownTitles(doc)))) el = gen;
  }
  // No heading: the element showing the page's own title (a div title), so the date line next to it is found.
  el ??= ownTitleElement(doc);
  if (el) return { title: norm(visibleText(el)), el };
  return { title: meta.title ?? documentTitle(doc) ?? '', el: null };
}

function authorFromElement(doc: Document, selectors: string[]): string | null {
  const el = firstEl(doc, selectors);
  if (!el) return null;
  const t = norm(el.textContent);
  return looksLikeByline(t, true) ?? cleanAuthor(t.replace(/^(?:tác\s*giả|người\s*viết)\s*:\s*/iu, ''));
}

/** Extraction with one site profile; null when the profile's body is not on the page. */
export function extractWithProfile(doc: Document, url: string, p: SiteProfile): Extraction | null {
  const body = firstEl(doc, p.body, 150);
  if (!body) return null;
  const meta = readMeta(doc);
  const { title, el: titleEl } = pickTitle(doc, p.title, meta);
  if (!title) return null;
  // Furniture inside the body is skipped while building (no clone, one selector pass).
  const skip = collectSkip(body, [
    ...COMMON_REMOVE,
    ...p.remove,
    ...p.sapo,
    ...p.title,
    ...p.author,
    ...p.date.filter((s) => !s.startsWith('meta')),
  ]);
  for (const e of furnitureSkips(body)) skip.add(e);
  const built = attachWrapperCaptions(
    doc,
    buildBlocks(body, {
      baseUrl: baseFor(doc, url),
      title,
      captionSelectors: [...p.caption, ...GENERIC_CAPTIONS],
      skip,
    }),
    baseFor(doc, url),
  );
  const sapoEl = firstEl(doc, p.sapo, 20);
  const published = pickPublished(doc, meta, titleEl, p.date);
  const article = assemble({
    doc,
    url,
    meta,
    title,
    published: published?.iso ?? null,
    sapo: sapoEl ? norm(visibleText(sapoEl)) : leadText(titleEl),
    blocks: built.blocks,
    hints: built.hints,
    authorFromPage: authorFromElement(doc, p.author),
    authorFallback: cleanAuthor(meta.author),
    creditLines: creditLinesAfter(lastText(body) ?? body),
  });
  if (!article) return null;
  const notes = [`profile ${p.id}: body ${describeEl(body)}`, ...dateNotes(published)];
  if (built.stoppedAt) notes.push(`body cut at "${built.stoppedAt}"`);
  return { article, method: 'profile', profile: p.id, notes };
}

function collectSkip(root: Element, selectors: string[]): Set<Element> {
  try {
    return new Set(Array.from(root.querySelectorAll(selectors.join(', '))));
  } catch {
    // One bad selector must not spoil the others.
    const set = new Set<Element>();
    for (const sel of selectors) {
      try {
        for (const e of Array.from(root.querySelectorAll(sel))) set.add(e);
      } catch {
        /* skip it */
      }
    }
    return set;
  }
}
