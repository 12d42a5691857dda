//! How current a record is, told honestly: the date of its newest source, a live check only
//! where someone really opened the app or site, a flag when the data is old enough to doubt,
//! and the link people use to report an outdated fact.

use crate::date::Date;
use crate::model::{Authority, Controller, Platform};
#[cfg(any(feature = "toml", test))]
use crate::model::{Reliability, Source};
use crate::text::mailto_encode;

/// After this many days without a newer source or live check, a record is shown as possibly
/// outdated. Platforms change forms and policies every few months; half a year is the longest
/// we let a record go unremarked.
pub const POSSIBLY_OUTDATED_AFTER_DAYS: i64 = 180;

/// The same for supervisory authorities: their addresses and complaint forms change far less
/// often than platforms' forms, so two years.
pub const AUTHORITY_OUTDATED_AFTER_DAYS: i64 = 730;

/// What the interface says about a record's age.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Freshness {
    /// The newest date among the record's sources ("Stand der Quellen"); `None` when no source
    /// carries a date.
    pub sources_dated: Option<Date>,
    /// When a person last checked the record in the live app or site ("Selbst geprüft am").
    pub live_checked: Option<Date>,
    /// Neither the sources nor a live check are younger than [`POSSIBLY_OUTDATED_AFTER_DAYS`].
    pub possibly_outdated: bool,
}

impl Freshness {
    /// The later of the two dates: what the age is counted from.
    pub fn newest(&self) -> Option<Date> {
        self.sources_dated.max(self.live_checked)
    }
}

/// The newest date of the sources, live checks left out (they are not sources of the facts'
/// wording, only confirmation that the site still shows them).
#[cfg(any(feature = "toml", test))]
pub(crate) fn newest_source_date(sources: &[Source]) -> Option<Date> {
    sources
        .iter()
        .filter(|s| s.reliability != Reliability::LiveCheck)
        .filter_map(|s| s.date)
        .max()
}

/// The freshness of a platform or company record from its two dates.
fn freshness_of(sources_dated: Option<Date>, live_checked: Option<Date>, today: Date) -> Freshness {
    freshness_after(
        sources_dated,
        live_checked,
        today,
        POSSIBLY_OUTDATED_AFTER_DAYS,
    )
}

/// The freshness with a given age limit in days.
pub(crate) fn freshness_after(
    sources_dated: Option<Date>,
    live_checked: Option<Date>,
    today: Date,
    max_age_days: i64,
) -> Freshness {
    let newest = sources_dated.max(live_checked);
    Freshness {
        sources_dated,
        live_checked,
        possibly_outdated: newest.is_none_or(|d| d.days_until(today) > max_age_days),
    }
}

/// The freshness of a platform (works on the start index too, which keeps both dates).
pub fn freshness(p: &Platform, today: Date) -> Freshness {
    freshness_of(p.sources_dated, p.live_checked, today)
}

impl Platform {
    pub fn freshness(&self, today: Date) -> Freshness {
        freshness(self, today)
    }
}

impl Controller {
    pub fn freshness(&self, today: Date) -> Freshness {
        freshness_of(self.sources_dated, self.live_checked, today)
    }
}

impl Authority {
    pub fn freshness(&self, today: Date) -> Freshness {
        freshness_after(
            self.sources_dated,
            self.live_checked,
            today,
            AUTHORITY_OUTDATED_AFTER_DAYS,
        )
    }
}

/// The oldest and the newest "sources dated" over all platforms, for one line on the start page.
pub fn sources_dated_range(platforms: &[Platform]) -> Option<(Date, Date)> {
    let dates = platforms.iter().filter_map(|p| p.sources_dated);
    let oldest = dates.clone().min()?;
    let newest = dates.max()?;
    Some((oldest, newest))
}

/// Whether `url` is a GitHub repository address `https://github.com/<owner>/<name>`, the only
/// kind the report link is built for.
pub fn is_repo_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://github.com/") else {
        return false;
    };
    let mut parts = rest.split('/');
    let (Some(owner), Some(name), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let ok = |s: &str, extra: &[u8]| {
        !s.is_empty()
            && s.len() <= 100
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || extra.contains(&b))
    };
    ok(owner, b"-") && ok(name, b"-_.") && name != "." && name != ".."
}

/// Whether `field` looks like a field path of the data (`routes[0].link`, `controller`).
fn is_field_path(field: &str) -> bool {
    !field.is_empty()
        && field.len() <= 80
        && field
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_.[]".contains(&b))
}

