/**
 * Golden files: tests/fixtures/pages/**\/<name>.expected.json. Regenerate on purpose only: `npm run golden`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/index.ts';
import { FIXTURES, fixtureHtml, goldenOf, goldenPath } from '../../fixtures/pages/index.ts';
import { docFrom } from './html.ts';

describe('golden files', () => {
  it.each(FIXTURES.map((f) => [f.url, f] as const))('%s', (url, f) => {
    const path = goldenPath(f);
    expect(existsSync(path), `${path} missing: run npm run golden`).toBe(true);
    const expected = JSON.parse(readFileSync(path, 'utf8'));
    expect(goldenOf(analysePage(docFrom(fixtureHtml(f), url), url))).toEqual(expected);
  });

  it('agree with the corpus truth for articles', () => {
    for (const f of FIXTURES.filter((x) => x.expected)) {
      const g = JSON.parse(readFileSync(goldenPath(f), 'utf8'));
      expect(g).toMatchObject({
        kind: 'article',
        title: f.expected!.title,
        published: f.expected!.published,
        author: f.expected!.author,
      });
      expect(
        f.expected!.paragraphs.some((p) => p.includes(g.lastParagraph) || g.lastParagraph.includes(p)),
      ).toBe(true);
    }
  });
});
