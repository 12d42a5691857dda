// The release build works under a sub-path (GitHub project pages) and at the root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { serve, launch, openPage, ready } from './lib.mjs';
import { P, T, name } from './app.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const prefix of ['/', '/ki-widerspruch/']) {
  test(`the app starts when served under ${prefix}`, async () => {
    const server = await serve({ prefix });
    const { page, context, foreign, problems } = await openPage(browser, server.origin);
    await page.goto(server.url + '#/de/start');
    await ready(page);
    assert.equal(await page.locator('#step-heading').textContent(), T('de').start_title);
    assert.deepEqual(foreign(), []);
    assert.deepEqual(problems, []);
    await context.close();
    await server.close();
  });
}

// The GitHub Pages workflow builds with absolute URLs for the repository's sub-path.
const SUBPATH_DIST = new URL('../../target/dist-subpath/', import.meta.url).pathname;
test('the Pages build (public URL /ki-widerspruch/) starts, works offline-ready and its 404 leads home', { skip: !existsSync(SUBPATH_DIST) && 'no target/dist-subpath (built by scripts/test.sh)' }, async () => {
  const server = await serve({ dir: SUBPATH_DIST, prefix: '/ki-widerspruch/' });
  const { page, context, foreign, problems } = await openPage(browser, server.origin);
  await page.goto(server.url + '#/en/start');
  await ready(page);
  const en = T('en');
  assert.equal(await page.locator('#step-heading').textContent(), en.start_title);
  await page.getByRole('checkbox', { name: name('facebook', 'en'), exact: true }).check();
  await page.getByRole('button', { name: en.next_with_one, exact: true }).click();
  await page.locator('#step-heading').filter({ hasText: en.about_title }).waitFor();
  const res = await page.goto(server.url + 'nowhere/at/all');
  assert.equal(res.status(), 404);
  assert.equal(await page.getByRole('link', { name: P('de').not_found_home }).getAttribute('href'), '/ki-widerspruch/');
  assert.equal(await page.getByRole('link', { name: P('fr').not_found_home }).getAttribute('href'), '/ki-widerspruch/fr.html');
  assert.deepEqual(foreign(), []);
  // The 404 status itself is logged by the browser; nothing else may be.
  assert.deepEqual(problems.filter((p) => !p.includes('404 (Not Found)')), []);
  await context.close();
  await server.close();
});
