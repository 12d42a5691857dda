//! The dataset: complete, valid, identical to what the app embeds; and each kind of mistake an
//! editor can make is caught with a message that names the check, the file and the field.
#![cfg(not(target_arch = "wasm32"))]

use kiw_core::load::load_and_validate;
use kiw_core::validate::{Check, Finding, Severity};
use kiw_core::{Catalog, Date};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

fn today() -> Date {
    kiw_core::date::today_utc()
}

fn load_ok() -> Catalog {
    match load_and_validate(&data_dir(), today()) {
        Ok((c, warnings)) => {
            for w in warnings {
                eprintln!("{w}");
            }
            c
        }
        Err(findings) => panic!("{}", kiw_core::validate::report(&findings)),
    }
}

/// A fresh copy of data/ to break on purpose.
fn copy_of_data() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "kiw-data-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&data_dir(), &dir);
    dir
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

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} does not contain {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

fn errors_of(dir: &Path) -> Vec<Finding> {
    let result = load_and_validate(dir, today());
    let _ = std::fs::remove_dir_all(dir);
    match result {
        Ok(_) => Vec::new(),
        Err(f) => f
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .collect(),
    }
}

fn assert_caught(findings: &[Finding], check: &str, file: &str, field: &str) {
    let hit = findings
        .iter()
        .find(|f| f.check.id() == check && f.file == file && f.field.contains(field));
    match hit {
        Some(f) => println!("caught as expected: {f}"),
        None => panic!(
            "expected {check} in {file} at {field}, got:\n{}",
            findings
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

#[test]
fn the_data_is_valid() {
    load_ok();
}

#[test]
fn the_app_loads_exactly_the_files_on_disk() {
    // The app knows its data files by content hash, so it can only load data built from data/
    // as it is now; and each file holds one language completely.
    let c = load_ok();
    let langs: Vec<_> = c.languages.iter().map(|l| l.code).collect();
    assert_eq!(
        ki_widerspruch::languages(),
        langs,
        "rebuild after editing data/"
    );
    for lang in langs {
        let [(ik, index), (dk, data)] = c.browser_files(lang);
        let (index_name, data_name) = ki_widerspruch::data_files(lang);
        assert_eq!(
            index_name,
            Catalog::file_name_for(&index, ik, lang),
            "rebuild after editing data/"
        );
        assert_eq!(
            data_name,
            Catalog::file_name_for(&data, dk, lang),
            "rebuild after editing data/"
        );
        let full = Catalog::from_bytes(&data).unwrap();
        assert_eq!(full.platforms.len(), c.platforms.len());
        assert_eq!(
            full.platforms[0].name.get(lang),
            c.platforms[0].name.get(lang)
        );
        assert!(full.templates.iter().all(|t| t.lang == lang) && !full.is_index());
        let start = Catalog::from_bytes(&index).unwrap();
        assert!(start.is_index() && start.platforms.len() == c.platforms.len());
        assert!(
            index.len() * 10 < data.len(),
            "the start index stays small: {} bytes",
            index.len()
        );
    }
}

#[test]
fn every_required_platform_is_present() {
    let c = load_ok();
    for id in [
        "facebook",
        "instagram",
        "threads",
        "whatsapp",
        "messenger",
        "meta-no-account",
        "linkedin",
        "x",
        "google-gemini",
        "microsoft-copilot",
        "chatgpt",
        "claude",
        "pinterest",
        "snapchat",
        "tiktok",
        "reddit",
        "slack",
        "quora",
        "tumblr",
        "wordpress-com",
        "github-copilot",
        "deepl",
        "le-chat",
        "grok",
        "grammarly",
        "deepseek",
        "perplexity",
        "spotify",
        "amazon-alexa",
        "bumble",
    ] {
        assert!(c.platform(id).is_some(), "platform {id} is missing");
    }
    assert!(c.platforms.len() >= 30, "{} services", c.platforms.len());
    // Ranks are a clean 1..n order, so the list reads as intended.
    let mut ranks: Vec<u16> = c.platforms.iter().map(|p| p.rank).collect();
    ranks.sort_unstable();
    assert_eq!(ranks, (1..=c.platforms.len() as u16).collect::<Vec<_>>());
}

#[test]
fn every_place_a_person_can_live_leads_to_an_authority_for_companies() {
    let c = load_ok();
    let eu_eea = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
        "CH", "GB",
    ];
    for code in eu_eea {
        assert!(c.region(code).is_some(), "region {code} is missing");
    }
    let states = [
        "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH",
        "TH",
    ];
    for s in states {
        let code = format!("DE-{s}");
        assert!(
            c.competent_authority(&code).is_some(),
            "no authority for {code}"
        );
    }
    // Bavaria has two authorities: complaints about companies go to the BayLDA in Ansbach.
    let by = c.competent_authority("DE-BY").unwrap();
    assert!(by.address.iter().any(|l| l.contains("Ansbach")), "{by:?}");
    assert!(
        c.competent_authority("DE").is_none(),
        "Germany needs a state; the BfDI is not for companies"
    );
    assert_eq!(
        c.competent_authority("AT").map(|a| a.short.as_str()),
        Some("DSB")
    );
}

#[test]
fn a_missing_translation_is_caught() {
    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/facebook.toml",
        "after.en = \"",
        "after.en = \"   \" # \"",
    );
    assert_caught(
        &errors_of(&dir),
        "text-missing",
        "platforms/facebook.toml",
        "after.en",
    );
}

#[test]
fn a_missing_language_key_is_caught_with_its_file_and_key() {
    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/facebook.toml",
        "after.en = \"",
        "# after.en = \"",
    );
    assert_caught(
        &errors_of(&dir),
        "text-missing",
        "platforms/facebook.toml",
        "after.en",
    );
}

#[test]
fn a_text_in_a_language_the_tool_does_not_have_is_caught() {
    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/facebook.toml",
        "after.en = \"",
        "after.xx = \"Stray text.\"\nafter.en = \"",
    );
    assert_caught(
        &errors_of(&dir),
        "text-unknown-language",
        "platforms/facebook.toml",
        "after.xx",
    );
}

