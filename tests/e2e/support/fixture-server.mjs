// A local HTTP server for the fixture pages, answering for the portals' real host names.
// URL → file: tests/fixtures/pages/<host>/<path>, trying <path>, <path>.html, <path>/index.html;
// a query string is part of the file name: /?pageid=1&p_steering=2 → <host>/index__pageid=1&p_steering=2.html.
// Every request is recorded, so tests can check what was (and was not) fetched.
import http from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_ROOT = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
export const SMOKE_ROOT = fileURLToPath(new URL('../../fixtures/smoke/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

// A tiny grey JPEG-like placeholder is not needed: unknown images get a 1×1 PNG.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

export function fileForUrl(root, url) {
  const host = url.hostname.toLowerCase();
  let pathname = decodeURIComponent(url.pathname);
  if (pathname.includes('..')) return null;
  const base = path.join(root, host, pathname);
  const candidates = [];
  if (url.search) {
    const q = url.search.slice(1);
    const stem = pathname.endsWith('/') ? path.join(root, host, pathname, 'index') : base;
    candidates.push(`${stem}__${q}.html`);
  }
  candidates.push(base, `${base.replace(/\/$/, '')}.html`, path.join(base, 'index.html'));
  return candidates.find((c) => c.startsWith(root) && existsSync(c) && statSync(c).isFile()) ?? null;
}

export async function startFixtureServer(roots = [PAGES_ROOT, SMOKE_ROOT]) {
  const requests = [];
  const server = http.createServer((req, res) => {
    // Behind a proxy (Firefox PAC) the request target is absolute.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    requests.push({ url: url.href, method: req.method, headers: req.headers });
    const file = roots.map((root) => fileForUrl(root, url)).find(Boolean) ?? null;
    if (!file) {
      if (/\.(png|jpe?g|gif|webp)$/i.test(url.pathname)) {
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(PIXEL);
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { port, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

export const PORTAL_HOST_PATTERNS = ['haiphong.gov.vn', '*.haiphong.gov.vn', 'thanhphohaiphong.gov.vn', '*.thanhphohaiphong.gov.vn'];
