/** Page metadata: meta tags and JSON-LD, read defensively. */
import { firstMatch } from '../anatomy/dom.ts';
import { norm } from './text.ts';

export interface PageMeta {
  title: string | null;
  siteName: string | null;
  published: string | null;
  author: string | null;
}

/** `[itemprop="…"][datetime]`: one attribute's value, then another attribute present. */
const ATTR_PAIR_RE = /^(\[[\w-]+="[^"\\]*"\])\[([\w-]+)\]$/;

function metaContent(doc: Document, selectors: string[]): string | null {
  // Elements carrying `[a="v"]`, queried once for all the selectors that add an attribute to it.
  const carrying = new Map<string, Element[]>();
  for (const s of selectors) {
    const pair = ATTR_PAIR_RE.exec(s);
    let el: Element | null;
    if (pair) {
      const [, base = '', attr = ''] = pair;
      let list = carrying.get(base);
      if (!list) carrying.set(base, (list = Array.from(doc.querySelectorAll(base))));
      el = list.find((e) => e.hasAttribute(attr)) ?? null;
    } else el = firstMatch(doc, s);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
    if (v && v.trim()) return v.trim();
  }
  return null;
}

interface JsonLdHit {
  published: string | null;
  author: string | null;
  headline: string | null;
}

function walkJsonLd(node: unknown, hit: JsonLdHit, depth = 0): void {
  if (!node || typeof node !== 'object' || depth > 6) return;
  if (Array.isArray(node)) {
    for (const n of node) walkJsonLd(n, hit, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  const type = String(o['@type'] ?? '');
  if (/Article|BlogPosting|NewsArticle|Report/i.test(type)) {
    if (!hit.published && typeof o.datePublished === 'string') hit.published = o.datePublished;
    if (!hit.headline && typeof o.headline === 'string') hit.headline = o.headline;
    if (!hit.author) {
      const a = Array.isArray(o.author) ? o.author[0] : o.author;
      if (typeof a === 'string') hit.author = a;
      else if (a && typeof a === 'object' && typeof (a as Record<string, unknown>).name === 'string')
        hit.author = (a as { name: string }).name;
    }
  }
  if (o['@graph']) walkJsonLd(o['@graph'], hit, depth + 1);
}

export function readMeta(doc: Document): PageMeta {
  const hit: JsonLdHit = { published: null, author: null, headline: null };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 6)) {
    try {
      walkJsonLd(JSON.parse(s.textContent ?? ''), hit);
    } catch {
      /* malformed JSON-LD is common; ignore */
    }
  }
  return {
    title:
      norm(metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? hit.headline) ||
      null,
    siteName:
      norm(metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]'])) || null,
    published:
      metaContent(doc, [
        'meta[property="article:published_time"]',
        'meta[property="og:published_time"]',
        'meta[itemprop="datePublished"]',
        // schema.org microdata on the visible element (WordPress themes: <time itemprop="datePublished" datetime>).
        '[itemprop="datePublished"][datetime]',
        '[itemprop="datePublished"][content]',
        'meta[name="pubdate"]',
        'meta[name="publishdate"]',
        'meta[name="dc.date"]',
        'meta[name="DC.date.issued"]',
      ]) ?? hit.published,
    author:
      norm(metaContent(doc, ['meta[name="author"]', 'meta[property="article:author"]']) ?? hit.author) ||
      null,
  };
}

const SITE_PART_RE =
  /^(?:cổng\s+(?:thông\s+tin|tin\s+tức)|trang\s+thông\s+tin|ubnd|ủy\s+ban)|^[^\d]{0,40}(?:hải\s+phòng|haiphong)[^\d]{0,10}$/iu;

/** Document title without the site name ("Cổng thông tin … - Title", "Title | Hải Phòng"). */
export function documentTitle(doc: Document, siteName?: string | null): string | null {
  const t = norm(doc.title);
  if (!t) return null;
  const parts = t.split(/\s+([-|–—»:])\s+/);
  // parts: [text, sep, text, sep, text …]; drop site-name parts at either end.
  const isSite = (p: string) =>
    SITE_PART_RE.test(p) || (!!siteName && p.toLowerCase() === siteName.toLowerCase());
  while (parts.length >= 3 && isSite(parts[0] ?? '')) parts.splice(0, 2);
  while (parts.length >= 3 && isSite(parts.at(-1) ?? '')) parts.splice(-2, 2);
  return parts.join(' ').replace(/\s+([-|–—»:])\s+/g, ' $1 ') || t;
}
