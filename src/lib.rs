//! KI-Widerspruch: the app crate. The pure logic is in the `kiw-core` crate (folder `core/`);
//! this crate adds the embedded data, the UI strings and the thin Yew UI.

pub mod i18n;
#[cfg(target_arch = "wasm32")]
pub mod ui;

// `DATA_FILES`: the names of the per-language data files, from `build.rs`.
include!(concat!(env!("OUT_DIR"), "/data_files.rs"));

/// The names of the start index and the full data file the browser loads for a language
/// (empty for a language the build does not have).
pub fn data_files(lang: kiw_core::Lang) -> (&'static str, &'static str) {
    DATA_FILES
        .iter()
        .find(|(l, _, _)| *l == lang.code())
        .map_or(("", ""), |(_, i, d)| (i, d))
}

/// The languages this build offers, in the order of `data/languages.toml` (the first is the
/// default).
pub fn languages() -> Vec<kiw_core::Lang> {
    DATA_FILES
        .iter()
        .filter_map(|(code, _, _)| kiw_core::Lang::from_code(code))
        .collect()
}
