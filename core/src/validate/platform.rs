//! Checks of one platform file (`platforms/<id>.toml`): its companies, ways, form, texts, changes
//! and sources.

use super::{id_message, is_id, Check, Dated, Report, STALE_AFTER_DAYS};
use crate::catalog::Catalog;
use crate::date::Date;
use crate::model::{Device, FieldFill, Form, OptOutKind, Platform};

pub(super) fn check(r: &mut Report, p: &Platform, catalog: &Catalog, today: Date) {
    if !is_id(&p.id) {
        r.add(Check::IdFormat, "(file name)", id_message(&p.id));
    }
    r.text("name", &p.name);
    companies(r, p, catalog);
    r.text("data_used", &p.data_used);
    r.text("after", &p.after);
    for (i, k) in p.key_dates.iter().enumerate() {
        r.text(&format!("key_dates[{i}].label"), &k.label);
        r.cites(&format!("key_dates[{i}].sources"), &k.sources, &p.sources);
        for (j, code) in k.regions.iter().enumerate() {
            let field = format!("key_dates[{i}].regions[{j}]");
            country(r, &field, code, catalog, "");
        }
    }
    routes(r, p, catalog);
    if let Some(form) = &p.form {
        self::form(r, form, p);
    }
    advice(r, p);
    changes(r, p, today);
    r.watch(&p.watch, today);
    r.sources(&p.sources);
    let dated = Dated {
        sources: p.sources_dated,
        live: p.live_checked,
    };
    r.dates(&p.sources, dated, today, STALE_AFTER_DAYS);
}

/// A region code that names a country of `regions.toml` (not a state); `why` ends the message
/// for a state.
fn country(r: &mut Report, field: &str, code: &str, catalog: &Catalog, why: &str) {
    match catalog.region(code) {
        None => r.add(
            Check::RefRegion,
            field,
            format!("no region `{code}` in data/regions.toml"),
        ),
        Some(region) if region.parent.is_some() => r.add(
            Check::RefRegion,
            field,
            format!("`{code}` is a state: name the country{why}"),
        ),
        Some(_) => {}
    }
}

/// The controller, the representative and the regional controllers all exist, and each country
/// has at most one company.
fn companies(r: &mut Report, p: &Platform, catalog: &Catalog) {
    if catalog.controller(&p.controller).is_none() {
        r.add(
            Check::RefController,
            "controller",
            format!("no file data/controllers/{}.toml", p.controller),
        );
    }
    if let Some(rep) = &p.representative {
        representative(r, "representative", rep, &p.controller, catalog);
    }
    for (i, reg) in p.controller_for.iter().enumerate() {
        let f = format!("controller_for[{i}]");
        if catalog.controller(&reg.controller).is_none() {
            r.add(
                Check::RefController,
                format!("{f}.controller"),
                format!("no file data/controllers/{}.toml", reg.controller),
            );
        }
        if let Some(rep) = &reg.representative {
            let field = format!("{f}.representative");
            representative(r, &field, rep, &reg.controller, catalog);
        }
        if reg.regions.is_empty() {
            r.add(
                Check::RefRegion,
                format!("{f}.regions"),
                "name at least one country this controller is for, like [\"GB\"]",
            );
        }
        for (j, code) in reg.regions.iter().enumerate() {
            let field = format!("{f}.regions[{j}]");
            country(
                r,
                &field,
                code,
                catalog,
                "; a company is responsible per country",
            );
            let earlier = p.controller_for[..i]
                .iter()
                .flat_map(|o| &o.regions)
                .chain(&reg.regions[..j]);
            if earlier.into_iter().any(|o| o == code) {
                r.add(
                    Check::IdUnique,
                    field,
                    format!("region `{code}` has two controllers"),
                );
            }
        }
        r.cites(&format!("{f}.sources"), &reg.sources, &p.sources);
    }
}

fn representative(r: &mut Report, field: &str, rep: &str, controller: &str, catalog: &Catalog) {
    if catalog.controller(rep).is_none() {
        r.add(
            Check::RefController,
            field,
            format!("no file data/controllers/{rep}.toml"),
        );
    }
    if rep == controller {
        r.add(
            Check::RefController,
            field,
            "the representative is another company than the controller; leave it out if there is none",
        );
    }
}

