//! Checks of one company file (`controllers/<id>.toml`): controllers and representatives.

use super::{id_message, is_id, Check, Dated, Report, STALE_AFTER_DAYS};
use crate::catalog::Catalog;
use crate::date::Date;
use crate::model::Controller;

pub(super) fn check(r: &mut Report, c: &Controller, catalog: &Catalog, today: Date) {
    if !is_id(&c.id) {
        r.add(Check::IdFormat, "(file name)", id_message(&c.id));
    }
    if c.name.trim().is_empty() {
        r.add(Check::TextMissing, "name", "the company needs a name");
    }
    // Some companies outside Europe publish no postal address, only an e-mail address;
    // then letters go by e-mail (or to their representative) and the list may stay empty.
    if !(c.address.is_empty() && c.email.is_some()) {
        r.address(
            &c.address,
            "give the postal address as at least two non-empty lines (or `address = []` when the company publishes none and has an `email`)",
        );
    }
    if let Some(e) = &c.email {
        r.email("email", e);
    }
    if let Some(lead) = &c.lead_authority {
        if catalog.authority(lead).is_none() {
            r.add(
                Check::RefAuthority,
                "lead_authority",
                format!("no file data/authorities/{lead}.toml"),
            );
        }
    }
    if c.seat.len() != 2 || !c.seat.bytes().all(|b| b.is_ascii_uppercase()) {
        r.add(
            Check::SeatFormat,
            "seat",
            format!(
                "`{}` is not a two-letter country code like IE or US",
                c.seat
            ),
        );
    }
    r.watch(&c.watch, today);
    r.sources(&c.sources);
    let dated = Dated {
        sources: c.sources_dated,
        live: c.live_checked,
    };
    r.dates(&c.sources, dated, today, STALE_AFTER_DAYS);
}
