//! Writes the browser's data files (one per language) into a folder; Trunk runs this after each
//! build with the folder it is about to publish.
//!   cargo run -p kiw-core --features toml --example export-data -- <folder>

fn main() {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .expect("give the output folder (or run through trunk)");
    let data = std::env::var("KIW_DATA_DIR").unwrap_or_else(|_| "data".into());
    let today = kiw_core::date::today_utc();
    let catalog = match kiw_core::load::load_and_validate(std::path::Path::new(&data), today) {
        Ok((c, _)) => c,
        Err(findings) => {
            eprintln!("{}", kiw_core::validate::report(&findings));
            std::process::exit(1);
        }
    };
    for lang in kiw_core::Lang::ALL {
        for (kind, bytes) in catalog.browser_files(lang) {
            let name = kiw_core::Catalog::file_name_for(&bytes, kind, lang);
            std::fs::write(std::path::Path::new(&dir).join(&name), &bytes)
                .expect("output folder is writable");
            println!("export-data: {name} ({} bytes)", bytes.len());
        }
    }
}
