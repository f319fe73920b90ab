// The page fixtures (tests/fixtures/pages/fixtures.json) as the real-browser tests use them.
import { readFileSync } from 'node:fs';

/** @typedef {import('../../fixtures/pages/index.ts').Fixture} Fixture */

/** @type {Fixture[]} */
export const FIXTURES = JSON.parse(
  readFileSync(new URL('../../fixtures/pages/fixtures.json', import.meta.url), 'utf8'),
);
export const ARTICLES = FIXTURES.filter((f) => f.kind === 'article');
export const NON_ARTICLES = FIXTURES.filter((f) => f.kind !== 'article');

/** One article per markup family (era A, B, C, WordPress, AMP, invented): the cross-generation set. */
/** @returns {Fixture[]} */
export function onePerMarkup() {
  /** @type {Map<string, Fixture>} */
  const seen = new Map();
  for (const f of ARTICLES) if (!seen.has(f.markup)) seen.set(f.markup, f);
  return [...seen.values()];
}

/**
 * The corpus truth of an article fixture; a clear error for a fixture that has none.
 * @param {Fixture} f
 */
export function expectedOf(f) {
  if (!f.expected) throw new Error(`fixture ${f.file} has no expected article text`);
  return f.expected;
}

/**
 * `list.at(index)`, or a clear error when the list has no such item.
 * @template T
 * @param {readonly T[]} list
 * @param {number} index
 * @returns {T}
 */
export function itemAt(list, index) {
  const item = list.at(index);
  if (item === undefined) throw new Error(`no item at ${index} in a list of ${list.length}`);
  return item;
}

/**
 * The first fixture of `list` that `predicate` accepts, or a clear error naming `what` was sought.
 * @param {readonly Fixture[]} list
 * @param {(f: Fixture) => boolean} predicate
 * @param {string} what
 */
export function findFixture(list, predicate, what) {
  const found = list.find(predicate);
  if (!found) throw new Error(`no fixture: ${what}`);
  return found;
}
