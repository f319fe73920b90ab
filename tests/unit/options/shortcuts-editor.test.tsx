import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { DEFAULT_SHORTCUTS, repairShortcuts, type Shortcut } from '../../../src/core/shortcuts.ts';
import { fitsSyncItem } from '../../../src/ui/options/list-edit.ts';
import {
  button,
  click,
  control,
  fakePlatform,
  item,
  labels,
  mount,
  section,
  status,
  submit,
  text,
  type,
  unmount,
} from './harness.tsx';
import { defined } from '../defined.ts';

const DEFAULT_LABELS = DEFAULT_SHORTCUTS.map((s) => s.label);
const lastSaved = (fn: { mock: { calls: Shortcut[][][] } }): Shortcut[] =>
  defined(fn.mock.calls.at(-1)?.[0], 'saved shortcuts');

afterEach(unmount);

async function editor() {
  const platform = fakePlatform();
  const root = await mount(platform);
  return { platform, root, list: section(root, 'Lối tắt “Kết nối với Cổng thông tin”') };
}

const addForm = (scope: ParentNode) =>
  scope.querySelector<HTMLFormElement>('form[aria-labelledby="hpo-add-title"]')!;
const editForm = (scope: ParentNode) => scope.querySelector<HTMLFormElement>('li form')!;

