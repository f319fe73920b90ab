// A local HTTP server for the fixture pages, answering for the portals' real host names.
// URL → file is the fixtures' own rule (tests/fixtures/pages/paths.ts): <host><path>[@<query>][.html].
// Every request is recorded, so tests can check what was (and was not) fetched.
// (Run under `node --import tsx` so this module can import the TypeScript fixture helpers.)
import http from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { urlToFixturePath } from '../../fixtures/pages/paths.ts';

export const PAGES_ROOT = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
export const SMOKE_ROOT = fileURLToPath(new URL('../../fixtures/smoke/', import.meta.url));
/** Hostile and robustness pages (issue 9): every security payload, leaky page CSS, busy page scripts. */
export const HOSTILE_ROOT = fileURLToPath(new URL('../../fixtures/hostile/', import.meta.url));

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

// Images the fixtures reference are not stored: any image URL gets a 1×1 PNG.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/**
 * @param {string} root
 * @param {URL} url
 */
export function fileForUrl(root, url) {
  let rel;
  try {
    rel = urlToFixturePath(url.href);
  } catch {
    return null;
  }
  const file = path.resolve(root, rel);
  return file.startsWith(path.resolve(root) + path.sep) && existsSync(file) && statSync(file).isFile()
    ? file
    : null;
}

/** The http:// form of a fixture URL: the test server speaks plain HTTP under every host name. */
/** @param {string} url */
export function served(url) {
  return url.replace(/^https:/, 'http:');
}

/** @param {string[]} roots */
export async function startFixtureServer(roots = [PAGES_ROOT, SMOKE_ROOT, HOSTILE_ROOT]) {
  /** @type {{ url: string, method: string | undefined, headers: import('node:http').IncomingHttpHeaders }[]} */
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
  // Behind the Firefox PAC proxy an https:// request arrives as CONNECT host:443: record the host
  // (so the request log sees every host a page or the extension tries to reach), then refuse it.
  server.on('connect', (req, socket) => {
    requests.push({
      url: `https://${(req.url ?? '').replace(/:443$/, '')}/`,
      method: 'CONNECT',
      headers: req.headers,
    });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { port, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** The hosts the test browsers send to this server: the portal registry's (src/core/portals). */
export { PORTAL_HOST_PATTERNS } from '../../../src/core/portals/lookup.ts';
