/**
 * Extraction stage "assembly": the Article from a reading of the body — trailing furniture and teasers
 * cut, the byline (with the credit lines after the body, the CMS uploader field dropped), the lead shown
 * first and once, a source marker stripped, then text, images, word count and the canonical source.
 * Also what both reading paths share (result types, the lead as text, the base URL).
 */
import type { Article, ArticleImage, Block } from '../types.ts';
import { textLayout } from '../article-text.ts';
import type { CreditLine } from '../anatomy/credits.ts';
import { findLead } from '../anatomy/lead.ts';
import { type BlockHint, inlinesText, visibleText } from './blocks.ts';
import { findByline, isCmsAccountLine, looksLikeByline } from './byline.ts';
import type { PageMeta } from './meta.ts';
import { portalName } from './profiles.ts';
import { canonicalUrl } from '../share/canonical.ts';
import { countWords, norm, readingMinutes } from './text.ts';
import { trailingFurnitureStart, trailingTeasersStart } from './furniture.ts';

export interface Extraction {
  article: Article;
  method: 'profile' | 'generic';
  profile: string | null;
  notes: string[];
}

export const MIN_BODY_CHARS = 200;
const SOURCE_PREFIX_RE =
  /^\(\s*(?:[\w-]+(?:\.[\w-]+)*\.(?:gov\.vn|vn|com|net)|Cổng\s+[^()]{2,40}|TTXVN|HPO)\s*\)\s*[-–—:]*\s*/iu;

/** Strip a leading "(Haiphong.gov.vn) –" source marker. */
export function stripSourcePrefix(s: string): string {
  return s.replace(SOURCE_PREFIX_RE, '');
}

interface Assembled {
  doc: Document;
  url: string;
  meta: PageMeta;
  title: string;
  published: string | null;
  sapo: string | null;
  blocks: Block[];
  hints: BlockHint[];
  authorFromPage: string | null;
  authorFallback: string | null;
  /** Short lines the page prints right after the body (writer, uploader field), judged with its last lines. */
  creditLines?: CreditLine[];
  /** Minimum body length (a dated notice under its headline may be one line). */
  minChars?: number;
}

function boldShare(b: Block): number {
  if (b.type !== 'paragraph') return 0;
  let bold = 0;
  let total = 0;
  for (const i of b.inlines) {
    const n = i.text.trim().length;
    total += n;
    if (i.type === 'text' && i.bold) bold += n;
  }
  return total ? bold / total : 0;
}

/** Credit lines as paragraph blocks, from the first one that is a name or an account on (lines the body already ends with skipped). */
function creditBlocks(lines: CreditLine[], body: Block[]): { blocks: Block[]; hints: BlockHint[] } {
  const tail = new Set(
    body.slice(-4).map((b) => (b.type === 'paragraph' ? norm(inlinesText(b.inlines)) : '')),
  );
  const blocks: Block[] = [];
  const hints: BlockHint[] = [];
  for (const l of lines) {
    if (tail.has(l.text)) continue;
    if (!looksLikeByline(l.text, l.strong || l.right) && !isCmsAccountLine(l.text)) break;
    blocks.push({
      type: 'paragraph',
      inlines: [{ type: 'text', text: l.text, ...(l.strong ? { bold: true } : {}) }],
    });
    hints.push({ right: l.right, authorClass: false });
  }
  return { blocks, hints };
}

