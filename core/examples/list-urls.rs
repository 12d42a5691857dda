//! Prints every web address in `data/` as one JSON object per line (file, field, url), for
//! `node scripts/check-links.mjs`: `cargo run -p kiw-core --features toml --example list-urls`.

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "data".into());
    // Only parsing: a link checker is still useful while another check fails.
    let (catalog, findings) = kiw_core::load::load_dir(std::path::Path::new(&dir));
    for f in findings
        .iter()
        .filter(|f| f.severity == kiw_core::validate::Severity::Error)
    {
        eprintln!("{f}");
    }
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    for u in kiw_core::watch::data_urls(&catalog) {
        // A closed pipe (`| head`) just ends the list.
        if writeln!(out, "{}", u.to_json()).is_err() {
            return;
        }
    }
}
