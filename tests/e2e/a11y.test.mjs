// axe-core finds no violation on any step, in light and dark mode, on phone and desktop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { DESKTOP, PHONE, openPage, ready, shared } from './lib.mjs';

const env = shared();

async function check(page, where) {
  // Open every "what if" and source list so their contents are checked too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const found = result.violations.map((v) => `${where}: ${v.id} (${v.nodes.length}×) ${v.nodes[0]?.target}`);
  assert.deepEqual(found, []);
}

for (const [scheme, device] of [['light', PHONE], ['dark', PHONE], ['light', DESKTOP], ['dark', DESKTOP]]) {
  test(`every step is accessible (${scheme}, ${device.isMobile ? 'phone' : 'desktop'})`, async () => {
    const { page, context } = await openPage(env.browser, env.server.origin, { ...device, colorScheme: scheme });
    await page.goto(env.server.url + '#/de/start');
    await ready(page);
    await check(page, 'start');
    await page.getByRole('checkbox', { name: 'Facebook' }).check();
    await page.getByRole('checkbox', { name: 'Slack' }).check();
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await check(page, 'accounts');
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await page.getByLabel('Wo wohnen Sie?').selectOption('DE');
    await check(page, 'situation');
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await check(page, 'plan');
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await check(page, 'proof');
    await page.goto(env.server.url + '#/en/datenschutz');
    await page.locator('#step-heading').filter({ hasText: 'Privacy' }).waitFor();
    await check(page, 'privacy (en)');
    await context.close();
  });
}

test('no horizontal scrolling at 320 px width', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, { viewport: { width: 320, height: 640 } });
  await page.goto(env.server.url + '#/de/start');
  await ready(page);
  await page.getByRole('checkbox', { name: 'Instagram' }).check();
  await page.goto(env.server.url + '#/de/plan');
  await page.locator('#instagram-objection-text').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await context.close();
});
