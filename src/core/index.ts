/**
 * Public API of the core: page analysis (DOM in → data out). No extension APIs; never mutates `doc`.
 */
import type { Article, PageAnalysis, Summary } from './types.ts';
import { type DetectedAnatomy, type Detection, detectWithAnatomy } from './detect/index.ts';
import { extractArticle, type ExtractOptions } from './extract/index.ts';
import { analyseText } from './analyse/index.ts';

export * from './detect/index.ts';
export type { Detection, QuickDetection } from './detect/index.ts';
export {
  extractArticle,
  extractGeneric,
  extractWithProfile,
  applicableProfiles,
  type ExtractOptions,
  type Extraction,
} from './extract/index.ts';
export {
  parseDate,
  parseVietnameseDate,
  findByline,
  looksLikeByline,
  PROFILES,
  countWords,
  readingMinutes,
} from './extract/index.ts';

export interface AnalyseOptions {
  extract?: ExtractOptions;
  /**
   * `false` leaves `summary` null: the reader paints the article first and asks for the summary
   * afterwards with `summariseArticle` (same result as the default, later).
   */
  summary?: boolean;
}

/** Who said what: officials, documents and directives, from the article's plain text. Throws on failure. */
export function summariseArticle(article: Article): Summary {
  return analyseText(article.text, {
    published: article.published,
    author: article.author,
    title: article.title,
  });
}

export function analysePage(doc: Document, url: string, options: AnalyseOptions = {}): PageAnalysis {
  // A page the DOM engine itself cannot walk (e.g. nesting so deep that a selector match
  // overflows the stack) is a graceful "other" with the reason, never an exception.
  let det: Detection;
  let anatomy: DetectedAnatomy;
  try {
    ({ detection: det, anatomy } = detectWithAnatomy(doc, url));
  } catch (error) {
    return failed(url, `Detect: the page could not be read (${errorText(error)})`);
  }
  const reasons = det.reasons.slice();
  let article: PageAnalysis['article'] = null;
  if (det.kind === 'article') {
    try {
      const ex = extractArticle(doc, url, { generation: det.generation, anatomy, ...options.extract });
      if (ex) {
        article = ex.article;
        reasons.push(`Extract: ${ex.notes.join('; ')}`);
      } else {
        reasons.push('Extract: no article body found');
      }
    } catch (error) {
      reasons.push(`Extract: the article could not be read (${errorText(error)})`);
    }
  }
  // Who said what: officials, documents and directives, from the article's plain text.
  let summary: PageAnalysis['summary'] = null;
  if (article && options.summary !== false) {
    try {
      summary = summariseArticle(article);
    } catch (error) {
      reasons.push(`Summary: not available (${errorText(error)})`);
    }
  }
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

function errorText(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 160);
}

function failed(url: string, reason: string): PageAnalysis {
  return {
    url,
    kind: 'other',
    isArticle: false,
    confidence: 0,
    reasons: [reason],
    article: null,
    summary: null,
  };
}
