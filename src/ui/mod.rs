//! The thin Yew UI: the app shell, its context, routing and the remembered state.

pub mod browser;
pub mod components;
pub mod storage;

pub use browser::copy_text;
pub use storage::StorageNote;

use crate::i18n::{strings, Strings};
use components::{
    accounts_step, footer, header, plan_step, privacy_page, proof_step, situation_step, start_step,
    step_nav,
};
use kiw_core::state::{parse_route, reduce, route_hash, Action, State, Step};
use kiw_core::{Catalog, Date, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// The wizard state inside Yew's reducer.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Model(pub State);

impl Reducible for Model {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model(reduce(self.0.clone(), action)))
    }
}

/// What every view gets: the data, the state, today's date and the few bits of screen state.
/// Views are plain functions that receive it (no context provider: each component type costs
/// kilobytes of generic code in the wasm, and the size budget is tight).
#[derive(Clone)]
pub struct Ctx {
    pub catalog: Rc<Catalog>,
    pub state: UseReducerHandle<Model>,
    /// The state as it was at this render: the handle itself always shows the newest value, so
    /// comparing handles could not tell consumers that something changed.
    pub snapshot: Rc<State>,
    pub today: Date,
    pub note: UseStateHandle<Option<StorageNote>>,
    /// The copy button that was used last (its target id) and whether copying worked.
    pub copy: UseStateHandle<Option<(String, bool)>>,
    /// "Next" was pressed while something was missing: show why.
    pub next_error: UseStateHandle<bool>,
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
}

/// The data of one language as far as it is loaded: (start index, full data).
type Loaded = (Option<Rc<Catalog>>, Option<Rc<Catalog>>);

std::thread_local! {
    /// The data of each language once loaded, by `Lang as usize`.
    static CATALOGS: std::cell::RefCell<[Loaded; 2]> =
        const { std::cell::RefCell::new([(None, None), (None, None)]) };
}

/// The best data loaded so far for a language: the full data, else the start index.
fn cached(lang: Lang) -> Option<Rc<Catalog>> {
    CATALOGS.with(|c| {
        let c = c.borrow();
        let (index, full) = &c[lang as usize];
        full.clone().or_else(|| index.clone())
    })
}

fn has_full(lang: Lang) -> bool {
    CATALOGS.with(|c| c.borrow()[lang as usize].1.is_some())
}

