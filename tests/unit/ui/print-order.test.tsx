/**
 * Print with the summary (issue 16): the source, title, date and byline come first, then the
 * summary box, then the lead and the body, so the summary never pushes the title off page 1.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defined } from '../defined.ts';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import viMessages from '../../../_locales/vi/messages.json';
import { ReaderApp } from '../../../src/ui/reader/ReaderApp.tsx';
import { I18n, translatorFrom } from '../../../src/ui/i18n.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import type { Article, Summary } from '../../../src/core/types.ts';

const t = translatorFrom(viMessages as Parameters<typeof translatorFrom>[0]);
const text =
  'Ông Trần Văn Bình, Giám đốc Sở Xây dựng đề nghị các phường hoàn thành việc rà soát trong tháng.';
const article: Article = {
  title: 'Rà soát nhà ở cũ trên địa bàn',
  published: '2024-05-06T09:30:00+07:00',
  author: 'Lan Anh',
  sapo: 'Sở Xây dựng họp với các phường về kế hoạch rà soát.',
  source: { portal: 'Cổng thử nghiệm', host: 'haiphong.gov.vn', url: 'https://haiphong.gov.vn/a/b-123456' },
  blocks: [{ type: 'paragraph', inlines: [{ type: 'text', text }] }],
  text,
  images: [],
  wordCount: 20,
  readingMinutes: 1,
};
const at = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
const summary: Summary = {
  officials: [
    { name: 'Trần Văn Bình', positions: ['Giám đốc Sở Xây dựng'], mentions: [at('Trần Văn Bình')] },
  ],
  documents: [],
  directives: [{ by: 'Trần Văn Bình', verb: 'đề nghị', mention: at('đề nghị các phường') }],
};

function mount(printSummary: boolean) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(
      h(
        I18n.Provider,
        { value: t },
        h(ReaderApp, {
          article,
          summary,
          settings: { ...DEFAULT_SETTINGS, printSummary },
          host: 'haiphong.gov.vn',
          onSettings: () => undefined,
          onClose: () => undefined,
          onPrint: () => undefined,
          copy: async () => undefined,
          renderShare: () => null,
          renderPrintFooter: () => null,
        }),
      ),
      root,
    );
  });
  return root;
}

afterEach(() => document.body.replaceChildren());

describe('the printout with the summary', () => {
  it('prints source, title, date and byline, then the summary box, then the lead and the body', () => {
    const root = mount(true);
    const body = [...root.querySelectorAll('.hpr-article p')].find((p) => p.textContent === text)!;
    const order = [
      root.querySelector('.hpr-source')!,
      root.querySelector('h1')!,
      root.querySelector('.hpr-meta time')!,
      root.querySelector('.hpr-author')!,
      root.querySelector('.hpr-print-summary')!,
      root.querySelector('.hpr-sapo')!,
      body,
    ];
    expect(order.every(Boolean)).toBe(true);
    for (let i = 1; i < order.length; i++)
      expect(
        defined(order[i - 1]).compareDocumentPosition(defined(order[i])) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    // The summary box is print-only and the on-screen panel is not the one printed.
    expect(root.querySelector('.hpr-print-summary')!.classList.contains('hpr-print-only')).toBe(true);
    expect(root.querySelector('#hpr-summary')!.classList.contains('hpr-print-summary')).toBe(false);
  });

  it('prints no summary box when the option is off', () => {
    expect(mount(false).querySelector('.hpr-print-summary')).toBeNull();
  });
});
