/**
 * A fresh portal tab for the content-script tests: module registry reset (the scripts run on
 * import), no tab state left from an earlier test, the window at the fixture's address and the
 * document holding the fixture page (without its stylesheet links: nothing to load in a test).
 */
import { vi } from 'vitest';
import { fixtureHtml, type Fixture } from '../../fixtures/pages/index.ts';
import { TAB_STATE_KEY } from '../../../src/platform/messages.ts';

const TAB_STATE = Symbol.for(TAB_STATE_KEY);

export function openFixtureTab(fixture: Fixture): void {
  vi.resetModules();
  delete (globalThis as Record<symbol, unknown>)[TAB_STATE];
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(fixture.url);
  const page = new DOMParser().parseFromString(
    fixtureHtml(fixture).replace(/<link\b[^>]*>/gi, ''),
    'text/html',
  );
  document.documentElement.innerHTML = page.documentElement.innerHTML;
}
