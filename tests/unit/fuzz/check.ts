/** Shape checks of a PageAnalysis, listing every problem instead of stopping at the first. */
import type { Block, Inline, PageAnalysis } from '../../../src/core/types.ts';

const KINDS = ['article', 'listing', 'home', 'search', 'document', 'other'];
const BLOCKS = ['paragraph', 'heading', 'list', 'quote', 'table', 'figure'];

function httpUrl(u: unknown): boolean {
  if (typeof u !== 'string') return false;
  try {
    const p = new URL(u).protocol;
    return p === 'http:' || p === 'https:';
  } catch {
    return false;
  }
}

const isStr = (x: unknown): x is string => typeof x === 'string';
const isStrOrNull = (x: unknown) => x === null || typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function inlines(xs: unknown, where: string, out: string[]): void {
  if (!Array.isArray(xs)) return void out.push(`${where}: inlines not an array`);
  for (const i of xs as Inline[]) {
    if (i?.type === 'text') {
      if (!isStr(i.text)) out.push(`${where}: text inline without text`);
    } else if (i?.type === 'link') {
      if (!isStr(i.text) || !httpUrl(i.href))
        out.push(`${where}: bad link ${JSON.stringify(i).slice(0, 100)}`);
    } else out.push(`${where}: unknown inline ${JSON.stringify(i).slice(0, 80)}`);
  }
}

function block(b: Block, k: number, out: string[]): void {
  const w = `blocks[${k}]`;
  if (!b || !BLOCKS.includes(b.type)) return void out.push(`${w}: unknown block type`);
  switch (b.type) {
    case 'paragraph':
    case 'quote':
      return inlines(b.inlines, w, out);
    case 'heading':
      if (![2, 3, 4].includes(b.level) || !isStr(b.text)) out.push(`${w}: bad heading`);
      return;
    case 'list':
      if (typeof b.ordered !== 'boolean' || !Array.isArray(b.items)) return void out.push(`${w}: bad list`);
      b.items.forEach((it, j) => inlines(it, `${w}.items[${j}]`, out));
      return;
    case 'table':
      if (
        !Array.isArray(b.rows) ||
        b.rows.some(
          (r) => !Array.isArray(r) || r.some((c) => !isStr(c.text) || typeof c.header !== 'boolean'),
        )
      )
        out.push(`${w}: bad table`);
      return;
    case 'figure':
      if (
        !httpUrl(b.src) ||
        !isStr(b.alt) ||
        !isStr(b.caption) ||
        (b.credit !== undefined && !isStr(b.credit))
      )
        out.push(`${w}: bad figure`);
  }
}

export function shapeProblems(a: PageAnalysis, url: string): string[] {
  const out: string[] = [];
  if (!a || typeof a !== 'object') return ['not an object'];
  if (a.url !== url) out.push('url differs from the input');
  if (!KINDS.includes(a.kind)) out.push(`kind ${String(a.kind)}`);
  if (typeof a.isArticle !== 'boolean') out.push('isArticle not boolean');
  if (!isNum(a.confidence) || a.confidence < 0 || a.confidence > 1) out.push(`confidence ${a.confidence}`);
  if (!Array.isArray(a.reasons) || !a.reasons.every(isStr)) out.push('reasons not strings');
  if (a.isArticle && (!a.article || a.kind !== 'article')) out.push('isArticle without an article');
  if (a.article !== null) {
    const art = a.article;
    if (!art || typeof art !== 'object') return [...out, 'article not an object'];
    if (!isStr(art.title)) out.push('title');
    if (
      !isStrOrNull(art.published) ||
      (art.published !== null && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/.test(art.published))
    )
      out.push(`published ${art.published}`);
    if (!isStrOrNull(art.author) || !isStrOrNull(art.sapo)) out.push('author/sapo');
    if (!art.source || !isStr(art.source.portal) || !isStr(art.source.host) || !isStr(art.source.url))
      out.push('source');
    if (!isStr(art.text)) out.push('text');
    if (!isNum(art.wordCount) || art.wordCount < 0 || !isNum(art.readingMinutes) || art.readingMinutes < 0)
      out.push('counts');
    if (!Array.isArray(art.images) || art.images.some((i) => !httpUrl(i.src) || !isStr(i.caption)))
      out.push('images');
    if (!Array.isArray(art.blocks)) out.push('blocks not an array');
    else art.blocks.forEach((b, k) => block(b, k, out));
  }
  if (a.summary !== null) {
    const s = a.summary;
    if (!s || !Array.isArray(s.officials) || !Array.isArray(s.documents) || !Array.isArray(s.directives))
      out.push('summary shape');
    else {
      const len = a.article?.text.length ?? 0;
      const mention = (m: { start: number; end: number; text: string }) =>
        isNum(m.start) && isNum(m.end) && m.start >= 0 && m.end <= len && m.start <= m.end && isStr(m.text);
      if (
        s.officials.some((o) => !isStr(o.name) || !Array.isArray(o.positions) || !o.mentions.every(mention))
      )
        out.push('officials');
      if (s.documents.some((d) => !isStr(d.type) || !mention(d.mention))) out.push('documents');
      if (s.directives.some((d) => !isStr(d.by) || !isStr(d.verb) || !mention(d.mention)))
        out.push('directives');
    }
  }
  if (a.summary !== null && a.article === null) out.push('summary without article');
  return out;
}
