import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import jsQR from 'jsqr';
import { recordingContext } from './fake-canvas.ts';
import { SharePanel, SHARE_CSS, type ShareLabels } from '../../../src/ui/share/SharePanel.tsx';
import { shareLabelsFrom } from '../../../src/ui/share/labels.ts';
import { qrModules } from '../../../src/core/share/qr.ts';
import { qrRaster } from './qr-raster.ts';
import viAll from '../../../_locales/vi/messages.json';
import { defined } from '../defined.ts';

const labels: ShareLabels = shareLabelsFrom(
  (key) => (viAll as Record<string, { message: string }>)[key]?.message ?? `??${key}`,
);

const RAW =
  'https://haiphong.gov.vn/tin-tức/Hải-Phòng-đẩy-mạnh-cải-cách.html?utm_source=zalo&zarsrc=30&ItemID=7#top';
const CLEAN =
  'https://haiphong.gov.vn/tin-t%E1%BB%A9c/H%E1%BA%A3i-Ph%C3%B2ng-%C4%91%E1%BA%A9y-m%E1%BA%A1nh-c%E1%BA%A3i-c%C3%A1ch.html?ItemID=7';
const TITLE = 'Hải Phòng đẩy mạnh cải cách hành chính';

let root: HTMLElement;

async function mount(props: Partial<Parameters<typeof SharePanel>[0]> = {}) {
  await act(() => {
    render(<SharePanel url={RAW} title={TITLE} labels={labels} {...props} />, root);
  });
  return root;
}

function button(text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

async function click(element: HTMLElement) {
  await act(async () => {
    element.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
  // Remove per-test navigator stubs.
  delete (navigator as unknown as Record<string, unknown>).share;
  delete (document as unknown as Record<string, unknown>).execCommand;
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true, writable: true });
});

