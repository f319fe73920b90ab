import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import viMessages from '../../../_locales/vi/messages.json';
import { summaryAsMarkdown, summaryAsText, type ExportLabels } from '../../../src/core/summary-export.ts';
import { SummaryPanel } from '../../../src/ui/reader/SummaryPanel.tsx';
import { PrintSummary } from '../../../src/ui/print/PrintSummary.tsx';
import { I18n, translatorFrom } from '../../../src/ui/i18n.ts';
import type { Article, Summary } from '../../../src/core/types.ts';

const t = translatorFrom(viMessages as Parameters<typeof translatorFrom>[0]);
const text =
  'Đồng chí Nguyễn Văn Tùng, Chủ tịch UBND thành phố yêu cầu các sở thực hiện Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị.';
const article: Article = {
  title: 'Phiên họp UBND thành phố [tháng 7]',
  published: '2022-07-28T16:00:00+07:00',
  author: 'Minh Thu',
  sapo: null,
  source: {
    portal: 'Cổng thông tin điện tử thành phố Hải Phòng',
    host: 'haiphong.gov.vn',
    url: 'https://haiphong.gov.vn/tin-tuc-su-kien/phien-hop-95614',
  },
  blocks: [{ type: 'paragraph', inlines: [{ type: 'text', text }] }],
  text,
  images: [],
  wordCount: 30,
  readingMinutes: 1,
};
const mention = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
const summary: Summary = {
  officials: [
    {
      name: 'Nguyễn Văn Tùng',
      positions: ['Chủ tịch UBND thành phố'],
      mentions: [mention('Nguyễn Văn Tùng')],
    },
  ],
  documents: [
    {
      type: 'Nghị quyết',
      number: '45-NQ/TW',
      date: '2019-01-24',
      issuer: 'Bộ Chính trị',
      mention: mention('Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị'),
    },
  ],
  directives: [
    {
      by: 'Nguyễn Văn Tùng',
      verb: 'yêu cầu',
      mention: mention('yêu cầu các sở thực hiện Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị'),
    },
  ],
};
const labels: ExportLabels = {
  officials: 'Quan chức',
  documents: 'Văn bản',
  directives: 'Chỉ đạo',
  none: 'không có',
  source: 'Nguồn',
  published: 'Ngày đăng',
};

describe('summary export', () => {
  it('as plain text, with title, date and URL, for reports', () => {
    expect(summaryAsText(article, summary, labels)).toBe(
      [
        'Phiên họp UBND thành phố [tháng 7]',
        'Ngày đăng: 28/07/2022 16:00',
        'Nguồn: https://haiphong.gov.vn/tin-tuc-su-kien/phien-hop-95614',
        '',
        'Quan chức (1)',
        '- Nguyễn Văn Tùng, Chủ tịch UBND thành phố',
        '',
        'Văn bản (1)',
        '- Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị',
        '',
        'Chỉ đạo (1)',
        '- Nguyễn Văn Tùng: yêu cầu các sở thực hiện Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị',
        '',
      ].join('\n'),
    );
  });

  it('as Markdown, escaping what Markdown would read as markup, and saying when a section is empty', () => {
    const md = summaryAsMarkdown(article, { ...summary, directives: [] }, labels);
    expect(md).toContain(
      '# [Phiên họp UBND thành phố \\[tháng 7\\]](<https://haiphong.gov.vn/tin-tuc-su-kien/phien-hop-95614>)',
    );
    expect(md).toContain('## Quan chức (1)\n\n- Nguyễn Văn Tùng, Chủ tịch UBND thành phố');
    expect(md).toContain('## Chỉ đạo (0)\n\n- *không có*');
  });
});

