//! KI-Widerspruch: the app crate. The pure logic is in the `kiw-core` crate (folder `core/`);
//! this crate adds the embedded data, the UI strings and the thin Yew UI.

pub use kiw_core as core;

pub mod i18n;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The dataset of `data/`, validated and encoded by `build.rs`.
pub static CATALOG_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin"));

/// Decodes the embedded dataset.
pub fn embedded_catalog() -> Result<kiw_core::Catalog, String> {
    kiw_core::Catalog::from_bytes(CATALOG_BYTES)
}