export function assemble(a: Assembled): Article | null {
  let blocks = a.blocks.slice();
  let hints = a.hints.slice();
  let sapo = a.sapo ? stripSourcePrefix(norm(a.sapo)) || null : null;

  let end = trailingFurnitureStart(blocks);
  if (end < 0) end = blocks.length;
  end = trailingTeasersStart(blocks.slice(0, end));
  if (end < blocks.length) {
    blocks = blocks.slice(0, end);
    hints = hints.slice(0, end);
  }

  // Author: explicit element, else the byline rules on the body's tail (with the credit lines printed
  // after the body), else metadata. The credit lines never become body text.
  let author = a.authorFromPage;
  const bodyEnd = blocks.length;
  const credits = creditBlocks(a.creditLines ?? [], blocks);
  blocks.push(...credits.blocks);
  hints.push(...credits.hints);
  const by = findByline(blocks, hints);
  const drop = new Set<number>();
  if (by) {
    // The CMS's uploader field is neither the author nor body text.
    if (by.cmsField !== undefined) drop.add(by.cmsField);
    if (by.index >= 0) {
      if (!author) author = by.author;
      if (!author || by.author === author) drop.add(by.index);
    }
  }
  const cms = by?.cmsField !== undefined ? blocks[by.cmsField] : null;
  const uploader = cms?.type === 'paragraph' ? norm(inlinesText(cms.inlines)) : null;
  if (drop.size || blocks.length > bodyEnd) {
    const keep = (_: unknown, i: number) => i < bodyEnd && !drop.has(i);
    blocks = blocks.filter(keep);
  }
  // A byline the body reader picked (Readability's) that the page shows as the uploader field is not the author.
  if (!author && a.authorFallback && a.authorFallback !== uploader) author = a.authorFallback;
  else if (author && author === uploader) author = null;

  // Sapo from the body's first paragraph when it is marked as one.
  if (!sapo && blocks[0]?.type === 'paragraph') {
    const t = inlinesText(blocks[0].inlines);
    if (SOURCE_PREFIX_RE.test(t) || (boldShare(blocks[0]) >= 0.9 && t.length >= 80)) {
      sapo = stripSourcePrefix(t);
      blocks = blocks.slice(1);
    }
  } else if (sapo) {
    // The lead read again by the body reader (inside its container, or kept by Readability) is shown once.
    const key = norm(sapo);
    const i = blocks.findIndex(
      (b, k) => k < 4 && b.type === 'paragraph' && norm(stripSourcePrefix(inlinesText(b.inlines))) === key,
    );
    if (i >= 0 && blocks.slice(0, i).every((b) => b.type !== 'paragraph')) {
      blocks = blocks.filter((_, k) => k !== i);
    }
  }
  // A remaining source marker on the first paragraph.
  if (blocks[0]?.type === 'paragraph' && blocks[0].inlines[0]?.type === 'text') {
    const first = blocks[0].inlines[0];
    const stripped = stripSourcePrefix(first.text);
    if (stripped !== first.text)
      blocks[0] = { ...blocks[0], inlines: [{ ...first, text: stripped }, ...blocks[0].inlines.slice(1)] };
  }

  const { text } = textLayout(sapo, blocks);
  // A body is text paragraphs, or (photo stories) a sapo with captioned pictures.
  const captioned = blocks.filter((b) => b.type === 'figure' && (b.caption || b.credit)).length;
  if (
    text.length < (a.minChars ?? MIN_BODY_CHARS) ||
    !(blocks.some((b) => b.type === 'paragraph') || (sapo && captioned >= 2))
  )
    return null;
  const images: ArticleImage[] = blocks
    .filter((b): b is Extract<Block, { type: 'figure' }> => b.type === 'figure')
    .map((f) => ({ src: f.src, caption: [f.caption, f.credit].filter(Boolean).join(' ') }));
  const wordCount = countWords(text);
  let host = '';
  try {
    host = new URL(a.url).hostname.toLowerCase();
  } catch {
    /* keep '' */
  }
  return {
    title: a.title,
    published: a.published,
    author: author ?? null,
    sapo,
    source: { portal: portalName(host, a.meta.siteName), host, url: canonicalUrl(a.doc, a.url) },
    blocks,
    text,
    images,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
}

/** The lead block after the headline (anatomy rule "lead"), as visible text. */
export function leadText(titleEl: Element | null): string | null {
  const lead = titleEl ? findLead(titleEl) : null;
  return lead ? norm(visibleText(lead.el)) || null : null;
}

/** Base for relative URLs: <base href> (resolved against the page URL), else the page URL. */
export function baseFor(doc: Document, url: string): string {
  // The first <base> with an href (querySelector('base[href]') would walk the whole page when there is none).
  let href: string | null = null;
  const bases = doc.getElementsByTagName('base');
  for (let i = 0; i < bases.length && href === null; i++) href = bases[i]!.getAttribute('href');
  try {
    return href ? new URL(href, url).href : url;
  } catch {
    return url;
  }
}

export function describeEl(el: Element): string {
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  const id = el.getAttribute('id');
  return `${el.tagName.toLowerCase()}${id ? '#' + id : ''}${cls ? '.' + cls : ''}`;
}
