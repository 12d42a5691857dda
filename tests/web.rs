//! Browser tests (wasm-bindgen-test in headless Chromium) for the parts that need a real browser:
//! the app shell, the clipboard fallback and storage that fails.
#![cfg(target_arch = "wasm32")]

use ki_widerspruch::i18n::strings;
use ki_widerspruch::ui::{self, storage, StorageNote};
use kiw_core::saved::{encode_saved, STORAGE_KEY, UNREADABLE_KEY};
use kiw_core::state::State;
use kiw_core::Lang;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets Yew and the browser run their queued work (renders, hash changes), a bounded number of times.
async fn settle_until(cond: impl Fn() -> bool) -> bool {
    for _ in 0..50 {
        if cond() {
            return true;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    cond()
}

fn html_lang() -> Option<String> {
    document().document_element()?.get_attribute("lang")
}

fn heading() -> String {
    document()
        .get_element_by_id("step-heading")
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn app_starts_in_german_and_switches_to_english_keeping_the_choice() {
    let _ = storage::forget();
    // The test page cannot fetch the site's data files: hand over the same bytes directly.
    ui::provide_catalog(
        kiw_core::Lang::DE,
        include_bytes!(concat!(env!("OUT_DIR"), "/index-de.bin")),
    )
    .unwrap();
    ui::provide_catalog(
        kiw_core::Lang::DE,
        include_bytes!(concat!(env!("OUT_DIR"), "/data-de.bin")),
    )
    .unwrap();
    ui::provide_catalog(
        kiw_core::Lang::EN,
        include_bytes!(concat!(env!("OUT_DIR"), "/data-en.bin")),
    )
    .unwrap();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/de/start")
        .unwrap();
    let root = document().create_element("div").unwrap();
    root.set_id("app");
    document().body().unwrap().append_child(&root).unwrap();
    ui::start();
    assert!(
        settle_until(|| heading() == strings(Lang::DE).start_title).await,
        "German heading, got {:?}",
        heading()
    );
    // The page's language follows in an effect after the render that changed the heading.
    assert!(
        settle_until(|| html_lang().as_deref() == Some("de")).await,
        "lang {:?}",
        html_lang()
    );

    // Choose Facebook, then switch the language in the language menu.
    let facebook: web_sys::HtmlElement = document()
        .get_element_by_id("svc-facebook")
        .unwrap()
        .dyn_into()
        .unwrap();
    facebook.click();
    let link: web_sys::HtmlElement = document()
        .query_selector("#lang-menu a[hreflang=\"en\"]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("#/en/start"));
    link.click();
    let ok = settle_until(|| heading() == strings(Lang::EN).start_title).await;
    assert!(
        ok,
        "English heading, got {:?} at {:?}, lang {:?}, app {:?}",
        heading(),
        web_sys::window().unwrap().location().hash(),
        html_lang(),
        document()
            .query_selector(".app-name")
            .unwrap()
            .map(|e| e.text_content())
    );
    // The page's language follows in an effect after the render that changed the heading.
    assert!(
        settle_until(|| html_lang().as_deref() == Some("en")).await,
        "lang {:?}",
        html_lang()
    );
    let facebook: web_sys::HtmlInputElement = document()
        .get_element_by_id("svc-facebook")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(
        facebook.checked(),
        "the choice survives the language switch"
    );
    // Without consent nothing goes to local storage; the work in progress stays in this tab.
    let window = web_sys::window().unwrap();
    let stored = window
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(STORAGE_KEY)
        .unwrap();
    assert_eq!(stored, None);
    let session = window
        .session_storage()
        .unwrap()
        .unwrap()
        .get_item(STORAGE_KEY)
        .unwrap();
    assert!(session.is_some_and(|s| s.starts_with(kiw_core::saved::PREFIX)));
}

#[wasm_bindgen_test]
async fn copying_without_clipboard_api_fails_softly() {
    let navigator = web_sys::window().unwrap().navigator();
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), &JsValue::UNDEFINED).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&navigator, &"clipboard".into(), &descriptor);
    assert_eq!(ui::copy_text("Widerspruch").await, Err(()));
}

#[wasm_bindgen_test]
fn a_damaged_or_newer_save_is_reported_and_kept_aside() {
    let _ = storage::forget();
    let ls = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    ls.set_item(STORAGE_KEY, "kiw2:not-hex").unwrap();
    assert_eq!(storage::load(), Err(StorageNote::Corrupt));
    assert_eq!(
        ls.get_item(STORAGE_KEY).unwrap(),
        None,
        "not read again on every visit"
    );
    assert_eq!(
        ls.get_item(UNREADABLE_KEY).unwrap().as_deref(),
        Some("kiw2:not-hex"),
        "kept aside, not deleted"
    );
    assert_eq!(storage::unreadable().as_deref(), Some("kiw2:not-hex"));
    ls.set_item(STORAGE_KEY, "kiw9:00").unwrap();
    assert_eq!(storage::load(), Err(StorageNote::Newer));

    // Remembered on the device; without consent, in the session only — never both.
    let state = State {
        remember: true,
        ..State::default()
    };
    storage::save(&state).unwrap();
    assert_eq!(
        ls.get_item(STORAGE_KEY).unwrap(),
        Some(encode_saved(&state))
    );
    assert_eq!(storage::load(), Ok(Some(state)));
    let ss = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    storage::save(&State::default()).unwrap();
    assert_eq!(ls.get_item(STORAGE_KEY).unwrap(), None);
    assert!(ss.get_item(STORAGE_KEY).unwrap().is_some());
    storage::forget().unwrap();
    for area in [&ls, &ss] {
        assert_eq!(area.get_item(STORAGE_KEY).unwrap(), None);
        assert_eq!(area.get_item(UNREADABLE_KEY).unwrap(), None);
    }
}

#[wasm_bindgen_test]
fn storage_that_throws_is_reported_as_blocked() {
    use wasm_bindgen::closure::Closure;
    let window = web_sys::window().unwrap();
    let original = js_sys::Object::get_own_property_descriptor(&window, &"localStorage".into());
    // Like a browser with site data blocked: reading `window.localStorage` throws.
    let getter = Closure::<dyn Fn() -> Result<JsValue, JsValue>>::new(|| {
        Err(JsValue::from_str("SecurityError"))
    });
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"get".into(), getter.as_ref()).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&window, &"localStorage".into(), &descriptor);

    assert_eq!(storage::load(), Err(StorageNote::Blocked));
    // Work in progress still goes to the session; remembering on the device cannot.
    assert_eq!(storage::save(&State::default()), Ok(()));
    let remembered = State {
        remember: true,
        ..State::default()
    };
    assert_eq!(storage::save(&remembered), Err(StorageNote::Blocked));
    assert_eq!(storage::forget(), Err(StorageNote::Blocked));

    // Give the page its storage back for the other tests.
    js_sys::Object::define_property(&window, &"localStorage".into(), &original.into());
    assert!(window.local_storage().is_ok());
}

