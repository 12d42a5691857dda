// Whole journeys as a person would walk them, finding everything by role and label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { DESKTOP, PHONE, openPage, ready, shared } from './lib.mjs';

const env = shared();

const heading = (page) => page.locator('#step-heading');

// Screenshots of each step at phone size, for people to look at (not committed).
const SHOTS = new URL('../../test-results/screens/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });
const shot = (page, name) => page.screenshot({ path: SHOTS + name + '.png', fullPage: true });

test('German journey on a phone: two Meta accounts to a copied form text and a record', async () => {
  const { page, context, foreign, problems } = await openPage(env.browser, env.server.origin, PHONE);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await page.goto(env.server.url);
  await ready(page);
  assert.equal(await heading(page).textContent(), 'Welche Dienste nutzen Sie?');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  // Today's status, computed from the data and today's date, with the check date.
  const fbStatus = await page.locator('#svc-facebook-status').textContent();
  assert.match(fbStatus, /Training seit 27\. Mai 2025\..*ab heute posten/);
  await page.getByText(/Alle Angaben geprüft am \d+\. \S+ 20\d\d/).first().waitFor();
  await shot(page, '1-start');

  // "Next" without a choice explains what is missing.
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'mindestens einen Dienst' }).waitFor();

  await page.getByRole('checkbox', { name: 'Facebook' }).check();
  await page.getByRole('checkbox', { name: 'Instagram' }).check();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  assert.equal(await heading(page).textContent(), 'Ihre Konten');
  assert.equal(await heading(page).evaluate((h) => h === document.activeElement), true, 'focus moves to the new heading');

  const fb = page.getByRole('group', { name: 'Facebook – Konto 1' });
  await fb.getByLabel('Benutzername oder Profil-Link').fill('maria.huber.5');
  await fb.getByLabel('E-Mail-Adresse dieses Kontos').fill('maria@example.org');
  await fb.getByRole('checkbox', { name: /Accounts Center/ }).check();
  const ig = page.getByRole('group', { name: 'Instagram – Konto 1' });
  await ig.getByLabel('Benutzername oder Profil-Link').fill('@maria.fotos');
  await ig.getByRole('checkbox', { name: /Accounts Center/ }).check();
  await shot(page, '2-accounts');
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();

  assert.equal(await heading(page).textContent(), 'Ihre Situation');
  await page.getByRole('checkbox', { name: 'Auf meinen Fotos sind Kinder zu sehen' }).check();
  await page.getByLabel('Wo wohnen Sie?').selectOption('DE');
  await page.getByLabel('Bundesland').selectOption('DE-BY');
  await page.getByLabel('Ihr Name').fill('Maria Huber');
  await shot(page, '3-situation');
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();

  assert.equal(await heading(page).textContent(), 'Ihr Plan');
  await shot(page, '4-plan');
  const card = page.getByRole('article', { name: 'Facebook' });
  const letter = card.locator('#facebook-objection-text');
  await assert.doesNotReject(letter.waitFor());
  const text = await letter.textContent();
  assert.match(text, /Maria Huber/);
  assert.match(text, /Art\. 21 Abs\. 1 DSGVO/);
  assert.match(text, /maria\.huber\.5/);
  // Instagram is linked with Facebook: the plan says one objection covers it.
  await page.getByRole('article', { name: 'Instagram' }).getByText('verknüpft').first().waitFor();

  await card.getByRole('button', { name: 'Kopieren: E-Mail-Adresse' }).click();
  await card.getByRole('status').filter({ hasText: 'Kopiert' }).first().waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'maria@example.org');

  // The complaint goes to Bavaria's authority for companies.
  await card.getByText('… Sie sich beschweren wollen?').click();
  assert.match(await card.locator('#facebook-complaint-text').textContent(), /Bayerisches Landesamt für Datenschutzaufsicht/);

  await card.getByRole('checkbox', { name: 'Erledigt – Facebook' }).check();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  assert.equal(await heading(page).textContent(), 'Ihr Nachweis');
  await shot(page, '5-proof');
  assert.match(await page.locator('.proof').textContent(), /Facebook/);
  // The record as text, as JSON and as a calendar reminder, all made on the device.
  const saved = async (button) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const d = await download;
    const chunks = [];
    for await (const c of await d.createReadStream()) chunks.push(c);
    return [d.suggestedFilename(), Buffer.concat(chunks).toString('utf8')];
  };
  const [txtName, txt] = await saved('Nachweis als Text speichern');
  assert.match(txtName, /\.txt$/);
  assert.match(txt, /Facebook/);
  assert.match(txt, /Antwort fällig bis/);
  const [, json] = await saved('Nachweis als JSON speichern');
  const record = JSON.parse(json);
  assert.equal(record[0].platform, 'facebook');
  assert.match(record[0].answer_due, /^\d{4}-\d{2}-\d{2}$/);
  const [icsName, ics] = await saved('Erinnerung in einem Monat (Kalender)');
  assert.match(icsName, /\.ics$/);
  assert.match(ics, /BEGIN:VEVENT[\s\S]*Facebook/);

  assert.deepEqual(foreign(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('English on a desktop; switching language keeps what was entered', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, { ...DESKTOP, locale: 'en-GB' });
  await page.goto(env.server.url + '#/en/start');
  await ready(page);
  assert.equal(await heading(page).textContent(), 'Which services do you use?');
  await page.getByRole('checkbox', { name: 'LinkedIn' }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('group', { name: 'LinkedIn – Account 1' }).getByLabel('User name or profile link').fill('linkedin.com/in/sam');
  await page.getByRole('link', { name: 'Auf Deutsch wechseln' }).click();
  await heading(page).filter({ hasText: 'Ihre Konten' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.equal(await page.getByLabel('Benutzername oder Profil-Link').inputValue(), 'linkedin.com/in/sam');
  // The back button returns to the previous step.
  await page.goBack();
  await heading(page).filter({ hasText: 'Your accounts' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard only: from the start to a copied text', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, DESKTOP);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await page.goto(env.server.url + '#/de/start');
  await ready(page);
  await page.getByRole('checkbox', { name: 'TikTok' }).focus();
  await page.keyboard.press('Space');
  assert.equal(await page.getByRole('checkbox', { name: 'TikTok' }).isChecked(), true);
  // Tab to "Weiter" and press Enter, three times.
  for (const expected of ['Ihre Konten', 'Ihre Situation', 'Ihr Plan']) {
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.textContent === 'Weiter')) && guard++ < 200) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await heading(page).filter({ hasText: expected }).waitFor();
  }
  let guard = 0;
  while (!(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Kopieren'))) && guard++ < 300) {
    await page.keyboard.press('Tab');
  }
  assert.ok(guard < 300, 'a copy button is reachable with Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Kopiert' }).first().waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /TikTok/);
  await context.close();
});

test('no account of my own: the third-party route and its letter', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, PHONE);
  await page.goto(env.server.url + '#/de/start');
  await ready(page);
  await page.getByRole('checkbox', { name: 'Meta: ohne eigenes Konto' }).check();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.getByText('Sie brauchen hier kein Konto anzugeben.').waitFor();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.getByLabel('Ihr Name').fill('Jonas Petersen');
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  const card = page.getByRole('article', { name: 'Meta: ohne eigenes Konto' });
  const letter = await card.locator('#meta-no-account-objection-text').textContent();
  assert.match(letter, /kein Konto/);
  assert.match(letter, /Art\. 17/);
  assert.match(letter, /Meta Platforms Ireland Limited/);
  const fields = await card.locator('.value').allTextContents();
  assert.ok(fields.some((f) => /Art\. 21/.test(f)), 'the form text for the third-party route is ready');
  await context.close();
});

test('a deep link opens the plan at that service', async () => {
  // A consumer-advice article links straight to the Pinterest card.
  const { page, context } = await openPage(env.browser, env.server.origin, PHONE);
  await page.goto(env.server.url + '#/de/plan/pinterest');
  await page.locator('#card-pinterest-title').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'card-pinterest-title');
  assert.equal(new URL(page.url()).hash, '#/de/plan/pinterest');
  await context.close();
});