/// The address of a new, pre-filled issue on the project's repository that reports an outdated
/// fact: only the record's id and the field go in, with `question` (from the data, in the
/// person's language) for the reporter to answer, never anything a person typed, so nothing
/// personal can leak into a public issue. `None` when the build named no repository (then the
/// interface shows no report link) or when id or field are not of the data's own form.
pub fn report_url(repo_url: &str, record_id: &str, field: &str, question: &str) -> Option<String> {
    let repo = repo_url.trim_end_matches('/');
    if !is_repo_url(repo) || !crate::validate::is_id(record_id) || !is_field_path(field) {
        return None;
    }
    // Title and the two labels are the maintainers' (they sort reports by them), not the
    // person's: they stay English in every language.
    let title = format!("Outdated: {record_id} / {field}");
    let body = format!("Service: {record_id}\nField: {field}\n\n{question}\n");
    Some(format!(
        "{repo}/issues/new?labels=outdated&title={}&body={}",
        mailto_encode(&title),
        mailto_encode(&body)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const Q: &str = "What is no longer right?";

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn source(date: Option<&str>, reliability: Reliability) -> Source {
        Source {
            id: "s".into(),
            url: None,
            title: "t".into(),
            date: date.map(d),
            reliability,
        }
    }

    #[test]
    fn the_newest_source_counts_and_live_checks_do_not() {
        let sources = [
            source(Some("2025-05-23"), Reliability::Primary),
            source(None, Reliability::Weak),
            source(Some("2026-08-05"), Reliability::Secondary),
            source(Some("2026-12-01"), Reliability::LiveCheck),
        ];
        assert_eq!(newest_source_date(&sources), Some(d("2026-08-05")));
        assert_eq!(newest_source_date(&sources[1..2]), None);
    }

    #[test]
    fn old_data_is_flagged_after_the_threshold_only() {
        let src = d("2026-06-01");
        let edge = src.add_days(POSSIBLY_OUTDATED_AFTER_DAYS);
        assert!(!freshness_of(Some(src), None, edge).possibly_outdated);
        assert!(freshness_of(Some(src), None, edge.add_days(1)).possibly_outdated);
        // A recent live check keeps old sources from being flagged.
        let f = freshness_of(Some(src), Some(edge), edge.add_days(30));
        assert!(!f.possibly_outdated);
        assert_eq!(f.newest(), Some(edge));
        // No dated source at all: always flagged.
        assert!(freshness_of(None, None, src).possibly_outdated);
    }

    #[test]
    fn the_report_link_carries_only_id_and_field() {
        let url = report_url(
            "https://github.com/example/ki-widerspruch",
            "facebook",
            "routes[0].link",
            Q,
        )
        .unwrap();
        assert!(url.starts_with("https://github.com/example/ki-widerspruch/issues/new?"));
        assert!(url.contains("title=Outdated%3A%20facebook%20%2F%20routes%5B0%5D.link"));
        assert!(url.contains("labels=outdated"));
        assert!(url.contains("body=Service%3A%20facebook%0D%0AField%3A%20routes%5B0%5D.link%0D%0A%0D%0AWhat%20is%20no%20longer%20right%3F"));
        assert!(!url.contains(' ') && !url.contains('\n'));
        // A trailing slash from the build is fine.
        assert_eq!(
            report_url(
                "https://github.com/example/ki-widerspruch/",
                "facebook",
                "routes[0].link",
                Q
            ),
            Some(url)
        );
    }

    #[test]
    fn the_report_link_refuses_anything_that_is_not_the_datas_own() {
        let repo = "https://github.com/example/ki-widerspruch";
        // No repository from the build: no link.
        assert_eq!(report_url("", "facebook", "after", Q), None);
        for bad_repo in [
            "http://github.com/a/b",
            "https://gitlab.com/a/b",
            "https://github.com/a",
            "https://github.com/a/b/c",
            "https://github.com/a/b?x=1",
            "https://github.com/a/..",
            "https://github.com/a b/c",
        ] {
            assert_eq!(
                report_url(bad_repo, "facebook", "after", Q),
                None,
                "{bad_repo}"
            );
        }
        // What a person typed (a name, an address, free text) never fits an id or field path.
        for (id, field) in [
            ("Maria Huber", "after"),
            ("facebook", "maria@example.org"),
            ("facebook", "after&body=hello"),
            ("facebook", "Hauptstraße 5"),
            ("facebook", ""),
            ("", "after"),
        ] {
            assert_eq!(report_url(repo, id, field, Q), None, "{id} {field}");
        }
        assert!(report_url(repo, "meta-no-account", "form.fields[1].label", Q).is_some());
    }

    #[test]
    fn the_date_range_spans_all_platforms() {
        assert_eq!(sources_dated_range(&[]), None);
    }
}
