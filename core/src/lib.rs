//! Pure core of KI-Widerspruch: everything that decides, nothing that touches a browser.
//!
//! Never imports yew, web_sys, gloo or wasm_bindgen: this crate has none of them as dependencies,
//! so the compiler enforces it, and everything here is tested natively with `cargo test`.

pub mod catalog;
pub mod date;
pub mod decode;
pub mod embed;
pub mod freshness;
pub mod letters;
#[cfg(feature = "toml")]
pub mod load;
pub mod model;
#[cfg(feature = "toml")]
pub mod pages;
pub mod plan;
pub mod proof;
pub mod replies;
pub mod route;
pub mod saved;
#[cfg(feature = "schema")]
pub mod schema;
pub mod state;
pub mod template;
pub mod text;
pub mod ui_text;
pub mod validate;
#[cfg(feature = "toml")]
pub mod watch;

pub use catalog::{Catalog, TemplateKind};
pub use date::Date;
pub use model::Lang;