/// Makes a language's data available without fetching it (the browser tests use this).
pub fn provide_catalog(lang: Lang, bytes: &[u8]) -> Result<(), String> {
    let catalog = Rc::new(Catalog::from_bytes(bytes)?);
    crate::i18n::set_strings(lang, &catalog);
    CATALOGS.with(|c| {
        let slot = &mut c.borrow_mut()[lang as usize];
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

/// Starts the app in `<div id="app">`, replacing the static fallback content there.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_panic_view();
    }));
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = doc.get_element_by_id("app") else {
        return;
    };
    apply_embed_look(&doc);
    root.set_inner_html("");
    yew::Renderer::<App>::with_root(root).render();
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
    for v in [&p.name, &p.address, &p.email, &p.situation] {
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

/// After a bug: a calm message, and everything typed so far in a box to copy from
/// (`#crash` in index.html). Public for the browser test.
pub fn show_panic_view() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = doc.get_element_by_id("crash") {
        let _ = el.remove_attribute("hidden");
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

fn initial_state() -> (State, Option<StorageNote>, Option<String>) {
    let (route, notes) = parse_route(&browser::location_hash());
    for n in notes {
        browser::console_note(&format!("KI-Widerspruch: {n}"));
    }
    let mut saved_lang = None;
    let (mut state, note) = match storage::load() {
        Ok(Some(saved)) => {
            saved_lang = Some(saved.lang);
            (
                reduce(State::default(), Action::Restore(Box::new(saved))),
                None,
            )
        }
        Ok(None) => (State::default(), None),
        Err(n) => (State::default(), Some(n)),
    };
    // Without a language in the address, the browser's preferred language decides.
    // The language: from the address, else the remembered one, else the browser's preference.
    let lang = route
        .as_ref()
        .map(|r| r.lang)
        .or(saved_lang)
        .unwrap_or_else(|| {
            let pref = web_sys::window()
                .and_then(|w| w.navigator().language())
                .unwrap_or_default();
            if pref.starts_with("de") {
                Lang::De
            } else {
                Lang::En
            }
        });
    state.lang = lang;
    state.step = route.as_ref().map_or(Step::Start, |r| r.step);
    // A host page may preselect services; a remembered choice wins.
    let embed = embed_options();
    if route.is_none() {
        if let Some(l) = embed.lang {
            state.lang = l;
        }
    }
    if state.selected.is_empty() {
        for id in embed.services {
            state = reduce(state, Action::Toggle(id));
        }
    }
    // A link to one service's card (#/de/plan/pinterest) chooses that service.
    if let Some(p) = route.as_ref().and_then(|r| r.platform.clone()) {
        if !state.selected.contains(&p) {
            state = reduce(state, Action::Toggle(p));
        }
    }
    let platform = route.and_then(|r| r.platform);
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
    let copy = use_state(|| None::<(String, bool)>);
    let next_error = use_state(|| false);
    let focus_platform = init.2.clone();

    // The address shows the language, the step and nothing personal.
    {
        let (lang, step) = (state.0.lang, state.0.step);
        let first = use_mut_ref(|| true);
        let next_error = next_error.clone();
        use_effect_with((lang, step), move |&(lang, step)| {
            let t = strings(lang);
            next_error.set(false);
            let keep_platform = *first.borrow();
            let hash = route_hash(
                lang,
                step,
                if keep_platform {
                    focus_platform.as_deref()
                } else {
                    None
                },
            );
            browser::set_location_hash(&hash, keep_platform);
            browser::set_document_lang(lang.code(), t.app_name);
            if !*first.borrow() {
                browser::focus("step-heading");
            }
            *first.borrow_mut() = false;
        });
    }
    // Back and forward buttons, and links to other steps, arrive as hash changes.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "hashchange", move |_| {
                    let (route, notes) = parse_route(&browser::location_hash());
                    for n in notes {
                        browser::console_note(&format!("KI-Widerspruch: {n}"));
                    }
                    if let Some(r) = route {
                        state.dispatch(Action::SetLang(r.lang));
                        state.dispatch(Action::Go(r.step));
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Remember only with consent; otherwise make sure nothing is stored.
    {
        let note = note.clone();
        use_effect_with(state.0.clone(), move |s| {
            let result = if s.remember { storage::save(s) } else { Ok(()) };
            if let Err(n) = result {
                if *note != Some(n) {
                    note.set(Some(n));
                }
            }
        });
    }

    // The data of the current language. A first visit loads only the small start index; the
    // full data follows as soon as the person chooses a service or opens another step.
    let load_error = use_state(|| None::<String>);
    let loaded = use_state(|| 0_u32);
    // "Try again" after a failed load bumps this, which runs the loading effect again.
    let retry = use_state(|| 0_u32);
    {
        let (load_error, loaded) = (load_error.clone(), loaded.clone());
        let need_full = state.0.step != Step::Start || !state.0.selected.is_empty();
        use_effect_with(
            (state.0.lang, need_full, *retry),
            move |&(lang, need_full, _)| {
                let missing = if need_full {
                    !has_full(lang)
                } else {
                    cached(lang).is_none()
                };
                if missing {
                    wasm_bindgen_futures::spawn_local(async move {
                        match fetch_catalog(lang, need_full).await {
                            Ok(()) => {
                                load_error.set(None);
                                loaded.set(*loaded + 1);
                            }
                            Err(e) => {
                                web_sys::console::error_1(&e.as_str().into());
                                load_error.set(Some(e));
                            }
                        }
                    });
                }
            },
        );
    }
    // The page title in the page's language, once its texts are there.
    use_effect_with((state.0.lang, *loaded), |&(lang, _)| {
        browser::set_document_lang(lang.code(), strings(lang).app_name);
    });
    // Services chosen by a link or a host page that the data does not know are dropped.
    {
        let state = state.clone();
        let selected = state.0.selected.clone();
        use_effect_with(
            (*loaded, selected, state.0.lang),
            move |(_, selected, lang)| {
                if let Some(c) = cached(*lang) {
                    if selected.iter().any(|id| c.platform(id).is_none()) {
                        browser::console_note("KI-Widerspruch: unknown service ignored");
                        state.dispatch(Action::KeepKnown(
                            c.platforms.iter().map(|p| p.id.clone()).collect(),
                        ));
                    }
                }
            },
        );
    }
    // A deep link like #/de/plan/facebook moves focus to that service's card once it is there.
    {
        let target = init.2.clone();
        let done = use_mut_ref(|| false);
        let on_plan = state.0.step == Step::Plan && has_full(state.0.lang);
        use_effect_with(on_plan, move |&on_plan| {
            if on_plan && !*done.borrow() {
                if let Some(p) = target {
                    browser::focus(&format!("card-{p}-title"));
                }
                *done.borrow_mut() = true;
            }
        });
    }
    let usable = cached(state.0.lang).filter(|c| state.0.step == Step::Start || !c.is_index());
    let Some(catalog) = usable else {
        // The interface texts come with the data, so this view has its own, in both languages.
        let message = if load_error.is_some() {
            "Die Daten konnten nicht geladen werden. Bitte prüfen Sie die Verbindung. Ihre Angaben bleiben erhalten. / The data could not be loaded. Please check your connection. What you entered is kept."
        } else {
            "Wird geladen … / Loading …"
        };
        let again = {
            let (retry, load_error) = (retry.clone(), load_error.clone());
            move |_| {
                load_error.set(None);
                retry.set(*retry + 1);
            }
        };
        return html! {
            <main id="main">
                <h1>{ "KI-Widerspruch" }</h1>
                <p role={if load_error.is_some() { "alert" } else { "status" }}>{ message }</p>
                if load_error.is_some() {
                    <button type="button" class="primary" onclick={again}>{ "Erneut versuchen / Try again" }</button>
                }
            </main>
        };
    };
    let ctx = Ctx {
        catalog,
        state: state.clone(),
        snapshot: Rc::new(state.0.clone()),
        today,
        note,
        copy,
        next_error,
    };
    remember_typed(&state.0);
    let step = state.0.step;
    let body = match step {
        Step::Start => start_step(&ctx),
        Step::Accounts => accounts_step(&ctx),
        Step::Situation => situation_step(&ctx),
        Step::Plan => plan_step(&ctx),
        Step::Proof => proof_step(&ctx),
        Step::Privacy => privacy_page(&ctx),
    };
    html! {
        <>
            { header(&ctx) }
            <main id="main" tabindex="-1">
                if step != Step::Privacy { { step_nav(&ctx) } }
                { body }
            </main>
            { footer(&ctx) }
        </>
    }
}