#[test]
fn a_non_https_url_is_caught() {
    let dir = copy_of_data();
    edit(
        &dir,
        "authorities/de-hh.toml",
        "website = \"https://",
        "website = \"http://",
    );
    assert_caught(
        &errors_of(&dir),
        "url-https",
        "authorities/de-hh.toml",
        "website",
    );
}

#[test]
fn an_unknown_field_is_caught() {
    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/instagram.toml",
        "future_only =",
        "futur_only = true\nfuture_only =",
    );
    assert_caught(
        &errors_of(&dir),
        "unknown-field",
        "platforms/instagram.toml",
        "futur_only",
    );
}

#[test]
fn a_dangling_reference_is_caught() {
    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/linkedin.toml",
        "controller = \"linkedin-ireland\"",
        "controller = \"linkedin-irland\"",
    );
    assert_caught(
        &errors_of(&dir),
        "ref-controller",
        "platforms/linkedin.toml",
        "controller",
    );
}

#[test]
fn a_missing_source_is_caught() {
    let dir = copy_of_data();
    let path = dir.join("controllers/meta-platforms-ireland.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let cut = text.find("[[sources]]").unwrap();
    std::fs::write(&path, &text[..cut]).unwrap();
    assert_caught(
        &errors_of(&dir),
        "source-missing",
        "controllers/meta-platforms-ireland.toml",
        "sources",
    );
}

#[test]
fn two_ways_on_one_device_need_titles_of_their_own() {
    let dir = copy_of_data();
    edit(&dir, "platforms/chatgpt.toml", "title = {", "# title = {");
    assert_caught(
        &errors_of(&dir),
        "route-title",
        "platforms/chatgpt.toml",
        "title",
    );
}

#[test]
fn a_key_date_for_an_unknown_country_is_caught() {
    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/facebook.toml",
        "regions = [\"GB\"]",
        "regions = [\"UK\"]",
    );
    assert_caught(
        &errors_of(&dir),
        "ref-region",
        "platforms/facebook.toml",
        "key_dates[0].regions[0]",
    );
}

