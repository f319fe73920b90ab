/**
 * Issue 14, clobbering: the tab state shared by the detector and the reader is kept under a
 * Symbol key, which no element id can name. `<form id="__haiphongReader"><input name="status">`
 * made the old string-keyed state a page element whose `status` was set, so detection stopped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tabState } from '../../../src/content/bridge.ts';

afterEach(() => document.body.replaceChildren());

describe('tab state cannot be clobbered by page elements', () => {
  it('a page form named like the old key is not taken for the state', () => {
    document.body.innerHTML =
      '<form id="__haiphongReader" name="__haiphongReader"><input name="status" value="x"><input name="reader"></form><div id="hpr-root"></div>';
    // The page element is what the old key would have found (named access on the window) when the DOM supports it.
    const named = (globalThis as unknown as Record<string, unknown>).__haiphongReader;
    if (named !== undefined) expect(named).toBeInstanceOf(HTMLFormElement);
    const state = tabState();
    expect(state).not.toBeInstanceOf(Element);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(state.status).toBeUndefined();
    expect(state.reader).toBeUndefined();
  });

  it('the state is one object shared by every call (detector and reader), and not a string-keyed global', () => {
    const a = tabState();
    a.pending = 'open';
    expect(tabState()).toBe(a);
    expect(Object.keys(globalThis)).not.toContain('__haiphongReader');
    expect(
      Object.getOwnPropertySymbols(globalThis).some(
        (s) => (globalThis as unknown as Record<symbol, unknown>)[s] === a,
      ),
    ).toBe(true);
    a.pending = undefined;
  });

  it('something other than our plain object under the key is replaced, not used', () => {
    const key = Symbol.for('haiphong-reader.tab-state');
    const g = globalThis as unknown as Record<symbol, unknown>;
    const ours = tabState();
    Object.defineProperty(g, key, { value: document.createElement('form'), configurable: true });
    const next = tabState();
    expect(next).not.toBeInstanceOf(Element);
    expect(next).not.toBe(ours);
  });
});
