//! Checks of one supervisory authority file (`authorities/<id>.toml`).

use super::{id_message, is_id, Check, Dated, Report};
use crate::catalog::Catalog;
use crate::date::Date;
use crate::model::Authority;

pub(super) fn check(r: &mut Report, a: &Authority, catalog: &Catalog, today: Date) {
    if !is_id(&a.id) {
        r.add(Check::IdFormat, "(file name)", id_message(&a.id));
    }
    for (field, v) in [
        ("name", &a.name),
        ("name_en", &a.name_en),
        ("short", &a.short),
    ] {
        if v.trim().is_empty() {
            r.add(Check::TextMissing, field, "must not be empty");
        }
    }
    r.url("website", &a.website);
    if let Some(u) = &a.complaint_form {
        r.url("complaint_form", u);
    }
    if let Some(e) = &a.email {
        r.email("email", e);
    }
    r.address(
        &a.address,
        "give the postal address as at least two non-empty lines",
    );
    if a.covers.is_empty() {
        r.add(
            Check::RefRegion,
            "covers",
            "name at least one region code this authority covers",
        );
    }
    for (i, code) in a.covers.iter().enumerate() {
        if catalog.region(code).is_none() {
            r.add(
                Check::RefRegion,
                format!("covers[{i}]"),
                format!("no region `{code}` in data/regions.toml"),
            );
        }
    }
    for (i, code) in a.complaint_languages.iter().enumerate() {
        if !(code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())) {
            r.add(
                Check::ComplaintLanguage,
                format!("complaint_languages[{i}]"),
                format!("`{code}` is not a two-letter lower-case language code (ISO 639-1)"),
            );
        }
    }
    if let Some(n) = &a.note {
        r.text("note", n);
    }
    r.sources(&a.sources);
    let dated = Dated {
        sources: a.sources_dated,
        live: a.live_checked,
    };
    r.dates(
        &a.sources,
        dated,
        today,
        crate::freshness::AUTHORITY_OUTDATED_AFTER_DAYS,
    );
}
