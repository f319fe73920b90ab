import { describe, expect, it } from 'vitest';
import { isPageStatus, isToBackground, isToContent } from '../../../src/platform/messages.ts';

const status = {
  url: 'https://haiphong.gov.vn/tin-tuc-su-kien/a-683224',
  canonical: null,
  kind: 'article',
  isArticle: true,
  confidence: 0.9,
  reasons: ['URL matches era C article'],
  title: 'Tiêu đề',
  published: '2024-04-01T08:00:00+07:00',
  readerOpen: false,
};

describe('message validation', () => {
  it('accepts exactly the typed messages', () => {
    expect(isToBackground({ type: 'page-status', status, autoOpen: true })).toBe(true);
    expect(isToBackground({ type: 'page-status', status, autoOpen: false })).toBe(true);
    expect(isToBackground({ type: 'load-reader' })).toBe(true);
    expect(isToContent({ type: 'reader', action: 'toggle' })).toBe(true);
  });

  it('rejects unknown types, extra fields and wrong shapes', () => {
    expect(isToBackground({ type: 'load-reader', file: 'evil.js' })).toBe(false);
    expect(
      isToBackground({ type: 'page-status', status: { ...status, kind: 'banner' }, autoOpen: true }),
    ).toBe(false);
    expect(isToBackground({ type: 'page-status', status: { ...status, reasons: [1] }, autoOpen: true })).toBe(
      false,
    );
    expect(isToBackground({ type: 'page-status', status })).toBe(false);
    expect(isToBackground({ type: 'page-status', status, autoOpen: 'yes' })).toBe(false);
    expect(isToBackground({ type: 'page-status', status, autoOpen: true, tabId: 3 })).toBe(false);
    expect(isToContent({ type: 'reader', action: 'print-everything' })).toBe(false);
    expect(isToContent({ type: 'reader', action: 'open', extra: 1 })).toBe(false);
    // The popup reads a page's status from the tab state now: a status request is not a message.
    expect(isToContent({ type: 'get-status' })).toBe(false);
    for (const junk of [null, undefined, 'get-status', 42, [], { type: 'nope' }]) {
      expect(isToBackground(junk)).toBe(false);
      expect(isToContent(junk)).toBe(false);
    }
    expect(isPageStatus({ ...status, title: 3 })).toBe(false);
  });
});
