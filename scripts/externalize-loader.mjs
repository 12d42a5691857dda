// Trunk post-build hook: moves Trunk's inline loader script into its own file, so the page
// runs under a Content-Security-Policy without 'unsafe-inline'. Fails loudly if the page
// still contains any inline script afterwards.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalize-loader: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const m = html.match(inline);
if (!m) {
  console.error('externalize-loader: no inline loader script found in index.html');
  process.exit(1);
}
const code = m[1].trim() + '\n';
const name = `start-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
html = html.replace(m[0], `<script type="module" src="./${name}"></script>`);
html = html.replace(/ nonce="[^"]*"/g, '');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('externalize-loader: an inline <script> is left in index.html');
  process.exit(1);
}
writeFileSync(file, html);
console.log(`externalize-loader: loader moved to ${name}`);
