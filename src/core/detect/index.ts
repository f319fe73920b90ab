/**
 * Page-kind detection: URL grammar per portal generation + DOM/text signals, combined as weighted votes.
 * Neither side decides alone when they disagree; the result carries a confidence and the reasons.
 *
 * This module must stay small and free of extractor imports: the content script bundles it on every page.
 */
import type { PageKind } from '../types.ts';
import { classifyUrl, type Generation, type UrlParts, type UrlVerdict } from './url.ts';
import { cheapSignals, cheapSignalsBound } from './cheap-signals.ts';
import {
  densitySignals,
  findHeadline,
  findTitleElement,
  proseContainers,
  type Prose,
  structureSignals,
  type Vote,
} from './signals.ts';

export { classifyUrl, isPortalHost, type Generation, type UrlParts, type UrlVerdict } from './url.ts';
export { findTitleElement, dateLineLabel, inChrome, elementText } from './signals.ts';

export interface Detection {
  kind: PageKind;
  /** 0..1 */
  confidence: number;
  reasons: string[];
  /** Portal generation when the URL tells it. */
  generation: Generation | null;
  url: UrlVerdict;
}

export interface QuickDetection extends Detection {
  /** True when it is worth loading the extractor (article, or undecided with article evidence). */
  worthExtracting: boolean;
  /** Text of the title heading, when one was found. */
  title: string | null;
}

const KINDS: PageKind[] = ['article', 'listing', 'home', 'search', 'document', 'other'];

/** The votes as counted (listing evidence counts for a home or results page) and the kinds by score. */
function tally(url: UrlVerdict, votes: Vote[]): { all: Vote[]; kind: PageKind; top: number; second: number } {
  const all: Vote[] = [];
  if (url.kind) all.push({ kind: url.kind, weight: url.weight, reason: url.reason });
  // A home page and a results page are lists of teasers too: listing evidence supports them (a results
  // page is known by its URL or by a search heading/filled search field).
  const listLike =
    url.kind === 'home' || url.kind === 'search'
      ? url.kind
      : votes.some((v) => v.kind === 'search')
        ? 'search'
        : null;
  for (const v of votes) {
    if (v.kind === 'listing' && listLike)
      all.push({ ...v, kind: listLike, reason: `${v.reason}, as expected on a ${listLike} page` });
    else all.push(v);
  }
  const score = new Map<PageKind, number>(KINDS.map((k) => [k, 0]));
  for (const v of all) score.set(v.kind, (score.get(v.kind) ?? 0) + v.weight);
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [kind, top] = ranked[0] ?? ['other', 0];
  return { all, kind: top === 0 ? 'other' : kind, top, second: ranked[1]?.[1] ?? 0 };
}

function combine(url: UrlVerdict, votes: Vote[]): Detection {
  const { all, kind, top, second } = tally(url, votes);
  // Share of the evidence for the winner, damped when there is little evidence at all.
  const share = top / (top + second || 1);
  const saturation = 1 - Math.exp(-2 * top);
  const confidence = top === 0 ? 0.2 : Math.round(Math.min(1, share * saturation) * 100) / 100;
  const reasons = all
    .slice()
    .sort((a, b) => b.weight - a.weight)
    .map((v) => `${v.kind === kind ? '+' : '-'} ${v.reason} (${v.kind} ${v.weight.toFixed(2)})`);
  if (!url.kind) reasons.push(url.reason);
  return { kind, confidence, reasons, generation: url.generation, url };
}

/**
 * Cheap pre-check for the content script: URL grammar plus a few DOM queries (no full-text walk).
 * Use it on every page load to decide whether to load the reader.
 */
export function quickDetect(doc: Document, url: string): QuickDetection {
  const u = classifyUrl(url);
  if (u.excluded) return { ...combine(u, []), worthExtracting: false, title: null };
  return withTitle(doc, u, cheapSignals(doc));
}

/** quickDetect's last step: the title search, its vote, and the verdict. */
function withTitle(doc: Document, u: UrlVerdict, votes: Vote[]): QuickDetection {
  const title = findTitleElement(doc);
  if (!title) votes.push({ kind: 'listing', weight: 0.05, reason: 'DOM: no article title heading' });
  const d = combine(u, votes);
  const articleScore =
    (u.kind === 'article' ? u.weight : 0) +
    votes.filter((v) => v.kind === 'article').reduce((s, v) => s + v.weight, 0);
  const worthExtracting = d.kind === 'article' || (articleScore > 0 && d.confidence < 0.75 && !!title);
  const titleText = title ? (title.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
  return { ...d, worthExtracting, title: titleText };
}

/**
 * quickDetect for the detector's check on every page load, at less cost where the page cannot be an
 * article: null, without the title search (the dearest part of a first run), when the URL and the
 * cheap signals do not already make "article" the winning kind. A missing title only adds listing
 * evidence, so it can turn an article into a listing but never make an article of anything else.
 * Otherwise quickDetect's own result, from the same reading.
 */
export function quickDetectArticle(doc: Document, url: string | UrlParts): QuickDetection | null {
  const u = classifyUrl(url);
  if (u.excluded) return null;
  // Where the URL does not already say "article": first from element counts alone (no element
  // read), then from the signals themselves.
  if (u.kind !== 'article' && tally(u, cheapSignalsBound(doc)).kind !== 'article') return null;
  const votes = cheapSignals(doc);
  if (tally(u, votes).kind !== 'article') return null;
  return withTitle(doc, u, votes);
}

/**
 * What full detection read of the page's anatomy, for the extractor to reuse on the same document in
 * the same turn (analysePage): the headline, and the prose containers when the density walk ran.
 */
export interface DetectedAnatomy {
  headline: Element | null;
  prose: Map<Element, Prose> | null;
}

/**
 * Full detection: URL + cheap DOM signals + structure and date-line signals, then text density
 * (one walk over the paragraphs) unless the evidence is already decisive and unopposed.
 */
export function detectPage(doc: Document, url: string, opts: { alwaysDensity?: boolean } = {}): Detection {
  return detectWithAnatomy(doc, url, opts).detection;
}

/** detectPage, with the anatomy it read. */
export function detectWithAnatomy(
  doc: Document,
  url: string,
  opts: { alwaysDensity?: boolean } = {},
): { detection: Detection; anatomy: DetectedAnatomy } {
  const u = classifyUrl(url);
  if (u.excluded) return { detection: combine(u, []), anatomy: { headline: null, prose: null } };
  const title = findHeadline(doc);
  const { votes, dated } = structureSignals(doc, title);
  const first = [...cheapSignals(doc), ...votes];
  const pre = combine(u, first);
  if (!opts.alwaysDensity && pre.confidence >= 0.85 && first.every((v) => v.kind === pre.kind)) {
    const reasons = [...pre.reasons, 'Text density: not needed (decisive, unopposed evidence)'];
    return { detection: { ...pre, reasons }, anatomy: { headline: title, prose: null } };
  }
  const prose = proseContainers(doc);
  return {
    detection: combine(u, [...first, ...densitySignals(doc, title, dated, prose)]),
    anatomy: { headline: title, prose },
  };
}
