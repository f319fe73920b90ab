/**
 * npm run extract -- [--url URL] FILE.html   (or "-" for stdin)
 *
 * Prints the PageAnalysis of a saved page as JSON on stdout, and nothing else. `--url` defaults to the
 * page's canonical link (then og:url) when that is an https portal address, else the file's own URL. Exit 2 with a one-line message on stderr when the input is
 * missing, unreadable or not HTML.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHtml } from '../tools/parse-html.ts';
import { analysePage } from '../src/core/index.ts';
import { isPortalHost } from '../src/core/detect/url.ts';
import { acceptedCanonical, CANONICAL_SELECTOR } from '../src/core/share/canonical.ts';
import type { PageAnalysis } from '../src/core/types.ts';

export function looksLikeHtml(text: string): boolean {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (!head) return false;
  // eslint-disable-next-line no-control-regex -- binary input is recognised by its control characters
  if (/[\u0000-\u0008\u000E-\u001F]/.test(head.slice(0, 512))) return false;
  return (
    /^<(?:!doctype\s+html|html|head|body|meta|title|!--)/i.test(head) ||
    /<(?:html|body|div|p|article)[\s>]/i.test(head)
  );
}

/**
 * The saved page's own idea of its URL when none is given: its declared canonical address (the one
 * selector of src/core/share/canonical.ts, in <head>), taken only as the extension would take it —
 * https and on a portal host — so an off-site canonical never becomes the page's address.
 */
export function pageUrl(doc: Document): string | null {
  const found = doc.head?.querySelectorAll(CANONICAL_SELECTOR) ?? [];
  for (const el of Array.from(found)) {
    const raw = el.getAttribute(el.tagName.toLowerCase() === 'link' ? 'href' : 'content')?.trim();
    const accepted = raw && /^https:\/\//i.test(raw) ? acceptedCanonical(raw, raw) : null;
    if (accepted && isPortalHost(new URL(accepted).hostname)) return accepted;
  }
  return null;
}

/** The CLI's JSON shape: the PageAnalysis without article.blocks. */
export function cliJson(a: PageAnalysis): unknown {
  const article = a.article
    ? {
        title: a.article.title,
        published: a.article.published,
        author: a.article.author,
        sapo: a.article.sapo,
        source: a.article.source,
        text: a.article.text,
        images: a.article.images,
        wordCount: a.article.wordCount,
        readingMinutes: a.article.readingMinutes,
      }
    : null;
  return {
    url: a.url,
    kind: a.kind,
    isArticle: a.isArticle,
    confidence: a.confidence,
    reasons: a.reasons,
    article,
    summary: a.summary,
  };
}

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  let url: string | null = null;
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === undefined) continue;
    if (a === '--url') {
      url = argv[++i] ?? fail('--url needs a value');
    } else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '-h' || a === '--help') {
      process.stderr.write('usage: npm run extract -- [--url URL] FILE.html|-\n');
      process.exit(0);
    } else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else if (file === null) file = a;
    else fail(`unexpected argument ${a}`);
  }
  if (file === null) fail('missing input file (FILE.html or - for stdin)');
  if (url !== null) {
    try {
      const u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    } catch {
      fail(`--url is not an http(s) URL: ${url}`);
    }
  }
  let html: string;
  try {
    html = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    fail(
      `cannot read ${file === '-' ? 'stdin' : file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  if (!looksLikeHtml(html)) fail(`${file === '-' ? 'stdin' : file} is not HTML`);
  let parsed = parseHtml(html, url ?? 'about:blank');
  if (!url) {
    const own = pageUrl(parsed.doc);
    url = own ?? (file === '-' ? 'about:blank' : pathToFileURL(resolve(file)).href);
    await parsed.close();
    parsed = parseHtml(html, url);
  }
  const analysis = analysePage(parsed.doc, url);
  await parsed.close();
  process.stdout.write(JSON.stringify(cliJson(analysis), null, 2) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((e) => fail((e as Error).message.split('\n')[0] ?? ''));
}
