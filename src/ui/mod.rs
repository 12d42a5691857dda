//! The thin Yew UI: the app shell, what every view gets (`Ctx`), and the views. Decisions live
//! in the core (`kiw_core::plan`, `kiw_core::state`); this module renders and dispatches.

pub mod browser;
pub mod components;
mod hooks;
pub mod storage;

pub use browser::copy_text;
pub use storage::StorageNote;

use crate::i18n::{strings, Strings};
use components::{
    about_step, changes_page, done_step, footer, header, plan_step, privacy_page, start_step,
    step_nav,
};
use kiw_core::state::{reduce, start_lang, Action, State, Step};
use kiw_core::{Catalog, Date, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// The state inside Yew's reducer.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Model(pub State);

impl Reducible for Model {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model(reduce(self.0.clone(), action)))
    }
}

/// Screen state that is not part of what a person entered: it is never saved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Screen {
    /// The search text on the start page.
    pub search: String,
    /// Fields the person has left once: their checks (e-mail) show from then on.
    pub left: Vec<String>,
    /// The copy button used last (its target id) and whether copying worked.
    pub copied: Option<(String, bool)>,
    /// "Next" was pressed while something was missing: show why.
    pub next_error: bool,
    /// "Forget everything" was pressed once: ask before deleting.
    pub confirm_forget: bool,
    /// Answers pasted into a card's reply assistant, by service: read here, never saved.
    pub pasted: Vec<(String, String)>,
    /// The kind of answer chosen on a card (overrides what the pasted text suggests).
    pub picked: Vec<(String, kiw_core::replies::KindId)>,
}

/// What every view gets: the data, the state, today's date and the screen state. Views are
/// plain functions that receive it (no context provider: each component type costs kilobytes
/// of generic code in the wasm, and the size budget is tight). One `Rc`: event handlers clone
/// it, and cloning one pointer is much less code than cloning eight.
#[derive(Clone)]
pub struct Ctx(Rc<CtxInner>);

pub struct CtxInner {
    pub catalog: Rc<Catalog>,
    pub state: UseReducerHandle<Model>,
    /// The state as it was at this render: the handle itself always shows the newest value.
    pub snapshot: Rc<State>,
    pub today: Date,
    /// A touch screen: the app's way to a setting comes first.
    pub phone: bool,
    pub note: UseStateHandle<Option<StorageNote>>,
    pub screen: UseStateHandle<Screen>,
    /// What "forget everything" removed, for "undo" while the page is open.
    pub undo: UseStateHandle<Option<Rc<State>>>,
}

impl std::ops::Deref for Ctx {
    type Target = CtxInner;
    fn deref(&self) -> &CtxInner {
        &self.0
    }
}

impl Ctx {
    pub fn s(&self) -> &State {
        &self.snapshot
    }
    pub fn t(&self) -> &'static Strings {
        strings(self.snapshot.lang)
    }
    pub fn lang(&self) -> Lang {
        self.snapshot.lang
    }
    pub fn dispatch(&self, a: Action) {
        self.state.dispatch(a);
    }
    /// Changes the screen state from the newest value (several changes in one event add up).
    pub fn screen(&self, f: impl FnOnce(&mut Screen)) {
        let mut s = (*self.screen).clone();
        f(&mut s);
        if s != *self.screen {
            self.screen.set(s);
        }
    }
}

/// The data of one language as far as it is loaded: (start index, full data).
type Loaded = (Option<Rc<Catalog>>, Option<Rc<Catalog>>);

