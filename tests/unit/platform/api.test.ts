/**
 * Issue 16: the platform API's functions the popup and the options page used to reach through the
 * raw `browser` object (webextension-polyfill replaced by a recording fake).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = {
  commands: [] as { name?: string; shortcut?: string }[] | Error,
  language: 'vi',
  optionsOpened: 0,
};
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'x',
      openOptionsPage: async () => {
        fake.optionsOpened += 1;
      },
    },
    i18n: { getMessage: (k: string) => k, getUILanguage: () => fake.language },
    commands: {
      getAll: async () => {
        if (fake.commands instanceof Error) throw fake.commands;
        return fake.commands;
      },
    },
  },
}));

const { openOptionsPage, readerCommandShortcut, uiLanguage } =
  await import('../../../src/platform/browser.ts');

beforeEach(() => {
  fake.commands = [];
  fake.language = 'vi';
  fake.optionsOpened = 0;
});

describe('platform API', () => {
  it('openOptionsPage opens the options page once', async () => {
    await openOptionsPage();
    expect(fake.optionsOpened).toBe(1);
  });

  it("uiLanguage is the browser's UI language", () => {
    fake.language = 'en-US';
    expect(uiLanguage()).toBe('en-US');
  });

  it("readerCommandShortcut: the reader command's key, '' when unbound, null when the browser does not say", async () => {
    fake.commands = [
      { name: '_execute_action', shortcut: 'Alt+P' },
      { name: 'toggle-reader', shortcut: 'Alt+Shift+D' },
    ];
    expect(await readerCommandShortcut()).toBe('Alt+Shift+D');
    fake.commands = [{ name: 'toggle-reader' }];
    expect(await readerCommandShortcut()).toBe('');
    fake.commands = [{ name: '_execute_action', shortcut: 'Alt+P' }];
    expect(await readerCommandShortcut()).toBeNull();
    fake.commands = new Error('commands API unavailable');
    expect(await readerCommandShortcut()).toBeNull();
  });
});
