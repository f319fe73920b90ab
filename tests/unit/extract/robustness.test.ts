/**
 * Markup we have not seen: every fixture rewritten in ways real pages differ from ours
 * (no class names at all, <p> replaced by <br><br>, decomposed Unicode, nested spans,
 * no canonical/og tags). The figures must hold.
 */
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/index.ts';
import { FIXTURES, fixtureHtml, scoreFixture } from '../../fixtures/pages/index.ts';
import { docFrom } from './html.ts';

const VARIANTS: Record<string, (html: string) => string> = {
  'no class or id attributes': (h) => h.replace(/\s(class|id)="[^"]*"/g, ''),
  '<p> replaced by <br><br>': (h) => h.replace(/<p( [^>]*)?>/g, '').replace(/<\/p>/g, '<br><br>'),
  'decomposed Unicode (NFD)': (h) => h.normalize('NFD'),
  'Word-style nested spans': (h) =>
    h
      .replace(/<p( [^>]*)?>/g, '<p$1><span style="font-family:Times New Roman"><span lang="VI">')
      .replace(/<\/p>/g, '</span></span></p>'),
  'no canonical link, no og/article meta': (h) =>
    h.replace(/<link rel="canonical"[^>]*>/g, '').replace(/<meta property="[^"]*"[^>]*>/g, ''),
};

describe.each(Object.entries(VARIANTS))('%s', (_name, rewrite) => {
  it.each(FIXTURES.filter((f) => f.expected).map((f) => [f.url, f] as const))('article %s', (url, f) => {
    const a = analysePage(docFrom(rewrite(fixtureHtml(f)), url), url);
    const s = scoreFixture(f, a);
    expect(a.kind).toBe('article');
    expect({ title: a.article?.title, published: a.article?.published, author: a.article?.author }).toEqual({
      title: f.expected!.title,
      published: f.expected!.published,
      author: f.expected!.author,
    });
    expect(s.recall).toBeGreaterThanOrEqual(0.99);
    expect(s.foreign).toEqual([]);
    expect(s.noiseHits).toEqual([]);
  });

  it('non-articles keep their kind', () => {
    for (const f of FIXTURES.filter((x) => !x.expected)) {
      expect(analysePage(docFrom(rewrite(fixtureHtml(f)), f.url), f.url).kind, f.url).toBe(f.kind);
    }
  });
});
