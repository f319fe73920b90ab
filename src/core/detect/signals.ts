/**
 * DOM and text signals for page-kind detection. Read-only; no imports from the extractor.
 * `cheapSignals` costs a handful of querySelector calls (content script, every page load);
 * `textSignals` walks paragraphs once (only when a decision is needed).
 */
import type { PageKind } from '../types.ts';

export interface Vote {
  kind: PageKind;
  weight: number;
  reason: string;
}

/** Ancestors that hold site chrome rather than content. */
const CHROME_RE = /(?:^|[\s_-])(?:logo|banner|brand|site-?name|site-?title|navbar|topbar|menu|breadcrumbs?|footer|sidebar)(?:$|[\s_-])/i;
/** Text of a site-name heading, not an article title. */
const SITE_NAME_RE = /^(?:cổng\s+(?:thông\s+tin|tin\s+tức)|trang\s+thông\s+tin|cổng\s+ttđt|ubnd\s|ủy\s+ban\s+nhân\s+dân)/i;

/** Known title containers across generations, tried before a bare h1. */
const TITLE_SELECTORS = [
  '.ArticleHeader',
  '.divDetail_Title',
  '.amp-wp-title',
  'h1.entry-title',
  '.entry-title',
  '.news-detail-title',
  '.detail-title',
  '.title-detail',
  '.news-title',
  '.post-title',
  'article h1',
  'h1',
];

/** A heading that is a teaser link ("<h3><a>Headline</a></h3>"), not a page title. */
function isLinkHeading(el: Element): boolean {
  const a = el.querySelector('a');
  return !!a && elementText(a).length >= elementText(el).length * 0.8;
}

export function elementText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** True when an element sits in header/nav/footer-like chrome. Walks ancestors; no combinator matching. */
export function inChrome(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    const tag = n.tagName;
    if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE') return true;
    if (tag === 'BODY') return false;
    const cls = `${n.getAttribute('class') ?? ''} ${n.getAttribute('id') ?? ''}`;
    if (cls.trim() && CHROME_RE.test(cls)) return true;
  }
  return false;
}

/** The element holding the article title, if any; skips site-name headings and chrome. */
export function findTitleElement(doc: Document): Element | null {
  for (const sel of TITLE_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      const t = elementText(el);
      if (t.length < 8 || t.length > 400) continue;
      if (SITE_NAME_RE.test(t)) continue;
      if (inChrome(el) || isLinkHeading(el)) continue;
      return el;
    }
  }
  // Last resort: the first h2 that is neither chrome nor a teaser link.
  for (const el of Array.from(doc.querySelectorAll('h2'))) {
    const t = elementText(el);
    if (t.length < 20 || t.length > 400 || SITE_NAME_RE.test(t) || inChrome(el) || isLinkHeading(el)) continue;
    return el;
  }
  return null;
}

// ---- date lines (detection only needs "is there one", the extractor parses) ----

