//! The browser APIs the UI needs besides storage, each failing softly: today's date, clipboard,
//! downloads, printing, focus. Nothing here sends anything anywhere.

use kiw_core::Date;
use wasm_bindgen::{JsCast, JsValue};

/// Today's date from the device clock (local time).
pub fn today() -> Date {
    let d = js_sys::Date::new_0();
    kiw_core::state::date_or_default(d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// Copies text with the Clipboard API. `Err` when the API is missing or refused; the caller then
/// selects the text so the person can copy it by hand.
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let navigator = window.navigator();
    // Old browsers and insecure contexts have no `navigator.clipboard`.
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return Err(());
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| ())
}

/// Selects the contents of an element so Ctrl+C copies it.
pub fn select_element(id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(el) = doc.get_element_by_id(id) else {
        return;
    };
    if let Ok(area) = el.clone().dyn_into::<web_sys::HtmlTextAreaElement>() {
        area.select();
        let _ = area.focus();
        return;
    }
    if let (Ok(Some(sel)), Ok(range)) = (doc.get_selection(), doc.create_range()) {
        let _ = range.select_node_contents(&el);
        let _ = sel.remove_all_ranges();
        let _ = sel.add_range(&range);
    }
}

/// Offers `content` as a file download; made locally from a Blob, never fetched.
pub fn download(filename: &str, mime: &str, content: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc.create_element("a").and_then(|e| {
        e.dyn_into::<web_sys::HtmlAnchorElement>()
            .map_err(Into::into)
    }) {
        a.set_href(&url);
        a.set_download(filename);
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    // Some browsers start the download only after this call returns: free the URL later.
    gloo::timers::callback::Timeout::new(30_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// Prints the plan (`target` = None) or one letter: the letter's print layout is copied into
/// `#print-root`, the only thing the print stylesheet shows then, so the printout has exactly
/// the letter's pages. Phones return from `print()` before printing, so the copy is removed only
/// after printing ("afterprint").
pub fn print(mode: &str, target: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(doc) = window.document() else {
        return;
    };
    let Some(root) = doc.document_element() else {
        return;
    };
    let copy = target
        .and_then(|id| doc.get_element_by_id(id))
        .and_then(|el| el.query_selector(".print-letter").ok().flatten())
        .and_then(|letter| letter.clone_node_with_deep(true).ok())
        .and_then(|letter| {
            let holder = doc.create_element("div").ok()?;
            holder.set_id("print-root");
            holder.append_child(&letter).ok()?;
            doc.body()?.append_child(&holder).ok()?;
            Some(holder)
        });
    let _ = root.set_attribute("data-print", mode);
    gloo::events::EventListener::once(&window, "afterprint", move |_| {
        let _ = root.remove_attribute("data-print");
        if let Some(c) = copy {
            c.remove();
        }
    })
    .forget();
    let _ = window.print();
}

/// Closes one of the header's menus (`<details>` elements, whose open state the browser keeps).
pub fn close_menu(id: &str) {
    if let Some(m) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        let _ = m.remove_attribute("open");
    }
}

/// A touch screen as the main pointer (a phone or tablet).
pub fn coarse_pointer() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(pointer: coarse)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// A new step starts at its top, like a new page.
pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Opens a link (a `mailto:` after copying the text to paste into it).
pub fn open(href: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_href(href);
    }
}

/// Moves focus to the element (the new step's heading), for keyboard and screen reader users.
pub fn focus(id: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

pub fn set_document_lang(code: &str, title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", code);
        }
        // Before the language's texts have loaded, index.html's title stays.
        if !title.is_empty() {
            doc.set_title(title);
        }
    }
}

pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Shows `hash` in the address bar. `replace` rewrites the current history entry instead of
/// adding one (the first address of a visit), so "Back" does not land on a page without a step.
pub fn set_location_hash(hash: &str, replace: bool) {
    let Some(w) = web_sys::window() else { return };
    if w.location().hash().ok().as_deref() == Some(hash) {
        return;
    }
    match (replace, w.history()) {
        (true, Ok(h)) => {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(hash));
        }
        _ => {
            let _ = w.location().set_hash(hash);
        }
    }
}

pub fn console_note(msg: &str) {
    web_sys::console::info_1(&JsValue::from_str(msg));
}

/// Edits held back while a person types (by field), and the timer that applies them.
type Held = (
    Vec<(String, Box<dyn FnOnce()>)>,
    Option<gloo::timers::callback::Timeout>,
);

std::thread_local! {
    static LATER: std::cell::RefCell<Held> = std::cell::RefCell::new((Vec::new(), None));
}

/// Applies an edit a moment after the last key (`key` names the field), so that typing into a
/// field every letter uses does not regenerate and repaint the whole plan on every key. The
/// field keeps what was typed; [`apply_later`] runs the held edits at once.
pub fn later(key: String, edit: impl FnOnce() + 'static) {
    LATER.with(|l| {
        let mut l = l.borrow_mut();
        l.0.retain(|(k, _)| *k != key);
        l.0.push((key, Box::new(edit)));
        l.1 = Some(gloo::timers::callback::Timeout::new(300, apply_later));
    });
}

/// Runs every held edit now: before any tap or click (a copy button must copy the latest
/// text), when focus leaves a field, and when the page is hidden (nothing typed is lost).
pub fn apply_later() {
    let edits = LATER.with(|l| {
        let mut l = l.borrow_mut();
        l.1 = None;
        std::mem::take(&mut l.0)
    });
    for (_, edit) in edits {
        edit();
    }
}