describe('SummaryPanel', () => {
  async function mount(props: Partial<Parameters<typeof SummaryPanel>[0]> = {}) {
    const root = document.createElement('div');
    document.body.append(root);
    const onJump = vi.fn();
    const copy = vi.fn(async (_text: string) => undefined);
    const draw = (more: typeof props) =>
      act(() => {
        render(
          <I18n.Provider value={t}>
            <SummaryPanel
              article={article}
              summary={summary}
              expanded
              onToggle={() => undefined}
              onJump={onJump}
              copy={copy}
              {...more}
            />
          </I18n.Provider>,
          root,
        );
      });
    await draw(props);
    return { root, onJump, copy, rerender: draw };
  }

  it('shows three sections with counts, positions, document number, date and issuer, and who gave each directive', async () => {
    const { root } = await mount();
    const headings = [...root.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['Quan chức (1)', 'Văn bản (1)', 'Chỉ đạo (1)']);
    expect(root.textContent).toContain('Chủ tịch UBND thành phố');
    expect(root.textContent).toContain('Nghị quyết số 45-NQ/TW');
    expect(root.textContent).toContain('24/01/2019 · Bộ Chính trị');
    expect(root.querySelectorAll('#hpr-summary-body section')[2]?.textContent).toContain('Nguyễn Văn Tùng');
  });

  it('jumps to the first mention when an item is clicked', async () => {
    const { root, onJump } = await mount();
    const buttons = root.querySelectorAll<HTMLButtonElement>('.hpr-item');
    await act(() => buttons[1]?.click());
    expect(onJump).toHaveBeenCalledWith(summary.documents[0]?.mention);
  });

  it('copies as text and as Markdown and says so', async () => {
    const { root, copy } = await mount();
    const [asText, asMarkdown] = [...root.querySelectorAll<HTMLButtonElement>('.hpr-row button')];
    await act(async () => asText?.click());
    expect(copy.mock.calls[0]?.[0]).toMatch(/^Phiên họp UBND/);
    expect(root.querySelector('[role=status]')!.textContent).toBe('Đã sao chép tóm tắt.');
    await act(async () => asMarkdown?.click());
    expect(copy.mock.calls[1]?.[0]).toMatch(/^# \[/);
  });

  it('says so when a section is empty rather than hiding it', async () => {
    const { root } = await mount({ summary: { officials: [], documents: [], directives: [] } });
    expect(root.textContent).toContain('Bài viết không nêu tên quan chức nào.');
    expect(root.textContent).toContain('Bài viết không dẫn văn bản nào.');
    expect(root.textContent).toContain('Bài viết không ghi chỉ đạo nào của quan chức.');
  });

  it('starts collapsed when the setting says so', async () => {
    const { root } = await mount({ expanded: false });
    expect(root.querySelector<HTMLElement>('#hpr-summary-body')!.hidden).toBe(true);
    expect(root.querySelector('button[aria-controls=hpr-summary-body]')!.getAttribute('aria-expanded')).toBe(
      'false',
    );
  });

  it('while the analysis is pending: busy (aria-busy, a status saying so), then the lists once it is ready', async () => {
    const { root, rerender } = await mount({ summary: 'pending' });
    const panel = root.querySelector('#hpr-summary')!;
    expect(panel.getAttribute('aria-busy')).toBe('true');
    expect(panel.querySelector('[role=status]')!.textContent).toBe('Đang phân tích bài viết…');
    expect(panel.querySelectorAll('section, .hpr-row button')).toHaveLength(0);
    expect(panel.querySelector('h2')!.textContent).toBe('Tóm tắt');
    await rerender({ summary });
    expect(panel.getAttribute('aria-busy')).toBe('false');
    expect(panel.textContent).not.toContain('Đang phân tích');
    expect([...panel.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Quan chức (1)',
      'Văn bản (1)',
      'Chỉ đạo (1)',
    ]);
  });
});

describe('PrintSummary', () => {
  it('prints every official, document and directive as the text export words them, with no button, print-only', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => {
      render(
        <I18n.Provider value={t}>
          <PrintSummary summary={{ ...summary, directives: [] }} />
        </I18n.Provider>,
        root,
      );
    });
    const box = root.querySelector('section')!;
    expect(box.classList.contains('hpr-print-only')).toBe(true);
    expect(box.querySelector('button')).toBeNull();
    expect([...box.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Quan chức (1)',
      'Văn bản (1)',
      'Chỉ đạo (0)',
    ]);
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Nguyễn Văn Tùng, Chủ tịch UBND thành phố',
      'Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị',
    ]);
    expect(box.querySelector('.hpr-empty')!.textContent).toBe(t('summaryNoDirectives'));
    root.remove();
  });
});