fn routes(r: &mut Report, p: &Platform, catalog: &Catalog) {
    if p.routes.is_empty() {
        r.add(
            Check::RouteMissing,
            "routes",
            "describe at least one way (web, app or e-mail)",
        );
    }
    for (i, route) in p.routes.iter().enumerate() {
        let f = format!("routes[{i}]");
        match &route.link {
            // An e-mail route may link to the address itself (Slack's opt-out address).
            Some(l) if route.device == Device::Email && l.starts_with("mailto:") => {
                let address = &l["mailto:".len()..];
                r.email(&format!("{f}.link"), address);
                // Where the letter is the way, the address must be one the letters use too.
                if p.opt_out == OptOutKind::None {
                    letters_address(r, &format!("{f}.link"), address, p, catalog);
                }
            }
            Some(l) => r.url(&format!("{f}.link"), l),
            None => {}
        }
        if let Some(l) = &route.fallback_link {
            r.url(&format!("{f}.fallback_link"), l);
        }
        if route.steps.is_empty() {
            r.add(
                Check::RouteSteps,
                format!("{f}.steps"),
                "a way needs at least one step",
            );
        }
        for (j, s) in route.steps.iter().enumerate() {
            r.text(&format!("{f}.steps[{j}]"), s);
        }
        if let Some(t) = &route.title {
            r.text(&format!("{f}.title"), t);
        } else if p.routes[..i].iter().any(|o| o.device == route.device) {
            r.add(
                Check::RouteTitle,
                format!("{f}.title"),
                "another way uses the same device: give this one a title of its own",
            );
        }
        r.cites(&format!("{f}.sources"), &route.sources, &p.sources);
    }
}

/// An e-mail way's address is one of the companies' that the letters go to.
fn letters_address(r: &mut Report, field: &str, address: &str, p: &Platform, catalog: &Catalog) {
    let known: Vec<&str> = core::iter::once((&p.controller, &p.representative))
        .chain(
            p.controller_for
                .iter()
                .map(|c| (&c.controller, &c.representative)),
        )
        .flat_map(|(c, rep)| [Some(c), rep.as_ref()])
        .flatten()
        .filter_map(|id| catalog.controller(id))
        .filter_map(|c| c.email.as_deref())
        .collect();
    if !known.contains(&address) {
        let known = if known.is_empty() {
            "none given".to_string()
        } else {
            known.join(", ")
        };
        r.add(
            Check::RouteEmail,
            field,
            format!("`{address}` is not the e-mail address of the controller or representative ({known}): letters go there, so the way must name the same address"),
        );
    }
}

fn form(r: &mut Report, form: &Form, p: &Platform) {
    if form.fields.is_empty() {
        r.add(
            Check::FormFields,
            "form.fields",
            "a form needs at least one field",
        );
    }
    for (i, field) in form.fields.iter().enumerate() {
        let f = format!("form.fields[{i}]");
        r.text(&format!("{f}.label"), &field.label);
        match (&field.choice, field.fill) {
            (Some(c), FieldFill::Choice) => r.text(&format!("{f}.choice"), c),
            (None, FieldFill::Choice) => r.add(
                Check::FormChoice,
                format!("{f}.choice"),
                "a `choice` field must say which option to pick",
            ),
            (Some(_), _) => r.add(
                Check::FormChoice,
                format!("{f}.choice"),
                "only `fill = \"choice\"` fields have a `choice`",
            ),
            (None, _) => {}
        }
        if field.max_chars == Some(0) {
            r.add(
                Check::FormLimit,
                format!("{f}.max_chars"),
                "a limit of 0 characters cannot be filled",
            );
        }
    }
    r.cites("form.sources", &form.sources, &p.sources);
}

/// Problems, protections and alternatives: complete texts, each fact with its sources.
fn advice(r: &mut Report, p: &Platform) {
    if let Some(n) = &p.accounts_note {
        r.text("accounts_note.text", &n.text);
        r.cites("accounts_note.sources", &n.sources, &p.sources);
    }
    if let Some(l) = &p.account_label {
        r.text("account_label", l);
    }
    for (i, pr) in p.problems.iter().enumerate() {
        r.text(&format!("problems[{i}].title"), &pr.title);
        r.text(&format!("problems[{i}].fix"), &pr.fix);
        r.cites(&format!("problems[{i}].sources"), &pr.sources, &p.sources);
    }
    for (i, pr) in p.protections.iter().enumerate() {
        let f = format!("protections[{i}]");
        r.text(&format!("{f}.title"), &pr.title);
        r.text(&format!("{f}.how"), &pr.how);
        r.text(&format!("{f}.limits"), &pr.limits);
        r.cites(&format!("{f}.sources"), &pr.sources, &p.sources);
    }
    for (i, a) in p.alternatives.iter().enumerate() {
        r.text(&format!("alternatives[{i}]"), a);
    }
}

fn changes(r: &mut Report, p: &Platform, today: Date) {
    for (i, c) in p.changes.iter().enumerate() {
        let f = format!("changes[{i}]");
        r.text(&format!("{f}.text"), &c.text);
        r.cites(&format!("{f}.sources"), &c.sources, &p.sources);
        r.not_future(&format!("{f}.date"), c.date, today);
        if i > 0 && p.changes[i - 1].date < c.date {
            r.add(
                Check::ChangesOrder,
                format!("{f}.date"),
                format!(
                    "list changes newest first: {} comes after {}",
                    c.date,
                    p.changes[i - 1].date
                ),
            );
        }
    }
}
