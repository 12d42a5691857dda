// Trunk post-build hook. First the app's files get smaller: the wasm's import and export names
// shortened, script and style minified, all three renamed after their final bytes. Trunk writes
// its loader as an inline <script>, which a strict Content-Security-Policy forbids; this replaces
// it with a small file of our own that also checks for WebAssembly first and, without it, shows
// the static fallback in index.html. Then the Rust example core/examples/export-data.rs (which validates data/ again) writes the
// data files of each language and, from the templates, the pages of every language.
// Last, the service worker for exactly the files of this build.
import { readFileSync, writeFileSync, existsSync, readdirSync, statSync, renameSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { transformSync } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
// wasm-bindgen names each function the wasm imports from its script after the JS function and a
// hash (`__wbg_set_href_43ef5a88c2c5c339`): some 160 long names, in the wasm and in the script.
// binaryen renames imports and exports to one or two letters and prints the mapping (3 KB less
// after gzip in the wasm, more in the script), which the script then follows. Anything left
// unmatched stops the build.
const glueName = readdirSync(dir).find((f) => /^ki-widerspruch-[0-9a-f]+\.js$/.test(f));
const wasmName = readdirSync(dir).find((f) => /^ki-widerspruch-[0-9a-f]+_bg\.wasm$/.test(f));
const exportNames = new Map();
{
  const wasmPath = join(dir, wasmName);
  const features = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];
  const out = execFileSync('wasm-opt', [wasmPath, '--minify-imports-and-exports-and-modules', ...features, '-o', wasmPath], { encoding: 'utf8' });
  const [importPart, exportPart] = out.split('"exports"');
  const imports = [...importPart.matchAll(/\["([^"]+)", "([^"]+)", "([^"]+)"\]/g)].map((m) => ({ module: m[1], name: m[2], short: m[3] }));
  for (const m of exportPart.matchAll(/\["([^"]+)", "([^"]+)"\]/g)) exportNames.set(m[1], m[2]);
  const modules = new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath))).map((i) => i.module));
  const oldModules = new Set(imports.map((i) => i.module));
  if (imports.length === 0 || exportNames.size === 0 || modules.size !== 1 || oldModules.size !== 1) {
    console.error(`post-build: unexpected import names: ${imports.length} imports, modules ${[...oldModules]} -> ${[...modules]}`);
    process.exit(1);
  }
  const word = (s) => s.replace(/[$]/g, '\\$');
  let glue = readFileSync(join(dir, glueName), 'utf8');
  const moduleKey = `"${[...oldModules][0]}":`;
  if (!glue.includes(moduleKey)) {
    console.error(`post-build: ${glueName} has no import object for ${moduleKey}`);
    process.exit(1);
  }
  glue = glue.replace(moduleKey, () => `"${[...modules][0]}":`);
  for (const i of imports) {
    const key = new RegExp(`(^|[\\s{,])${word(i.name)}(\\s*:)`, 'gm');
    if (!key.test(glue)) {
      console.error(`post-build: the import ${i.name} is not in ${glueName}`);
      process.exit(1);
    }
    glue = glue.replace(key, (_, before, colon) => `${before}${JSON.stringify(i.short)}${colon}`);
  }
  for (const [name, short] of exportNames) {
    glue = glue.replace(new RegExp(`\\bwasm\\.${word(name)}\\b`, 'g'), () => `wasm[${JSON.stringify(short)}]`);
  }
  if (/\b__wbg_[a-z0-9_]*_[0-9a-f]{16}\s*:|\bwasm\.__w/.test(glue)) {
    console.error(`post-build: ${glueName} still uses a long import or export name`);
    process.exit(1);
  }
  writeFileSync(join(dir, glueName), glue);
}