describe('shortcuts editor', () => {
  it('lists the shortcuts in order, each item with its label and its address or "automatic"', async () => {
    const { list } = await editor();
    expect(list.querySelector('ol')).not.toBeNull();
    expect(labels(list)).toEqual(DEFAULT_LABELS);
    expect(text(item(list, 'Facebook'))).toContain(
      'Tự động: tìm kiếm trên Facebook, cho đến khi bạn xác nhận một liên kết thấy trên Cổng thông tin',
    );
    expect(text(item(list, 'Gọi Tổng đài 1022'))).toContain('tel:1022');
    for (const name of ['Sửa', 'Lên', 'Xuống', 'Xóa']) {
      const b = button(item(list, 'Zalo'), name);
      expect(b.getAttribute('aria-describedby')).toBe(item(list, 'Zalo').querySelector('.hpo-sc-label')!.id);
    }
    expect(button(item(list, 'Facebook'), 'Lên').disabled).toBe(true);
    expect(button(item(list, DEFAULT_LABELS.at(-1)!), 'Xuống').disabled).toBe(true);
  });

  it('an automatic entry stays a search; a link seen on a portal page is shown apart, as not confirmed, with where it was seen', async () => {
    const platform = fakePlatform({
      discovered: [
        { network: 'facebook', url: 'https://www.facebook.com/example.portal', host: 'haiphong.gov.vn' },
      ],
    });
    const root = await mount(platform);
    expect(text(item(root, 'Facebook'))).toContain('Tự động: tìm kiếm trên Facebook');
    expect(text(item(root, 'Facebook'))).toContain(
      'Liên kết thấy trên haiphong.gov.vn (chưa xác nhận): https://www.facebook.com/example.portal',
    );
    expect(text(item(root, 'YouTube'))).toContain('Tự động: tìm kiếm trên YouTube');
    expect(text(item(root, 'YouTube'))).not.toContain('(chưa xác nhận)');
  });

  it('moves an entry with Lên / Xuống, saves the new order and keeps focus on the moved entry', async () => {
    const { platform, list } = await editor();
    await click(button(item(list, 'YouTube'), 'Lên'));
    const order = ['Facebook', 'YouTube', 'Zalo', ...DEFAULT_LABELS.slice(3)];
    expect(labels(list)).toEqual(order);
    expect(lastSaved(platform.saveShortcuts).map((s) => s.label)).toEqual(order);
    expect(status(list.ownerDocument.body)).toBe('Đã chuyển “YouTube” tới vị trí 2.');
    expect(document.activeElement).toBe(button(item(list, 'YouTube'), 'Lên'));
    // At the top "Lên" is disabled, so the keyboard lands on "Xuống" of the same entry.
    await click(button(item(list, 'YouTube'), 'Lên'));
    expect(labels(list).slice(0, 3)).toEqual(['YouTube', 'Facebook', 'Zalo']);
    expect(document.activeElement).toBe(button(item(list, 'YouTube'), 'Xuống'));
    await click(button(item(list, 'Facebook'), 'Xuống'));
    expect(
      lastSaved(platform.saveShortcuts)
        .map((s) => s.id)
        .slice(0, 3),
    ).toEqual(['youtube', 'zalo', 'facebook']);
    expect(platform.saveShortcuts).toHaveBeenCalledTimes(3);
  });

  it('removes an entry and moves the keyboard to the next one', async () => {
    const { platform, list } = await editor();
    await click(button(item(list, 'Zalo'), 'Xóa'));
    expect(labels(list)).toEqual(DEFAULT_LABELS.filter((l) => l !== 'Zalo'));
    expect(lastSaved(platform.saveShortcuts).some((s) => s.id === 'zalo')).toBe(false);
    expect(status(list.ownerDocument.body)).toBe('Đã xóa “Zalo”.');
    expect(document.activeElement).toBe(button(item(list, 'YouTube'), 'Xóa'));
  });

  it('adds a shortcut at the end (a bare host gets https://) and clears the form', async () => {
    const { platform, list } = await editor();
    const form = addForm(list);
    expect(text(form.querySelector('h3')!)).toBe('Thêm lối tắt');
    await type(control(form, 'Tên hiển thị'), '  Sở Y tế Hải Phòng ');
    await type(control(form, 'Địa chỉ (URL)'), 'soyte.haiphong.gov.vn');
    await click(button(form, 'Thêm'));
    const saved = lastSaved(platform.saveShortcuts);
    expect(saved.length).toBe(DEFAULT_SHORTCUTS.length + 1);
    expect(saved.at(-1)).toMatchObject({
      label: 'Sở Y tế Hải Phòng',
      url: 'https://soyte.haiphong.gov.vn/',
      kind: 'web',
    });
    expect(repairShortcuts(saved).repaired).toBe(false);
    expect(labels(list).at(-1)).toBe('Sở Y tế Hải Phòng');
    expect(control(form, 'Tên hiển thị').value).toBe('');
    expect(control(form, 'Địa chỉ (URL)').value).toBe('');
    expect(status(list.ownerDocument.body)).toBe('Đã thêm “Sở Y tế Hải Phòng”.');
    // A phone number is a phone shortcut.
    await type(control(form, 'Tên hiển thị'), 'Đường dây nóng');
    await type(control(form, 'Địa chỉ (URL)'), 'tel:0225 3842 000');
    await submit(form);
    expect(lastSaved(platform.saveShortcuts).at(-1)).toMatchObject({
      label: 'Đường dây nóng',
      url: 'tel:02253842000',
      kind: 'phone',
    });
  });

  for (const bad of ['javascript:alert(1)', 'ftp://x']) {
    it(`rejects "${bad}" with an inline error and saves nothing`, async () => {
      const { platform, list } = await editor();
      const form = addForm(list);
      await type(control(form, 'Tên hiển thị'), 'Thử');
      const url = control(form, 'Địa chỉ (URL)');
      await type(url, bad);
      await click(button(form, 'Thêm'));
      expect(platform.saveShortcuts).not.toHaveBeenCalled();
      expect(labels(list)).toEqual(DEFAULT_LABELS);
      expect(url.getAttribute('aria-invalid')).toBe('true');
      const error = document.getElementById(defined(url.getAttribute('aria-describedby')?.split(' ')[0]))!;
      expect(text(error)).toBe(
        'Địa chỉ không hợp lệ. Chỉ chấp nhận địa chỉ web bắt đầu bằng http:// hoặc https://, hoặc số điện thoại dạng tel:1022.',
      );
      expect(document.activeElement).toBe(url);
      expect(url.value).toBe(bad); // kept, so it can be corrected
      // Fixing it clears the error and saves.
      await type(url, 'https://x.haiphong.gov.vn/');
      await click(button(form, 'Thêm'));
      expect(platform.saveShortcuts).toHaveBeenCalledTimes(1);
      expect(url.getAttribute('aria-invalid')).toBeNull();
    });
  }

  it('an empty label is an error too', async () => {
    const { platform, list } = await editor();
    const form = addForm(list);
    await type(control(form, 'Địa chỉ (URL)'), 'https://haiphong.gov.vn/');
    await click(button(form, 'Thêm'));
    expect(platform.saveShortcuts).not.toHaveBeenCalled();
    expect(text(form)).toContain('Hãy nhập tên cho lối tắt.');
    expect(document.activeElement).toBe(control(form, 'Tên hiển thị'));
  });

  it('edits label and URL with Lưu; an invalid URL is refused; Hủy keeps the old values', async () => {
    const { platform, list } = await editor();
    await click(button(item(list, 'Tổng đài 1022 (trực tuyến)'), 'Sửa'));
    let form = editForm(list);
    expect(form.getAttribute('aria-label')).toBe('Sửa lối tắt “Tổng đài 1022 (trực tuyến)”');
    expect(document.activeElement).toBe(control(form, 'Tên hiển thị'));
    expect(control(form, 'Địa chỉ (URL)').value).toBe('https://1022.haiphong.gov.vn/');
    await type(control(form, 'Tên hiển thị'), 'Tổng đài 1022');
    await type(control(form, 'Địa chỉ (URL)'), 'javascript:alert(1)');
    await click(button(form, 'Lưu'));
    expect(platform.saveShortcuts).not.toHaveBeenCalled();
    expect(text(form)).toContain('Địa chỉ không hợp lệ.');
    await type(control(form, 'Địa chỉ (URL)'), 'https://1022.haiphong.gov.vn/gui-phan-anh');
    await click(button(form, 'Lưu'));
    const saved = lastSaved(platform.saveShortcuts);
    expect(saved.find((s) => s.id === '1022-web')).toEqual({
      id: '1022-web',
      label: 'Tổng đài 1022',
      kind: 'web',
      url: 'https://1022.haiphong.gov.vn/gui-phan-anh',
    });
    expect(labels(list)[5]).toBe('Tổng đài 1022');
    expect(editForm(list)).toBeNull();
    expect(document.activeElement).toBe(button(item(list, 'Tổng đài 1022'), 'Sửa'));
    expect(status(list.ownerDocument.body)).toBe('Đã lưu “Tổng đài 1022”.');

    await click(button(item(list, 'Zalo'), 'Sửa'));
    form = editForm(list);
    await type(control(form, 'Tên hiển thị'), 'Zalo OA');
    await click(button(form, 'Hủy'));
    expect(labels(list)[1]).toBe('Zalo');
    expect(platform.saveShortcuts).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(button(item(list, 'Zalo'), 'Sửa'));
  });

  it('a social entry gets a fixed address, then goes back to automatic', async () => {
    const { platform, list } = await editor();
    await click(button(item(list, 'Facebook'), 'Sửa'));
    let form = editForm(list);
    const auto = control(form, 'Dùng địa chỉ tự động');
    expect(auto.checked).toBe(true);
    expect(control(form, 'Địa chỉ (URL)').disabled).toBe(true);
    await click(auto);
    expect(control(form, 'Địa chỉ (URL)').disabled).toBe(false);
    await type(control(form, 'Địa chỉ (URL)'), 'https://www.facebook.com/example.page');
    await click(button(form, 'Lưu'));
    expect(lastSaved(platform.saveShortcuts)[0]).toEqual({
      id: 'facebook',
      label: 'Facebook',
      kind: 'facebook',
      url: 'https://www.facebook.com/example.page',
    });
    expect(text(item(list, 'Facebook'))).toContain('https://www.facebook.com/example.page');

    await click(button(item(list, 'Facebook'), 'Sửa'));
    form = editForm(list);
    expect(control(form, 'Dùng địa chỉ tự động').checked).toBe(false);
    await click(control(form, 'Dùng địa chỉ tự động'));
    await click(button(form, 'Lưu'));
    expect(lastSaved(platform.saveShortcuts)[0]).toEqual({
      id: 'facebook',
      label: 'Facebook',
      kind: 'facebook',
      url: null,
    });
    expect(text(item(list, 'Facebook'))).toContain('Tự động');
  });

  it('only social entries offer "automatic"', async () => {
    const { list } = await editor();
    await click(button(item(list, 'Dịch vụ công trực tuyến'), 'Sửa'));
    expect([...editForm(list).querySelectorAll('label')].map(text)).toEqual([
      'Tên hiển thị',
      'Địa chỉ (URL)',
    ]);
  });

  it('"Khôi phục mặc định" brings the default list back', async () => {
    const { platform, list } = await editor();
    await click(button(item(list, 'Facebook'), 'Xóa'));
    await click(button(item(list, 'Zalo'), 'Xóa'));
    expect(labels(list)).toEqual(DEFAULT_LABELS.slice(2));
    await click(button(list, 'Khôi phục mặc định'));
    expect(platform.resetShortcuts).toHaveBeenCalledTimes(1);
    expect(labels(list)).toEqual(DEFAULT_LABELS);
    expect(status(list.ownerDocument.body)).toBe('Đã khôi phục danh sách lối tắt mặc định.');
    expect(document.activeElement).toBe(button(list, 'Khôi phục mặc định'));
  });

  it('refuses a list too big for storage.sync, keeping what was typed', async () => {
    // As many entries as fit; the new one is bigger than any of them, so it cannot fit too.
    const shortcuts: Shortcut[] = [];
    for (let i = 0; ; i++) {
      const entry: Shortcut = {
        id: `p${i}`,
        label: `Ủy ban nhân dân phường số ${i} thuộc thành phố Hải Phòng`.padEnd(115, '.'),
        kind: 'web',
        url: `https://phuong${i}.haiphong.gov.vn/`,
      };
      if (!fitsSyncItem([...shortcuts, entry])) break;
      shortcuts.push(entry);
    }
    expect(shortcuts.length).toBeLessThan(50); // under the count limit: it is the size that stops it
    const bigUrl = `https://soyte.haiphong.gov.vn/${'thu-tuc-hanh-chinh/'.repeat(12)}`;
    const platform = fakePlatform({ shortcuts: { shortcuts, repaired: false } });
    const root = await mount(platform);
    const form = addForm(root);
    await type(control(form, 'Tên hiển thị'), 'Sở Y tế Hải Phòng');
    await type(control(form, 'Địa chỉ (URL)'), bigUrl);
    await click(button(form, 'Thêm'));
    expect(platform.saveShortcuts).not.toHaveBeenCalled();
    expect(text(form.querySelector('[role="alert"]')!)).toContain('Danh sách lối tắt quá dài để đồng bộ');
    expect(control(form, 'Tên hiển thị').value).toBe('Sở Y tế Hải Phòng');
    expect(labels(root).length).toBe(shortcuts.length);
  });

  it('when storage refuses the write, the list goes back to what is stored and an alert says so', async () => {
    const { platform, list, root } = await (async () => {
      const platform = fakePlatform();
      platform.saveShortcuts.mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'));
      const root = await mount(platform);
      return { platform, root, list: section(root, 'Lối tắt “Kết nối với Cổng thông tin”') };
    })();
    await click(button(item(list, 'Zalo'), 'Xóa'));
    expect(platform.saveShortcuts).toHaveBeenCalledTimes(1);
    expect(labels(list)).toEqual(DEFAULT_LABELS);
    expect(text(root.querySelector('.hpo-toast [role="alert"]')!)).toBe(
      'Không lưu được thay đổi. Hãy thử lại.',
    );
  });

  it('Escape closes the edit form without saving', async () => {
    const { platform, list } = await editor();
    await click(button(item(list, 'YouTube'), 'Sửa'));
    const input = control(editForm(list), 'Tên hiển thị');
    await type(input, 'YouTube Hải Phòng');
    await act(async () => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(editForm(list)).toBeNull();
    expect(labels(list)[2]).toBe('YouTube');
    expect(platform.saveShortcuts).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button(item(list, 'YouTube'), 'Sửa'));
  });

  it('an emptied list says how to get the defaults back', async () => {
    const platform = fakePlatform({ shortcuts: { shortcuts: [], repaired: false } });
    const root = await mount(platform);
    const list = section(root, 'Lối tắt “Kết nối với Cổng thông tin”');
    expect(list.querySelector('ol')).toBeNull();
    expect(text(list)).toContain('Danh sách trống.');
  });
});
