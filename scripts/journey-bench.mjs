// The standard phone journey as a benchmark (not a test): German, 390×844, Instagram and
// Facebook (linked in Meta's Accounts Center), LinkedIn and ChatGPT — from the start to the
// completion screen. Prints taps, typed characters, screens per step and words on the plan, and
// whether every card's actions are in view without opening anything. Uses the built site (dist/).
//   node scripts/journey-bench.mjs        (after `trunk build --release`)
//   node scripts/journey-bench.mjs --shots docs/phone-journey/after.png
//                                         (also writes the start, plan and completion screens
//                                          side by side, as the phone shows them)
// Taps are taps on the screen, including one per service to open its form or setting (the link
// in the tool, or the app where the way there has no link) although the benchmark does not
// leave the tool; typed characters include the keyboard's "go" key.
import { mkdirSync, writeFileSync } from 'node:fs';
import { serve, launch, PHONE, openPage } from '../tests/e2e/lib.mjs';
import { App, fill } from '../tests/e2e/app.mjs';

const TARGETS = { taps: 15, typed: 40, planScreens: 8 };
const server = await serve();
const browser = await launch();
const { page, context, foreign } = await openPage(browser, server.origin, PHONE);
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
const app = new App(page, 'de');
const t = app.t;
const screens = {};
const shots = {};
const measure = async (step) => {
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  screens[step] = Math.round((h / PHONE.viewport.height) * 10) / 10;
  await page.evaluate(() => window.scrollTo(0, 0));
  shots[step] = await page.screenshot();
};
const shotsAt = process.argv.indexOf('--shots');
const shotsFile = shotsAt > 0 ? process.argv[shotsAt + 1] : null;

await page.goto(server.url);
await app.ready();
await measure('start');
await app.choose('instagram', 'facebook', 'linkedin', 'chatgpt');
await app.tap(app.nextButton(4));
await app.heading().filter({ hasText: t.about_title }).waitFor();
await measure('details');
await app.tap(page.getByRole('checkbox', { name: /Instagram/ }));
await app.type(app.field('email'), 'anna@example.de');
await app.field('email').press('Enter');
app.typed++;
await app.heading().filter({ hasText: t.plan_title }).waitFor();
await measure('plan');

// Words people see on the plan (folded sections are not rendered, so not counted).
const words = await page.evaluate(() => document.querySelector('main').innerText.split(/\s+/).filter(Boolean).length);
// Every card shows its actions (a tick, or the line saying another objection covers it)
// without opening a fold.
const actionsInView = await page.evaluate(() =>
  [...document.querySelectorAll('article.card')].every((card) => {
    const visible = (el) => el && el.getClientRects().length > 0 && !el.closest('details:not([open])');
    return visible(card.querySelector('.tick input')) || visible(card.querySelector('.covered'));
  }),
);

// Instagram: open the form (1), copy the e-mail address (1), tick (1).
app.taps++;
await app.tap(app.copyButton(app.card('instagram'), 'E-Mail-Adresse'));
await app.tap(app.tick('instagram'));
// Facebook is covered by the linked Instagram account: nothing to do.
// LinkedIn and ChatGPT: open the setting (1) and tick (1).
for (const id of ['linkedin', 'chatgpt']) {
  app.taps++;
  await app.tap(app.tick(id));
}
await page.getByRole('status').filter({ hasText: fill(t.progress, 4, 4) }).waitFor();
await app.tap(page.getByRole('button', { name: t.to_done, exact: true }));
await app.heading().filter({ hasText: t.done_title }).waitFor();
await measure('done');
const allDone = await page.getByText(fill(t.done_all, 4)).isVisible();

const result = { taps: app.taps, typed: app.typed, screens, planWords: words, actionsInView, allDone, requestsElsewhere: foreign().length };
const ok = result.taps <= TARGETS.taps && result.typed <= TARGETS.typed && screens.plan <= TARGETS.planScreens && actionsInView && allDone;
console.log('Standard phone journey (de, 390×844): Instagram + Facebook (linked), LinkedIn, ChatGPT');
console.log(`  taps                  ${result.taps}   (target ≤ ${TARGETS.taps})`);
console.log(`  typed characters      ${result.typed}   (target ≤ ${TARGETS.typed})`);
for (const [step, n] of Object.entries(screens)) console.log(`  screens: ${step.padEnd(12)} ${n}`);
console.log(`  plan screens          ${screens.plan}   (target ≤ ${TARGETS.planScreens})`);
console.log(`  words on the plan     ${words}`);
console.log(`  actions in view       ${actionsInView ? 'yes, on every card' : 'NO'}`);
console.log(`  completion screen     ${allDone ? 'all 4 done' : 'NOT all done'}`);
console.log(ok ? 'targets met' : 'TARGETS MISSED');
if (shotsFile) {
  // One picture: start, plan and completion screen side by side, each at the phone's size.
  const composer = await browser.newPage({ viewport: { width: 3 * 390 + 40, height: 844 }, deviceScaleFactor: 2 });
  const img = (png) => `<img src="data:image/png;base64,${png.toString('base64')}" width="390" height="844">`;
  await composer.setContent(
    `<body style="margin:0;display:flex;gap:20px;background:#888">${['start', 'plan', 'done'].map((s) => img(shots[s])).join('')}</body>`,
  );
  await composer.screenshot({ path: shotsFile });
  console.log(`  screens written to    ${shotsFile}`);
}
mkdirSync('target', { recursive: true });
writeFileSync('target/journey-bench.json', JSON.stringify({ ...result, targets: TARGETS, ok }, null, 2) + '\n');
await browser.close();
await server.close();
process.exit(ok ? 0 : 1);
