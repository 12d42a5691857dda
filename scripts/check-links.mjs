// Link checker for editors: every web address in data/ is fetched once and reported by file and
// field when it redirects, is dead, cannot be checked or times out. A build-time tool only; it
// never blocks anything (exit code 0 unless the tool itself fails).
//   node scripts/check-links.mjs [--urls list.jsonl] [--timeout 15000] [--concurrency 6]
//                                [--json report.json] [--markdown report.md]
// Without --urls the list comes from `cargo run -p kiw-core --features toml --example list-urls`.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MAX_HOPS = 8;
// Some sites answer HEAD with errors although GET works; these codes get a second try with GET.
const RETRY_WITH_GET = new Set([400, 403, 404, 405, 406, 429, 500, 501, 502, 503]);
// Bot protection and rate limits: the page may be fine for people; not "dead".
const BLOCKED = new Set([401, 403, 429, 999]);
const USER_AGENT = 'KI-Widerspruch link check (+https://github.com/; editors\' tool, one request per link)';

/** Reads the list: one JSON object per line, {file, field, url}. */
export function parseList(text) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

async function request(url, method, timeoutMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      signal: controller.signal,
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,*/*' },
    });
    // The body is not needed; dropping it frees the connection at once.
    res.body?.cancel().catch(() => {});
    return { status: res.status, location: res.headers.get('location') };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Checks one address, following redirects by hand so each hop is known.
 * Result kinds: "ok", "moved" (redirect, with `to` and whether it is permanent), "dead",
 * "blocked" (the site refuses automated visitors), "timeout", "error".
 */
export async function checkUrl(url, { timeoutMs = 15000 } = {}) {
  const hops = [];
  let current = url;
  let permanent = true;
  try {
    for (let i = 0; i <= MAX_HOPS; i++) {
      let r = await request(current, 'HEAD', timeoutMs);
      if (RETRY_WITH_GET.has(r.status)) r = await request(current, 'GET', timeoutMs);
      if (r.status >= 300 && r.status < 400 && r.location) {
        const next = new URL(r.location, current).href;
        hops.push({ from: current, status: r.status, to: next });
        if (![301, 308].includes(r.status)) permanent = false;
        current = next;
        continue;
      }
      const base = { url, status: r.status, hops };
      if (r.status >= 200 && r.status < 300) {
        // A redirect that only adds or drops a trailing slash or changes http to https is noise.
        if (hops.length === 0 || same(url, current)) return { ...base, kind: 'ok' };
        return { ...base, kind: 'moved', to: current, permanent };
      }
      if (BLOCKED.has(r.status)) return { ...base, kind: 'blocked', to: hops.length ? current : undefined };
      return { ...base, kind: 'dead', to: hops.length ? current : undefined };
    }
    return { url, kind: 'error', hops, message: `more than ${MAX_HOPS} redirects` };
  } catch (e) {
    if (e?.name === 'AbortError') return { url, kind: 'timeout', hops, message: `no answer within ${timeoutMs} ms` };
    return { url, kind: 'error', hops, message: String(e?.cause?.code ?? e?.message ?? e) };
  }
}

function same(a, b) {
  const norm = (u) => u.replace(/^http:/, 'https:').replace(/\/+$/, '');
  return norm(a) === norm(b);
}

/** Checks every entry; each distinct address is fetched once, at most `concurrency` at a time. */
export async function checkAll(entries, { timeoutMs = 15000, concurrency = 6 } = {}) {
  const urls = [...new Set(entries.map((e) => e.url))];
  const results = new Map();
  let next = 0;
  async function worker() {
    while (next < urls.length) {
      const url = urls[next++];
      results.set(url, await checkUrl(url, { timeoutMs }));
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  return entries.map((e) => ({ ...e, result: results.get(e.url) }));
}

const HEADINGS = {
  dead: 'Dead links (the page answers with an error)',
  moved: 'Moved links (redirect: update the address)',
  timeout: 'Timeouts (no answer in time)',
  error: 'Could not connect',
  blocked: 'Could not check (the site refuses automated visitors; check by hand)',
};

/** The report for editors: one line per record and field, grouped by kind of problem. */
export function toMarkdown(checked, { date = new Date().toISOString().slice(0, 10) } = {}) {
  const problems = checked.filter((c) => c.result.kind !== 'ok');
  const lines = ['<!-- kiw-link-check -->', `Link check of data/ on ${date}: ${checked.length} addresses in ${new Set(checked.map((c) => c.file)).size} files.`];
  if (problems.length === 0) {
    lines.push('', 'No problems found.');
    return lines.join('\n') + '\n';
  }
  for (const kind of ['dead', 'moved', 'timeout', 'error', 'blocked']) {
    const list = problems.filter((c) => c.result.kind === kind);
    if (!list.length) continue;
    lines.push('', `### ${HEADINGS[kind]}: ${list.length}`, '');
    for (const c of list) {
      const r = c.result;
      let detail = r.status ? `HTTP ${r.status}` : r.message ?? '';
      if (kind === 'moved') detail = `${r.permanent ? 'permanently' : 'temporarily'} → ${r.to}`;
      else if (r.to) detail += ` after redirect to ${r.to}`;
      lines.push(`- \`data/${c.file}\` \`${c.field}\`: ${c.url} (${detail})`);
    }
  }
  lines.push('', 'Fix the record (data/README.md, section 14) or, for "could not check", open the link in a browser.');
  return lines.join('\n') + '\n';
}

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main() {
  let text;
  const list = arg('--urls');
  if (list) {
    text = readFileSync(list, 'utf8');
  } else {
    const run = spawnSync('cargo', ['run', '-q', '-p', 'kiw-core', '--features', 'toml', '--example', 'list-urls'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (run.status !== 0) {
      console.error('could not list the addresses in data/ (cargo run … --example list-urls failed)');
      process.exit(2);
    }
    text = run.stdout;
  }
  const entries = parseList(text);
  const checked = await checkAll(entries, {
    timeoutMs: Number(arg('--timeout', 15000)),
    concurrency: Number(arg('--concurrency', 6)),
  });
  const markdown = toMarkdown(checked);
  process.stdout.write(markdown);
  const json = arg('--json');
  if (json) writeFileSync(json, JSON.stringify(checked, null, 2));
  const md = arg('--markdown');
  if (md) writeFileSync(md, markdown);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
}
