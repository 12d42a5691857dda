// Shared helpers for the end-to-end tests: a tiny static server for dist/ on 127.0.0.1 and
// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSED = /^(text\/|application\/(json|wasm|manifest\+json)|image\/svg)/;

/** Serves `dir` under `prefix` (e.g. "/ki-widerspruch/"), like GitHub Pages; gzip on request. */
export async function serve({ dir = DIST, prefix = '/', gzip = false } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(dir, rel));
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end();
      return;
    }
    try {
      await stat(file);
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      // Like GitHub Pages, only types it compresses (not application/octet-stream, not images).
      if (gzip && COMPRESSED.test(headers['content-type']) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      // Like GitHub Pages: a missing file gets the site's 404.html.
      const page = await readFile(join(dir, '404.html')).catch(() => 'not found');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 900 } };

/**
 * A page that records every request and every CSP violation and console error, so each test
 * can assert that nothing left the origin.
 */
export async function openPage(browser, origin, options = {}) {
  const context = await browser.newContext({ locale: 'de-DE', ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const foreign = () => requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  const csp = () => page.evaluate(() => window.__cspViolations);
  return { context, page, requests, problems, foreign, csp };
}

/** Waits until the app has replaced the static page (the step heading exists). */
export async function ready(page) {
  // index.html paints a static copy of the first screen; only the app's heading is focusable.
  await page.locator('#step-heading[tabindex]').waitFor();
}

/**
 * Everything the app keeps in the page's local and session storage, as text a test can search.
 * A saved state is `kiwN:` and the hex of its bytes (core/src/saved.rs), in which typed text
 * never shows literally; it is decoded here (its strings are UTF-8 inside).
 */
export async function storedText(page) {
  const values = await page.evaluate(() => [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => s.getItem(k))));
  return values.map((v) => {
    const hex = /^kiw\d+:((?:[0-9a-f]{2})*)$/.exec(v)?.[1];
    return hex === undefined ? v : Buffer.from(hex, 'hex').toString('utf8');
  }).join('\n');
}

/** A page on another origin, like a consumer-advice article that embeds the tool. */
export async function host(html) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * The usual frame of a test file: one server for dist/ and one browser, started before the
 * tests and stopped after them. Use `env.server` and `env.browser` inside the tests.
 */
export function shared(options = {}) {
  const env = {};
  before(async () => {
    env.server = await serve(options);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * axe-core on the whole page with every fold open (more help, follow-ups, sources, the menu), as
 * "where: rule (n×) first target" lines. Checked at the page's end, where the sticky step bar
 * sits below the content: anywhere else it covers part of whatever scrolls beneath it, which axe
 * would report for that one scroll position only.
 */
export async function axeViolations(page, where, tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await page.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  const result = await new AxeBuilder({ page }).withTags(tags).analyze();
  return result.violations.map((v) => `${where}: ${v.id} (${v.nodes.length}×) ${v.nodes[0]?.target}`);
}