std::thread_local! {
    /// The data of each language once loaded.
    static CATALOGS: std::cell::RefCell<Vec<(Lang, Loaded)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The best data loaded so far for a language: the full data, else the start index.
fn cached(lang: Lang) -> Option<Rc<Catalog>> {
    CATALOGS.with(|c| {
        let c = c.borrow();
        let (_, (index, full)) = c.iter().find(|(l, _)| *l == lang)?;
        full.clone().or_else(|| index.clone())
    })
}

/// The loaded data of the other languages that letters are written in
/// (`kiw_core::plan::letter_languages`): the company's by choice, the authority's.
pub(crate) fn letter_catalogs(
    state: &kiw_core::state::State,
    catalog: &Catalog,
) -> Vec<(Lang, Rc<Catalog>)> {
    let (company, complaint) = kiw_core::plan::letter_languages(state, catalog);
    [company, complaint]
        .into_iter()
        .flatten()
        .filter(|l| has_full(*l))
        .filter_map(|l| Some((l, cached(l)?)))
        .collect()
}

fn has_full(lang: Lang) -> bool {
    CATALOGS.with(|c| {
        c.borrow()
            .iter()
            .any(|(l, (_, full))| *l == lang && full.is_some())
    })
}

/// Makes a language's data available without fetching it (the browser tests use this).
pub fn provide_catalog(lang: Lang, bytes: &[u8]) -> Result<(), String> {
    let catalog = Rc::new(Catalog::from_bytes(bytes)?);
    crate::i18n::set_strings(lang, &catalog);
    CATALOGS.with(|c| {
        let mut c = c.borrow_mut();
        let at = match c.iter().position(|(l, _)| *l == lang) {
            Some(at) => at,
            None => {
                c.push((lang, (None, None)));
                c.len() - 1
            }
        };
        let slot = &mut c[at].1;
        if catalog.is_index() {
            slot.0 = Some(catalog);
        } else {
            slot.1 = Some(catalog);
        }
    });
    Ok(())
}

/// Fetches one of the site's own data files (the only requests the app ever makes).
async fn fetch_catalog(lang: Lang, full: bool) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window().ok_or("no window")?;
    let (index, data) = crate::data_files(lang);
    let name = format!("./{}", if full { data } else { index });
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&name))
        .await
        .map_err(|_| format!("{name} could not be loaded"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("{name}: HTTP {}", response.status()));
    }
    let buffer = response.array_buffer().map_err(|_| "no body")?;
    let buffer = wasm_bindgen_futures::JsFuture::from(buffer)
        .await
        .map_err(|_| "body not readable")?;
    provide_catalog(lang, &js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Starts the app beside `<div id="app">`, the static first screen, which stays on screen until
/// the app can show the same step (`take_over`): the first paint is kept and nothing shifts.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_panic_view();
    }));
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(first) = doc.get_element_by_id("app") else {
        return;
    };
    apply_embed_look(&doc);
    let Ok(live) = doc.create_element("div") else {
        return;
    };
    live.set_id("app-live");
    let _ = live.set_attribute("hidden", "");
    // The static screen keeps its look but gives up its ids (`step-heading`, `main`, …), so that
    // each id is the app's alone while both are in the page.
    if let Ok(with_id) = first.query_selector_all("[id]") {
        for i in 0..with_id.length() {
            if let Some(el) = with_id
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                let _ = el.remove_attribute("id");
            }
        }
    }
    if let Some(parent) = first.parent_node() {
        let _ = parent.insert_before(&live, first.next_sibling().as_ref());
    }
    // In a task of its own: the first render does not lengthen the task that started the wasm.
    gloo::timers::callback::Timeout::new(0, move || {
        yew::Renderer::<App>::with_root(live).render();
    })
    .forget();
}

/// The app has its first screen (or a load error to show): it takes the static screen's place
/// in one step, before the next paint, under the same id.
fn take_over() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(live) = doc.get_element_by_id("app-live") else {
        return;
    };
    if let Some(first) = doc.get_element_by_id("app") {
        first.remove();
    }
    live.set_id("app");
    let _ = live.remove_attribute("hidden");
}

/// The options a host page set in the address (see `kiw_core::embed`), read once.
fn embed_options() -> kiw_core::embed::Embed {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let (embed, notes) = kiw_core::embed::parse_query(&query, &kiw_core::validate::is_id);
    for n in notes {
        browser::console_note(&format!("KI-Widerspruch: {n}"));
    }
    embed
}

