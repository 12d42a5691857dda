// The release build works under a sub-path (GitHub project pages) and at the root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, ready } from './lib.mjs';

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
    assert.equal(await page.locator('#step-heading').textContent(), 'Welche Dienste nutzen Sie?');
    assert.deepEqual(foreign(), []);
    assert.deepEqual(problems, []);
    await context.close();
    await server.close();
  });
}