#[test]
fn a_citation_of_an_unknown_source_is_caught() {
    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/facebook.toml",
        "sources = [\"olg-koeln\"]",
        "sources = [\"olg-koln\"]",
    );
    // Whichever key date cites it first.
    assert_caught(
        &errors_of(&dir),
        "source-ref",
        "platforms/facebook.toml",
        "].sources",
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let dir = copy_of_data();
    edit(
        &dir,
        "authorities/de-hh.toml",
        "website = \"https://",
        "website = \"http://",
    );
    edit(
        &dir,
        "platforms/linkedin.toml",
        "controller = \"linkedin-ireland\"",
        "controller = \"nobody\"",
    );
    edit(
        &dir,
        "platforms/facebook.toml",
        "after.en = \"",
        "after.en = \"\" # \"",
    );
    let found = errors_of(&dir);
    assert!(found.len() >= 3, "{found:?}");
}

#[test]
fn an_unknown_template_placeholder_is_caught_with_its_position() {
    let dir = copy_of_data();
    let path = dir.join("templates/de/reminder.txt");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("\n{frist}\n");
    std::fs::write(&path, text).unwrap();
    let found = errors_of(&dir);
    let f = found
        .iter()
        .find(|f| f.check == Check::TemplateParse)
        .expect("template error");
    assert_eq!(f.file, "templates/de/reminder.txt");
    assert!(f.message.contains("unknown placeholder `{frist}`"), "{f}");
}

/// What data/README.md tells a new editor to do: copy a platform file, change it, check it.
#[test]
fn a_new_platform_added_as_the_readme_says_works_end_to_end() {
    let dir = copy_of_data();
    let text = std::fs::read_to_string(dir.join("platforms/quora.toml")).unwrap();
    // The name in every language of the tool: only the German and English ones differ.
    let name = text
        .lines()
        .find(|l| l.starts_with("name = {"))
        .expect("a name line")
        .replace("de = \"Quora\"", "de = \"Beispieldienst\"")
        .replace("en = \"Quora\"", "en = \"Example service\"");
    let text = text
        .lines()
        .map(|l| {
            if l.starts_with("name = {") {
                name.as_str()
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(dir.join("platforms/beispieldienst.toml"), text).unwrap();
    let (catalog, _) = load_and_validate(&dir, today())
        .unwrap_or_else(|f| panic!("{}", kiw_core::validate::report(&f)));
    let _ = std::fs::remove_dir_all(&dir);
    let p = catalog
        .platform("beispieldienst")
        .expect("new platform loaded");
    assert_eq!(p.name.get(kiw_core::Lang::EN), "Example service");
    let person = kiw_core::letters::Person {
        name: "Alex Muster".into(),
        region: "DE-BE".into(),
        ..Default::default()
    };
    let accounts = [kiw_core::letters::Account {
        platform: "beispieldienst".into(),
        username: "alex".into(),
        ..Default::default()
    }];
    let req = kiw_core::letters::Request {
        catalog: &catalog,
        person: &person,
        accounts: &accounts,
        today: today(),
        sent_on: None,
        reminder_on: None,
        lang: kiw_core::Lang::DE,
    };
    let out = kiw_core::letters::generate(&req, &["beispieldienst".to_string()]);
    assert!(
        out[0].objection.body.contains("Beispieldienst"),
        "{}",
        out[0].objection.body
    );
}

#[test]
fn no_record_claims_a_live_check() {
    // Nobody opened the apps or sites for this data set; a live check needs its own evidence.
    let c = load_ok();
    for p in &c.platforms {
        assert_eq!(p.live_checked, None, "{}", p.id);
        assert!(p.sources_dated.is_some(), "{}", p.id);
    }
    assert!(c.controllers.iter().all(|x| x.live_checked.is_none()));
    assert!(c.authorities.iter().all(|x| x.live_checked.is_none()));
}

#[test]
fn a_live_check_without_its_evidence_is_caught() {
    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/quora.toml",
        "future_only = true",
        "future_only = true\nlive_checked = 2026-12-01",
    );
    let found = errors_of(&dir);
    assert_caught(&found, "live-check", "platforms/quora.toml", "live_checked");
    let f = found.iter().find(|f| f.check == Check::LiveCheck).unwrap();
    assert!(f.message.contains("newer than every source"), "{f}");
}

#[test]
fn a_live_check_with_its_evidence_is_shown() {
    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/quora.toml",
        "future_only = true",
        "future_only = true\nlive_checked = 2026-12-01",
    );
    let path = dir.join("platforms/quora.toml");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("\n[[sources]]\nid = \"live-2026-12\"\ntitle = \"Opened quora.com settings on a desktop browser (editor A. B.)\"\ndate = 2026-12-01\nreliability = \"live-check\"\n");
    std::fs::write(&path, text).unwrap();
    let (c, _) = load_and_validate(&dir, Date::parse("2026-12-02").unwrap())
        .unwrap_or_else(|f| panic!("{}", kiw_core::validate::report(&f)));
    let _ = std::fs::remove_dir_all(&dir);
    let f = c
        .platform("quora")
        .unwrap()
        .freshness(Date::parse("2026-12-02").unwrap());
    assert_eq!(f.live_checked, Date::parse("2026-12-01"));
    // The live check is not a source of the facts' wording: "sources dated" stays as it was.
    assert!(f.sources_dated < f.live_checked);
    assert!(!f.possibly_outdated);
}

#[test]
fn a_live_check_source_without_the_date_field_is_caught() {
    let dir = copy_of_data();
    let path = dir.join("platforms/quora.toml");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("\n[[sources]]\nid = \"live\"\ntitle = \"Opened the settings\"\ndate = 2026-12-01\nreliability = \"live-check\"\n");
    std::fs::write(&path, text).unwrap();
    assert_caught(
        &errors_of(&dir),
        "live-check",
        "platforms/quora.toml",
        "live_checked",
    );
}

#[test]
fn the_computed_source_date_cannot_be_written() {
    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/quora.toml",
        "future_only = true",
        "future_only = true\nsources_dated = 2026-12-01",
    );
    assert_caught(
        &errors_of(&dir),
        "computed-in-file",
        "platforms/quora.toml",
        "sources_dated",
    );
}

