import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import viLocale from '../../../_locales/vi/messages.json';
import enLocale from '../../../_locales/en/messages.json';
import { MESSAGES } from './harness.tsx';
import { defined } from '../defined.ts';

type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string }> };
type Messages = Record<string, Entry>;
const pick = (m: Messages) =>
  Object.fromEntries(Object.entries(m).filter(([k]) => k.startsWith('options'))) as Messages;
const vi_ = pick(viLocale as Messages);
const en = pick(enLocale as Messages);

const SRC = join(__dirname, '../../../src/ui/options');

describe('options messages in _locales', () => {
  it('the Vietnamese buttons are the ones real-browser tests look for', () => {
    expect(vi_.optionsAdd?.message).toBe('Thêm');
    expect(vi_.optionsSave?.message).toBe('Lưu');
    expect(vi_.optionsRemove?.message).toBe('Xóa');
    expect(vi_.optionsUp?.message).toBe('Lên');
    expect(vi_.optionsDown?.message).toBe('Xuống');
    expect(vi_.optionsResetShortcuts?.message).toBe('Khôi phục mặc định');
    expect(vi_.optionsLang?.message).toBe('vi');
    expect(en.optionsLang?.message).toBe('en');
  });

  it('every key the options page names exists in the merged messages, in both languages', () => {
    const keys = new Set<string>();
    for (const file of readdirSync(SRC).filter((f) => /\.tsx?$/.test(f) && f !== 'main.tsx')) {
      const source = readFileSync(join(SRC, file), 'utf8');
      for (const m of source.matchAll(/\bt\(\s*'([\w]+)'/g)) keys.add(defined(m[1]));
      for (const m of source.matchAll(/:\s*'((?:settings|options)[A-Z]\w*)'/g)) keys.add(defined(m[1])); // FIELD_LABELS
    }
    // Keys built from a prefix and a value.
    const built = [
      ...['system', 'light', 'sepia', 'dark', 'contrast'].map((v) => `theme_${v}`),
      ...['serif', 'sans', 'system'].map((v) => `font_${v}`),
      ...['narrow', 'medium', 'wide'].map((v) => `width_${v}`),
      ...['compact', 'normal', 'loose'].map((v) => `leading_${v}`),
      ...['left', 'justify'].map((v) => `align_${v}`),
      ...['open', 'offer', 'off'].map((v) => `optionsAutoOpen_${v}`),
      ...['A4', 'Letter'].map((v) => `optionsPaper_${v}`),
      ...['document', 'reader'].map((v) => `optionsPrintFont_${v}`),
      ...['labelEmpty', 'labelTooLong', 'urlEmpty', 'urlInvalid'].map((v) => `optionsErr_${v}`),
    ];
    expect(keys.size).toBeGreaterThan(40);
    for (const key of [...keys, ...built]) {
      expect(key in MESSAGES.vi, `vi ${key}`).toBe(true);
      expect(key in MESSAGES.en, `en ${key}`).toBe(true);
    }
  });
});
