// The reply assistant on a phone: the company's refusal is pasted (key by key where it matters),
// recognised, recorded; the refusal reply and then the complaint follow. The pasted text never
// leaves the page: not in a request, not in storage. Labels come from data/ (tests/e2e/app.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, axeViolations, openPage, shared, storedText } from './lib.mjs';
import { App, exact, fill, name } from './app.mjs';
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

const env = shared();
const replies = parse(readFileSync(new URL('../../data/replies.toml', import.meta.url), 'utf8'));
const kindLabel = (id, lang) => replies.kind.find((k) => k.id === id).label[lang];

// Refusals as platforms write them (German: quoted in tests/fixtures/replies.toml; French:
// realistic), each with a marker that must never be stored or sent.
const CASES = [
  {
    lang: 'de',
    region: 'DE-HH',
    answer: 'Wir haben Ihren Widerspruch sorgfältig geprüft. Die Verarbeitung beruht auf unserem berechtigten Interesse gemäß Art. 6 Abs. 1 lit. f DSGVO. Wir können Ihrem Widerspruch daher nicht stattgeben. Vorgang Z-7781',
    refusal: 'Art. 21 Abs. 1 Satz 2',
    complaint: 'Art. 77 Abs. 1 DSGVO',
  },
  {
    lang: 'fr',
    region: 'FR',
    answer: "Madame, Monsieur, le traitement de vos données publiques repose sur notre intérêt légitime. Après examen, nous ne pouvons pas donner suite à votre opposition. Dossier Z-7781",
    refusal: 'article 21, paragraphe 1',
    complaint: 'article 77, paragraphe 1, du RGPD',
  },
];

for (const c of CASES) {
  test(`${c.lang}: a pasted refusal is recognised, recorded, answered, and the complaint follows`, async () => {
    const { page, context, requests, foreign, problems } = await openPage(env.browser, env.server.origin, PHONE);
    const app = new App(page, c.lang);
    const t = app.t;
    await page.goto(env.server.url + `#/${c.lang}/start`);
    await app.ready();
    await app.choose('whatsapp');
    await app.tap(app.nextButton(1));
    await app.heading().filter({ hasText: exact(t.about_title) }).waitFor();
    await app.type(app.field('name'), 'Kim Muster');
    const country = page.getByLabel(t.country, { exact: true });
    await country.selectOption(c.region.slice(0, 2));
    if (c.region.includes('-')) await page.getByLabel(t.state, { exact: true }).selectOption(c.region);
    await app.tap(page.getByRole('button', { name: t.to_plan, exact: true }));
    const card = app.card('whatsapp');
    await card.waitFor();
    // The objection went out on 20 October.
    await app.fold(t.more_help, card);
    await app.fold(t.what_if_no_answer, card);
    const noAnswer = card.locator('details').filter({ has: page.locator('summary', { hasText: t.what_if_no_answer }) }).last();
    await noAnswer.getByLabel(t.sent_date_question).fill('2026-10-20');

    await app.fold(t.reply_title, card);
    const box = card.getByLabel(t.reply_paste, { exact: true });
    await box.fill(c.answer.slice(0, -10));
    // The last words typed key by key at the end, as after a paste.
    await box.press('Control+End');
    await box.pressSequentially(c.answer.slice(-10));
    assert.equal(await box.inputValue(), c.answer, 'nothing typed is lost');
    const refused = kindLabel('refused', c.lang);
    const status = card.getByRole('status').filter({ hasText: refused });
    await status.waitFor();
    assert.ok([fill(t.reply_strong, refused), fill(t.reply_weak, refused)].includes(await status.textContent()));
    // The pasted answer is nowhere in storage, even with work in progress kept in this tab.
    // (The save is encoded; storedText decodes it. The typed name shows that it can be read.)
    const stored = await storedText(page);
    assert.ok(stored.includes('Kim Muster'), 'the decoded save holds what was typed');
    assert.ok(!stored.includes('Z-7781'), 'the pasted answer was stored');
    assert.deepEqual(await axeViolations(page, 'reply'), []);

    await app.tap(card.getByRole('button', { name: t.reply_keep, exact: true }));
    await card.locator('p.answer').filter({ hasText: refused }).waitFor();
    // The next step: the reply to the refusal, in the page's language.
    const reply = await card.locator('#whatsapp-refusal-text').first().textContent();
    assert.ok(reply.includes(c.refusal), reply);
    // Then the complaint, which names the answer's kind of refusal.
    await app.fold(t.what_if_complaint, card);
    // After a refusal there is no month to wait for the complaint.
    await card.getByText(t.complaint_now).first().waitFor();
    const complaint = await card.locator('#whatsapp-complaint-text').textContent();
    assert.ok(complaint.includes(c.complaint), complaint);
    // The record names the answer with its day.
    await app.tap(page.getByRole('button', { name: t.to_done, exact: true }));
    await app.heading().filter({ hasText: exact(t.done_title) }).waitFor();
    await page.getByText(fill(t.record_answer, refused)).first().waitFor();
    // A refusal leaves the service open, not done.
    await page.getByRole('button', { name: fill(t.open_item, name('whatsapp', c.lang)) }).waitFor();
    // Nothing pasted ever left the page.
    assert.ok(!requests.some((r) => r.includes('Z-7781')), 'the pasted answer was sent');
    assert.deepEqual(foreign(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