const D = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`;
const T = String.raw`\d{1,2}\s*[:h]\s*\d{2}`;
const WEEKDAY = String.raw`(?:Thứ\s*(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\s*nhật|CN)`;
export const DATE_LINE_PATTERNS: { re: RegExp; label: string }[] = [
  { re: new RegExp(String.raw`^\s*Print\s+${WEEKDAY}\s*,?\s*${D}`, 'i'), label: '"Print <weekday>, dd/mm/yyyy HH:MM" line' },
  { re: new RegExp(String.raw`Thời\s*gian\s*:?\s*${D}`, 'i'), label: '"Thời gian: dd/mm/yyyy HH:MM" line' },
  { re: new RegExp(String.raw`(?:Ngày\s*(?:đăng|cập\s*nhật|ban\s*hành)?\s*:|(?:Cập\s*nhật|Đăng|Xuất\s*bản)\s*(?:ngày|lúc)?\s*:?)\s*(?:${T}\s*(?:ngày\s*)?)?${D}`, 'i'), label: 'labelled date line' },
  { re: new RegExp(String.raw`${WEEKDAY}\s*,?\s*(?:ngày\s*)?${D}`, 'i'), label: 'weekday date line' },
  { re: new RegExp(String.raw`${D}\s*[-|,]?\s*${T}`), label: '"dd/mm/yyyy - HH:MM" date line' },
  { re: new RegExp(String.raw`^\s*${T}\s*(?:[-|,]|ngày)?\s*${D}`, 'i'), label: '"HH:MM dd/mm/yyyy" date line' },
  { re: new RegExp(String.raw`^\s*(?:${T}\s*[-|,]?\s*)?${D}\s*$`), label: 'bare date line' },
  { re: /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/i, label: '"ngày dd tháng mm năm yyyy" line' },
];

export function dateLineLabel(text: string): string | null {
  if (text.length > 200) return null;
  for (const p of DATE_LINE_PATTERNS) if (p.re.test(text)) return p.label;
  return null;
}

/** Short texts around the title: siblings of the title, its parent and grandparent. */
export function textsAroundTitle(title: Element, maxEach = 250): string[] {
  const out: string[] = [];
  let node: Element | null = title;
  for (let level = 0; level < 3 && node && node.tagName !== 'BODY'; level++) {
    let prev = node.previousElementSibling;
    for (let i = 0; i < 3 && prev; i++, prev = prev.previousElementSibling) {
      const t = elementText(prev);
      if (t && t.length <= maxEach) out.push(t);
    }
    let next = node.nextElementSibling;
    for (let i = 0; i < 4 && next; i++, next = next.nextElementSibling) {
      const t = elementText(next);
      if (t && t.length <= maxEach) out.push(t);
      else if (t) {
        // A long sibling (the body): its first short child may be the date line (WordPress "Print …").
        const first = next.firstElementChild;
        const ft = elementText(first);
        if (ft && ft.length <= maxEach) out.push(ft);
        break;
      }
    }
    node = node.parentElement;
  }
  return out;
}

// ---- cheap signals ----

const PAGINATION_MARKERS = ['ArticleInMenuPagination', 'UIArticleInMenu'];
const PAGINATION_RE = /maxPage\s*=\s*parseInt\(|article_category_id\s*:/;
const ARTICLE_MARKERS =
  '.divDetail_DateCreate, .ArticleContent, .ArticleSummary, .PostDate, .entry-content, article.post, .amp-wp-article, .amp-wp-article-content, .single-post, .post-content, .detail-content, .news-content, #news-content';
const JSONLD_ARTICLE_RE = /"@type"\s*:\s*"(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle)"/;
const JSONLD_LISTING_RE = /"@type"\s*:\s*"(?:CollectionPage|SearchResultsPage|ItemList)"/;

export function hasPaginationScript(doc: Document): boolean {
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i];
    if (s.hasAttribute('src')) continue;
    const t = s.textContent ?? '';
    if (PAGINATION_MARKERS.some((m) => t.includes(m)) || PAGINATION_RE.test(t)) return true;
  }
  return false;
}

/** A few querySelector calls: safe for every page load. */
export function cheapSignals(doc: Document): Vote[] {
  const votes: Vote[] = [];
  if (hasPaginationScript(doc)) {
    votes.push({ kind: 'listing', weight: 0.9, reason: 'DOM: listing pagination script (ArticleInMenuPagination / maxPage)' });
  }
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') votes.push({ kind: 'article', weight: 0.3, reason: 'DOM: og:type=article' });
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 4)) {
    const t = s.textContent ?? '';
    if (JSONLD_ARTICLE_RE.test(t)) {
      votes.push({ kind: 'article', weight: 0.35, reason: 'DOM: JSON-LD NewsArticle/Article' });
      break;
    }
    if (JSONLD_LISTING_RE.test(t)) {
      votes.push({ kind: 'listing', weight: 0.3, reason: 'DOM: JSON-LD CollectionPage/ItemList' });
      break;
    }
  }
  if (doc.querySelector('meta[property="article:published_time"], meta[itemprop="datePublished"]')) {
    votes.push({ kind: 'article', weight: 0.2, reason: 'DOM: article:published_time meta' });
  }
  const marker = doc.querySelector(ARTICLE_MARKERS);
  if (marker && (marker.textContent ?? '').length > 200) {
    votes.push({ kind: 'article', weight: 0.2, reason: `DOM: article container ${describe(marker)}` });
  }
  return votes;
}

export function describe(el: Element): string {
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return `${el.tagName.toLowerCase()}${id ? '#' + id : ''}${cls ? '.' + cls : ''}`;
}

// ---- text signals (one walk over paragraphs) ----

export interface Density {
  /** Long paragraphs (≥ 100 chars, outside links) in the densest container. */
  bestParagraphs: number;
  /** Characters of long paragraphs in the densest container. */
  bestChars: number;
  /** Teaser links: links whose text looks like a headline (≥ 25 chars), outside nav/footer. */
  teaserLinks: number;
}

export function textDensity(doc: Document): Density {
  const byParent = new Map<Element, { n: number; chars: number }>();
  const candidates = doc.body ? doc.body.querySelectorAll('p, div, td, li') : [];
  for (const el of Array.from(candidates)) {
    const tag = el.tagName;
    if (tag !== 'P') {
      // Only leaf-ish blocks: a div/td/li holding text directly, not other blocks.
      if (el.querySelector('p, div, table, ul, ol, li')) continue;
    }
    const t = el.textContent ?? '';
    if (t.length < 100) continue;
    const linkChars = Array.from(el.getElementsByTagName('a')).reduce((s, a) => s + (a.textContent ?? '').length, 0);
    if (linkChars > t.length * 0.5) continue;
    const parent = el.parentElement;
    if (!parent) continue;
    const e = byParent.get(parent) ?? { n: 0, chars: 0 };
    e.n++;
    e.chars += t.trim().length;
    byParent.set(parent, e);
  }
  let bestParagraphs = 0;
  let bestChars = 0;
  for (const v of byParent.values()) {
    if (v.chars > bestChars) {
      bestChars = v.chars;
      bestParagraphs = v.n;
    }
  }
  let teaserLinks = 0;
  const seen = new Set<string>();
  for (const a of Array.from(doc.getElementsByTagName('a'))) {
    const t = elementText(a);
    if (t.length < 25 || t.length > 300) continue;
    const href = a.getAttribute('href') ?? '';
    if (!href || href.startsWith('#') || seen.has(href)) continue;
    if (inChrome(a)) continue;
    seen.add(href);
    teaserLinks++;
  }
  return { bestParagraphs, bestChars, teaserLinks };
}

const SEARCH_HEADING_RE = /kết quả tìm kiếm|tìm thấy\s+\d+\s+kết quả|search results/i;
const DOCUMENT_LABEL_RE = /(?:số\s*(?:ký\s*hiệu|hiệu)|ngày\s*ban\s*hành|trích\s*yếu|cơ\s*quan\s*ban\s*hành|loại\s*văn\s*bản|người\s*ký)/gi;

export function textSignals(doc: Document, title: Element | null): Vote[] {
  const votes: Vote[] = [];
  // Search-result headings.
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3, .search-result, .ketqua'))) {
    if (SEARCH_HEADING_RE.test(elementText(h).slice(0, 200))) {
      votes.push({ kind: 'search', weight: 0.5, reason: `DOM: search heading "${elementText(h).slice(0, 40)}"` });
      break;
    }
  }
  // Document (legal text) metadata table.
  const tables = Array.from(doc.querySelectorAll('table, dl, .document-info, .vanban-info')).slice(0, 20);
  for (const t of tables) {
    const labels = new Set((elementText(t).slice(0, 3000).match(DOCUMENT_LABEL_RE) ?? []).map((s) => s.toLowerCase().replace(/\s+/g, ' ')));
    if (labels.size >= 3) {
      votes.push({ kind: 'document', weight: 0.5, reason: `DOM: legal-document fields (${[...labels].slice(0, 3).join(', ')})` });
      break;
    }
  }
  // Date line near the title.
  let dated = false;
  const dateEl = doc.querySelector('.divDetail_DateCreate, .PostDate, time[datetime], .post-date, .entry-date');
  if (dateEl && /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}/.test(elementText(dateEl) + (dateEl.getAttribute('datetime') ?? ''))) {
    dated = true;
    votes.push({ kind: 'article', weight: 0.3, reason: `DOM: date element ${describe(dateEl)}` });
  }
  if (title && !dated) {
    for (const t of textsAroundTitle(title)) {
      const label = dateLineLabel(t);
      if (label) {
        dated = true;
        votes.push({ kind: 'article', weight: 0.3, reason: `Text: ${label} next to the title` });
        break;
      }
    }
  }
  const d = textDensity(doc);
  if (d.bestParagraphs >= 3 && d.bestChars >= 700) {
    if (dated || title) {
      votes.push({ kind: 'article', weight: dated ? 0.3 : 0.15, reason: `Text: ${d.bestParagraphs} long paragraphs (${d.bestChars} chars) in one container` });
    }
    if (!dated) votes.push({ kind: 'other', weight: 0.4, reason: 'Text: long text but no date line (static page)' });
  } else if (d.teaserLinks >= 8) {
    votes.push({ kind: 'listing', weight: 0.35, reason: `Text: ${d.teaserLinks} headline links and no dense text block` });
  } else {
    votes.push({ kind: 'other', weight: 0.15, reason: 'Text: little text, no dense block' });
  }
  if (!title) votes.push({ kind: 'listing', weight: 0.05, reason: 'DOM: no article title heading' });
  return votes;
}
