// Embedding: one script tag on a host page on another origin, or a bare iframe; presets apply,
// bad parameters are ignored, the frame follows the content's height, and the host never
// receives anything but that height.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { DESKTOP, host, openPage, shared } from './lib.mjs';
import { LANGUAGES, P, T, name } from './app.mjs';

const en = T('en');
const de = T('de');

const env = shared();

const article = (body) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Ratgeber</title></head>
<body><h1>Ratgeber-Artikel</h1><p>Text davor.</p>${body}<p>Text danach.</p>
<script>window.__msgs = []; addEventListener('message', (e) => window.__msgs.push(e.data));</script></body></html>`;

test('one script tag: preset service and language, auto height, only the height reaches the host', async () => {
  const page_ = await host(article(`<script src="${env.server.url}embed.js" data-services="facebook,nonsense" data-lang="en" data-theme="dark" async></script>`));
  const { page, context, foreign } = await openPage(env.browser, env.server.origin, DESKTOP);
  await page.goto(page_.url);
  const frameEl = page.locator('iframe');
  await frameEl.waitFor();
  const frame = page.frameLocator('iframe');
  await frame.locator('#step-heading').filter({ hasText: en.start_title }).waitFor();
  assert.equal(await frame.getByRole('checkbox', { name: name('facebook', 'en'), exact: true }).isChecked(), true, 'preset applied');
  assert.equal(await frame.locator('html').getAttribute('data-theme'), 'dark');

  const height = async () => Number.parseInt(await frameEl.evaluate((f) => f.style.height), 10);
  await page.waitForFunction(() => parseInt(document.querySelector('iframe').style.height, 10) > 0);
  const before = await height();
  const inner = await frameEl.evaluate((f) => f.contentDocument?.body?.getBoundingClientRect().height ?? null).catch(() => null);
  assert.equal(inner, null, 'the host cannot read the tool (other origin)');

  // Growing content makes the frame taller.
  await frame.getByRole('button', { name: en.next_with_one, exact: true }).click();
  await frame.getByLabel(en.email, { exact: true }).fill('SECRET-user-4711@example.org');
  await frame.getByRole('button', { name: en.to_plan, exact: true }).click();
  await frame.locator('#card-facebook').waitFor();
  // The plan of one service is shorter than the list of all services: the frame follows.
  await page.waitForFunction((b) => parseInt(document.querySelector('iframe').style.height, 10) < b, before);
  const plan = await height();
  await frame.locator('#card-facebook summary').first().click();
  await page.waitForFunction((b) => parseInt(document.querySelector('iframe').style.height, 10) > b, plan);

  const msgs = await page.evaluate(() => window.__msgs);
  assert.ok(msgs.length > 0);
  for (const m of msgs) {
    assert.deepEqual(Object.keys(m).sort(), ['height', 'type']);
    assert.equal(m.type, 'ki-widerspruch:height');
    assert.equal(typeof m.height, 'number');
  }
  assert.ok(!JSON.stringify(msgs).includes('SECRET'));
  assert.deepEqual(foreign().filter((u) => !u.startsWith(page_.url)), [], 'the tool loads only its own files');
  await context.close();
  await page_.close();
});

test('a bare iframe works without the script; bad parameters are ignored', async () => {
  const src = `${env.server.url}?services=instagram,%3Cscript%3E&lang=xx&theme=neon&accent=zzz&compact=maybe&foo=bar#/de/start`;
  const page_ = await host(article(`<iframe src="${src}" title="KI-Widerspruch" style="width:100%;height:900px;border:0"></iframe>`));
  const { page, context, problems } = await openPage(env.browser, env.server.origin, DESKTOP);
  await page.goto(page_.url);
  const frame = page.frameLocator('iframe');
  await frame.locator('#step-heading').filter({ hasText: de.start_title }).waitFor();
  assert.equal(await frame.getByRole('checkbox', { name: name('instagram', 'de'), exact: true }).isChecked(), true);
  assert.equal(await frame.locator('html').getAttribute('data-theme'), null, 'an unknown theme is ignored');
  assert.equal(await frame.locator('script:not([src])').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
  await page_.close();
});

test('a host accent colour is applied with readable text', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, DESKTOP);
  await page.goto(`${env.server.url}?accent=ffe600&chrome=0#/de/start`);
  await page.locator('#step-heading').waitFor();
  const [bg, fg] = await page.getByRole('button', { name: de.next, exact: true }).evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
  assert.equal(bg, 'rgb(255, 230, 0)');
  assert.equal(fg, 'rgb(0, 0, 0)');
  assert.equal(await page.locator('.site-footer').isVisible(), false, 'chrome=0 hides the footer');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await context.close();
});

test('the configurator, in French, makes a snippet that works as pasted', async () => {
  const { page, context, foreign } = await openPage(env.browser, env.server.origin, DESKTOP);
  const p = P('fr');
  const fr = T('fr');
  await page.goto(env.server.url + fr.embed_file + '.html');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await page.getByRole('checkbox', { name: name('linkedin', 'fr'), exact: true }).check();
  assert.equal(await page.getByLabel(p.embed_language).inputValue(), 'fr', 'the page language is preselected');
  const snippet = await page.getByLabel(p.embed_script_label).inputValue();
  assert.match(snippet, /embed\.js" data-lang="fr" data-services="linkedin" async><\/script>$/);
  const iframe = await page.getByLabel(p.embed_iframe_label).inputValue();
  assert.ok(iframe.includes(`title="${p.frame_title}"`), iframe);
  await page.frameLocator('#preview iframe').locator('#step-heading').filter({ hasText: fr.start_title }).waitFor();
  const axe = await new AxeBuilder({ page }).exclude('#preview').withTags(['wcag2a', 'wcag2aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  assert.deepEqual(foreign(), []);

  const page_ = await host(article(snippet));
  await page.goto(page_.url);
  assert.equal(await page.locator('iframe').getAttribute('title'), p.frame_title);
  const frame = page.frameLocator('iframe');
  await frame.locator('#step-heading').filter({ hasText: fr.start_title }).waitFor();
  assert.equal(await frame.getByRole('checkbox', { name: name('linkedin', 'fr'), exact: true }).isChecked(), true);
  await context.close();
  await page_.close();
});

test('the configurator in German offers every language and names services in German', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, DESKTOP);
  const p = P('de');
  await page.goto(env.server.url + T('de').embed_file + '.html');
  await page.getByRole('checkbox', { name: name('linkedin', 'de'), exact: true }).check();
  await page.getByLabel(p.embed_language).selectOption('en');
  const snippet = await page.getByLabel(p.embed_script_label).inputValue();
  assert.match(snippet, /embed\.js" data-lang="en" data-services="linkedin" async><\/script>$/);
  await page.frameLocator('#preview iframe').locator('#step-heading').filter({ hasText: en.start_title }).waitFor();
  // Each configurator links to the others, each language named in itself.
  await page.getByRole('link', { name: LANGUAGES.find((l) => l.code === 'fr').name, exact: true }).click();
  await page.getByRole('heading', { name: P('fr').embed_title, exact: true }).waitFor();
  await context.close();
});

test('a missing page leads back to the start', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, DESKTOP);
  const response = await page.goto(env.server.url + 'gibt/es/nicht');
  assert.equal(response.status(), 404);
  await page.getByRole('link', { name: P('de').not_found_home }).click();
  await page.locator('#step-heading').waitFor();
  await context.close();
});