#[test]
fn the_old_check_date_is_explained() {
    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/quora.toml",
        "future_only = true",
        "future_only = true\nlast_verified = 2026-11-23",
    );
    let found = errors_of(&dir);
    assert_caught(
        &found,
        "unknown-field",
        "platforms/quora.toml",
        "last_verified",
    );
    assert!(found.iter().any(|f| f.message.contains("live_checked")));
}

#[test]
fn a_record_without_a_dated_source_is_caught() {
    let dir = copy_of_data();
    let path = dir.join("controllers/bumble.toml");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("date = 2024-10-27\n", "");
    std::fs::write(&path, text).unwrap();
    assert_caught(
        &errors_of(&dir),
        "source-date",
        "controllers/bumble.toml",
        "sources",
    );
}

#[test]
fn regional_controllers_are_checked() {
    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/linkedin.toml",
        "controller = \"linkedin-corporation\"",
        "controller = \"linkedin-corp\"",
    );
    assert_caught(
        &errors_of(&dir),
        "ref-controller",
        "platforms/linkedin.toml",
        "controller_for[0].controller",
    );

    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/linkedin.toml",
        "regions = [\"GB\"]",
        "regions = [\"DE-BY\"]",
    );
    assert_caught(
        &errors_of(&dir),
        "ref-region",
        "platforms/linkedin.toml",
        "controller_for[0].regions[0]",
    );

    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/grok.toml",
        "regions = [\"CH\"]",
        "regions = [\"GB\"]",
    );
    assert_caught(
        &errors_of(&dir),
        "id-unique",
        "platforms/grok.toml",
        "controller_for[1].regions[0]",
    );

    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/grok.toml",
        "representative = \"lionheart-eu\"",
        "representative = \"lionheart\"",
    );
    assert_caught(
        &errors_of(&dir),
        "ref-controller",
        "platforms/grok.toml",
        "representative",
    );
}

#[test]
fn an_e_mail_route_to_another_address_than_the_letters_is_caught() {
    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/deepl.toml",
        "mailto:privacy@deepl.com",
        "mailto:support@deepl.com",
    );
    assert_caught(
        &errors_of(&dir),
        "route-email",
        "platforms/deepl.toml",
        "routes[0].link",
    );
}

#[test]
fn watched_documents_and_changes_are_checked() {
    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/linkedin.toml",
        "document = \"Privacy Policy\"",
        "document = \"Privacy Policy.md\"",
    );
    assert_caught(
        &errors_of(&dir),
        "watch-path",
        "platforms/linkedin.toml",
        "watch[0].document",
    );

    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/linkedin.toml",
        "archive = \"pga-versions\"",
        "archive = \"pga\"",
    );
    assert_caught(
        &errors_of(&dir),
        "field-type",
        "platforms/linkedin.toml",
        "watch[0].archive",
    );

    let dir = copy_of_data();
    edit(
        &dir,
        "platforms/linkedin.toml",
        "date = 2025-11-04\ntext.de",
        "date = 2027-11-04\ntext.de",
    );
    assert_caught(
        &errors_of(&dir),
        "changes-order",
        "platforms/linkedin.toml",
        "changes[1].date",
    );
}

