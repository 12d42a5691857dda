//! The app's effects, one named hook each: the address bar, the back button, keeping what was
//! typed, loading the data, and the guesses made once the data is there.

use super::{browser, cached, fetch_catalog, has_full, storage, Model, Screen, StorageNote};
use crate::i18n::strings;
use kiw_core::route::{parse_route_in, route_hash};
use kiw_core::state::{Action, PersonField, Step};
use yew::prelude::*;

/// The address shows the language, the step and nothing personal; the page's language and
/// title follow; focus moves to the new step's heading.
#[hook]
pub fn use_address_bar(
    state: &UseReducerHandle<Model>,
    screen: &UseStateHandle<Screen>,
    focus_platform: Option<String>,
) {
    let (lang, step) = (state.0.lang, state.0.step);
    let first = use_mut_ref(|| true);
    let screen = screen.clone();
    use_effect_with((lang, step), move |&(lang, step)| {
        if screen.next_error || screen.confirm_forget {
            let mut s = (*screen).clone();
            s.next_error = false;
            s.confirm_forget = false;
            screen.set(s);
        }
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
        browser::set_document_lang(lang.code(), strings(lang).app_name);
        if !*first.borrow() {
            browser::focus("step-heading");
            browser::scroll_to_top();
        }
        *first.borrow_mut() = false;
    });
}

/// Back and forward buttons, and links to other steps, arrive as hash changes.
#[hook]
pub fn use_back_button(state: &UseReducerHandle<Model>) {
    let state = state.clone();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            gloo::events::EventListener::new(&w, "hashchange", move |_| {
                let (route, notes) = parse_route_in(&browser::location_hash(), &crate::languages());
                for n in notes {
                    browser::console_note(&format!("KI-Widerspruch: {n}"));
                }
                if let Some(r) = route {
                    state.dispatch(Action::SetLang(r.lang));
                    state.dispatch(Action::Go(r.step));
                    // A link to one service's card chooses that service and shows its card.
                    if let Some(p) = r.platform {
                        if !state.0.selected.contains(&p) {
                            state.dispatch(Action::Toggle(p.clone()));
                        }
                        gloo::timers::callback::Timeout::new(60, move || {
                            browser::focus(&format!("card-{p}-title"));
                        })
                        .forget();
                    }
                }
            })
        });
        move || drop(listener)
    });
}

/// Keeps every change: in this tab's session storage, or on the device with consent. A failure
/// is said once; the app works on without storage.
#[hook]
pub fn use_keep(state: &UseReducerHandle<Model>, note: &UseStateHandle<Option<StorageNote>>) {
    let note = note.clone();
    // The state the page opened with is already stored, or is empty: nothing to write yet (and
    // the first screen's work stays small).
    let opened = use_mut_ref(|| true);
    use_effect_with(state.0.clone(), move |s| {
        if std::mem::replace(&mut *opened.borrow_mut(), false) {
            return;
        }
        if let Err(n) = storage::save(s) {
            if *note != Some(n) && *note != Some(StorageNote::Blocked) {
                note.set(Some(n));
            }
        }
    });
}

/// The data of the current language. A first visit loads only the small start index; the full
/// data follows as soon as a service is chosen or another step is open. Returns a counter that
/// changes with every load, whether the last load failed, and "try again".
#[hook]
pub fn use_data(state: &UseReducerHandle<Model>) -> (u32, bool, Callback<()>) {
    let load_error = use_state(|| false);
    let loaded = use_state(|| 0_u32);
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
                                load_error.set(false);
                                loaded.set(*loaded + 1);
                            }
                            Err(e) => {
                                web_sys::console::error_1(&e.as_str().into());
                                load_error.set(true);
                            }
                        }
                    });
                }
            },
        );
    }
    // Letters in another language (to companies by choice, to the authority in one it
    // accepts): that language's data too, once the plan is open (failing quietly: the page's own
    // version stays as the fallback).
    {
        let loaded = loaded.clone();
        let s = &state.0;
        let key = (s.lang, s.company_lang, s.person.region.clone());
        let on_plan = s.step == Step::Plan;
        let state = state.clone();
        use_effect_with((key, on_plan, *loaded), move |(_, on_plan, _)| {
            let needed = cached(state.0.lang)
                .filter(|c| *on_plan && !c.is_index())
                .map(|c| kiw_core::plan::letter_languages(&state.0, &c))
                .unwrap_or_default();
            for other in [needed.0, needed.1].into_iter().flatten() {
                if has_full(other) {
                    continue;
                }
                let loaded = loaded.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    match fetch_catalog(other, true).await {
                        Ok(()) => loaded.set(*loaded + 1),
                        Err(e) => web_sys::console::error_1(&e.as_str().into()),
                    }
                });
            }
        });
    }
    // The page title in the page's language, once its texts are there.
    use_effect_with((state.0.lang, *loaded), |&(lang, _)| {
        browser::set_document_lang(lang.code(), strings(lang).app_name);
    });
    let again = {
        let (retry, load_error) = (retry.clone(), load_error.clone());
        Callback::from(move |()| {
            load_error.set(false);
            retry.set(*retry + 1);
        })
    };
    (*loaded, *load_error, again)
}

