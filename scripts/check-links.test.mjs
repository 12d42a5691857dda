// The link checker against a local server this test starts itself: good, moved (301 and 302),
// dead (404), bot-blocked (403) and silent (timeout) addresses, reported per file and field.
//   node --test scripts/check-links.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { checkUrl, checkAll, toMarkdown, parseList } from './check-links.mjs';

let server;
let base;
const hung = [];

before(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/ok':
        res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
        break;
      case '/moved':
        res.writeHead(301, { location: '/ok' }).end();
        break;
      case '/found':
        res.writeHead(302, { location: `${base}/ok` }).end();
        break;
      case '/chain':
        res.writeHead(308, { location: '/moved' }).end();
        break;
      case '/moved-to-dead':
        res.writeHead(301, { location: '/dead' }).end();
        break;
      case '/loop':
        res.writeHead(302, { location: '/loop' }).end();
        break;
      case '/head-not-allowed':
        if (req.method === 'HEAD') res.writeHead(405).end();
        else res.writeHead(200).end('fine with GET');
        break;
      case '/forbidden':
        res.writeHead(403).end();
        break;
      case '/slow':
        hung.push(res); // never answers
        break;
      default:
        res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  for (const res of hung) res.destroy();
  server.closeAllConnections?.();
  server.close();
});

const opts = { timeoutMs: 800 };

test('a good link is ok', async () => {
  assert.equal((await checkUrl(`${base}/ok`, opts)).kind, 'ok');
});

test('moved links report where they lead and whether for good', async () => {
  const permanent = await checkUrl(`${base}/moved`, opts);
  assert.equal(permanent.kind, 'moved');
  assert.equal(permanent.to, `${base}/ok`);
  assert.equal(permanent.permanent, true);
  const temporary = await checkUrl(`${base}/found`, opts);
  assert.equal(temporary.kind, 'moved');
  assert.equal(temporary.permanent, false);
  const chain = await checkUrl(`${base}/chain`, opts);
  assert.equal(chain.kind, 'moved');
  assert.equal(chain.hops.length, 2);
});

test('dead links are dead, also behind a redirect', async () => {
  const dead = await checkUrl(`${base}/dead`, opts);
  assert.equal(dead.kind, 'dead');
  assert.equal(dead.status, 404);
  const hidden = await checkUrl(`${base}/moved-to-dead`, opts);
  assert.equal(hidden.kind, 'dead');
  assert.equal(hidden.to, `${base}/dead`);
});

test('a server that does not answer is a timeout, not a hang', async () => {
  const started = Date.now();
  const r = await checkUrl(`${base}/slow`, opts);
  assert.equal(r.kind, 'timeout');
  assert.ok(Date.now() - started < 5000);
});

test('HEAD refused, GET works: ok; bot protection is not "dead"; loops end', async () => {
  assert.equal((await checkUrl(`${base}/head-not-allowed`, opts)).kind, 'ok');
  assert.equal((await checkUrl(`${base}/forbidden`, opts)).kind, 'blocked');
  assert.equal((await checkUrl(`${base}/loop`, opts)).kind, 'error');
  assert.equal((await checkUrl('http://127.0.0.1:9/nothing-listens-here', opts)).kind, 'error');
});

test('the report names file and field of every problem, once per address', async () => {
  const list = parseList(
    [
      { file: 'platforms/a.toml', field: 'routes[0].link', url: `${base}/ok` },
      { file: 'platforms/a.toml', field: 'routes[0].fallback_link', url: `${base}/moved` },
      { file: 'platforms/b.toml', field: 'sources[2].url', url: `${base}/dead` },
      { file: 'platforms/c.toml', field: 'sources[0].url', url: `${base}/dead` },
      { file: 'authorities/x.toml', field: 'complaint_form', url: `${base}/slow` },
    ]
      .map((e) => JSON.stringify(e))
      .join('\n'),
  );
  const checked = await checkAll(list, opts);
  assert.deepEqual(
    checked.map((c) => c.result.kind),
    ['ok', 'moved', 'dead', 'dead', 'timeout'],
  );
  const md = toMarkdown(checked, { date: '2026-12-02' });
  assert.match(md, /Dead links .*: 2/);
  assert.match(md, /`data\/platforms\/b\.toml` `sources\[2\]\.url`: .*\/dead \(HTTP 404\)/);
  assert.match(md, /`data\/platforms\/c\.toml` `sources\[0\]\.url`/);
  assert.match(md, /`data\/platforms\/a\.toml` `routes\[0\]\.fallback_link`: .* \(permanently → .*\/ok\)/);
  assert.match(md, /`data\/authorities\/x\.toml` `complaint_form`: .*\(no answer within 800 ms\)/);
  assert.doesNotMatch(md, /routes\[0\]\.link`/);
  assert.match(toMarkdown(checked.slice(0, 1)), /No problems found\./);
});