/// Colour scheme, accent, compact layout and hidden chrome, as the host page asked.
fn apply_embed_look(doc: &web_sys::Document) {
    use kiw_core::embed::Theme;
    let e = embed_options();
    let Some(root) = doc.document_element() else {
        return;
    };
    match e.theme {
        Theme::Light => {
            let _ = root.set_attribute("data-theme", "light");
        }
        Theme::Dark => {
            let _ = root.set_attribute("data-theme", "dark");
        }
        Theme::Auto => {}
    }
    if e.compact {
        let _ = root.set_attribute("data-compact", "");
    }
    if e.hide_chrome {
        let _ = root.set_attribute("data-chrome", "hidden");
    }
    if let (Some((accent, text)), Ok(el)) = (
        e.accent,
        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root),
    ) {
        // Set through the CSS object model, which the Content-Security-Policy allows.
        let _ = el.style().set_property("--accent", &accent);
        let _ = el.style().set_property("--accent-text", &text);
    }
}

std::thread_local! {
    /// Everything the person typed, as plain text, for the view after a bug.
    static TYPED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Keeps a plain-text copy of what was typed (name, address, e-mails, accounts, own words).
fn remember_typed(s: &State) {
    let mut text = String::new();
    let p = &s.person;
    for v in [&p.name, &p.address, &p.email, &p.situation, &p.post_links] {
        if !v.trim().is_empty() {
            text.push_str(v);
            text.push_str("\n\n");
        }
    }
    for a in &s.accounts {
        if !a.username.is_empty() || !a.email.is_empty() {
            text.push_str(&format!("{}: {} {}\n", a.platform, a.username, a.email));
        }
    }
    TYPED.with(|t| *t.borrow_mut() = text);
}

/// Lets the browser test set the text the view after a bug offers.
pub fn remember_typed_for_test(text: &str) {
    TYPED.with(|t| *t.borrow_mut() = text.to_string());
}

/// A text of the page for the time before the data has loaded: the app's page has them in its
/// language (`#kiw-texts`, from data/pages.toml); `key` names the data attribute ("loading" for
/// `data-loading`).
fn page_text(key: &str) -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("kiw-texts"))
        .and_then(|e| e.get_attribute(&format!("data-{key}")))
        .unwrap_or_default()
}

/// After a bug: a calm message in the language on screen, and everything typed so far in a box
/// to copy from (`#crash` in index.html). Public for the browser test.
pub fn show_panic_view() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = doc.get_element_by_id("crash") {
        let _ = el.remove_attribute("hidden");
    }
    // In the language on screen where its texts have loaded (the app keeps `<html lang>` so);
    // else the page's own words stay.
    let t = doc
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .map(crate::i18n::strings);
    if let Some(t) = t.filter(|t| !t.crash_title.is_empty()) {
        for (id, text) in [
            ("crash-title", t.crash_title),
            ("crash-message", t.crash_text),
            ("crash-label", t.crash_label),
        ] {
            if let Some(el) = doc.get_element_by_id(id) {
                el.set_text_content(Some(text));
            }
        }
    }
    if let Some(area) = doc
        .get_element_by_id("crash-text")
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(e).ok())
    {
        // `try_borrow`: the bug may have happened while the text was being updated.
        let text = TYPED.with(|t| t.try_borrow().map(|t| t.clone()).unwrap_or_default());
        area.set_value(&text);
    }
    if let Some(app) = doc.get_element_by_id("app") {
        let _ = app.set_attribute("hidden", "");
    }
}

