//! Writes the browser's data files (one per language) into a folder; Trunk runs this after each
//! build with the folder it is about to publish.
//!   cargo run -p kiw-core --features toml --example export-data -- <folder>

fn main() {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .expect("give the output folder (or run through trunk)");
    let data = std::env::var("KIW_DATA_DIR").unwrap_or_else(|_| "data".into());
    // Same day as build.rs: only warnings depend on it, and this prints none.
    let today =
        kiw_core::date::check_date_from_env().map_or_else(|_| kiw_core::date::today_utc(), |d| d.0);
    let catalog = match kiw_core::load::load_and_validate(std::path::Path::new(&data), today) {
        Ok((c, _)) => c,
        Err(findings) => {
            eprintln!("{}", kiw_core::validate::report(&findings));
            std::process::exit(1);
        }
    };
    // The static page speaks the first language of data/languages.toml.
    let first = catalog.languages[0].code;
    // Without WebAssembly the page still lists where each form or setting is.
    let mut links = String::from("<ul class=\"fallback-links\">\n");
    for p in catalog
        .platforms
        .iter()
        .filter(|p| p.audience == kiw_core::model::Audience::Account)
    {
        let link = p
            .routes
            .iter()
            .find_map(|r| r.link.clone().or_else(|| r.fallback_link.clone()));
        if let Some(url) = link.filter(|u| u.starts_with("https://")) {
            links.push_str(&format!(
                "  <li><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></li>\n",
                escape(&url),
                escape(p.name.get(first))
            ));
        }
    }
    links.push_str("</ul>\n");
    std::fs::write(
        std::path::Path::new(&dir).join("fallback-links.html"),
        links,
    )
    .expect("output folder is writable");

    // The embed configurator (static/configurator.js) lists the services from this file.
    let services: Vec<String> = catalog
        .platforms
        .iter()
        .map(|p| {
            format!(
                "{{\"id\": {}, \"name\": {}}}",
                kiw_core::text::json_string(&p.id),
                kiw_core::text::json_string(p.name.get(first))
            )
        })
        .collect();
    std::fs::write(
        std::path::Path::new(&dir).join("services.json"),
        format!("[{}]\n", services.join(", ")),
    )
    .expect("output folder is writable");

    for lang in catalog.languages.iter().map(|l| l.code) {
        for (kind, bytes) in catalog.browser_files(lang) {
            let name = kiw_core::Catalog::file_name_for(&bytes, kind, lang);
            std::fs::write(std::path::Path::new(&dir).join(&name), &bytes)
                .expect("output folder is writable");
            println!("export-data: {name} ({} bytes)", bytes.len());
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
