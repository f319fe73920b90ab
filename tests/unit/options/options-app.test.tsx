import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FONT_SIZES, THEMES, type Settings } from '../../../src/core/settings.ts';
import { DEFAULT_SHORTCUTS } from '../../../src/core/shortcuts.ts';
import {
  button,
  buttons,
  click,
  control,
  fakePlatform,
  flush,
  labels,
  MESSAGES,
  mount,
  recordingTranslator,
  section,
  status,
  text,
  unmount,
} from './harness.tsx';
import { act } from 'preact/test-utils';
import { defined } from '../defined.ts';

const m = (key: string) => MESSAGES.vi[key]?.message;
const defaults = (): Settings => ({ ...DEFAULT_SETTINGS, autoOpenDisabledHosts: [] });
const lastSaved = <T,>(fn: { mock: { calls: T[][] } }): T =>
  defined(fn.mock.calls.at(-1)?.[0], 'a saved value');

afterEach(unmount);

describe('options page: layout and names', () => {
  it('renders every section under one h1, Vietnamese labels from the shared keys, no unknown keys', async () => {
    const { t, missing } = recordingTranslator();
    const root = await mount(fakePlatform(), t);
    expect([...root.querySelectorAll('h1')].map(text)).toEqual(['Tùy chọn Hải Phòng Reader']);
    expect([...root.querySelectorAll('h2')].map(text)).toEqual([
      'Hiển thị trong chế độ đọc',
      'Tự mở chế độ đọc',
      'In bài viết',
      'Lối tắt “Kết nối với Cổng thông tin”',
      'Phím tắt bàn phím',
      'Khôi phục tất cả',
    ]);
    // The theme radios are named by the reader's own theme_* labels.
    for (const theme of THEMES) expect(control(root, defined(m(`theme_${theme}`))).type).toBe('radio');
    expect(control(root, 'Theo hệ thống').checked).toBe(true);
    expect(control(root, 'Có chân').checked).toBe(true);
    expect(control(root, 'Hiện ảnh').checked).toBe(true);
    // Every control has a label; every button has a visible name or an aria-label.
    for (const input of root.querySelectorAll('input')) {
      const labelled =
        input.closest('label') ||
        (input.id && root.querySelector(`label[for="${input.id}"]`)) ||
        input.getAttribute('aria-labelledby');
      expect(labelled, input.outerHTML).toBeTruthy();
    }
    for (const b of root.querySelectorAll('button'))
      expect(text(b) || b.getAttribute('aria-label'), b.outerHTML).toBeTruthy();
    expect(root.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
    expect(root.querySelector('.hpo-note')).toBeNull();
    expect([...missing]).toEqual([]);
  });

  it('the English strings cover every key too', async () => {
    const { t, missing } = recordingTranslator('en');
    const root = await mount(fakePlatform(), t);
    expect(text(root.querySelector('h1')!)).toBe('Hải Phòng Reader options');
    expect([...missing]).toEqual([]);
  });
});

describe('options page: reader settings', () => {
  it('a theme change is saved at once, announced "Đã lưu" and applied to the page', async () => {
    const platform = fakePlatform();
    const root = await mount(platform);
    await click(control(root, 'Tối'));
    expect(platform.saveSettings).toHaveBeenCalledTimes(1);
    expect(lastSaved(platform.saveSettings)).toEqual({ ...defaults(), theme: 'dark' });
    expect(status(root)).toBe('Đã lưu');
    expect(root.querySelector('.hpo')!.getAttribute('data-theme')).toBe('dark');
    // A second change is announced again (the live region's text changes).
    const before = root.querySelector('[role="status"]')!.textContent;
    await click(control(root, 'Giấy cũ'));
    expect(root.querySelector('[role="status"]')!.textContent).not.toBe(before);
    expect(status(root)).toBe('Đã lưu');
  });

  it('font, width, line height, alignment, images and summary each save the right field', async () => {
    const platform = fakePlatform();
    const root = await mount(platform);
    const reader = section(root, 'Hiển thị trong chế độ đọc');
    await click(control(reader, 'Không chân'));
    expect(lastSaved(platform.saveSettings)).toEqual({ ...defaults(), font: 'sans' });
    await click(control(reader, 'Rộng'));
    expect(lastSaved(platform.saveSettings)).toMatchObject({ font: 'sans', lineWidth: 'wide' });
    await click(control(reader, 'Thoáng'));
    await click(control(reader, 'Căn đều'));
    await click(control(reader, 'Hiện ảnh'));
    await click(
      control(
        reader,
        'Mở sẵn bảng tóm tắt cán bộ và chỉ đạo (trên màn hình rộng; trên điện thoại bảng luôn thu gọn lúc đầu)',
      ),
    );
    expect(lastSaved(platform.saveSettings)).toEqual({
      ...defaults(),
      font: 'sans',
      lineWidth: 'wide',
      lineHeight: 'loose',
      align: 'justify',
      showImages: false,
      summaryExpanded: false,
    });
    expect(reader.querySelector('.hpo-preview')!.getAttribute('data-align')).toBe('justify');
  });

  it('font size: A+ / A− and the slider, with the px value shown and spoken', async () => {
    const platform = fakePlatform();
    const root = await mount(platform);
    const reader = section(root, 'Hiển thị trong chế độ đọc');
    const slider = reader.querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(text(reader.querySelector('.hpo-px')!)).toBe(`${FONT_SIZES[3]} px`);
    expect(slider.getAttribute('aria-valuetext')).toBe('20 px');
    expect(slider.getAttribute('aria-labelledby')).toBe('hpo-size-legend');
    expect(text(reader.querySelector('button[data-size="up"] .hpo-sr')!)).toBe('Tăng cỡ chữ');
    expect(text(reader.querySelector('button[data-size="down"] .hpo-sr')!)).toBe('Giảm cỡ chữ');
    await click(reader.querySelector<HTMLButtonElement>('button[data-size="up"]')!);
    expect(lastSaved(platform.saveSettings)).toEqual({ ...defaults(), fontSize: 4 });
    expect(status(root)).toBe('Đã lưu (22 px)');
    expect(text(reader.querySelector('.hpo-px')!)).toBe('22 px');
    await act(async () => {
      slider.value = '0';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await flush();
    expect(lastSaved(platform.saveSettings)).toEqual({ ...defaults(), fontSize: 0 });
    expect(text(reader.querySelector('.hpo-px')!)).toBe('14 px');
    expect(reader.querySelector<HTMLButtonElement>('button[data-size="down"]')!.disabled).toBe(true);
  });

  it('a change made elsewhere (the reader popover) shows up without saving again', async () => {
    const platform = fakePlatform();
    const root = await mount(platform);
    await act(async () => platform.emitSettings({ ...defaults(), theme: 'contrast', fontSize: 6 }));
    expect(control(root, 'Tương phản cao').checked).toBe(true);
    expect(text(root.querySelector('.hpo-px')!)).toBe('27 px');
    expect(platform.saveSettings).not.toHaveBeenCalled();
  });

  it('the echo of an earlier own write does not undo a later change', async () => {
    const platform = fakePlatform();
    const root = await mount(platform);
    await click(control(root, 'Tối'));
    await click(control(root, 'Giấy cũ'));
    await act(async () => platform.emitSettings({ ...defaults(), theme: 'dark' }));
    expect(control(root, 'Giấy cũ').checked).toBe(true);
    await act(async () => platform.emitSettings({ ...defaults(), theme: 'sepia' }));
    expect(control(root, 'Giấy cũ').checked).toBe(true);
    await act(async () => platform.emitSettings({ ...defaults(), theme: 'dark' }));
    expect(control(root, 'Tối').checked).toBe(true);
  });

  it('a failed save says so in an alert', async () => {
    const platform = fakePlatform();
    platform.saveSettings.mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const root = await mount(platform);
    await click(control(root, 'Sáng'));
    expect(text(root.querySelector('[role="alert"]')!)).toBe('Không lưu được thay đổi. Hãy thử lại.');
    expect(status(root)).toBe('');
  });
});

describe('options page: auto-open and print', () => {
  it('offers the three auto-open choices and saves the one picked', async () => {
    const platform = fakePlatform();
    const root = await mount(platform);
    const auto = section(root, 'Tự mở chế độ đọc');
    expect(text(auto.querySelector('legend')!)).toBe('Tự mở chế độ đọc khi vào trang bài viết');
    expect(control(auto, 'Mở chế độ đọc ngay').checked).toBe(true);
    await click(control(auto, 'Hiện một nút nhỏ để mở chế độ đọc'));
    expect(lastSaved(platform.saveSettings)).toEqual({ ...defaults(), autoOpen: 'offer' });
    await click(control(auto, 'Không tự mở (dùng nút trên thanh công cụ hoặc phím tắt)'));
    expect(lastSaved(platform.saveSettings)).toEqual({ ...defaults(), autoOpen: 'off' });
  });

  it('removes a site from the auto-open-off list, says so and keeps the keyboard in the list', async () => {
    const hosts = ['sotttt.haiphong.gov.vn', 'quanlechan.haiphong.gov.vn', 'thanhphohaiphong.gov.vn'];
    const platform = fakePlatform({ settings: { ...defaults(), autoOpenDisabledHosts: hosts } });
    const root = await mount(platform);
    const auto = section(root, 'Tự mở chế độ đọc');
    const rows = [...auto.querySelectorAll('li')];
    expect(rows.map((li) => text(li.querySelector('.hpo-host')!))).toEqual(hosts);
    const remove = button(defined(rows[1]), 'Xóa');
    expect(remove.getAttribute('aria-describedby')).toBe(rows[1]?.querySelector('.hpo-host')!.id);
    await click(remove);
    expect(lastSaved(platform.saveSettings)).toEqual({
      ...defaults(),
      autoOpenDisabledHosts: [hosts[0], hosts[2]],
    });
    expect(status(root)).toBe('Đã xóa quanlechan.haiphong.gov.vn khỏi danh sách không tự mở.');
    expect([...auto.querySelectorAll('li .hpo-host')].map(text)).toEqual([hosts[0], hosts[2]]);
    expect(document.activeElement).toBe(button(defined(auto.querySelectorAll('li')[1]), 'Xóa'));
    await click(defined(buttons(auto, 'Xóa')[1]));
    await click(defined(buttons(auto, 'Xóa')[0]));
    expect(lastSaved(platform.saveSettings).autoOpenDisabledHosts).toEqual([]);
    expect(auto.textContent).toContain('Chưa có trang nào.');
  });

  it('print settings: paper, font and the summary box', async () => {
    const platform = fakePlatform();
    const root = await mount(platform);
    const print = section(root, 'In bài viết');
    expect(control(print, 'A4 (210 × 297 mm)').checked).toBe(true);
    expect(control(print, 'Phông văn bản hành chính (Times New Roman)').checked).toBe(true);
    await click(control(print, 'Letter (216 × 279 mm)'));
    await click(control(print, 'Phông đang dùng trong chế độ đọc'));
    await click(control(print, 'In kèm bảng tóm tắt cán bộ và chỉ đạo'));
    expect(lastSaved(platform.saveSettings)).toEqual({
      ...defaults(),
      paper: 'Letter',
      printFont: 'reader',
      printSummary: true,
    });
  });
});

describe('options page: repaired data', () => {
  it('invalid stored settings: a visible note naming the settings, defaults shown, repaired form written back', async () => {
    const platform = fakePlatform({ settings: { theme: 'neon', fontSize: 99, font: 'sans', paper: 'A3' } });
    const root = await mount(platform);
    const note = root.querySelector('.hpo-note')!;
    expect(note).not.toBeNull();
    expect(note.getAttribute('role')).toBe('note');
    expect(text(note)).toContain('Đã sửa dữ liệu cài đặt');
    expect(text(note)).toContain('đã được đặt lại về mặc định: Giao diện, Cỡ chữ, Khổ giấy.');
    expect(control(root, 'Theo hệ thống').checked).toBe(true);
    expect(control(root, 'Không chân').checked).toBe(true); // the valid field is kept
    expect(platform.saveSettings).toHaveBeenCalledWith({ ...defaults(), font: 'sans' });
  });

  it('stored settings that are not an object at all', async () => {
    const root = await mount(fakePlatform({ settings: 'v0.0.1;theme=dark' }));
    expect(text(root.querySelector('.hpo-note')!)).toContain(
      'Cài đặt đã lưu không đọc được (có thể do phiên bản cũ) nên đã được đặt lại về mặc định.',
    );
    expect(root.querySelectorAll('h2').length).toBe(6);
  });

  it('invalid stored shortcuts: a note, the repaired list shown and written back', async () => {
    const shortcuts = DEFAULT_SHORTCUTS.slice(0, 2).map((s) => ({ ...s }));
    const platform = fakePlatform({ shortcuts: { shortcuts, repaired: true } });
    const root = await mount(platform);
    expect(text(root.querySelector('.hpo-note')!)).toContain('Danh sách lối tắt đã lưu có mục không hợp lệ');
    expect(labels(root)).toEqual(['Facebook', 'Zalo']);
    expect(platform.saveShortcuts).toHaveBeenCalledWith(shortcuts);
  });

  it('storage that cannot be read still gives a working page with defaults and a note', async () => {
    const platform = fakePlatform();
    platform.rawStoredSettings = async () => {
      throw new Error('storage unavailable');
    };
    const root = await mount(platform);
    expect(text(root.querySelector('.hpo-note')!)).toContain('Không đọc được cài đặt đã lưu');
    expect(control(root, 'Theo hệ thống').checked).toBe(true);
    expect(labels(root).length).toBe(DEFAULT_SHORTCUTS.length);
  });
});

describe('options page: keyboard shortcut and reset all', () => {
  it('names the bound key and opens the browser settings', async () => {
    const platform = fakePlatform({ keys: 'Alt+Shift+D' });
    const root = await mount(platform);
    const keyboard = section(root, 'Phím tắt bàn phím');
    expect(text(keyboard)).toContain('Mở hoặc đóng chế độ đọc: Alt+Shift+D');
    await click(button(keyboard, 'Đổi phím tắt trong trình duyệt'));
    expect(platform.openShortcutSettings).toHaveBeenCalledTimes(1);
    expect(keyboard.querySelector('[role="alert"]')).toBeNull();
  });

  it('says when no key is bound, the suggested key when the browser does not tell, and how to get there when opening fails', async () => {
    let root = await mount(fakePlatform({ keys: '' }));
    expect(text(section(root, 'Phím tắt bàn phím'))).toContain('chưa gán phím nào');
    unmount();
    const platform = fakePlatform({ keys: null });
    platform.openShortcutSettings.mockRejectedValueOnce(new Error('no'));
    root = await mount(platform);
    const keyboard = section(root, 'Phím tắt bàn phím');
    expect(text(keyboard)).toContain('phím gợi ý là Alt+Shift+D');
    await click(button(keyboard, 'Đổi phím tắt trong trình duyệt'));
    expect(text(keyboard.querySelector('[role="alert"]')!)).toContain('chrome://extensions/shortcuts');
  });

  it('reset all asks inside the page first; Hủy changes nothing; confirming resets settings and shortcuts', async () => {
    const platform = fakePlatform({
      settings: { ...defaults(), theme: 'dark', autoOpenDisabledHosts: ['sotttt.haiphong.gov.vn'] },
      shortcuts: {
        shortcuts: [{ id: 'x', label: 'Sở Y tế', kind: 'web', url: 'https://soyte.haiphong.gov.vn/' }],
        repaired: false,
      },
    });
    const root = await mount(platform);
    const reset = section(root, 'Khôi phục tất cả');
    await click(button(reset, 'Khôi phục tất cả cài đặt'));
    expect(platform.resetAllSettings).not.toHaveBeenCalled();
    expect(text(reset)).toContain('Không thể hoàn tác. Bạn có chắc không?');
    expect(reset.querySelector('[role="group"]')!.getAttribute('aria-labelledby')).toBe('hpo-reset-question');
    expect(document.activeElement).toBe(button(reset, 'Hủy'));
    await click(button(reset, 'Hủy'));
    expect(platform.resetAllSettings).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button(reset, 'Khôi phục tất cả cài đặt'));

    await click(button(reset, 'Khôi phục tất cả cài đặt'));
    await click(button(reset, 'Có, khôi phục tất cả'));
    expect(platform.resetAllSettings).toHaveBeenCalledTimes(1);
    expect(control(root, 'Theo hệ thống').checked).toBe(true);
    expect(labels(root)).toEqual(DEFAULT_SHORTCUTS.map((s) => s.label));
    expect(text(section(root, 'Tự mở chế độ đọc'))).toContain('Chưa có trang nào.');
    expect(status(root)).toBe('Đã khôi phục tất cả cài đặt về mặc định.');
    expect(platform.saveSettings).not.toHaveBeenCalled();
  });

  it('Escape answers the reset question with "no"', async () => {
    const platform = fakePlatform();
    const root = await mount(platform);
    const reset = section(root, 'Khôi phục tất cả');
    await click(button(reset, 'Khôi phục tất cả cài đặt'));
    await act(async () => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(reset.querySelector('[role="group"]')).toBeNull();
    expect(platform.resetAllSettings).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button(reset, 'Khôi phục tất cả cài đặt'));
  });
});
