//! The interface's words. They live in `data/ui.toml` and arrive with the data file of the
//! language (so the wasm carries none of them); this module hands them to the views as a typed
//! struct, `kiw_core::ui_text::UiText`.

use kiw_core::ui_text::{UiText, EMPTY};
use kiw_core::{Catalog, Lang};
use std::cell::RefCell;

pub use kiw_core::ui_text::UiText as Strings;

std::thread_local! {
    /// The texts of each language once its data has loaded (leaked once: they live as long as
    /// the page, and there are only two languages).
    static LOADED: RefCell<[Option<&'static UiText>; 2]> = const { RefCell::new([None, None]) };
}

/// Takes the interface texts of `lang` from freshly loaded data (once per language).
pub fn set_strings(lang: Lang, catalog: &Catalog) {
    if LOADED.with(|l| l.borrow()[lang as usize].is_some()) {
        return;
    }
    let values: Vec<&'static str> = catalog
        .ui_texts(lang)
        .into_iter()
        .map(|s| &*Box::leak(s.to_string().into_boxed_str()))
        .collect();
    if let Some(texts) = UiText::from_values(&values) {
        let texts: &'static UiText = Box::leak(Box::new(texts));
        LOADED.with(|l| l.borrow_mut()[lang as usize] = Some(texts));
    }
}

/// The texts of a language; empty until its data has loaded (the loading view has its own).
pub fn strings(lang: Lang) -> &'static Strings {
    LOADED.with(|l| l.borrow()[lang as usize]).unwrap_or(&EMPTY)
}
