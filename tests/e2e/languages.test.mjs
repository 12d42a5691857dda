// Every language is a whole tool: French from its own page to a copied letter and a complaint to
// the CNIL; switching German → French → English keeps everything typed; the page's language and
// title follow; axe finds nothing in French. Labels come from data/ (tests/e2e/app.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, axeViolations, openPage, shared } from './lib.mjs';
import { App, LANGUAGES, P, exact, fill } from './app.mjs';

const env = shared();

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function axe(page, where) {
  assert.deepEqual(await axeViolations(page, where), []);
}

test('French on a phone: from the French page to a copied letter and a complaint to the CNIL', async () => {
  const { page, context, foreign, problems } = await openPage(env.browser, env.server.origin, { ...PHONE, locale: 'de-DE' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  const app = new App(page, 'fr');
  const t = app.t;
  // The French page says its language before the app has loaded, and the app keeps it (even
  // though this browser prefers German).
  await page.goto(env.server.url + 'fr.html');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await app.ready();
  assert.equal(await app.heading().textContent(), t.start_title);
  assert.equal(await page.title(), t.app_name);
  await axe(page, 'start (fr)');

  await app.choose('whatsapp');
  await app.tap(app.nextButton(1));
  await app.heading().filter({ hasText: exact(t.about_title) }).waitFor();
  await app.type(app.field('name'), 'Camille Martin');
  await app.type(app.field('email'), 'camille@example.fr');
  await page.getByLabel(t.country, { exact: true }).selectOption('FR');
  await axe(page, 'about (fr)');
  await app.tap(page.getByRole('button', { name: t.to_plan, exact: true }));
  await app.heading().filter({ hasText: exact(t.plan_title) }).waitFor();

  // The letter, in French, copied with one tap.
  const card = app.card('whatsapp');
  const letter = await card.locator('#whatsapp-objection-text').textContent();
  assert.match(letter, /Madame, Monsieur,/);
  assert.match(letter, /article 21, paragraphe 1, du RGPD/);
  assert.match(letter, /Camille Martin/);
  assert.match(letter, /Irlande/, 'the company\'s country in French');
  await app.tap(card.getByRole('button', { name: new RegExp('^' + escape(fill(t.label_value, t.copy, ''))) }).first());
  await card.getByRole('status').filter({ hasText: t.copied }).first().waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /Madame, Monsieur,/);
  // Its file is named in French, after the letter's subject.
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: t.download_txt, exact: true }).first().click();
  assert.match((await download).suggestedFilename(), /^whatsapp-opposition-[a-z0-9]+\.txt$/);
  // The footer leads to the configurator in French.
  assert.equal(await page.getByRole('link', { name: t.embed_link }).getAttribute('href'), `./${t.embed_file}.html`);

  // The complaint: to the CNIL, by its French name, once the sending date is known.
  await app.fold(t.more_help, card);
  await app.fold(t.what_if_complaint, card);
  const fold = card.locator('details').filter({ has: page.locator('summary', { hasText: t.what_if_complaint }) }).last();
  await fold.getByLabel(t.sent_date_question).fill('2026-11-30');
  const complaint = await card.locator('#whatsapp-complaint-text').textContent();
  assert.match(complaint, /Commission nationale de l'informatique et des libertés/);
  assert.match(complaint, /article 77, paragraphe 1, du RGPD/);
  assert.match(complaint, /30 novembre 2026/);
  // The CNIL takes complaints through its online form, not by e-mail: the hint says so.
  await fold.getByText(t.no_email_use_form, { exact: true }).waitFor();
  const [before, after] = t.no_email_address.split('{0}').map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  assert.equal(await fold.getByText(new RegExp(`^${before}.*${after}$`)).count(), 0);
  await axe(page, 'plan (fr)');
  assert.deepEqual(foreign(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('German → French → English from the language menu keeps everything typed', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, PHONE);
  let app = new App(page, 'de');
  await page.goto(env.server.url + '#/de/start');
  await app.ready();
  await app.choose('whatsapp', 'linkedin');
  await app.tap(app.nextButton(2));
  await app.heading().filter({ hasText: exact(app.t.about_title) }).waitFor();
  await app.type(app.field('name'), 'Ana Müller-Lüdenscheidt');
  await app.type(app.field('email'), 'ana@example.org');

  for (const lang of ['fr', 'en']) {
    app = await app.switchTo(lang);
    await app.heading().filter({ hasText: exact(app.t.about_title) }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal(await page.title(), app.t.app_name);
    assert.equal(new URL(page.url()).hash, `#/${lang}/details`);
    assert.equal(await app.field('name').inputValue(), 'Ana Müller-Lüdenscheidt', lang);
    assert.equal(await app.field('email').inputValue(), 'ana@example.org', lang);
    // The menu names each language in itself and marks the current one.
    await app.fold(app.t.language_label, page.locator('header'));
    for (const l of LANGUAGES) {
      const link = page.locator('header').getByRole('link', { name: l.name, exact: true });
      assert.equal(await link.getAttribute('lang'), l.code);
      assert.equal(await link.getAttribute('aria-current'), l.code === lang ? 'true' : null);
    }
    await page.keyboard.press('Escape');
  }
  await app.tap(page.getByRole('button', { name: app.t.to_plan, exact: true }));
  await app.card('linkedin').waitFor();
  await app.card('whatsapp').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('each language has its own static page: language, title and first screen before the app', async () => {
  const { page, context } = await openPage(env.browser, env.server.origin, { javaScriptEnabled: false });
  const html = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  for (const l of LANGUAGES) {
    const app = new App(page, l.code);
    const file = l.code === LANGUAGES[0].code ? '' : `${l.code}.html`;
    // What paints before (or without) the app: the page's own language, title and first screen.
    await page.goto(env.server.url + file);
    assert.equal(await page.getAttribute('html', 'lang'), l.code);
    assert.equal(await page.title(), app.t.app_name);
    assert.equal(await page.locator('h1').first().textContent(), app.t.start_title);
    // Without JavaScript: the note in the page's language and the direct links.
    const source = await (await context.request.get(env.server.url + file)).text();
    assert.ok(source.includes(`<p>${html(P(l.code).noscript)}</p>`), `${l.code}: the no-script note`);
    assert.ok((source.match(/<li><a href="https:/g) ?? []).length > 20, `${l.code}: the direct links`);
  }
  await context.close();
});

// What a person in each country must find in their letters, written by hand from the law's text
// in that language and the authority's own name (not read from data/).
const JOURNEYS = [
  { lang: 'it', region: 'IT', salutation: 'Spett.le', article: 'articolo 21, paragrafo 1, del GDPR', ireland: 'Irlanda', authority: 'Garante per la protezione dei dati personali', art77: 'articolo 77, paragrafo 1, del GDPR', date: '30 novembre 2026' },
  { lang: 'es', region: 'ES', salutation: 'Muy señores míos:', article: 'artículo 21.1 del RGPD', ireland: 'Irlanda', authority: 'Agencia Española de Protección de Datos', art77: 'artículo 77.1 del RGPD', date: '30 de noviembre de 2026' },
  { lang: 'nl', region: 'NL', salutation: 'Geachte heer, mevrouw,', article: 'artikel 21, lid 1, AVG', ireland: 'Ierland', authority: 'Autoriteit Persoonsgegevens', art77: 'artikel 77, lid 1, AVG', date: '30 november 2026' },
  { lang: 'pl', region: 'PL', salutation: 'Szanowni Państwo', article: 'art. 21 ust. 1 RODO', ireland: 'Irlandia', authority: 'Urzędu Ochrony Danych Osobowych', art77: 'art. 77 ust. 1 RODO', date: '30 listopada 2026' },
];

for (const j of JOURNEYS.filter((j) => LANGUAGES.some((l) => l.code === j.lang))) {
  test(`${j.lang} on a phone: from its own page to a copied objection and a complaint to ${j.authority}`, async () => {
    const { page, context, foreign, problems } = await openPage(env.browser, env.server.origin, { ...PHONE, locale: 'de-DE' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    const app = new App(page, j.lang);
    const t = app.t;
    await page.goto(env.server.url + `${j.lang}.html`);
    assert.equal(await page.getAttribute('html', 'lang'), j.lang);
    await app.ready();
    assert.equal(await app.heading().textContent(), t.start_title);
    await axe(page, `start (${j.lang})`);

    await app.choose('whatsapp');
    await app.tap(app.nextButton(1));
    await app.heading().filter({ hasText: exact(t.about_title) }).waitFor();
    await app.type(app.field('name'), 'Kim Nowak-Rossi');
    await app.type(app.field('email'), 'kim@example.eu');
    await page.getByLabel(t.country, { exact: true }).selectOption(j.region);
    await axe(page, `about (${j.lang})`);
    await app.tap(page.getByRole('button', { name: t.to_plan, exact: true }));
    await app.heading().filter({ hasText: exact(t.plan_title) }).waitFor();

    const card = app.card('whatsapp');
    const letter = await card.locator('#whatsapp-objection-text').textContent();
    for (const fact of [j.salutation, j.article, j.ireland, 'Kim Nowak-Rossi']) assert.ok(letter.includes(fact), `${j.lang}: ${fact} not in\n${letter}`);
    await app.tap(card.getByRole('button', { name: new RegExp('^' + escape(fill(t.label_value, t.copy, ''))) }).first());
    await card.getByRole('status').filter({ hasText: t.copied }).first().waitFor();
    assert.ok((await page.evaluate(() => navigator.clipboard.readText())).includes(j.salutation));

    await app.fold(t.more_help, card);
    await app.fold(t.what_if_complaint, card);
    const fold = card.locator('details').filter({ has: page.locator('summary', { hasText: t.what_if_complaint }) }).last();
    await fold.getByLabel(t.sent_date_question).fill('2026-11-30');
    const complaint = await card.locator('#whatsapp-complaint-text').textContent();
    for (const fact of [j.authority, j.art77, j.date]) assert.ok(complaint.includes(fact), `${j.lang}: ${fact} not in\n${complaint}`);
    // The authority accepts this language: no second version.
    assert.equal(await card.locator('#whatsapp-complaint-copy-text').count(), 0);
    await axe(page, `plan (${j.lang})`);
    assert.deepEqual(foreign(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a German speaker in Italy: the complaint goes to the Garante in Italian, with the German one to read', async () => {
  const { page, context, foreign, problems } = await openPage(env.browser, env.server.origin, PHONE);
  const app = new App(page, 'de');
  const t = app.t;
  await page.goto(env.server.url + '#/de/start');
  await app.ready();
  await app.choose('whatsapp');
  await app.tap(app.nextButton(1));
  await app.heading().filter({ hasText: exact(t.about_title) }).waitFor();
  await app.type(app.field('name'), 'Anna Beispiel');
  await page.getByLabel(t.country, { exact: true }).selectOption('IT');
  await app.tap(page.getByRole('button', { name: t.to_plan, exact: true }));
  const card = app.card('whatsapp');
  await app.fold(t.more_help, card);
  await app.fold(t.what_if_complaint, card);
  const fold = card.locator('details').filter({ has: page.locator('summary', { hasText: t.what_if_complaint }) }).last();
  await fold.getByLabel(t.sent_date_question).fill('2026-11-30');
  await fold.getByText(t.complaint_in_language).waitFor();
  const send = await card.locator('#whatsapp-complaint-text').textContent();
  for (const fact of ['Garante per la protezione dei dati personali', 'articolo 77, paragrafo 1, del GDPR', 'Anna Beispiel', '30 novembre 2026']) {
    assert.ok(send.includes(fact), `${fact} not in\n${send}`);
  }
  assert.ok(!send.includes('DSGVO'), send);
  await app.fold(t.complaint_copy, fold);
  const copy = await card.locator('#whatsapp-complaint-copy-text').textContent();
  assert.ok(copy.includes('Art. 77 Abs. 1 DSGVO') && copy.includes('30. November 2026'), copy);
  // The Italian data came from this site, nothing else.
  assert.deepEqual(foreign(), []);
  await axe(page, 'plan (de, complaint in it)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('letters to the company in English by choice, with the person\'s own language to read', async () => {
  const { page, context, foreign, problems } = await openPage(env.browser, env.server.origin, PHONE);
  const app = new App(page, 'pl');
  const t = app.t;
  await page.goto(env.server.url + 'pl.html');
  await app.ready();
  await app.choose('whatsapp');
  await app.tap(app.nextButton(1));
  await app.heading().filter({ hasText: exact(t.about_title) }).waitFor();
  await app.type(app.field('name'), 'Kim Nowak');
  await page.getByLabel(t.country, { exact: true }).selectOption('PL');
  await app.tap(page.getByRole('checkbox', { name: t.company_english, exact: true }));
  await app.tap(page.getByRole('button', { name: t.to_plan, exact: true }));
  const card = app.card('whatsapp');
  // WhatsApp takes the text in its web form: that text is in English, with a Polish one to read.
  const form = card.locator('#whatsapp-objection-form-text');
  await form.filter({ hasText: 'Art. 21(1) GDPR' }).waitFor();
  assert.ok(!(await form.textContent()).includes('RODO'));
  await app.fold(t.letter_copy, card);
  const formCopy = await card.locator('#whatsapp-objection-form-copy-text').textContent();
  assert.ok(formCopy.includes('art. 21 ust. 1 RODO') && formCopy.includes('Szanowni Państwo'), formCopy);
  // The postal letter, too.
  await app.fold(t.letter_instead, card);
  const letter = card.locator('#whatsapp-objection-text');
  await letter.filter({ hasText: 'Art. 21(1) GDPR' }).waitFor();
  assert.ok(!(await letter.textContent()).includes('RODO'));
  const copy = await card.locator('#whatsapp-objection-copy-text').textContent();
  assert.ok(copy.includes('art. 21 ust. 1 RODO') && copy.includes('Szanowni Państwo'), copy);
  // The complaint stays in Polish: the Polish authority accepts it.
  await app.fold(t.more_help, card);
  await app.fold(t.what_if_complaint, card);
  const fold = card.locator('details').filter({ has: page.locator('summary', { hasText: t.what_if_complaint }) }).last();
  await fold.getByLabel(t.sent_date_question).fill('2026-11-30');
  assert.ok((await card.locator('#whatsapp-complaint-text').textContent()).includes('RODO'));
  await axe(page, 'plan (pl, letters in English)');
  // The choice survives a reload (work in progress stays in this tab).
  await page.reload();
  await app.card('whatsapp').waitFor();
  assert.ok((await page.locator('#whatsapp-objection-text').textContent()).includes('Art. 21(1) GDPR'));
  assert.deepEqual(foreign(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Belgium: a page in none of its languages offers French, Dutch and German; the switch keeps what was typed', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.origin, PHONE);
  let app = new App(page, 'de');
  await page.goto(env.server.url + '#/de/start');
  await app.ready();
  await app.choose('whatsapp');
  await app.tap(app.nextButton(1));
  await app.heading().filter({ hasText: exact(app.t.about_title) }).waitFor();
  await app.type(app.field('name'), 'Lotte Janssens');
  const offer = page.locator('p', { hasText: app.t.region_languages });
  assert.equal(await offer.count(), 0, 'nothing offered before a country is chosen');
  await page.getByLabel(app.t.country, { exact: true }).selectOption('BE');
  // The Belgian authority works in French, Dutch and German; the page is German: nothing offered.
  assert.equal(await offer.count(), 0);
  app = await app.switchTo('en');
  await app.heading().filter({ hasText: exact(app.t.about_title) }).waitFor();
  const links = page.locator('p', { hasText: app.t.region_languages }).getByRole('link');
  const names = LANGUAGES.filter((l) => ['fr', 'nl', 'de'].includes(l.code)).map((l) => l.name);
  assert.deepEqual((await links.allTextContents()).sort(), names.sort());
  await app.tap(links.filter({ hasText: LANGUAGES.find((l) => l.code === 'nl').name }));
  app = new App(page, 'nl');
  await app.heading().filter({ hasText: exact(app.t.about_title) }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.equal(await app.field('name').inputValue(), 'Lotte Janssens');
  assert.equal(await page.locator('p', { hasText: app.t.region_languages }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