// The app's script (wasm-bindgen's glue) and style, minified with esbuild: 1.8 and 1.0 KB less
// after gzip. (Trunk's own minifier cannot parse the glue.)
const cssName = readdirSync(dir).find((f) => /^main-[0-9a-f]+\.css$/.test(f));
for (const f of [glueName, cssName]) {
  const source = readFileSync(join(dir, f), 'utf8');
  const options = f.endsWith('.css') ? { loader: 'css', minify: true } : { format: 'esm', minify: true, target: 'es2022' };
  writeFileSync(join(dir, f), transformSync(source, options).code);
}
// Trunk named these files after their bytes before they were rewritten here. New names from the
// final bytes, so that a name always stands for one content, also when binaryen or esbuild
// change (a cached old script must never meet a new wasm). Script and wasm share one name.
const hash16 = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 16);
};
const appHash = hash16(readFileSync(join(dir, glueName)), readFileSync(join(dir, wasmName)));
const renamed = new Map([
  [glueName, `ki-widerspruch-${appHash}.js`],
  [wasmName, `ki-widerspruch-${appHash}_bg.wasm`],
  [cssName, `main-${hash16(readFileSync(join(dir, cssName)))}.css`],
]);
for (const [from, to] of renamed) renameSync(join(dir, from), join(dir, to));

