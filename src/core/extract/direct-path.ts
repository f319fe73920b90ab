/**
 * Extraction path "direct": the generic path without Readability when the page's anatomy leaves no
 * doubt — a headline, then, after at most short lines (date line, lead, breadcrumbs, an image with its
 * caption), one container holding most of the page's prose. Readability would score the same
 * paragraphs and pick the same container; reading it directly saves cloning the whole page and
 * Readability's own passes. When any of the evidence is missing, the caller runs Readability.
 */
import { boundedText, inChrome, type ChromeCache } from '../anatomy/dom.ts';
import type { Prose } from '../detect/signals.ts';

/** The container needs at least this many long paragraphs and characters of them. */
const MIN_PARAGRAPHS = 3;
const MIN_PROSE_CHARS = 500;
/** Its share of all the prose on the page (comments, teasers with sapos and static boxes count too). */
const MIN_SHARE = 0.6;
/** Text allowed between the headline and the container (date line, lead, captions, breadcrumbs, share bar). */
const MAX_GAP_CHARS = 2000;
const MAX_GAP_ELEMENTS = 400;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const CONTAINS = 8; // Node.DOCUMENT_POSITION_CONTAINS

function nextAfter(el: Element): Element | null {
  for (let n: Element | null = el; n; n = n.parentElement)
    if (n.nextElementSibling) return n.nextElementSibling;
  return null;
}

/** A line of at most this many characters between the headline and the body is not prose (date, breadcrumb, caption). */
const SHORT_LINE = 100;

export interface Gap {
  /** Characters of text between the headline and the body. */
  chars: number;
  /** Image boxes there (a lead photo between the headline and the body), outside the lead's box. */
  images: Element[];
}

/**
 * What lies between the end of `from` (the headline) and the start of `to` (the body) in document
 * order: null when it holds prose other than the lead (a paragraph of more than a short line: then the
 * body starts earlier than `to`) or more than `max` characters in all.
 */
export function gapBetween(from: Element, to: Element, lead: Element | null, max: number): Gap | null {
  const gap: Gap = { chars: 0, images: [] };
  let el = nextAfter(from);
  for (let seen = 0; el && seen < MAX_GAP_ELEMENTS; seen++) {
    if (el === to) return gap;
    if (el.contains(to)) {
      el = el.firstElementChild;
      continue;
    }
    if (lead && el === lead) {
      el = nextAfter(el);
      continue;
    }
    const t = boundedText(el, max - gap.chars);
    if (t === null) return null;
    if (t.length > SHORT_LINE || (lead && el.contains(lead))) {
      // A box of several lines (the lead's box, a date line beside share buttons): look at its lines.
      if (!el.firstElementChild) return null;
      el = el.firstElementChild;
      continue;
    }
    gap.chars += t.length;
    if (el.querySelector('img, amp-img, picture')) gap.images.push(el);
    el = nextAfter(el);
  }
  return null;
}

/**
 * Rule "clear body": the container with the most prose (see proseContainers) when it has at least
 * three long paragraphs, holds most of the page's prose (the lead's box and the chrome left aside), sits outside the chrome, and follows the
 * headline with only the lead and short lines between them. Null when any of that fails (then
 * Readability decides).
 */
export function clearBody(
  headline: Element,
  prose: Map<Element, Prose>,
  lead: Element | null,
): { body: Element; gap: Gap } | null {
  let best: Element | null = null;
  let top: Prose = { n: 0, chars: 0 };
  let total = 0;
  const chrome: ChromeCache = new Map();
  for (const [el, p] of prose) {
    // The lead's box belongs to the article, and prose in the chrome (a footer's address) competes with nothing.
    if ((lead && (el.contains(lead) || lead.contains(el))) || inChrome(el, chrome)) continue;
    total += p.chars;
    if (p.chars > top.chars) {
      best = el;
      top = p;
    }
  }
  if (!best || top.n < MIN_PARAGRAPHS || top.chars < MIN_PROSE_CHARS || top.chars < total * MIN_SHARE)
    return null;
  if (best.tagName === 'BODY' || best.tagName === 'HTML') return null;
  const pos = headline.compareDocumentPosition(best);
  // After the headline, neither inside it nor around it.
  if (!(pos & FOLLOWING) || pos & CONTAINS || headline.contains(best)) return null;
  const gap = gapBetween(headline, best, lead, MAX_GAP_CHARS);
  return gap && { body: best, gap };
}
