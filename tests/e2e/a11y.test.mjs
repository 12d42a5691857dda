// axe-core finds no violation on any step, in light and dark mode, on phone and desktop; nothing
// scrolls sideways at 320 px, and text can be zoomed to 200 %.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, axeViolations, openPage, shared } from './lib.mjs';
import { App } from './app.mjs';

const env = shared();

async function check(page, where) {
  assert.deepEqual(await axeViolations(page, where), []);
}

for (const [scheme, device] of [['light', PHONE], ['dark', PHONE], ['light', DESKTOP], ['dark', DESKTOP]]) {
  test(`every step is accessible (${scheme}, ${device.isMobile ? 'phone' : 'desktop'})`, async () => {
    const { page, context } = await openPage(env.browser, env.server.origin, { ...device, colorScheme: scheme });
    const app = new App(page, 'de');
    const t = app.t;
    await page.goto(env.server.url + '#/de/start');
    await app.ready();
    await check(page, 'start');
    await app.choose('facebook', 'instagram', 'slack', 'meta-no-account');
    await app.nextButton(4).click();
    await app.type(app.field('email'), 'kein-at-zeichen');
    await page.keyboard.press('Tab');
    await page.getByText(t.email_check).waitFor();
    await check(page, 'details (with an e-mail hint)');
    await page.getByRole('button', { name: t.to_plan, exact: true }).click();
    await app.tick('facebook').check();
    await check(page, 'plan');
    await page.getByRole('button', { name: t.to_done, exact: true }).click();
    await check(page, 'done');
    await page.getByRole('button', { name: t.forget, exact: true }).click();
    await check(page, 'forget asks first');
    await page.goto(env.server.url + '#/de/changes');
    await app.heading().filter({ hasText: t.changes_page_title }).waitFor();
    await check(page, 'changes');
    await page.goto(env.server.url + '#/en/privacy');
    await new App(page, 'en').heading().filter({ hasText: new App(page, 'en').t.privacy_title }).waitFor();
    await check(page, 'privacy (en)');
    await context.close();
  });
}

test('no horizontal scrolling at 320 px width, and text zoomed to 200 % still fits', async () => {
  for (const zoom of [1, 2]) {
    const { page, context } = await openPage(env.browser, env.server.origin, { viewport: { width: 320 * zoom, height: 640 }, deviceScaleFactor: 1 });
    const app = new App(page, 'de');
    await page.goto(env.server.url + '#/de/plan/instagram');
    await app.card('instagram').waitFor();
    if (zoom > 1) await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `zoom ${zoom}: page is ${overflow}px wider than the screen`);
    await context.close();
  }
});
