// Lighthouse mobile on two builds, run in turns (before, after, after, before, …), so that both
// meet the same moments of a busy machine: on a shared 2-core machine single runs of blocking
// time vary several-fold, and only runs side by side compare fairly. Prints medians and runs.
//   node scripts/lighthouse-ab.mjs <the other build's dist folder> [runs of each, default 7]
// Build the other version with, e.g.: git worktree add ../old <commit>, then in ../old
// CARGO_TARGET_DIR=$PWD/../main/target trunk build --release --locked --dist /tmp/dist-old
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../tests/e2e/lib.mjs';
const other = process.argv[2];
if (!other) {
  console.error('usage: node scripts/lighthouse-ab.mjs <other dist folder> [runs]');
  process.exit(2);
}
const sites = { before: await serve({ gzip: true, dir: other.endsWith('/') ? other : other + '/' }), after: await serve({ gzip: true }) };
const res = { before: [], after: [] };
for (let i = 0; i < +(process.argv[3] ?? 7); i++) {
  for (const k of i % 2 ? ['after', 'before'] : ['before', 'after']) {
    const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--lang=de-DE', '--accept-lang=de-DE,de', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    const r = await lighthouse(sites[k].url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const a = r.lhr.audits;
    res[k].push({ score: Math.round(r.lhr.categories.performance.score * 100), lcp: Math.round(a['largest-contentful-paint'].numericValue), tbt: Math.round(a['total-blocking-time'].numericValue), tti: Math.round(a['interactive'].numericValue), kb: +(a['total-byte-weight'].numericValue / 1024).toFixed(1) });
    await chrome.kill();
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const k of ['before', 'after']) {
  const r = res[k];
  // before: the other build; after: dist/.
  console.log(k, 'median score', med(r.map((x) => x.score)), 'LCP', med(r.map((x) => x.lcp)), 'TBT', med(r.map((x) => x.tbt)), 'TTI', med(r.map((x) => x.tti)), 'KB', med(r.map((x) => x.kb)));
  console.log('  runs (score LCP TBT TTI):', r.map((x) => `${x.score} ${x.lcp} ${x.tbt} ${x.tti}`).join(' | '));
}
for (const s of Object.values(sites)) await s.close();
process.exit(0);
