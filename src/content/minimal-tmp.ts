import type { PageAnalysis } from '../core/types.ts';
import { textLayout } from '../core/article-text.ts';
export function analyzePage(doc: Document, url: string): PageAnalysis {
  const title = doc.querySelector('h1')?.textContent?.trim() ?? '';
  const blocks = Array.from(doc.querySelectorAll('p')).map((p) => ({ type: 'paragraph' as const, inlines: [{ type: 'text' as const, text: p.textContent ?? '' }] }));
  const { text } = textLayout(null, blocks);
  return { url, kind: 'article', isArticle: true, confidence: 0.5, reasons: [], summary: null,
    article: { title, published: null, author: null, sapo: null, source: { portal: 'Cổng thông tin', host: new URL(url).host, url }, blocks, text, images: [], wordCount: 0, readingMinutes: 1 } };
}