const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
for (const [from, to] of renamed) {
  if (!html.includes(from)) {
    console.error(`post-build: ${from} is not named in index.html`);
    process.exit(1);
  }
  html = html.split(from).join(to);
}
// The style's integrity attribute (subresource integrity) follows its new content.
const css = renamed.get(cssName);
const integrity = `sha384-${createHash('sha384').update(readFileSync(join(dir, css))).digest('base64')}`;
html = html.replace(new RegExp(`(<link[^>]*${css.replace('.', '\\.')}[^>]*integrity=")[^"]*"`), (_, head) => `${head}${integrity}"`);
const inline = html.match(/<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/);
if (!inline) {
  console.error('post-build: no inline loader script found in index.html');
  process.exit(1);
}
// Trunk writes './name' for the relative build and '/repo/name' with --public-url /repo/.
const js = inline[1].match(/from '((?:[^']*\/)?[^'/]+\.js)'/)?.[1];
const wasm = inline[1].match(/'((?:[^']*\/)?[^'/]+_bg\.wasm)'/)?.[1];
if (!js || !wasm) {
  console.error('post-build: could not find the script and wasm names in Trunk\'s loader');
  process.exit(1);
}
const code = `// Starts the app. Without WebAssembly, the page keeps its static content and shows the
// direct links instead.
// Inside an iframe, tell the host page our height (nothing else), so it can fit the frame.
// Rounded up to 200 px, so the height says nothing about how much someone typed.
if (window.parent !== window && 'ResizeObserver' in window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height / 200) * 200;
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'ki-widerspruch:height', height }, '*');
    }
  };
  new ResizeObserver(post).observe(document.body);
  post();
}
if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
  document.getElementById('no-wasm')?.removeAttribute('hidden');
  // Without the app, its loading note, step list and menu lead nowhere.
  for (const el of document.querySelectorAll('.loading, #app .steps, #app header details.menu:not(.lang-menu)')) el.setAttribute('hidden', '');
} else {
  // The app's files are fetched and started only after the first screen is painted: that paint
  // never waits for them, nor shares the connection with them (a steady LCP), and the start's
  // work falls into smaller tasks (less blocking time).
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  const wasmFile = fetch('${wasm}');
  const { default: init } = await import('${js}');
  const wasm = await init({ module_or_path: wasmFile });
  // For the speed report (scripts/report.mjs): how much memory the app uses.
  window.__kiwWasmBytes = () => wasm[${JSON.stringify(exportNames.get('memory'))}].buffer.byteLength;
}
// Once opened, the tool also works without a connection.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
`;
// Minified like the app's script (0.3 KB less); the readable source is this file.
const loader = transformSync(code, { format: 'esm', minify: true, target: 'es2022' }).code;
const name = `start-${createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), loader);
html = html.replace(inline[0], `<script type="module" src="./${name}"></script>`);
// No preload of the app's script and wasm: fetched by the loader right after the page is parsed,
// they no longer compete with the first screen's paint for a slow connection.
html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*href="[^"]*\.(?:js|wasm)"[^>]*>/g, '');
html = html.replace(/ nonce="[^"]*"/g, '');

if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('post-build: an inline <script> is left in index.html');
  process.exit(1);
}
writeFileSync(file, html);

execFileSync('cargo', ['run', '--quiet', '--offline', '--package', 'kiw-core', '--features', 'toml', '--example', 'export-data', '--', dir], { stdio: 'inherit' });

// 404.html links back to the start; under a sub-path Trunk tells us the public URL.
const notFound = join(dir, '404.html');
if (existsSync(notFound)) {
  const publicUrl = process.env.TRUNK_PUBLIC_URL;
  const home = publicUrl && publicUrl.startsWith('/') ? publicUrl : '/';
  writeFileSync(notFound, readFileSync(notFound, 'utf8').replaceAll('%BASE%./', home).replaceAll('%BASE%', home));
}
// The service worker: caches this build's app and the data of the visitor's language (versioned
// by their names), serves them when offline, deletes older caches on update, and never touches
// other origins. Other languages' data is cached only once a page asks for it, so a visitor
// downloads nothing of the languages they do not use.
const files = readdirSync(dir)
  .filter((f) => !['404.html', 'sw.js'].includes(f) && !f.startsWith('.') && statSync(join(dir, f)).isFile())
  .sort();
// The version covers every file's content, so a changed embed.js or icon also updates the cache.
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const langOf = (f) => f.match(/^(?:index|data)-([a-z]{2})-[0-9a-f]+\.json$/)?.[1];
const byLang = {};
for (const f of files.filter(langOf)) (byLang[langOf(f)] ??= []).push('./' + f);
// Names with a content hash never change: the browser's copy is good. The rest is fetched anew.
const hashed = (f) => /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(f);
const sw = `// KI-Widerspruch service worker, build ${version}.
const CACHE = 'kiw-${version}';
const APP = ${JSON.stringify(['./', ...files.filter((f) => !langOf(f)).map((f) => './' + f)])};
const FRESH = ${JSON.stringify(['./', ...files.filter((f) => !langOf(f) && !hashed(f)).map((f) => './' + f)])};
const DATA = ${JSON.stringify(byLang)};
// The language of the page that is installing this worker (its address), else the browser's.
async function language() {
  const codes = Object.keys(DATA);
  for (const c of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) {
    const u = new URL(c.url);
    const m = u.hash.match(/^#\\/([a-z]{2})(\\/|$)/) || u.pathname.match(/\\/([a-z]{2})\\.html$/);
    if (m && codes.includes(m[1])) return m[1];
  }
  for (const l of self.navigator.languages || []) {
    const code = l.slice(0, 2).toLowerCase();
    if (codes.includes(code)) return code;
  }
  return codes[0];
}
self.addEventListener('install', (e) => {
  e.waitUntil(
    caches.open(CACHE)
      .then(async (c) => {
        const files = [...APP, ...(DATA[await language()] ?? [])];
        // 'reload' only for names without a content hash, which the browser's cache may hold
        // in an older version; hashed files come from that cache when it has them.
        await c.addAll(files.map((u) => new Request(u, { cache: FRESH.includes(u) ? 'reload' : 'default' })));
      })
      .then(() => self.skipWaiting()),
  );
});
self.addEventListener('activate', (e) => {
  e.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('kiw-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== self.location.origin) return;
  e.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Pages: the network first (new releases show at once), the cache when offline.
      if (e.request.mode === 'navigate') {
        try {
          return await fetch(e.request);
        } catch {
          return (await cache.match(e.request, { ignoreSearch: true })) ?? (await cache.match('./'));
        }
      }
      // Everything else has its content hash in the name: any cache first (a tab still open
      // from the previous release may ask for its own files), then the network; another
      // language's data is kept once fetched, for offline use.
      const hit = await caches.match(e.request, { ignoreSearch: true });
      if (hit) return hit;
      const response = await fetch(e.request);
      if (response.ok && /\\/(index|data)-[a-z]{2}-[0-9a-f]+\\.json$/.test(url.pathname)) {
        cache.put(e.request, response.clone());
      }
      return response;
    }),
  );
});
`;
// Minified too (0.6 KB less on a first visit, which registers it); its version is in `CACHE`.
writeFileSync(join(dir, 'sw.js'), transformSync(sw, { minify: true, target: 'es2022' }).code);
console.log(`post-build: loader in ${name}, service worker for ${files.length} files`);
