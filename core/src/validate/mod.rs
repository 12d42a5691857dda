//! Checks of the dataset beyond its types, one module per kind of record; every check is a
//! [`Check`] with an id and a help text, and every finding names the file and the field, so that
//! an editor who does not write Rust knows what to fix.

mod authority;
mod check;
mod controller;
mod platform;
mod region;
mod replies;
mod texts;

pub use check::Check;

use crate::catalog::Catalog;
use crate::date::Date;
use crate::model::{Lang, Reliability, Source, Text, Watched};
use core::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    /// Shown, but does not fail the build (old data, for example).
    Warning,
}

/// One problem in the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub check: Check,
    /// The file, relative to `data/`.
    pub file: String,
    /// The field inside the file, e.g. `routes[0].steps[2].en`.
    pub field: String,
    pub message: String,
}

impl Finding {
    /// A finding of `check`, with the check's own severity.
    pub fn new(check: Check, file: &str, field: &str, message: impl Into<String>) -> Finding {
        Finding {
            severity: check.severity(),
            check,
            file: file.to_string(),
            field: field.to_string(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{sev}[{}] data/{}: {}: {}",
            self.check, self.file, self.field, self.message
        )
    }
}

/// Data whose newest source (or live check) is older than this gets a `stale` warning, the same
/// age at which the interface calls it possibly outdated.
const STALE_AFTER_DAYS: i64 = crate::freshness::POSSIBLY_OUTDATED_AFTER_DAYS;

/// A date up to this many days after "today" is not called future: the person who wrote it may
/// live a time zone ahead of the machine that builds.
const FUTURE_SLACK_DAYS: i64 = 1;

/// The findings of one file; the checks of every kind of record write into it.
struct Report<'a> {
    findings: &'a mut Vec<Finding>,
    file: String,
    /// The languages of the tool (`languages.toml`): every text needs each of them.
    langs: Vec<Lang>,
}