#[wasm_bindgen_test]
async fn after_a_bug_the_typed_text_is_offered_for_copying() {
    // The parts of index.html that the view after a bug uses.
    let crash = document().create_element("div").unwrap();
    crash.set_id("crash");
    crash.set_attribute("hidden", "").unwrap();
    crash.set_inner_html(
        "<h1 id=\"crash-title\">page words</h1><textarea id=\"crash-text\"></textarea>",
    );
    document().body().unwrap().append_child(&crash).unwrap();
    // The message speaks the language on screen once its texts have loaded.
    ui::provide_catalog(
        Lang::EN,
        include_bytes!(concat!(env!("OUT_DIR"), "/data-en.bin")),
    )
    .unwrap();
    let root = document().document_element().unwrap();
    let before = root.get_attribute("lang");
    root.set_attribute("lang", "en").unwrap();
    ui::remember_typed_for_test("Anna Muster – meine Situation");
    ui::show_panic_view();
    assert!(!crash.has_attribute("hidden"), "the message is shown");
    assert_eq!(
        document()
            .get_element_by_id("crash-title")
            .unwrap()
            .text_content()
            .as_deref(),
        Some(strings(Lang::EN).crash_title)
    );
    match before {
        Some(l) => root.set_attribute("lang", &l).unwrap(),
        None => root.remove_attribute("lang").unwrap(),
    }
    let area: web_sys::HtmlTextAreaElement = document()
        .get_element_by_id("crash-text")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(area.value().contains("Anna Muster – meine Situation"));
    crash.remove();
}
