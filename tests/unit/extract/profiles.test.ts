import { describe, expect, it } from 'vitest';
import { PROFILES, applicableProfiles, extractArticle, extractWithProfile } from '../../../src/core/index.ts';
import { FIXTURES, fixtureHtml, scoreFixture } from '../../fixtures/pages/index.ts';
import { analysePage } from '../../../src/core/index.ts';
import { docFrom } from './html.ts';

const articles = FIXTURES.filter((f) => f.expected);
const expectedProfile: Record<string, string> = {
  'hp-a': 'hp-a',
  'hp-b': 'hp-b',
  'hp-c': 'hp-c',
  'tp-wp': 'tp-wp',
  'tp-amp': 'tp-amp',
};

describe('site profiles', () => {
  it('are small declarative data, one per generation', () => {
    expect(PROFILES.map((p) => p.id).sort()).toEqual(['hp-a', 'hp-b', 'hp-c', 'tp-amp', 'tp-wp']);
    for (const p of PROFILES) {
      expect(p.body.length).toBeGreaterThan(0);
      expect(p.title.length).toBeGreaterThan(0);
      // plain CSS only: each selector must parse
      for (const s of [
        ...p.markers,
        ...p.title,
        ...p.date,
        ...p.sapo,
        ...p.body,
        ...p.author,
        ...p.caption,
        ...p.remove,
      ]) {
        expect(() => docFrom('<p></p>').querySelector(s), s).not.toThrow();
      }
    }
  });

  describe.each(Object.keys(expectedProfile))('profile %s', (markup) => {
    const fx = articles.filter((f) => f.markup === markup);
    it('has fixtures', () => expect(fx.length).toBeGreaterThan(0));
    it.each(fx.map((f) => [f.url, f] as const))('reads %s', (url, f) => {
      const doc = docFrom(fixtureHtml(f), url);
      const ex = extractArticle(doc, url);
      expect(ex?.method).toBe('profile');
      expect(ex?.profile).toBe(expectedProfile[markup]);
      const direct = extractWithProfile(
        doc,
        url,
        PROFILES.find((p) => p.id === expectedProfile[markup])!,
      );
      expect(direct?.article.title).toBe(f.expected!.title);
      expect(direct?.article.published).toBe(f.expected!.published);
      expect(direct?.article.author).toBe(f.expected!.author);
    });
  });

  it('a profile whose body is absent yields to the next one, then to the fallback', () => {
    for (const f of articles.filter((x) => x.invented)) {
      const doc = docFrom(fixtureHtml(f), f.url);
      for (const p of applicableProfiles(doc, null))
        expect(extractWithProfile(doc, f.url, p), p.id).toBeNull();
      expect(extractArticle(doc, f.url)?.method, f.url).toBe('generic');
    }
  });

  it('markers beat the URL: WordPress markup on an unknown host still uses the WordPress profile', () => {
    const f = articles.find((x) => x.markup === 'tp-wp')!;
    const ex = extractArticle(
      docFrom(fixtureHtml(f), 'https://mirror.example.org/x.html'),
      'https://mirror.example.org/x.html',
    );
    expect(ex?.profile).toBe('tp-wp');
    expect(ex?.article.title).toBe(f.expected!.title);
  });
});

describe('generic fallback alone (profiles disabled)', () => {
  it.each(articles.filter((f) => f.invented).map((f) => [f.url, f] as const))(
    'invented markup %s: recall ≥ 0.95, exact title/date/author',
    (url, f) => {
      const a = analysePage(docFrom(fixtureHtml(f), url), url, { extract: { profiles: false } });
      expect(a.reasons.join('\n')).toMatch(/generic/);
      const s = scoreFixture(f, a);
      expect(s.recall).toBeGreaterThanOrEqual(0.95);
      expect(s.titleOk && s.dateOk && s.authorOk).toBe(true);
      expect(s.noiseHits).toEqual([]);
    },
  );

  it('also reads every known-generation fixture (recall ≥ 0.95)', () => {
    for (const f of articles) {
      const a = analysePage(docFrom(fixtureHtml(f), f.url), f.url, { extract: { profiles: false } });
      expect(scoreFixture(f, a).recall, f.url).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('can be switched off: profiles only', () => {
    const f = articles.find((x) => x.invented)!;
    expect(extractArticle(docFrom(fixtureHtml(f), f.url), f.url, { fallback: false })).toBeNull();
  });
});