impl Report<'_> {
    fn new<'a>(findings: &'a mut Vec<Finding>, file: String, catalog: &Catalog) -> Report<'a> {
        Report {
            findings,
            file,
            langs: catalog.languages.iter().map(|l| l.code).collect(),
        }
    }
    fn add(&mut self, check: Check, field: impl Into<String>, message: impl Into<String>) {
        self.findings
            .push(Finding::new(check, &self.file, &field.into(), message));
    }
    fn text(&mut self, field: &str, t: &Text) {
        for lang in self.langs.clone() {
            if t.get(lang).trim().is_empty() {
                self.add(
                    Check::TextMissing,
                    format!("{field}.{}", lang.code()),
                    format!("the `{}` text is missing or empty", lang.code()),
                );
            }
        }
        for lang in t.langs() {
            if !self.langs.contains(&lang) {
                self.add(
                    Check::TextUnknownLanguage,
                    format!("{field}.{}", lang.code()),
                    format!(
                        "`{}` is not a language of languages.toml (a typo, or add the language there)",
                        lang.code()
                    ),
                );
            }
        }
    }
    fn url(&mut self, field: &str, url: &str) {
        if !url.starts_with("https://")
            || url.len() <= "https://".len()
            || url.contains(char::is_whitespace)
        {
            self.add(
                Check::UrlHttps,
                field,
                format!("`{url}` must be a full https:// address without spaces"),
            );
        }
    }
    fn email(&mut self, field: &str, email: &str) {
        let ok = email.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !host.starts_with('.')
        }) && !email.contains(char::is_whitespace);
        if !ok {
            self.add(
                Check::EmailFormat,
                field,
                format!("`{email}` is not an e-mail address"),
            );
        }
    }
    fn address(&mut self, lines: &[String], message: &str) {
        if lines.len() < 2 || lines.iter().any(|l| l.trim().is_empty()) {
            self.add(Check::Address, "address", message);
        }
    }
    fn sources(&mut self, sources: &[Source]) {
        if sources.is_empty() {
            self.add(
                Check::SourceMissing,
                "sources",
                "every record needs at least one source (url, title, date, reliability)",
            );
        }
        for (i, s) in sources.iter().enumerate() {
            match (&s.url, s.reliability) {
                (Some(u), _) => self.url(&format!("sources[{i}].url"), u),
                (None, Reliability::Seed | Reliability::LiveCheck) => {}
                (None, _) => self.add(
                    Check::SourceUrl,
                    format!("sources[{i}].url"),
                    "only sources with reliability = \"seed\" or \"live-check\" may have no url",
                ),
            }
            if s.reliability == Reliability::LiveCheck && s.date.is_none() {
                self.add(
                    Check::LiveCheck,
                    format!("sources[{i}].date"),
                    "a live check needs the date on which someone opened the app or website",
                );
            }
            if s.title.trim().is_empty() {
                self.add(
                    Check::SourceTitle,
                    format!("sources[{i}].title"),
                    "the source needs a title",
                );
            }
            if !is_id(&s.id) {
                self.add(
                    Check::IdFormat,
                    format!("sources[{i}].id"),
                    id_message(&s.id),
                );
            }
            if sources[..i].iter().any(|o| o.id == s.id) {
                self.add(
                    Check::IdUnique,
                    format!("sources[{i}].id"),
                    format!("source id `{}` is used twice", s.id),
                );
            }
        }
    }
    fn cites(&mut self, field: &str, cited: &[String], sources: &[Source]) {
        if cited.is_empty() {
            self.add(
                Check::SourceMissing,
                field,
                "name at least one of this file's source ids that backs this fact",
            );
        }
        for (i, id) in cited.iter().enumerate() {
            if !sources.iter().any(|s| &s.id == id) {
                self.add(
                    Check::SourceRef,
                    format!("{field}[{i}]"),
                    format!("there is no source with id `{id}` in this file's `sources`"),
                );
            }
        }
    }
    /// A date after today is most likely a typo, but "today" is an input of the build (see
    /// [`crate::date::check_date`]) and may be a day behind the editor's calendar; a wrong
    /// date must not stop a build, so this only warns.
    fn not_future(&mut self, field: &str, date: Date, today: Date) {
        if date > today.add_days(FUTURE_SLACK_DAYS) {
            self.add(
                Check::DateFuture,
                field,
                format!("{date} is after today ({today}): a typo?"),
            );
        }
    }
    /// The two dates the interface shows: "sources dated" must exist, a live check must be
    /// backed by a live-check source of that day, and old data gets a warning (never an error:
    /// it depends on the day of the check).
    fn dates(&mut self, sources: &[Source], dated: Dated, today: Date, max_age_days: i64) {
        for (i, s) in sources.iter().enumerate() {
            if let Some(d) = s.date {
                self.not_future(&format!("sources[{i}].date"), d, today);
            }
        }
        if dated.sources.is_none() {
            self.add(
                Check::SourceDate,
                "sources",
                "no source has a `date`: give at least one source the date it was published or updated, so people can see how current the record is",
            );
        }
        let newest_live = sources
            .iter()
            .filter(|s| s.reliability == Reliability::LiveCheck)
            .filter_map(|s| s.date)
            .max();
        match (dated.live, newest_live) {
            (Some(d), Some(l)) if d == l => self.not_future("live_checked", d, today),
            (Some(d), _) => {
                let newer = match dated.sources {
                    Some(s) if d > s => format!(" It is newer than every source ({s})."),
                    _ => String::new(),
                };
                self.add(
                    Check::LiveCheck,
                    "live_checked",
                    format!(
                        "{d} claims a check in the live app or website, but no source with reliability = \"live-check\" records one on that day.{newer} Add that source (who looked, at what) or remove `live_checked`"
                    ),
                );
            }
            (None, Some(l)) => self.add(
                Check::LiveCheck,
                "live_checked",
                format!("a source records a live check on {l}: set `live_checked = {l}`"),
            ),
            (None, None) => {}
        }
        let f = crate::freshness::freshness_after(dated.sources, dated.live, today, max_age_days);
        if let (true, Some(newest)) = (f.possibly_outdated, f.newest()) {
            self.add(
                Check::Stale,
                "sources",
                format!(
                    "the newest source or live check is from {newest}, {} days ago: please look for newer sources or check the live site",
                    newest.days_until(today)
                ),
            );
        }
    }
    fn watch(&mut self, watch: &[Watched], today: Date) {
        for (i, w) in watch.iter().enumerate() {
            let f = format!("watch[{i}]");
            for (name, v) in [("service", &w.service), ("document", &w.document)] {
                if v.trim().is_empty()
                    || v.trim() != v
                    || v.contains('/')
                    || v.contains('\\')
                    || v.starts_with('.')
                    || v.ends_with(".md")
                {
                    self.add(
                        Check::WatchPath,
                        format!("{f}.{name}"),
                        format!("`{v}` must be the archive's folder or document name as it appears there, without `/` or `.md` (like `Facebook`, `Privacy Policy`)"),
                    );
                }
            }
            if watch[..i]
                .iter()
                .any(|o| o.archive == w.archive && o.path() == w.path())
            {
                self.add(
                    Check::IdUnique,
                    format!("{f}.document"),
                    format!("`{}` is watched twice", w.path()),
                );
            }
            self.not_future(&format!("{f}.version"), w.version, today);
        }
    }
}

