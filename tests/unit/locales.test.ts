import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import vi from '../../_locales/vi/messages.json';
import en from '../../_locales/en/messages.json';
import { defined } from './defined.ts';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const VI = vi as Record<string, Entry>;
const EN = en as Record<string, Entry>;
const ROOT = join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.(tsx?|json)$/.test(name) ? [full] : [];
  });
}

describe('_locales', () => {
  it('Vietnamese (default) and English have the same keys and placeholders', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(VI).sort());
    for (const key of Object.keys(VI)) {
      expect(VI[key]?.message.trim(), key).not.toBe('');
      expect(EN[key]?.message.trim(), key).not.toBe('');
      const used = (m: string) =>
        [...m.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => x[1]?.toLowerCase()).sort();
      expect(used(defined(VI[key]).message), key).toEqual(Object.keys(VI[key]?.placeholders ?? {}).sort());
      expect(used(defined(EN[key]).message), key).toEqual(Object.keys(EN[key]?.placeholders ?? {}).sort());
    }
  });

  it('every key the code asks for with t(...) exists', () => {
    const missing = new Set<string>();
    for (const file of [...sources(join(ROOT, 'src')), join(ROOT, 'manifest.json')]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z][\w]*)'/g))
        if (m[1] && !(m[1] in VI)) missing.add(m[1]);
      for (const m of text.matchAll(/__MSG_(\w+)__/g)) if (m[1] && !(m[1] in VI)) missing.add(m[1]);
    }
    expect([...missing]).toEqual([]);
  });
});
