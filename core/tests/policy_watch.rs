//! The policy watch against a small versions repository this test builds itself with git: a
//! document recorded again after the checked version is reported, one recorded only before (or
//! on the same day) is not, and a document the archive lacks is reported as missing.
#![cfg(feature = "toml")]

use kiw_core::model::{Archive, Watched};
use kiw_core::watch::{parse_archive_arg, policy_changes, version_dates};
use kiw_core::{Catalog, Date};
use std::path::{Path, PathBuf};
use std::process::Command;

fn git(repo: &Path, args: &[&str], date: &str) {
    let stamp = format!("{date}T12:00:00+00:00");
    let status = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Archive")
        .env("GIT_AUTHOR_EMAIL", "archive@example.invalid")
        .env("GIT_COMMITTER_NAME", "Archive")
        .env("GIT_COMMITTER_EMAIL", "archive@example.invalid")
        .env("GIT_AUTHOR_DATE", &stamp)
        .env("GIT_COMMITTER_DATE", &stamp)
        .status()
        .expect("git is installed");
    assert!(status.success(), "git {args:?}");
}

/// Records one version of a document on a given day, as the archive does.
fn record(repo: &Path, path: &str, text: &str, date: &str) {
    let file = repo.join(path);
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, text).unwrap();
    git(repo, &["add", "."], date);
    git(
        repo,
        &["commit", "-q", "-m", &format!("Record {path}")],
        date,
    );
}

fn archive(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kiw-ota-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    git(&dir, &["init", "-q"], "2026-01-01");
    dir
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn watched(archive: Archive, service: &str, document: &str, version: &str) -> Watched {
    Watched {
        archive,
        service: service.into(),
        document: document.into(),
        version: d(version),
    }
}

/// The real catalogue with three platforms whose watch lists the test sets itself.
fn catalog() -> Catalog {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let (mut c, findings) = kiw_core::load::load_dir(&data);
    assert!(findings.is_empty(), "{findings:?}");
    c.controllers.iter_mut().for_each(|x| x.watch.clear());
    c.platforms
        .retain(|p| ["facebook", "claude", "grok"].contains(&p.id.as_str()));
    for p in &mut c.platforms {
        p.watch = match p.id.as_str() {
            "facebook" => vec![
                watched(
                    Archive::PgaVersions,
                    "Facebook",
                    "Privacy Policy",
                    "2026-07-23",
                ),
                watched(
                    Archive::PgaVersions,
                    "Facebook",
                    "Terms of Service",
                    "2026-03-01",
                ),
            ],
            "claude" => vec![watched(
                Archive::GenaiEuVersions,
                "Claude.ai",
                "Privacy Policy",
                "2026-08-17",
            )],
            _ => vec![watched(
                Archive::GenaiEuVersions,
                "Grok",
                "Privacy Policy",
                "2026-07-08",
            )],
        };
    }
    c
}

#[test]
fn changed_documents_are_listed_per_record_and_field() {
    let pga = archive("pga-versions");
    record(&pga, "Facebook/Privacy Policy.md", "v1", "2026-05-01");
    record(&pga, "Facebook/Privacy Policy.md", "v2", "2026-07-23");
    record(&pga, "Facebook/Terms of Service.md", "t1", "2026-02-01");
    record(&pga, "Facebook/Privacy Policy.md", "v3", "2026-09-10");
    record(&pga, "Facebook/Privacy Policy.md", "v4", "2026-10-02");
    let genai = archive("genai-eu-versions");
    record(&genai, "Claude.ai/Privacy Policy.md", "c1", "2026-08-17");

    assert_eq!(
        version_dates(&pga, "Facebook/Privacy Policy.md").unwrap(),
        vec![
            d("2026-10-02"),
            d("2026-09-10"),
            d("2026-07-23"),
            d("2026-05-01")
        ]
    );

    let (changes, skipped) = policy_changes(
        &catalog(),
        &[
            (Archive::PgaVersions, pga.clone()),
            (Archive::GenaiEuVersions, genai.clone()),
        ],
    )
    .unwrap();
    let _ = std::fs::remove_dir_all(&pga);
    let _ = std::fs::remove_dir_all(&genai);
    assert!(skipped.is_empty());
    let lines: Vec<String> = changes.iter().map(ToString::to_string).collect();
    // Recorded again twice after the checked version: reported with both dates.
    let fb = changes
        .iter()
        .find(|c| c.file == "platforms/facebook.toml" && c.field == "watch[0]")
        .unwrap_or_else(|| panic!("{lines:#?}"));
    assert_eq!(fb.newer, vec![d("2026-10-02"), d("2026-09-10")]);
    assert!(!fb.missing);
    assert!(lines[0].contains("changed since 2026-07-23"), "{lines:#?}");
    // Only older versions (terms) or one of the same day (Claude): not reported.
    assert!(!changes
        .iter()
        .any(|c| c.field == "watch[1]" && c.file.contains("facebook")));
    assert!(!changes.iter().any(|c| c.file.contains("claude")));
    // Not in the archive at all: reported as missing, so a renamed document is noticed.
    let grok = changes.iter().find(|c| c.file.contains("grok")).unwrap();
    assert!(grok.missing && grok.newer.is_empty());
    assert_eq!(changes.len(), 2, "{lines:#?}");
}

#[test]
fn archives_without_a_clone_are_skipped_and_said() {
    let pga = archive("pga-only");
    record(&pga, "Facebook/Privacy Policy.md", "v1", "2026-07-23");
    let (changes, skipped) =
        policy_changes(&catalog(), &[(Archive::PgaVersions, pga.clone())]).unwrap();
    let _ = std::fs::remove_dir_all(&pga);
    assert_eq!(skipped, vec![Archive::GenaiEuVersions]);
    // The terms of service are missing from this small archive.
    assert_eq!(changes.len(), 1);
    assert!(changes[0].missing && changes[0].field == "watch[1]");
}

#[test]
fn archive_arguments_name_their_collection() {
    assert_eq!(
        parse_archive_arg("/tmp/pga-versions").unwrap(),
        (Archive::PgaVersions, PathBuf::from("/tmp/pga-versions"))
    );
    assert_eq!(
        parse_archive_arg("genai-eu-versions=/srv/x").unwrap(),
        (Archive::GenaiEuVersions, PathBuf::from("/srv/x"))
    );
    assert!(parse_archive_arg("/tmp/some-clone").is_err());
}

#[test]
fn every_url_of_the_data_is_listed_with_its_place() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let (c, _) = kiw_core::load::load_dir(&data);
    let urls = kiw_core::watch::data_urls(&c);
    assert!(urls.iter().any(|u| u.file == "platforms/facebook.toml"
        && u.field == "routes[0].fallback_link"
        && u.url.contains("712876720715583")));
    assert!(urls
        .iter()
        .any(|u| u.file == "authorities/de-nw.toml" && u.field == "complaint_form"));
    assert!(urls.iter().all(|u| !u.url.starts_with("mailto:")));
    assert!(urls[0].to_json().starts_with("{\"file\": \"platforms/"));
}