/// Services chosen by a link or a host page that the data does not know are dropped.
#[hook]
pub fn use_known_services(state: &UseReducerHandle<Model>, loaded: u32) {
    let state = state.clone();
    let selected = state.0.selected.clone();
    use_effect_with(
        (loaded, selected, state.0.lang),
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

/// Once per visit, where the person has not said where they live: the country of the browser's
/// locale (de-AT: Austria) as a first guess, shown on the details step and easy to change.
#[hook]
pub fn use_first_guesses(state: &UseReducerHandle<Model>, loaded: u32, full: bool) {
    let state = state.clone();
    let done = use_mut_ref(|| false);
    use_effect_with((loaded, full), move |&(_, full)| {
        if !full || *done.borrow() {
            return;
        }
        *done.borrow_mut() = true;
        if !state.0.person.region.is_empty() {
            return;
        }
        let locale = web_sys::window()
            .and_then(|w| w.navigator().language())
            .unwrap_or_default();
        if let Some(c) = cached(state.0.lang) {
            if let Some(r) = c.country_from_locale(&locale) {
                state.dispatch(Action::EditPerson(PersonField::Region, r.code.clone()));
            }
        }
    });
}

/// A deep link like #/de/plan/facebook moves focus to that service's card once it is there.
#[hook]
pub fn use_deep_link_focus(state: &UseReducerHandle<Model>, target: Option<String>, full: bool) {
    let done = use_mut_ref(|| false);
    let on_plan = state.0.step == Step::Plan && full;
    use_effect_with(on_plan, move |&on_plan| {
        if on_plan && !*done.borrow() {
            if let Some(p) = target {
                browser::focus(&format!("card-{p}-title"));
            }
            *done.borrow_mut() = true;
        }
    });
}

/// Edits held back while typing (`browser::later`) are applied before any tap or click, when
/// focus leaves a field, and when the page is hidden.
#[hook]
pub fn use_apply_later() {
    use_effect_with((), |_| {
        let window = web_sys::window();
        let doc = window.as_ref().and_then(|w| w.document());
        let mut listeners = Vec::new();
        if let Some(doc) = &doc {
            let capture = gloo::events::EventListenerOptions::run_in_capture_phase();
            for event in ["pointerdown", "focusout", "visibilitychange"] {
                listeners.push(gloo::events::EventListener::new_with_options(
                    doc,
                    event,
                    capture,
                    |_| browser::apply_later(),
                ));
            }
        }
        if let Some(w) = &window {
            listeners.push(gloo::events::EventListener::new(w, "pagehide", |_| {
                browser::apply_later()
            }));
        }
        move || drop(listeners)
    });
}

/// A menu closes when the person taps or clicks anywhere outside it, as menus do.
#[hook]
pub fn use_menu_closes_outside() {
    use_effect_with((), |_| {
        let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
            gloo::events::EventListener::new(&doc, "click", move |e| {
                use wasm_bindgen::JsCast;
                let target = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                for id in ["menu", "lang-menu"] {
                    let inside = target
                        .as_ref()
                        .and_then(|el| el.closest(&format!("#{id}")).ok().flatten())
                        .is_some();
                    if !inside {
                        browser::close_menu(id);
                    }
                }
            })
        });
        move || drop(listener)
    });
}
