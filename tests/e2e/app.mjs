// The app as a person sees it: every label is read from the interface texts and platform names
// in data/, never written into a test, so an editor who rewords a label changes no test.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'smol-toml';

const DATA = new URL('../../data/', import.meta.url).pathname;

const ui = parse(readFileSync(DATA + 'ui.toml', 'utf8'));
const platforms = Object.fromEntries(
  readdirSync(DATA + 'platforms')
    .filter((f) => f.endsWith('.toml'))
    .map((f) => [f.slice(0, -5), parse(readFileSync(DATA + 'platforms/' + f, 'utf8'))]),
);

const pages = parse(readFileSync(DATA + 'pages.toml', 'utf8'));
const reasons = parse(readFileSync(DATA + 'reasons.toml', 'utf8')).reason;

/** The words of the static pages (data/pages.toml) in one language: `P('fr').embed_title`. */
export function P(lang) {
  return new Proxy(
    {},
    {
      get(_, key) {
        const entry = pages[key];
        if (!entry || typeof entry[lang] !== 'string') throw new Error(`no text ${String(key)}.${lang} in data/pages.toml`);
        return entry[lang];
      },
    },
  );
}

/** A reason's label as the app shows it (data/reasons.toml). */
export function reasonLabel(id, lang) {
  const r = reasons.find((x) => x.id === id);
  if (!r) throw new Error(`no reason ${id} in data/reasons.toml`);
  return r.label[lang];
}

/** The languages of the tool, in menu order (data/languages.toml). */
export const LANGUAGES = parse(readFileSync(DATA + 'languages.toml', 'utf8')).language;

/** `{0}`, `{1}` … filled like the app does (core/src/ui_text.rs `fill`). */
export function fill(text, ...args) {
  return text.replace(/\{(\d+)\}/g, (m, n) => (n < args.length ? String(args[n]) : m));
}

/** The interface texts of one language: `T('de').next`. */
export function T(lang) {
  return new Proxy(
    {},
    {
      get(_, key) {
        const entry = ui[key];
        if (!entry || typeof entry[lang] !== 'string') throw new Error(`no text ${String(key)}.${lang} in data/ui.toml`);
        return entry[lang];
      },
    },
  );
}

/** A service's record in data/platforms, as parsed TOML. */
export function platformData(id) {
  if (!platforms[id]) throw new Error(`no platform ${id} in data/platforms`);
  return platforms[id];
}

/** What a service knows accounts by, where it is not a user name (data/platforms, `account_label`). */
export function accountLabel(id, lang) {
  return platforms[id].account_label?.[lang];
}

/** A platform's name as the app shows it. */
export function name(id, lang) {
  const p = platforms[id];
  if (!p) throw new Error(`no platform ${id} in data/platforms`);
  return p.name[lang];
}

export const exact = (text) => new RegExp('^' + text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$');
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The app on one page, in one language, used as a person would: by role and label. */
export class App {
  constructor(page, lang = 'de') {
    this.page = page;
    this.lang = lang;
    this.t = T(lang);
    /** Every tap and every typed key, for the journey benchmark. */
    this.taps = 0;
    this.typed = 0;
  }

  heading() {
    return this.page.locator('#step-heading');
  }

  async ready() {
    // index.html paints a static first screen; only the app's heading is focusable.
    await this.page.locator('#step-heading[tabindex]').waitFor();
  }

  async tap(locator) {
    this.taps++;
    await locator.click();
  }

  /** Types key by key, as on a phone keyboard; the field must keep focus to the last key. */
  async type(locator, text) {
    this.taps++;
    await locator.click();
    await locator.pressSequentially(text);
    this.typed += [...text].length;
  }

  service(id) {
    return this.page.getByRole('checkbox', { name: name(id, this.lang), exact: true });
  }

  async choose(...ids) {
    for (const id of ids) await this.tap(this.service(id));
  }

  nextButton(n) {
    const t = this.t;
    const label = n === 1 ? t.next_with_one : fill(t.next_with, n);
    return this.page.getByRole('button', { name: label, exact: true });
  }

  field(key) {
    return this.page.getByLabel(this.t[key], { exact: true });
  }

  card(id) {
    return this.page.getByRole('article', { name: name(id, this.lang) });
  }

  /** The "done" tick of a service: its words follow the way (a form sent, a setting switched,
   *  a letter sent), as core/src/plan.rs `RouteKind::of` decides from the data. */
  tick(id, label = this.doneLabel(id)) {
    return this.page.getByRole('checkbox', { name: new RegExp('^' + escape(label) + ' – ' + escape(name(id, this.lang))) });
  }

  doneLabel(id) {
    const p = platforms[id];
    if (p.opt_out === 'setting') return this.t.done_tick;
    if (p.opt_out === 'objection-form' && p.form) return this.t.done_form;
    return this.t.done_sent;
  }

  copyButton(card, fieldLabel) {
    return card.getByRole('button', { name: new RegExp('^' + escape(fill(this.t.label_value, this.t.copy, fieldLabel))) });
  }

  /** Opens a folded section by its summary, unless it is open already. */
  async fold(text, within = this.page) {
    const summary = within.locator('summary', { hasText: text }).first();
    if (!(await summary.evaluate((s) => s.parentElement.open))) await this.tap(summary);
  }

  /** Chooses another language from the header's menu, where each language is named in itself. */
  async switchTo(lang) {
    const target = LANGUAGES.find((l) => l.code === lang);
    if (!target) throw new Error(`no language ${lang} in data/languages.toml`);
    await this.fold(this.t.language_label, this.page.locator('header'));
    await this.tap(this.page.getByRole('link', { name: target.name, exact: true }));
    const next = new App(this.page, lang);
    next.taps = this.taps;
    next.typed = this.typed;
    return next;
  }

  async goto(step) {
    await this.page.evaluate((h) => (location.hash = h), `#/${this.lang}/${step}`);
    await this.heading().waitFor();
  }
}

/** The label of a platform's form field that the app fills with `fill` ("email", "reason" …). */
export function formLabel(id, fillKind, lang) {
  const f = platforms[id]?.form?.fields?.find((x) => x.fill === fillKind);
  if (!f) throw new Error(`${id} has no form field filled with ${fillKind}`);
  return f.label[lang];
}
