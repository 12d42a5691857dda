//! Reads and validates `data/` at build time and embeds it in its compact form, so the browser
//! never carries a TOML parser and a broken data file fails the build with a clear message.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-env-changed=KIW_DATA_DIR");
    // KIW_DATA_DIR builds against another copy of the data (for trying changes side by side).
    let data = match std::env::var_os("KIW_DATA_DIR") {
        Some(d) => std::path::PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
    };
    let today = kiw_core::date::today_utc();
    match kiw_core::load::load_and_validate(&data, today) {
        Ok((catalog, findings)) => {
            for f in &findings {
                println!("cargo:warning={f}");
            }
            let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
                .join("catalog.bin");
            std::fs::write(&out, catalog.to_bytes()).expect("OUT_DIR is writable");
        }
        Err(findings) => {
            eprintln!("\nThe data in data/ has problems; nothing was built.\n");
            eprintln!("{}", kiw_core::validate::report(&findings));
            eprintln!("\nSee data/README.md for every field.");
            std::process::exit(1);
        }
    }
}
