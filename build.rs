//! Reads and validates `data/` at build time and embeds it in its compact form, so the browser
//! never carries a TOML parser and a broken data file fails the build with a clear message.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-env-changed=KIW_DATA_DIR");
    println!("cargo:rerun-if-env-changed=KIW_REPO_URL");
    println!("cargo:rerun-if-env-changed=KIW_TODAY");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    // Where people report an outdated fact: the repository the site is built from (the Pages
    // workflow sets it). Anything but a GitHub repository address is dropped: no report link.
    let repo_url = std::env::var("KIW_REPO_URL").unwrap_or_default();
    let repo_url = repo_url.trim().trim_end_matches('/').to_string();
    let repo_url = if repo_url.is_empty() || kiw_core::freshness::is_repo_url(&repo_url) {
        repo_url
    } else {
        println!("cargo:warning=KIW_REPO_URL `{repo_url}` is not https://github.com/<owner>/<name>; the app shows no report link");
        String::new()
    };
    // KIW_DATA_DIR builds against another copy of the data (for trying changes side by side).
    let data = match std::env::var_os("KIW_DATA_DIR") {
        Some(d) => {
            println!(
                "cargo:rerun-if-changed={}",
                std::path::Path::new(&d).display()
            );
            std::path::PathBuf::from(d)
        }
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
    };
    // The day only decides warnings (old or future-dated sources), never what is built.
    let today = match kiw_core::date::check_date_from_env() {
        Ok((d, _)) => d,
        Err(e) => {
            eprintln!("\n{e}\n");
            std::process::exit(1);
        }
    };
    match kiw_core::load::load_and_validate(&data, today) {
        Ok((catalog, findings)) => {
            for f in &findings {
                println!("cargo:warning={f}");
            }
            // The browser fetches one file per language (written into dist/ by
            // `core/examples/export-data.rs`); the app learns their names from here, and the
            // browser tests read the same bytes.
            let out =
                Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
            let mut names = String::from(
                "/// The data files of each language (code, start index, full data), named by their content,\n/// in the order of data/languages.toml.\npub const DATA_FILES: &[(&str, &str, &str)] = &[\n",
            );
            for language in &catalog.languages {
                let lang = language.code;
                let [(ik, index), (dk, data)] = catalog.browser_files(lang);
                let index_name = kiw_core::Catalog::file_name_for(&index, ik, lang);
                let data_name = kiw_core::Catalog::file_name_for(&data, dk, lang);
                std::fs::write(out.join(format!("index-{}.bin", lang.code())), &index)
                    .expect("OUT_DIR is writable");
                std::fs::write(out.join(format!("data-{}.bin", lang.code())), &data)
                    .expect("OUT_DIR is writable");
                names.push_str(&format!(
                    "    ({:?}, {index_name:?}, {data_name:?}),\n",
                    lang.code()
                ));
            }
            names.push_str("];\n");
            names.push_str(&format!(
                "/// The project's repository for reports of outdated facts (`KIW_REPO_URL` at build time; empty: no report link).\npub const REPO_URL: &str = {repo_url:?};\n"
            ));
            std::fs::write(out.join("data_files.rs"), names).expect("OUT_DIR is writable");
        }
        Err(findings) => {
            eprintln!("\nThe data in data/ has problems; nothing was built.\n");
            eprintln!("{}", kiw_core::validate::report(&findings));
            eprintln!("\nSee data/README.md for every field.");
            std::process::exit(1);
        }
    }
}
