/** Which profiles apply: a marker of theirs on the page, asked selector by selector. */
import { describe, expect, it } from 'vitest';
import { applicableProfiles, PROFILES, type SiteProfile } from '../../../src/core/extract/index.ts';
import { page } from './html.ts';

const base = PROFILES[0]!;
const profile = (id: string, markers: string[]): SiteProfile => ({
  ...base,
  id,
  markers,
  generations: [],
});

describe('applicableProfiles', () => {
  const doc = page('<div class="bai-viet"><p class="noi-dung">Nội dung</p></div>');

  it('takes a profile when any one of its markers is on the page, wherever it sits in the list', () => {
    const names = applicableProfiles(doc, null, [
      profile('first', ['.noi-dung', '.khong-co']),
      profile('last', ['.khong-co', '#khong-co', 'div.bai-viet']),
      profile('none', ['.khong-co', 'section.bai-viet']),
      profile('empty', []),
    ]).map((p) => p.id);
    expect(names).toEqual(['first', 'last']);
  });

  it('never takes a profile whose marker list holds an invalid selector, even when another marker matches', () => {
    const names = applicableProfiles(doc, null, [
      profile('broken-after', ['.noi-dung', 'p[[']),
      profile('broken-before', ['p[[', '.noi-dung']),
      profile('fine', ['.bai-viet']),
    ]).map((p) => p.id);
    expect(names).toEqual(['fine']);
  });
});
