/**
 * The officials-and-directives summary as plain text and as Markdown, with the article's title,
 * date and URL, for pasting into reports. Pure.
 */
import type { Article, Summary } from './types.ts';

export interface ExportLabels {
  officials: string;
  documents: string;
  directives: string;
  none: string;
  source: string;
  published: string;
}

function documentLine(d: Summary['documents'][number]): string {
  const head = [d.type, d.number ? `số ${d.number}` : null].filter(Boolean).join(' ');
  const parts = [head || d.mention.text];
  if (d.date) parts.push(`ngày ${d.date.split('-').reverse().join('/')}`);
  if (d.issuer) parts.push(`của ${d.issuer}`);
  return parts.join(' ');
}

/** One line per official, document and directive, as the exports (and the printed summary) give them. */
export function summaryLines(summary: Summary): {
  officials: string[];
  documents: string[];
  directives: string[];
} {
  return {
    officials: summary.officials.map((o) =>
      o.positions.length ? `${o.name}, ${o.positions.join(', ')}` : o.name,
    ),
    documents: summary.documents.map(documentLine),
    directives: summary.directives.map((d) => `${d.by}: ${d.mention.text}`),
  };
}

function publishedText(iso: string | null): string | null {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}${m[4] ? ` ${m[4]}` : ''}` : null;
}

export function summaryAsText(article: Article, summary: Summary, labels: ExportLabels): string {
  const s = summaryLines(summary);
  const date = publishedText(article.published);
  const lines = [article.title];
  if (date) lines.push(`${labels.published}: ${date}`);
  lines.push(`${labels.source}: ${article.source.url}`, '');
  const block = (title: string, items: string[]) => {
    lines.push(`${title} (${items.length})`);
    lines.push(...(items.length ? items.map((i) => `- ${i}`) : [`- ${labels.none}`]), '');
  };
  block(labels.officials, s.officials);
  block(labels.documents, s.documents);
  block(labels.directives, s.directives);
  return lines.join('\n').trimEnd() + '\n';
}

/** Escapes the characters Markdown would read as markup inside a line of text. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function summaryAsMarkdown(article: Article, summary: Summary, labels: ExportLabels): string {
  const s = summaryLines(summary);
  const date = publishedText(article.published);
  const lines = [
    `# [${md(article.title)}](<${article.source.url.replace(/[<>\s]/g, encodeURIComponent)}>)`,
    '',
  ];
  if (date) lines.push(`*${labels.published}: ${date}* · ${md(article.source.portal)}`, '');
  const block = (title: string, items: string[]) => {
    lines.push(`## ${title} (${items.length})`, '');
    lines.push(...(items.length ? items.map((i) => `- ${md(i)}`) : [`- *${labels.none}*`]), '');
  };
  block(labels.officials, s.officials);
  block(labels.documents, s.documents);
  block(labels.directives, s.directives);
  return lines.join('\n').trimEnd() + '\n';
}
