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
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Prints the page; `mode` is set on `<html data-print>` so the print stylesheet shows only
/// the chosen part (one letter, or the whole plan).
pub fn print(mode: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-print", mode);
        let _ = window.print();
        let _ = root.remove_attribute("data-print");
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
        doc.set_title(title);
    }
}

pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

pub fn set_location_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        if w.location().hash().ok().as_deref() != Some(hash) {
            let _ = w.location().set_hash(hash);
        }
    }
}

pub fn console_note(msg: &str) {
    web_sys::console::info_1(&JsValue::from_str(msg));
}
