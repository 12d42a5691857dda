//! The interface's words. They live in `data/ui.toml` and arrive with the data file of the
//! language (so the wasm carries none of them); this module hands them to the views as a typed
//! struct, `kiw_core::ui_text::UiText`.

use kiw_core::ui_text::{UiText, EMPTY};
use kiw_core::{Catalog, Lang};
use std::cell::RefCell;

pub use kiw_core::ui_text::UiText as Strings;

std::thread_local! {
    /// The texts of each language once loaded, and whether they are all there (the start index
    /// has only the first screen's). Leaked: they live as long as the page, and a person loads
    /// only a few languages.
    static LOADED: RefCell<Vec<(Lang, &'static UiText, bool)>> = const { RefCell::new(Vec::new()) };
}

/// Takes the interface texts of `lang` from freshly loaded data: the start index's first, then
/// the full data's once (which has them all).
pub fn set_strings(lang: Lang, catalog: &Catalog) {
    let all = !catalog.is_index();
    let known = LOADED.with(|l| l.borrow().iter().find(|(l, ..)| *l == lang).map(|e| e.2));
    if known == Some(true) || (known.is_some() && !all) {
        return;
    }
    let values: Vec<&'static str> = catalog
        .ui_texts(lang)
        .into_iter()
        .map(|s| &*Box::leak(s.to_string().into_boxed_str()))
        .collect();
    if let Some(texts) = UiText::from_values(&values) {
        let texts: &'static UiText = Box::leak(Box::new(texts));
        LOADED.with(|l| {
            let mut l = l.borrow_mut();
            l.retain(|(l, ..)| *l != lang);
            l.push((lang, texts, all));
        });
    }
}

/// The texts of a language; empty until its data has loaded (the loading view has its own).
pub fn strings(lang: Lang) -> &'static Strings {
    // `try_borrow`: the view after a bug asks too, and the bug may have struck mid-update.
    LOADED
        .with(|l| {
            l.try_borrow()
                .ok()?
                .iter()
                .find(|(l, ..)| *l == lang)
                .map(|(_, t, _)| *t)
        })
        .unwrap_or(&EMPTY)
}
