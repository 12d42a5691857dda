//! A language is data: a test-only language, added to a copy of `data/` the way data/README.md
//! (section 15) says — an entry in languages.toml, a text beside every other, its templates —
//! loads, validates, makes its browser data, letters and static pages, with no code changed.
#![cfg(not(target_arch = "wasm32"))]

use kiw_core::letters::{generate, Account, Person, Request};
use kiw_core::{Catalog, Date, Lang};
use std::path::{Path, PathBuf};

/// The test language's code: no real language has it, so nothing here can come from elsewhere.
const CODE: &str = "qx";
/// Every text of the test language is the English one with this mark in front.
const MARK: &str = "[qx] ";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn today() -> Date {
    Date::parse("2026-12-02").unwrap()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Adds a `qx` text beside every text that has an English one (tables with `de` and `en`).
fn add_texts(v: &mut toml::Value) {
    match v {
        toml::Value::Table(t) => {
            let en = t.get("en").and_then(|e| e.as_str()).map(str::to_string);
            if let (Some(en), true) = (en, t.get("de").is_some_and(|d| d.is_str())) {
                t.insert(CODE.into(), toml::Value::String(format!("{MARK}{en}")));
            }
            for (_, child) in t.iter_mut() {
                add_texts(child);
            }
        }
        toml::Value::Array(a) => a.iter_mut().for_each(add_texts),
        _ => {}
    }
}

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            if !p.ends_with("schema") && !p.ends_with("templates") {
                toml_files(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "toml") && !p.ends_with("languages.toml") {
            out.push(p);
        }
    }
}

/// A copy of data/ with the test language added from data alone.
fn data_with_test_language() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kiw-lang-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&repo().join("data"), &dir);
    let mut files = Vec::new();
    toml_files(&dir, &mut files);
    for f in files {
        let mut v: toml::Value = toml::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        add_texts(&mut v);
        std::fs::write(&f, toml::to_string(&v).unwrap()).unwrap();
    }
    // The configurator's file name must work in an address (the check says so).
    let pages = dir.join("ui.toml");
    let text = std::fs::read_to_string(&pages).unwrap();
    let text = text.replace(&format!("\"{MARK}embed\""), &format!("\"{CODE}-embed\""));
    std::fs::write(&pages, text).unwrap();
    copy_dir(
        &dir.join("templates/en"),
        &dir.join(format!("templates/{CODE}")),
    );
    let mut languages = std::fs::read_to_string(dir.join("languages.toml")).unwrap();
    languages.push_str(&format!(
        "\n[[language]]\ncode = \"{CODE}\"\nname = \"Qxish\"\nmonths = [\"m1\", \"m2\", \"m3\", \"m4\", \"m5\", \"m6\", \"m7\", \"m8\", \"m9\", \"m10\", \"m11\", \"m12\"]\ndate = \"{{year}}/{{month}}/{{day}}\"\n"
    ));
    std::fs::write(dir.join("languages.toml"), languages).unwrap();
    dir
}

#[test]
fn a_language_added_as_data_only_loads_builds_and_renders() {
    let dir = data_with_test_language();
    let result = kiw_core::load::load_and_validate(&dir, today());
    let catalog = match result {
        Ok((c, _)) => c,
        Err(f) => {
            let _ = std::fs::remove_dir_all(&dir);
            panic!("{}", kiw_core::validate::report(&f))
        }
    };
    let qx = Lang::from_code(CODE).unwrap();
    assert_eq!(catalog.languages.last().map(|l| l.code), Some(qx));

    // Its browser data: only its texts, the interface complete.
    let [(_, index), (_, data)] = catalog.browser_files(qx);
    let full = Catalog::from_bytes(&data).unwrap();
    Catalog::from_bytes(&index).unwrap();
    let ui = full.ui_texts(qx);
    // Every text is the test language's (its configurator's file name has no mark: it must
    // work in an address).
    assert!(
        ui.iter()
            .all(|t| t.starts_with(MARK) || *t == format!("{CODE}-embed")),
        "an interface text without its qx version"
    );
    assert!(kiw_core::ui_text::UiText::from_values(
        &ui.iter()
            .map(|t| &*t.to_string().leak())
            .collect::<Vec<&'static str>>()
    )
    .is_some());
    assert!(full
        .platforms
        .iter()
        .all(|p| p.name.get(qx).starts_with(MARK)));
    assert!(
        full.platforms
            .iter()
            .all(|p| p.name.get(Lang::DE).is_empty()),
        "German left in"
    );

    // Its letters, with its dates.
    let person = Person {
        name: "Q X".into(),
        region: "FR".into(),
        ..Default::default()
    };
    let accounts = [Account {
        platform: "linkedin".into(),
        username: "qx".into(),
        ..Default::default()
    }];
    let req = Request {
        catalog: &full,
        person: &person,
        accounts: &accounts,
        today: today(),
        sent_on: None,
        reminder_on: None,
        lang: qx,
    };
    let texts = generate(&req, &["linkedin".into()]);
    let body = &texts[0].objection.body;
    assert!(
        body.contains("2027/m1/2"),
        "the deadline in the language's date form:\n{body}"
    );
    assert!(body.contains("Art. 21(1)"), "{body}");

    // Its static pages: its own app page and configurator, and a line in the 404 page.
    let template = |name: &str| -> Result<String, String> {
        let path = match name {
            "index.html" => repo().join("index.html"),
            other => repo().join("static").join(other),
        };
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let pages = kiw_core::pages::site(&catalog, &template).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let page = |name: &str| {
        pages
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, p)| p.as_str())
            .unwrap_or_else(|| panic!("no {name}"))
    };
    let own = page(&format!("{CODE}.html"));
    assert!(own.contains(&format!("<html lang=\"{CODE}\" data-lang=\"{CODE}\">")));
    assert!(
        own.contains(&format!("<title>{MARK}")),
        "title in the language"
    );
    assert!(
        page("index.html").contains(&format!("hreflang=\"{CODE}\"")),
        "in the menu"
    );
    assert!(page("404.html").contains(&format!("<p lang=\"{CODE}\">")));
    assert!(page("embed.js").contains(&format!("\"{CODE}\": \"{MARK}")));
    let embed_file = kiw_core::pages::embed_file(&catalog, qx);
    assert!(page(&embed_file).contains(&format!("<option value=\"{CODE}\"")));
}

/// Every page of the real site renders in every language, with no slot left unfilled.
#[test]
fn every_static_page_renders_in_every_language() {
    let (catalog, _) = kiw_core::load::load_and_validate(&repo().join("data"), today())
        .unwrap_or_else(|f| panic!("{}", kiw_core::validate::report(&f)));
    let template = |name: &str| -> Result<String, String> {
        let path = match name {
            "index.html" => repo().join("index.html"),
            other => repo().join("static").join(other),
        };
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let pages = kiw_core::pages::site(&catalog, &template).unwrap();
    let n = catalog.languages.len();
    assert_eq!(
        pages.len(),
        2 * n + 2,
        "{:?}",
        pages.iter().map(|p| &p.0).collect::<Vec<_>>()
    );
    for (name, page) in &pages {
        assert!(!page.contains("{{"), "{name}: a slot is left");
    }
    for l in &catalog.languages {
        let file = kiw_core::pages::page_file(&catalog, l.code);
        let page = &pages.iter().find(|(n, _)| *n == file).unwrap().1;
        assert!(
            page.contains(&format!("<html lang=\"{}\"", l.code.code())),
            "{file}"
        );
    }
}