/// A record's two dates as the loader computed and the file wrote them.
#[derive(Clone, Copy)]
struct Dated {
    sources: Option<Date>,
    live: Option<Date>,
}

/// Ids are permanent and appear in links: lowercase letters, digits and single hyphens.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

fn id_message(id: &str) -> String {
    format!("`{id}` is not a valid id: use lowercase letters, digits and single hyphens (like `meta-no-account`)")
}

/// Checks the whole catalogue and returns every finding, errors and warnings, in file order.
pub fn validate(catalog: &Catalog, today: Date) -> Vec<Finding> {
    let mut findings = Vec::new();
    for p in &catalog.platforms {
        let mut r = Report::new(&mut findings, format!("platforms/{}.toml", p.id), catalog);
        platform::check(&mut r, p, catalog, today);
    }
    for c in &catalog.controllers {
        let mut r = Report::new(&mut findings, format!("controllers/{}.toml", c.id), catalog);
        controller::check(&mut r, c, catalog, today);
    }
    for a in &catalog.authorities {
        let mut r = Report::new(&mut findings, format!("authorities/{}.toml", a.id), catalog);
        authority::check(&mut r, a, catalog, today);
    }
    region::check(
        &mut Report::new(&mut findings, "regions.toml".into(), catalog),
        catalog,
    );
    texts::reasons(
        &mut Report::new(&mut findings, "reasons.toml".into(), catalog),
        catalog,
    );
    texts::ui(
        &mut Report::new(&mut findings, "ui.toml".into(), catalog),
        catalog,
    );
    texts::pages(
        &mut Report::new(&mut findings, "pages.toml".into(), catalog),
        catalog,
    );
    texts::templates(&mut findings, catalog);
    // Optional like countries.toml: a dataset without answers has nothing to check.
    if catalog.replies != Default::default() {
        replies::check(
            &mut Report::new(&mut findings, "replies.toml".into(), catalog),
            catalog,
        );
    }
    findings
}

/// Formats findings for a person, errors first, then what each check found means.
pub fn report(findings: &[Finding]) -> String {
    let mut lines: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .chain(findings.iter().filter(|f| f.severity == Severity::Warning))
        .map(ToString::to_string)
        .collect();
    let mut seen: Vec<Check> = findings.iter().map(|f| f.check).collect();
    seen.sort();
    seen.dedup();
    if !seen.is_empty() {
        lines.push(String::new());
        lines.push("What the checks mean (data/README.md, section 11):".into());
        lines.extend(seen.iter().map(|c| format!("  {c}: {}", c.help())));
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    lines.push(format!(
        "{errors} error(s), {} warning(s) in data/",
        findings.len() - errors
    ));
    lines.join("\n")
}