describe('SharePanel', () => {
  it('shows the QR code of the cleaned URL as inline SVG with its accessible name', async () => {
    await mount();
    const svg = root.querySelector('svg')!;
    expect(svg).not.toBeNull();
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Mã QR dẫn tới trang này');
    expect(root.querySelector('img, iframe, object, embed')).toBeNull();

    // The drawn path is the one of the cleaned URL.
    const matrix = qrModules(CLEAN, 'M');
    const side = matrix.size + 8;
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${side} ${side}`);
    expect(svg.getAttribute('data-version')).toBe(String(matrix.version));
    const raster = qrRaster(matrix, 4);
    expect(jsQR(raster.data, raster.width, raster.height)?.data).toBe(CLEAN);
  });

  it('shows the cleaned URL as text under the code, and the title', async () => {
    await mount();
    expect(root.querySelector('.hpr-share-url-text')!.textContent).toBe(CLEAN);
    expect(root.querySelector('.hpr-share-title')!.textContent).toBe(TITLE);
    expect(root.querySelector('h2')!.textContent).toBe('Chia sẻ');
    const section = root.querySelector('section')!;
    expect(root.querySelector(`#${CSS.escape(section.getAttribute('aria-labelledby')!)}`)!.textContent).toBe(
      'Chia sẻ',
    );
  });

  it('has plain share links that open in a new tab, with the cleaned URL', async () => {
    await mount();
    const links = [...root.querySelectorAll('a')];
    expect(links).toHaveLength(3);
    const [fb, zalo, mail] = links;
    expect(fb?.getAttribute('href')).toBe(
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(CLEAN)}`,
    );
    expect(zalo?.getAttribute('href')).toBe(
      `https://sp.zalo.me/share_inline?url=${encodeURIComponent(CLEAN)}`,
    );
    expect(mail?.getAttribute('href')).toBe(
      `mailto:?subject=${encodeURIComponent(TITLE)}&body=${encodeURIComponent(TITLE)}%0D%0A${encodeURIComponent(CLEAN)}`,
    );
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.textContent).toContain('(mở trong thẻ mới)');
    }
    expect(fb?.textContent).toContain('Facebook');
    expect(zalo?.textContent).toContain('Zalo');
    expect(mail?.textContent).toContain('E-mail');
  });

  it('every button is a labelled <button type="button">', async () => {
    await mount();
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Tải PNG', 'Tải SVG', 'Sao chép liên kết']);
    for (const b of buttons) expect(b.getAttribute('type')).toBe('button');
  });

  it('copy calls navigator.clipboard.writeText with the cleaned URL and confirms visibly', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText },
      configurable: true,
      writable: true,
    });
    await mount();
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('');
    await click(button('Sao chép liên kết'));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(CLEAN);
    expect(status.textContent).toBe('Đã sao chép liên kết.');
    expect(status.getAttribute('aria-live')).toBe('polite');
  });

  it('when the clipboard is denied it says so and leaves the URL selected', async () => {
    const writeText = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText },
      configurable: true,
      writable: true,
    });
    const execCommand = vi.fn().mockReturnValue(false);
    (document as unknown as { execCommand: unknown }).execCommand = execCommand;
    await mount();
    await click(button('Sao chép liên kết'));
    expect(writeText).toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')!.textContent).toContain(
      'Trình duyệt không cho sao chép tự động',
    );
    expect(document.getSelection()?.toString()).toBe(CLEAN);
  });

  it('offers the system share sheet only where navigator.share exists, with title and URL', async () => {
    await mount();
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Chia sẻ…')).toBe(false);
    render(null, root);

    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true });
    await mount();
    await click(button('Chia sẻ…'));
    expect(share).toHaveBeenCalledWith({ title: TITLE, text: TITLE, url: CLEAN });
  });

  it('downloads the SVG through an <a download> with a data URL', async () => {
    const clicked: { href: string; download: string; inTree: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({
        href: this.getAttribute('href')!,
        download: this.getAttribute('download')!,
        inTree: root.contains(this),
      });
    });
    await mount();
    await click(button('Tải SVG'));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('qr-hai-phong-day-manh-cai-cach.svg');
    expect(clicked[0]?.inTree).toBe(true);
    const prefix = 'data:image/svg+xml;charset=utf-8,';
    expect(clicked[0]?.href.startsWith(prefix)).toBe(true);
    const svg = decodeURIComponent(defined(clicked[0]).href.slice(prefix.length));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`<title>Mã QR dẫn tới trang này: ${TITLE}</title>`);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('path')!.getAttribute('d')).toBe(
      root.querySelector('svg path')!.getAttribute('d'),
    );
    // The temporary anchor is gone again.
    expect(root.querySelectorAll('a')).toHaveLength(3);
  });

  it('downloads the PNG drawn on a canvas of at least 1024 px', async () => {
    let recorder: ReturnType<typeof recordingContext> | null = null;
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
      this: HTMLCanvasElement,
    ) {
      return (recorder = recordingContext(this)).ctx;
    } as never);
    vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(function (this: HTMLCanvasElement) {
      return `data:image/png;base64,${this.width}x${this.height}`;
    });
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href')!, download: this.getAttribute('download')! });
    });
    await mount();
    await click(button('Tải PNG'));
    const image = recorder!.drawn();
    expect(image.width).toBeGreaterThanOrEqual(1024);
    expect(clicked).toEqual([
      {
        href: `data:image/png;base64,${image.width}x${image.width}`,
        download: 'qr-hai-phong-day-manh-cai-cach.png',
      },
    ]);
    expect(jsQR(image.data, image.width, image.height)?.data).toBe(CLEAN);
  });

  it('a failed download says so instead of failing silently', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => null) as never);
    await mount();
    await click(button('Tải PNG'));
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Không tạo được tệp ảnh. Hãy thử lại.');
  });

  it('an over-long URL gets a clear message instead of a code; copy and links still work', async () => {
    const long = `https://haiphong.gov.vn/tim-kiem?q=${'a'.repeat(2400)}`;
    await mount({ url: long });
    expect(root.querySelector('svg')).toBeNull();
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toBe(
      'Liên kết quá dài để tạo mã QR (2435 byte, tối đa 2331 byte). Bạn vẫn có thể sao chép hoặc chia sẻ liên kết.',
    );
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Sao chép liên kết']);
    expect(root.querySelector('.hpr-share-url-text')!.textContent).toBe(long);
    expect(root.querySelectorAll('a')).toHaveLength(3);
  });

  it('a page without an http(s) address shows a message and nothing to share', async () => {
    await mount({ url: 'chrome://extensions/' });
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'Trang này không có địa chỉ web (http, https) để chia sẻ.',
    );
    expect(root.querySelector('svg, a, button')).toBeNull();
  });

  it('renders no script and no inline event handler attributes, also inside a shadow root', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = SHARE_CSS;
    const container = document.createElement('div');
    shadow.append(style, container);
    await act(() => {
      render(<SharePanel url={RAW} title={'<img src=x onerror="alert(1)">'} labels={labels} />, container);
    });
    for (const scope of [container]) {
      expect(scope.querySelector('script')).toBeNull();
      for (const el of scope.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) {
          expect(attr.toLowerCase().startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
        }
        for (const attr of ['href', 'src', 'xlink:href']) {
          expect(el.getAttribute(attr) ?? '').not.toMatch(/^\s*javascript:/i);
        }
      }
      expect(scope.querySelector('img')).toBeNull();
      expect(scope.querySelector('.hpr-share-title')!.textContent).toBe('<img src=x onerror="alert(1)">');
    }
    expect(container.querySelector('svg')).not.toBeNull();
    render(null, container);
    host.remove();
  });
});

describe('SHARE_CSS', () => {
  it('uses only hpr-share- classes and the overlay colour variables', () => {
    const classes = SHARE_CSS.match(/\.[a-z][\w-]*/g)!.filter((c) => !/^\.\d/.test(c));
    for (const c of classes) expect(c.startsWith('.hpr-share')).toBe(true);
    expect(SHARE_CSS).toContain('var(--hpr-fg');
    expect(SHARE_CSS).toContain('var(--hpr-bg');
    expect(SHARE_CSS).toContain('var(--hpr-accent');
    expect(SHARE_CSS).not.toMatch(/@import|url\(/);
  });
});
