//! Lists the records whose watched policy documents Open Terms Archive recorded again since they
//! were checked. Give local clones of the versions repositories:
//! `cargo run -p kiw-core --features toml --example policy-watch -- pga-versions genai-eu-versions`
//! (folder names tell which is which; otherwise `pga-versions=/path/to/clone`).
//! Options: `--data <dir>` (default `data`), `--markdown <file>` to also write a report.

use std::path::PathBuf;

fn main() {
    let mut data = PathBuf::from("data");
    let mut markdown: Option<PathBuf> = None;
    let mut clones = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--data" => data = args.next().map(PathBuf::from).unwrap_or(data),
            "--markdown" => markdown = args.next().map(PathBuf::from),
            _ => match kiw_core::watch::parse_archive_arg(&a) {
                Ok(c) => clones.push(c),
                Err(e) => {
                    eprintln!("{e}");
                    std::process::exit(2);
                }
            },
        }
    }
    if clones.is_empty() {
        eprintln!("give at least one local clone of an Open Terms Archive versions repository (pga-versions, genai-eu-versions)");
        std::process::exit(2);
    }
    let (catalog, findings) = kiw_core::load::load_dir(&data);
    for f in &findings {
        eprintln!("{f}");
    }
    let (changes, skipped) = match kiw_core::watch::policy_changes(&catalog, &clones) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let mut report = String::new();
    for c in &changes {
        report.push_str(&format!("- {c}\n"));
    }
    for a in &skipped {
        report.push_str(&format!(
            "- (not compared: no clone of {} given)\n",
            a.repo()
        ));
    }
    let summary = if changes.is_empty() {
        "No watched policy document changed since it was checked.".to_string()
    } else {
        format!(
            "{} watched policy document(s) changed since they were checked. Read the new version, update the record and the `version` of its `[[watch]]` entry (data/README.md, section 14).",
            changes.len()
        )
    };
    println!("{report}{summary}");
    if let Some(path) = markdown {
        let text = format!("<!-- kiw-policy-watch -->\n{summary}\n\n{report}");
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("cannot write {}: {e}", path.display());
            std::process::exit(2);
        }
    }
}