/// The build must not depend on the calendar: a wrong clock, long before or after the data,
/// gives warnings only, and the files the browser gets are the same byte for byte.
#[test]
fn the_clock_never_fails_the_build() {
    let mut built = Vec::new();
    for today in ["2020-01-01", "2035-12-31"] {
        let (catalog, warnings) = load_and_validate(&data_dir(), Date::parse(today).unwrap())
            .unwrap_or_else(|f| panic!("{today}: {}", kiw_core::validate::report(&f)));
        let check = if today.starts_with("2020") {
            Check::DateFuture
        } else {
            Check::Stale
        };
        assert!(warnings.iter().any(|w| w.check == check), "{today}");
        assert!(warnings.iter().all(|w| w.severity == Severity::Warning));
        built.push(
            catalog
                .languages
                .iter()
                .map(|l| catalog.browser_files(l.code))
                .collect::<Vec<_>>(),
        );
    }
    assert!(
        built[0] == built[1],
        "the browser's files depend on the day"
    );
}

#[test]
fn the_browser_files_leave_out_the_editors_watch_list() {
    let c = load_ok();
    assert!(c.platforms.iter().any(|p| !p.watch.is_empty()));
    for lang in c.languages.iter().map(|l| l.code) {
        let [(_, index), (_, data)] = c.browser_files(lang);
        let full = Catalog::from_bytes(&data).unwrap();
        assert!(full.platforms.iter().all(|p| p.watch.is_empty()));
        assert!(full.platforms.iter().any(|p| !p.changes.is_empty()));
        let start = Catalog::from_bytes(&index).unwrap();
        // The start page shows each service's date and the right company per country.
        assert!(start
            .platforms
            .iter()
            .all(|p| p.sources_dated.is_some() && p.changes.is_empty()));
        assert!(start.platforms.iter().any(|p| !p.controller_for.is_empty()));
    }
}

#[test]
fn the_report_link_comes_from_the_build() {
    // Without KIW_REPO_URL the build names no repository and the app shows no report link.
    let repo = ki_widerspruch::REPO_URL;
    assert!(
        repo.is_empty() || kiw_core::freshness::is_repo_url(repo),
        "{repo}"
    );
    let c = load_ok();
    let question = "What is no longer right?";
    let url = kiw_core::freshness::report_url(
        "https://github.com/example/ki-widerspruch",
        &c.platforms[0].id,
        "routes[0].link",
        question,
    );
    assert!(url.unwrap().contains(&c.platforms[0].id));
    assert_eq!(
        kiw_core::freshness::report_url(repo, "facebook", "after", question).is_some(),
        !repo.is_empty()
    );
}

/// An editor a time zone ahead may date a source "tomorrow"; a day later is a typo.
#[test]
fn a_future_date_warns_only_beyond_a_day() {
    let c = load_ok();
    // Every date the check compares with today.
    let newest = c
        .platforms
        .iter()
        .flat_map(|p| {
            let changes = p.changes.iter().map(|x| x.date);
            let watched = p.watch.iter().map(|w| w.version);
            p.sources
                .iter()
                .filter_map(|s| s.date)
                .chain(changes)
                .chain(watched)
        })
        .chain(c.controllers.iter().flat_map(|x| {
            let watched = x.watch.iter().map(|w| w.version);
            x.sources.iter().filter_map(|s| s.date).chain(watched)
        }))
        .chain(
            c.authorities
                .iter()
                .flat_map(|x| x.sources.iter().filter_map(|s| s.date)),
        )
        .max()
        .unwrap();
    let future = |today: Date| {
        let (_, w) = load_and_validate(&data_dir(), today).unwrap();
        w.iter()
            .filter(|w| w.check == Check::DateFuture)
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    };
    assert!(future(newest.add_days(-1)).is_empty(), "{newest}");
    let two_days = future(newest.add_days(-2));
    assert!(
        two_days.iter().any(|w| w.contains(&newest.to_string())),
        "{two_days:?}"
    );
}
