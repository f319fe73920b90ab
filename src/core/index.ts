/**
 * Public API of the core: page analysis (DOM in → data out). No extension APIs; never mutates `doc`.
 */
import type { PageAnalysis } from './types.ts';
import { detectPage } from './detect/index.ts';
import { extractArticle, type ExtractOptions } from './extract/index.ts';
import { analyseText } from './analyse/index.ts';

export * from './detect/index.ts';
export type { Detection, QuickDetection } from './detect/index.ts';
export { extractArticle, extractGeneric, extractWithProfile, applicableProfiles, type ExtractOptions, type Extraction } from './extract/index.ts';
export { parseDate, parseVietnameseDate, findByline, looksLikeByline, PROFILES, countWords, readingMinutes } from './extract/index.ts';

export interface AnalyzeOptions {
  extract?: ExtractOptions;
}

export function analyzePage(doc: Document, url: string, options: AnalyzeOptions = {}): PageAnalysis {
  const det = detectPage(doc, url);
  const reasons = det.reasons.slice();
  let article: PageAnalysis['article'] = null;
  if (det.kind === 'article') {
    const ex = extractArticle(doc, url, { generation: det.generation, ...options.extract });
    if (ex) {
      article = ex.article;
      reasons.push(`Extract: ${ex.notes.join('; ')}`);
    } else {
      reasons.push('Extract: no article body found');
    }
  }
  // Who said what: officials, documents and directives, from the article's plain text.
  const summary: PageAnalysis['summary'] = article
    ? analyseText(article.text, { published: article.published, author: article.author, title: article.title })
    : null;
  return {
    url,
    kind: det.kind,
    isArticle: det.kind === 'article' && article !== null,
    confidence: det.confidence,
    reasons,
    article,
    summary,
  };
}
