/** Runs one fuzz case: parse, (mutate), analyse, then check shape, time and that the input is untouched. */
import type { Window } from 'happy-dom';
import { analysePage } from '../../../src/core/index.ts';
import { quietWindow } from '../../../tools/parse-html.ts';
import { shapeProblems } from './check.ts';
import type { FuzzCase } from './corpus.ts';

/**
 * Not a speed target (speed is measured by `npm run bench`): a page that takes this long is hung.
 * The slowest case takes about 10 s on an idle 2-core machine and took 129 s with six other jobs
 * beside it (load average 13), so the guard is 600 s, and 100 s per MB above 6 MB: several times
 * the worst time seen under load, a limit only a hang reaches.
 */
export const HANG_GUARD_MS = 600_000;
export const hangGuardMs = (chars: number) => Math.max(HANG_GUARD_MS, Math.round((chars / 1e6) * 100_000));
/** The test runner's own limit for one fuzz test: above the hang guard, so the guard reports first. */
export const FUZZ_TEST_TIMEOUT_MS = 1_800_000;

export interface Outcome {
  id: string;
  ms: number;
  problems: string[];
  /** happy-dom's parser gave up (it does on some tag soup browsers parse): nothing analysed. */
  unparsed?: string;
  isArticle?: boolean;
}

const windows = new Map<string, Window>();
export function parse(html: string, url: string): Document {
  let w = windows.get(url);
  if (!w) {
    try {
      w = quietWindow(new URL(url).href);
    } catch {
      w = quietWindow('https://haiphong.gov.vn/');
    }
    windows.set(url, w);
  }
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export async function closeWindows(): Promise<void> {
  const all = [...windows.values()];
  windows.clear();
  for (const w of all) await w.happyDOM.close();
}

/**
 * Structure, attributes and text of the whole document, walked without recursion (happy-dom's own
 * serializer overflows the stack on 5,000 nested elements).
 */
export function snapshot(doc: Document): string {
  const out: string[] = [];
  const stack: Node[] = [doc];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 1) {
      const el = n as Element;
      out.push(`<${el.tagName}`);
      for (const a of Array.from(el.attributes)) out.push(` ${a.name}=${a.value}`);
      out.push('>');
    } else if (n.nodeType === 3 || n.nodeType === 8) out.push(`${n.nodeType}:${(n as CharacterData).data}`);
    else out.push(`#${n.nodeType}`);
    out.push(`/${n.childNodes.length}`);
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out.join('');
}

export function runCase(c: FuzzCase): Outcome {
  let doc: Document;
  try {
    doc = parse(c.html, c.url);
    c.mutate?.(doc);
  } catch (e) {
    return { id: c.id, ms: 0, problems: [], unparsed: (e as Error).message.slice(0, 80) };
  }
  const before = snapshot(doc);
  const problems: string[] = [];
  const t0 = performance.now();
  let result: ReturnType<typeof analysePage> | null = null;
  try {
    result = analysePage(doc, c.url, c.genericOnly ? { extract: { profiles: false } } : {});
  } catch (e) {
    problems.push(`exception: ${(e as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(e)}`);
  }
  const ms = performance.now() - t0;
  const guard = hangGuardMs(c.html.length);
  if (ms > guard) problems.push(`took ${ms.toFixed(0)} ms (hang guard ${guard} ms)`);
  if (result) problems.push(...shapeProblems(result, c.url).map((s) => `shape: ${s}`));
  if (snapshot(doc) !== before) problems.push('input document mutated');
  return { id: c.id, ms, problems, isArticle: result?.isArticle ?? false };
}

export const failures = (outcomes: Outcome[]) =>
  outcomes.filter((o) => o.problems.length).map((o) => `${o.id}: ${o.problems.join('; ')}`);
