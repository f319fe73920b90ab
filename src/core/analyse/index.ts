/**
 * Rule-based analysis of a Vietnamese article body: officials, documents and directives.
 * Pure: no DOM, no extension APIs. Linear in the length of the text.
 */
import type { Summary } from '../types.ts';
import { normalise } from './normalise.ts';
import { tokenize } from './tokens.ts';
import { findOfficials } from './officials.ts';
import { findDocuments } from './documents.ts';
import { findDirectives } from './directives.ts';

export interface AnalyseContext {
  published?: string | null;
  author?: string | null;
  title?: string | null;
}

export function analyseText(text: string, context: AnalyseContext = {}): Summary {
  if (typeof text !== 'string' || !/\p{L}/u.test(text))
    return { officials: [], documents: [], directives: [] };
  const n = normalise(text);
  const { toks, sents } = tokenize(n.s);
  const ym = /^(\d{4})-/.exec(context.published ?? '');
  const year = ym?.[1] ? +ym[1] : null;
  const { persons, occs } = findOfficials(n, toks, context.author ?? null);
  const officials = persons
    .filter((p) => p.official)
    .map((p) => ({ name: p.name, positions: p.positions.slice(), mentions: p.mentions.slice() }));
  const documents = findDocuments(n, toks, year).map(({ type, number, date, issuer, mention }) => ({
    type,
    number,
    date,
    issuer,
    mention,
  }));
  const directives = findDirectives(n, toks, sents, occs);
  return { officials, documents, directives };
}
