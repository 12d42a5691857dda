//! Checks `data/` and prints every finding: `cargo run -p kiw-core --features toml --example check-data`.

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "data".into());
    let today = match kiw_core::date::check_date_from_env() {
        Ok((d, from)) => {
            println!("checking as of {d} (from {from})");
            d
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    match kiw_core::load::load_and_validate(std::path::Path::new(&dir), today) {
        Ok((c, findings)) => {
            println!("{}", kiw_core::validate::report(&findings));
            println!(
                "ok: {} platforms, {} controllers, {} authorities, {} regions, {} reasons, {} templates, {} kinds of answer with {} rules",
                c.platforms.len(),
                c.controllers.len(),
                c.authorities.len(),
                c.regions.len(),
                c.reasons.len(),
                c.templates.len(),
                c.replies.kinds.len(),
                c.replies.rules.len()
            );
        }
        Err(findings) => {
            eprintln!("{}", kiw_core::validate::report(&findings));
            std::process::exit(1);
        }
    }
}
