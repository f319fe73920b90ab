/** Shared helpers of the options page tests: fake platform, translator, DOM queries. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi, type Mock } from 'vitest';
import viLocale from '../../../_locales/vi/messages.json';
import enLocale from '../../../_locales/en/messages.json';
import { OptionsApp, type OptionsPlatform } from '../../../src/ui/options/OptionsApp.tsx';
import { I18n, translatorFrom, type Translate } from '../../../src/ui/i18n.ts';
import type { Settings } from '../../../src/core/settings.ts';
import { repairShortcuts, type DiscoveredLink, type Shortcut } from '../../../src/core/shortcuts.ts';

type Messages = Parameters<typeof translatorFrom>[0];

export const MESSAGES = {
  vi: viLocale as Messages,
  en: enLocale as Messages,
};

/** A translator over the merged messages that records every key it does not know. */
export function recordingTranslator(lang: 'vi' | 'en' = 'vi'): { t: Translate; missing: Set<string> } {
  const missing = new Set<string>();
  const base = translatorFrom(MESSAGES[lang]);
  return {
    missing,
    t: (key, subs) => {
      if (!(key in MESSAGES[lang])) missing.add(key);
      return base(key, subs);
    },
  };
}

export interface Fake extends OptionsPlatform {
  saveSettings: Mock<(s: Settings) => Promise<void>>;
  saveShortcuts: Mock<(s: Shortcut[]) => Promise<void>>;
  resetShortcuts: Mock<() => Promise<void>>;
  resetAllSettings: Mock<() => Promise<void>>;
  openShortcutSettings: Mock<() => Promise<void>>;
  /** Fires the onSettingsChanged handler, as a storage change from elsewhere would. */
  emitSettings: (settings: Settings) => void;
}

export function fakePlatform(
  stored: {
    settings?: unknown;
    shortcuts?: { shortcuts: Shortcut[]; repaired: boolean };
    keys?: string | null;
    discovered?: DiscoveredLink[];
  } = {},
): Fake {
  let handler: ((s: Settings) => void) | null = null;
  return {
    rawStoredSettings: vi.fn(async () => structuredClone(stored.settings)),
    saveSettings: vi.fn(async (_s: Settings) => undefined),
    loadShortcuts: vi.fn(async () => structuredClone(stored.shortcuts) ?? repairShortcuts(undefined)),
    saveShortcuts: vi.fn(async (_s: Shortcut[]) => undefined),
    resetShortcuts: vi.fn(async () => undefined),
    resetAllSettings: vi.fn(async () => undefined),
    openShortcutSettings: vi.fn(async () => undefined),
    loadDiscovered: vi.fn(async () => stored.discovered ?? []),
    readerShortcut: vi.fn(async () => (stored.keys === undefined ? 'Alt+Shift+D' : stored.keys)),
    onSettingsChanged: (h) => {
      handler = h;
      return () => {
        handler = null;
      };
    },
    emitSettings: (s) => handler?.(s),
  };
}

let root: HTMLElement | null = null;

export async function flush() {
  await act(async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

export async function mount(
  platform: OptionsPlatform,
  t: Translate = recordingTranslator().t,
): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(
      <I18n.Provider value={t}>
        <OptionsApp platform={platform} />
      </I18n.Provider>,
      root!,
    );
  });
  await flush();
  return root;
}

export function unmount() {
  if (!root) return;
  render(null, root);
  root.remove();
  root = null;
}

const text = (el: Element) => (el.textContent ?? '').replace(/\u00a0/g, ' ').trim();

/** The buttons whose visible text is exactly `name`, inside `scope`. */
export function buttons(scope: ParentNode, name: string): HTMLButtonElement[] {
  return [...scope.querySelectorAll('button')].filter((b) => text(b) === name);
}

export function button(scope: ParentNode, name: string): HTMLButtonElement {
  const found = buttons(scope, name);
  if (found.length !== 1 || !found[0]) throw new Error(`${found.length} buttons "${name}"`);
  return found[0];
}

/** The form control labelled `name` (a wrapping <label> or <label for>), inside `scope`. */
export function control(scope: ParentNode, name: string): HTMLInputElement {
  const found: HTMLInputElement[] = [];
  for (const label of scope.querySelectorAll('label')) {
    if (text(label) !== name) continue;
    const input = label.htmlFor
      ? (label.ownerDocument.getElementById(label.htmlFor) as HTMLInputElement | null)
      : label.querySelector('input');
    if (input) found.push(input);
  }
  if (found.length !== 1 || !found[0]) throw new Error(`${found.length} controls labelled "${name}"`);
  return found[0];
}

/** The section whose heading is `title`. */
export function section(scope: ParentNode, title: string): HTMLElement {
  const heading = [...scope.querySelectorAll('h2')].find((h) => text(h) === title);
  if (!heading) throw new Error(`no section "${title}"`);
  return heading.closest('section')!;
}

/** The shortcut list item holding `label`. */
export function item(scope: ParentNode, label: string): HTMLLIElement {
  const found = [...scope.querySelectorAll<HTMLLIElement>('li.hpo-sc')].filter(
    (li) => text(li.querySelector('.hpo-sc-label')!) === label,
  );
  if (found.length !== 1 || !found[0]) throw new Error(`${found.length} shortcut items "${label}"`);
  return found[0];
}

export function labels(scope: ParentNode): string[] {
  return [...scope.querySelectorAll('li.hpo-sc .hpo-sc-label')].map(text);
}

export async function click(el: HTMLElement) {
  await act(async () => {
    el.click();
  });
  await flush();
}

export async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function submit(form: HTMLFormElement) {
  await act(async () => {
    form.requestSubmit();
  });
  await flush();
}

export function status(scope: ParentNode): string {
  return text(scope.querySelector('[role="status"]')!);
}

export { text };
