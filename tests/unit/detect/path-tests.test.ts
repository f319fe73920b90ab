/**
 * The URL grammar's string tests (src/core/detect/path-tests.ts) against the regular expressions they
 * replace, on real portal paths and on many generated ones (random paths over an alphabet that
 * makes the edge cases likely: dots, slashes, hyphens, capitals, the words the tests look for).
 */
import { describe, expect, it } from 'vitest';
import {
  isAmpPath,
  isHomePath,
  isMediaPath,
  isOneSegment,
  isSearchPath,
  isSteeringDocumentPath,
  forLowerCase,
} from '../../../src/core/detect/path-tests.ts';
import { PORTALS } from '../../../src/core/portals/registry.ts';
import { FIXTURES } from '../../fixtures/pages/index.ts';

const CASES: [string, (lower: string) => boolean, RegExp][] = [
  ['isAmpPath', isAmpPath, /\/amp\/?$/i],
  ['isSteeringDocumentPath', isSteeringDocumentPath, /\/steeringdocument\//i],
  ['isMediaPath', isMediaPath, /\.(?:jpe?g|png|gif|webp|svg|mp4|mp3|pdf|docx?|xlsx?|pptx?|rar|zip)$/i],
  ['isSearchPath', isSearchPath, /^\/(?:tim-kiem|search|ket-qua-tim-kiem)(?:[/.]|$)/i],
  ['isHomePath', isHomePath, /\/trang-chu(?:\.(?:html?|aspx))?\/?$/i],
  ['isOneSegment', isOneSegment, /^\/[a-z0-9-]+\/?$/i],
];

const PIECES = [
  '/',
  '/',
  '.',
  '-',
  'a',
  'Z',
  '9',
  '_',
  'đ',
  'amp',
  'AMP',
  'steeringdocument',
  'SteeringDocument',
  'jpg',
  'JPEG',
  'docx',
  'pptx',
  'zip',
  'tim-kiem',
  'Search',
  'ket-qua-tim-kiem',
  'trang-chu',
  'Trang-Chu',
  'html',
  'htm',
  'aspx',
  'Portal',
  'detail',
  'PrintItem',
  'Default',
  '123',
  '4567',
  'page',
  'Trang',
  'category',
  'Tag',
  'wp-JSON',
  'feed',
  '%',
];

/** A deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generatedPaths(n: number): string[] {
  const next = random(20261203);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let p = next() < 0.9 ? '/' : '';
    const k = 1 + Math.floor(next() * 6);
    for (let j = 0; j < k; j++) p += PIECES[Math.floor(next() * PIECES.length)] ?? '';
    out.push(p);
  }
  return out;
}

const REAL = FIXTURES.map((f) => new URL(f.url).pathname);
const HAND = [
  '/',
  '',
  '/amp',
  '/a/AMP/',
  '/a/amp//',
  '/steeringdocument/x.pdf',
  '/x.JPG',
  '/x.jpg/',
  '/x.',
  '/.zip',
  '/search',
  '/search.aspx',
  '/searchx',
  '/Tim-Kiem/',
  '/web/x/trang-chu',
  '/vi/trang-chu.html/',
  '/trang-chu.htm',
  '/trang-chu.php',
  '/trang-chu//',
  '/abc-123',
  '/abc-123/',
  '/abc//',
  '/ab_c',
  '/ABC',
  '//',
];

describe('URL grammar string tests equal the regular expressions they replace', () => {
  for (const [name, fn, re] of CASES) {
    it(`${name} ≡ ${re}`, () => {
      const paths = [...REAL, ...HAND, ...generatedPaths(20000)];
      const differ = paths.filter((p) => fn(p.toLowerCase()) !== re.test(p));
      expect(differ).toEqual([]);
      // Not vacuous: both answers occur.
      expect(paths.some((p) => re.test(p))).toBe(true);
      expect(paths.some((p) => !re.test(p))).toBe(true);
    });
  }
});

describe('forLowerCase: a case-insensitive expression tested case-sensitively on the lower-cased path', () => {
  const caseless = PORTALS.flatMap((p) =>
    Object.values(p.generations).flatMap((g) => [g.article, g.listing, g.home]),
  ).filter((re): re is RegExp => !!re && re.flags.includes('i'));

  it('the registry has case-insensitive path expressions to convert', () => {
    expect(caseless.length).toBeGreaterThanOrEqual(4);
  });

  for (const re of caseless) {
    it(`${re} gives the same answers`, () => {
      const lower = forLowerCase(re);
      expect(lower.flags).not.toContain('i');
      const paths = [...REAL, ...HAND, ...generatedPaths(20000)];
      expect(paths.filter((p) => lower.test(p.toLowerCase()) !== re.test(p))).toEqual([]);
      expect(paths.some((p) => re.test(p))).toBe(true);
      expect(paths.some((p) => !re.test(p))).toBe(true);
    });
  }

  it('refuses an expression it cannot convert', () => {
    expect(() => forLowerCase(/^\/[a-z]+$/)).toThrow(/already case-sensitive/);
    expect(() => forLowerCase(/^\/Portal\//i)).toThrow(/upper-case letter/);
    expect(forLowerCase(/^\/\d+\S*$/i).test('/12x')).toBe(true);
  });
});