/// The state to start with: what this tab or this device kept, the address, the host page's
/// options; plus a storage message and the service a deep link points to.
fn initial_state() -> (State, Option<StorageNote>, Option<String>) {
    let (route, notes) =
        kiw_core::route::parse_route_in(&browser::location_hash(), &crate::languages());
    for n in notes {
        browser::console_note(&format!("KI-Widerspruch: {n}"));
    }
    let (saved, note) = match storage::load() {
        Ok(s) => (s, None),
        Err(n) => (None, Some(n)),
    };
    let saved_lang = saved.as_ref().filter(|s| s.remember).map(|s| s.lang);
    let mut state = saved.unwrap_or_default();
    let embed = embed_options();
    // The browser's languages in the person's order ("fr-CH,fr,de").
    let browser_langs = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|l| {
            l.iter()
                .filter_map(|v| v.as_string())
                .collect::<Vec<_>>()
                .join(",")
        })
        .unwrap_or_default();
    // A language's own page (fr.html) says which language it is for.
    let page_lang = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-lang"))
        .and_then(|code| Lang::from_code(&code));
    state.lang = start_lang(
        route.as_ref().map(|r| r.lang),
        embed.lang.or(page_lang).filter(|_| route.is_none()),
        saved_lang,
        &browser_langs,
        &crate::languages(),
    );
    state.step = route.as_ref().map_or(Step::Start, |r| r.step);
    // A host page may preselect services; a choice already made wins.
    if state.selected.is_empty() {
        for id in embed.services {
            state = reduce(state, Action::Toggle(id));
        }
    }
    // A link to one service's card (#/de/plan/pinterest) chooses that service.
    let platform = route.and_then(|r| r.platform);
    if let Some(p) = &platform {
        if !state.selected.contains(p) {
            state = reduce(state, Action::Toggle(p.clone()));
        }
    }
    (state, note, platform)
}

#[component]
pub fn App() -> Html {
    let init = use_memo((), |_| initial_state());
    let state = {
        let init = init.clone();
        use_reducer(move || Model(init.0.clone()))
    };
    let note = {
        let init = init.clone();
        use_state(move || init.1)
    };
    let today = *use_memo((), |_| browser::today());
    let phone = *use_memo((), |_| browser::coarse_pointer());
    let screen = use_state(Screen::default);
    let undo = use_state(|| None::<Rc<State>>);

    hooks::use_address_bar(&state, &screen, init.2.clone());
    hooks::use_back_button(&state);
    hooks::use_menu_closes_outside();
    hooks::use_apply_later();
    hooks::use_keep(&state, &note);
    let (loaded, load_error, retry) = hooks::use_data(&state);
    // Before the effects below: focus can only move inside the app once it is on screen.
    let ready = load_error
        || cached(state.0.lang).is_some_and(|c| state.0.step == Step::Start || !c.is_index());
    use_effect_with(ready, |ready| {
        if *ready {
            take_over();
        }
    });
    hooks::use_known_services(&state, loaded);
    hooks::use_first_guesses(&state, loaded, has_full(state.0.lang));
    hooks::use_deep_link_focus(&state, init.2.clone(), has_full(state.0.lang));

    let usable = cached(state.0.lang).filter(|c| state.0.step == Step::Start || !c.is_index());
    let Some(catalog) = usable else {
        // The interface texts come with the data; until then the page's own texts serve.
        let message = page_text(if load_error { "failed" } else { "loading" });
        return html! {
            <main id="main">
                <h1>{ page_text("app-name") }</h1>
                <p role={if load_error { "alert" } else { "status" }}>{ message }</p>
                if load_error {
                    <button type="button" class="primary" onclick={move |_| retry.emit(())}>{ page_text("retry") }</button>
                }
            </main>
        };
    };
    let ctx = Ctx(Rc::new(CtxInner {
        catalog,
        state: state.clone(),
        snapshot: Rc::new(state.0.clone()),
        today,
        phone,
        note,
        screen,
        undo,
    }));
    remember_typed(&state.0);
    let step = state.0.step;
    let body = match step {
        Step::Start => start_step(&ctx),
        Step::About => about_step(&ctx),
        Step::Plan => plan_step(&ctx),
        Step::Done => done_step(&ctx),
        Step::Privacy => privacy_page(&ctx),
        Step::Changes => changes_page(&ctx),
    };
    html! {
        <>
            { header(&ctx) }
            <main id="main" tabindex="-1">
                if !matches!(step, Step::Privacy | Step::Changes) { { step_nav(&ctx) } }
                { body }
            </main>
            { footer(&ctx) }
        </>
    }
}
