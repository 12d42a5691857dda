//! Writes what the build makes from `data/` into the folder about to be published: the
//! browser's data files (two per language), and the static pages of every language from their
//! templates (the app's page, 404.html, the embed configurator, embed.js). Trunk runs this after
//! each build (scripts/post-build.mjs) with that folder.
//!   cargo run -p kiw-core --features toml --example export-data -- <folder>

use kiw_core::pages;
use kiw_core::Catalog;
use std::path::Path;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .expect("give the output folder (or run through trunk)");
    let dir = Path::new(&dir);
    let data = std::env::var("KIW_DATA_DIR").unwrap_or_else(|_| "data".into());
    // Same day as build.rs: only warnings depend on it, and this prints none.
    let today =
        kiw_core::date::check_date_from_env().map_or_else(|_| kiw_core::date::today_utc(), |d| d.0);
    let catalog = match kiw_core::load::load_and_validate(Path::new(&data), today) {
        Ok((c, _)) => c,
        Err(findings) => {
            eprintln!("{}", kiw_core::validate::report(&findings));
            std::process::exit(1);
        }
    };
    for lang in catalog.languages.iter().map(|l| l.code) {
        for (kind, bytes) in catalog.browser_files(lang) {
            let name = Catalog::file_name_for(&bytes, kind, lang);
            write(&dir.join(&name), &bytes);
            println!("export-data: {name} ({} bytes)", bytes.len());
        }
    }
    if let Err(e) = write_pages(dir, &catalog) {
        eprintln!("export-data: {e}");
        std::process::exit(1);
    }
}

/// The static pages of every language, from the templates Trunk copied into `dir`.
fn write_pages(dir: &Path, catalog: &Catalog) -> Result<(), String> {
    let template = |name: &str| -> Result<String, String> {
        std::fs::read_to_string(dir.join(name)).map_err(|e| format!("{name}: {e}"))
    };
    for (name, page) in pages::site(catalog, &template)? {
        write(&dir.join(name), page.as_bytes());
    }
    // The configurator's template has become one page per language.
    std::fs::remove_file(dir.join("configurator.html")).map_err(|e| e.to_string())
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes)
        .unwrap_or_else(|e| panic!("{} is not writable: {e}", path.display()));
}
