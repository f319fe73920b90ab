/**
 * The data model shared by every part of Hải Phòng Reader.
 * Pure types: no DOM, no extension APIs. Everything the UI shows is built from these.
 */

export type PageKind = 'article' | 'listing' | 'home' | 'search' | 'document' | 'other';

/** A block of the article body, rebuilt from the page through an allow-list. Never raw HTML. */
export type Block =
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'heading'; level: 2 | 3 | 4; text: string }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'quote'; inlines: Inline[] }
  | { type: 'table'; rows: TableCell[][] }
  | { type: 'figure'; src: string; alt: string; caption: string; credit?: string };

/** Inline content: text, emphasis or a link whose href is an absolute http(s) URL. */
export type Inline =
  | { type: 'text'; text: string; bold?: boolean; italic?: boolean }
  | { type: 'link'; text: string; href: string };

export interface TableCell {
  text: string;
  header: boolean;
  colspan?: number;
  rowspan?: number;
}

export interface ArticleSource {
  /** Human name of the portal, e.g. "Cổng thông tin điện tử thành phố Hải Phòng". */
  portal: string;
  /** Host name the page was read from, e.g. "haiphong.gov.vn" or "sotp.haiphong.gov.vn". */
  host: string;
  /** Canonical URL of the article (tracking parameters removed). */
  url: string;
}

export interface ArticleImage {
  src: string;
  caption: string;
}

export interface Article {
  title: string;
  /** ISO 8601 with the +07:00 offset, e.g. "2021-03-11T17:15:00+07:00"; null when the page shows no date. */
  published: string | null;
  author: string | null;
  sapo: string | null;
  source: ArticleSource;
  blocks: Block[];
  /** Plain text of the body: paragraphs separated by one blank line ("\n\n"). Offsets of mentions point into this. */
  text: string;
  images: ArticleImage[];
  wordCount: number;
  readingMinutes: number;
}

/** A span of Article.text. */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

export interface Official {
  name: string;
  positions: string[];
  mentions: Mention[];
}

export interface DocumentRef {
  type: string;
  number: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  date: string | null;
  issuer: string | null;
  mention: Mention;
}

export interface Directive {
  /** Name of the official who gave it (an Official.name). */
  by: string;
  verb: string;
  mention: Mention;
}

export interface Summary {
  officials: Official[];
  documents: DocumentRef[];
  directives: Directive[];
}

export interface PageAnalysis {
  url: string;
  kind: PageKind;
  isArticle: boolean;
  /** 0..1 */
  confidence: number;
  /** Human-readable reasons for the decision, for the popup and for debugging. */
  reasons: string[];
  article: Article | null;
  summary: Summary | null;
}
