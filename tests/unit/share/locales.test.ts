import { describe, expect, it } from 'vitest';
import viAll from '../../../_locales/vi/messages.json';
import enAll from '../../../_locales/en/messages.json';
import { SHARE_MESSAGE_KEYS, fillTemplate, shareLabelsFrom } from '../../../src/ui/share/labels.ts';
import { defined } from '../defined.ts';

type Messages = Record<string, { message: string; description?: string }>;
const pick = (m: Messages) =>
  Object.fromEntries(Object.entries(m).filter(([k]) => k.startsWith('share'))) as Messages;
const vi_ = pick(viAll as Messages);
const en = pick(enAll as Messages);

describe('share locale files', () => {
  it('have the same keys in Vietnamese and English, one per label, all non-empty', () => {
    const keys = Object.values(SHARE_MESSAGE_KEYS).sort();
    for (const messages of [vi_ as Messages, en as Messages]) {
      for (const key of keys) {
        expect(messages[key]?.message.trim().length, key).toBeGreaterThan(0);
        // chrome.i18n treats "$" specially; none of these strings needs it.
        expect(messages[key]?.message, key).not.toContain('$');
        expect(key, key).toMatch(/^share[A-Z]\w*$/);
      }
    }
  });

  it('use the button texts the issue asks for in Vietnamese', () => {
    const m = vi_ as Messages;
    expect(m.shareDownloadPng?.message).toBe('Tải PNG');
    expect(m.shareDownloadSvg?.message).toBe('Tải SVG');
    expect(m.shareCopyLink?.message).toBe('Sao chép liên kết');
    expect(m.shareNative?.message).toBe('Chia sẻ…');
  });

  it('the too-long message has both placeholders, filled by the panel', () => {
    for (const messages of [vi_ as Messages, en as Messages]) {
      const template = defined(messages.shareTooLong?.message, 'shareTooLong');
      expect(template).toContain('{bytes}');
      expect(template).toContain('{limit}');
      expect(fillTemplate(template, { bytes: 2400, limit: 2331 })).not.toMatch(/\{\w+\}/);
    }
  });

  it('shareLabelsFrom maps every label through the lookup', () => {
    const labels = shareLabelsFrom((key) => defined((en as Messages)[key]?.message, key));
    expect(labels.copyLink).toBe('Copy link');
    expect(Object.keys(labels).sort()).toEqual(Object.keys(SHARE_MESSAGE_KEYS).sort());
  });
});
