//! Checks of the dataset beyond its types: every check has an id, and every finding names the file
//! and the field, so that an editor who does not write Rust knows what to fix.

use crate::catalog::{Catalog, TemplateKind};
use crate::date::Date;
use crate::model::{Lang, Reliability, Source, Text};
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
    /// A stable id of the check, e.g. `url-https`.
    pub check: &'static str,
    /// The file, relative to `data/`.
    pub file: String,
    /// The field inside the file, e.g. `routes[0].steps[2].en`.
    pub field: String,
    pub message: String,
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
pub const STALE_AFTER_DAYS: i64 = crate::freshness::POSSIBLY_OUTDATED_AFTER_DAYS;

struct Report<'a> {
    findings: &'a mut Vec<Finding>,
    file: String,
}

impl Report<'_> {
    fn error(&mut self, check: &'static str, field: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Error, check, field, message);
    }
    fn push(
        &mut self,
        severity: Severity,
        check: &'static str,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.findings.push(Finding {
            severity,
            check,
            file: self.file.clone(),
            field: field.into(),
            message: message.into(),
        });
    }
    fn text(&mut self, field: &str, t: &Text) {
        for lang in Lang::ALL {
            if t.get(lang).trim().is_empty() {
                self.error(
                    "text-missing",
                    format!("{field}.{}", lang.code()),
                    format!("the {} text is missing or empty", lang_name(lang)),
                );
            }
        }
    }
    fn url(&mut self, field: &str, url: &str) {
        if !url.starts_with("https://")
            || url.len() <= "https://".len()
            || url.contains(char::is_whitespace)
        {
            self.error(
                "url-https",
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
            self.error(
                "email-format",
                field,
                format!("`{email}` is not an e-mail address"),
            );
        }
    }
    fn sources(&mut self, sources: &[Source]) {
        if sources.is_empty() {
            self.error(
                "source-missing",
                "sources",
                "every record needs at least one source (url, title, date, reliability)",
            );
        }
        for (i, s) in sources.iter().enumerate() {
            match (&s.url, s.reliability) {
                (Some(u), _) => self.url(&format!("sources[{i}].url"), u),
                (None, Reliability::Seed | Reliability::LiveCheck) => {}
                (None, _) => self.error(
                    "source-url",
                    format!("sources[{i}].url"),
                    "only sources with reliability = \"seed\" or \"live-check\" may have no url",
                ),
            }
            if s.reliability == Reliability::LiveCheck && s.date.is_none() {
                self.error(
                    "live-check",
                    format!("sources[{i}].date"),
                    "a live check needs the date on which someone opened the app or website",
                );
            }
            if s.title.trim().is_empty() {
                self.error(
                    "source-title",
                    format!("sources[{i}].title"),
                    "the source needs a title",
                );
            }
            if !is_id(&s.id) {
                self.error("id-format", format!("sources[{i}].id"), id_message(&s.id));
            }
            if sources[..i].iter().any(|o| o.id == s.id) {
                self.error(
                    "id-unique",
                    format!("sources[{i}].id"),
                    format!("source id `{}` is used twice", s.id),
                );
            }
        }
    }
    fn representative(&mut self, field: &str, rep: &str, controller: &str, catalog: &Catalog) {
        if catalog.controller(rep).is_none() {
            self.error(
                "ref-controller",
                field,
                format!("no file data/controllers/{rep}.toml"),
            );
        }
        if rep == controller {
            self.error(
                "ref-controller",
                field,
                "the representative is another company than the controller; leave it out if there is none",
            );
        }
    }
    fn cites(&mut self, field: &str, cited: &[String], sources: &[Source]) {
        if cited.is_empty() {
            self.error(
                "source-missing",
                field,
                "name at least one of this file's source ids that backs this fact",
            );
        }
        for (i, id) in cited.iter().enumerate() {
            if !sources.iter().any(|s| &s.id == id) {
                self.error(
                    "source-ref",
                    format!("{field}[{i}]"),
                    format!("there is no source with id `{id}` in this file's `sources`"),
                );
            }
        }
    }
    /// A date after today is most likely a typo, but "today" is the clock of the machine that
    /// builds; a wrong clock must not stop a build, so this only warns.
    fn not_future(&mut self, field: &str, date: Date, today: Date) {
        if date > today {
            self.push(
                Severity::Warning,
                "date-future",
                field,
                format!("{date} is after today ({today}): a typo?"),
            );
        }
    }
    /// The two dates the interface shows: "sources dated" must exist, a live check must be
    /// backed by a live-check source of that day, and old data gets a warning (never an error:
    /// it depends on the clock).
    fn dates(
        &mut self,
        sources: &[Source],
        sources_dated: Option<Date>,
        live_checked: Option<Date>,
        today: Date,
        max_age_days: i64,
    ) {
        for (i, s) in sources.iter().enumerate() {
            if let Some(d) = s.date {
                self.not_future(&format!("sources[{i}].date"), d, today);
            }
        }
        if sources_dated.is_none() {
            self.error(
                "source-date",
                "sources",
                "no source has a `date`: give at least one source the date it was published or updated, so people can see how current the record is",
            );
        }
        let newest_live = sources
            .iter()
            .filter(|s| s.reliability == Reliability::LiveCheck)
            .filter_map(|s| s.date)
            .max();
        match (live_checked, newest_live) {
            (Some(d), Some(l)) if d == l => self.not_future("live_checked", d, today),
            (Some(d), _) => {
                let newer = match sources_dated {
                    Some(s) if d > s => format!(" It is newer than every source ({s})."),
                    _ => String::new(),
                };
                self.error(
                    "live-check",
                    "live_checked",
                    format!(
                        "{d} claims a check in the live app or website, but no source with reliability = \"live-check\" records one on that day.{newer} Add that source (who looked, at what) or remove `live_checked`"
                    ),
                );
            }
            (None, Some(l)) => self.error(
                "live-check",
                "live_checked",
                format!("a source records a live check on {l}: set `live_checked = {l}`"),
            ),
            (None, None) => {}
        }
        let f = crate::freshness::freshness_after(sources_dated, live_checked, today, max_age_days);
        if let (true, Some(newest)) = (f.possibly_outdated, f.newest()) {
            self.push(
                Severity::Warning,
                "stale",
                "sources",
                format!(
                    "the newest source or live check is from {newest}, {} days ago: please look for newer sources or check the live site",
                    newest.days_until(today)
                ),
            );
        }
    }
    fn watch(&mut self, watch: &[crate::model::Watched], today: Date) {
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
                    self.error(
                        "watch-path",
                        format!("{f}.{name}"),
                        format!("`{v}` must be the archive's folder or document name as it appears there, without `/` or `.md` (like `Facebook`, `Privacy Policy`)"),
                    );
                }
            }
            if watch[..i]
                .iter()
                .any(|o| o.archive == w.archive && o.path() == w.path())
            {
                self.error(
                    "id-unique",
                    format!("{f}.document"),
                    format!("`{}` is watched twice", w.path()),
                );
            }
            self.not_future(&format!("{f}.version"), w.version, today);
        }
    }
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "German (de)",
        Lang::En => "English (en)",
    }
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
        let mut r = Report {
            findings: &mut findings,
            file: format!("platforms/{}.toml", p.id),
        };
        if !is_id(&p.id) {
            r.error("id-format", "(file name)", id_message(&p.id));
        }
        r.text("name", &p.name);
        if catalog.controller(&p.controller).is_none() {
            r.error(
                "ref-controller",
                "controller",
                format!("no file data/controllers/{}.toml", p.controller),
            );
        }
        if let Some(rep) = &p.representative {
            r.representative("representative", rep, &p.controller, catalog);
        }
        for (i, reg) in p.controller_for.iter().enumerate() {
            let f = format!("controller_for[{i}]");
            if catalog.controller(&reg.controller).is_none() {
                r.error(
                    "ref-controller",
                    format!("{f}.controller"),
                    format!("no file data/controllers/{}.toml", reg.controller),
                );
            }
            if let Some(rep) = &reg.representative {
                r.representative(
                    &format!("{f}.representative"),
                    rep,
                    &reg.controller,
                    catalog,
                );
            }
            if reg.regions.is_empty() {
                r.error(
                    "ref-region",
                    format!("{f}.regions"),
                    "name at least one country this controller is for, like [\"GB\"]",
                );
            }
            for (j, code) in reg.regions.iter().enumerate() {
                let field = format!("{f}.regions[{j}]");
                match catalog.region(code) {
                    None => r.error(
                        "ref-region",
                        field,
                        format!("no region `{code}` in data/regions.toml"),
                    ),
                    Some(region) if region.parent.is_some() => r.error(
                        "ref-region",
                        field,
                        format!("`{code}` is a state: name the country; a company is responsible per country"),
                    ),
                    Some(_) => {}
                }
                let earlier = p.controller_for[..i]
                    .iter()
                    .flat_map(|o| &o.regions)
                    .chain(&reg.regions[..j]);
                if earlier.into_iter().any(|o| o == code) {
                    r.error(
                        "id-unique",
                        format!("{f}.regions[{j}]"),
                        format!("region `{code}` has two controllers"),
                    );
                }
            }
            r.cites(&format!("{f}.sources"), &reg.sources, &p.sources);
        }
        r.text("data_used", &p.data_used);
        r.text("after", &p.after);
        for (i, k) in p.key_dates.iter().enumerate() {
            r.text(&format!("key_dates[{i}].label"), &k.label);
            r.cites(&format!("key_dates[{i}].sources"), &k.sources, &p.sources);
        }
        if p.routes.is_empty() {
            r.error(
                "route-missing",
                "routes",
                "describe at least one way (web, app or e-mail)",
            );
        }
        for (i, route) in p.routes.iter().enumerate() {
            let f = format!("routes[{i}]");
            match &route.link {
                // An e-mail route may link to the address itself (Slack's opt-out address).
                Some(l)
                    if route.device == crate::model::Device::Email && l.starts_with("mailto:") =>
                {
                    let address = &l["mailto:".len()..];
                    r.email(&format!("{f}.link"), address);
                    // Where the letter is the way, the address must be one the letters use too.
                    if p.opt_out == crate::model::OptOutKind::None {
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
                            r.error(
                                "route-email",
                                format!("{f}.link"),
                                format!("`{address}` is not the e-mail address of the controller or representative ({}): letters go there, so the way must name the same address", if known.is_empty() { "none given".to_string() } else { known.join(", ") }),
                            );
                        }
                    }
                }
                Some(l) => r.url(&format!("{f}.link"), l),
                None => {}
            }
            if let Some(l) = &route.fallback_link {
                r.url(&format!("{f}.fallback_link"), l);
            }
            if route.steps.is_empty() {
                r.error(
                    "route-steps",
                    format!("{f}.steps"),
                    "a way needs at least one step",
                );
            }
            for (j, s) in route.steps.iter().enumerate() {
                r.text(&format!("{f}.steps[{j}]"), s);
            }
            r.cites(&format!("{f}.sources"), &route.sources, &p.sources);
        }
        if let Some(form) = &p.form {
            if form.fields.is_empty() {
                r.error(
                    "form-fields",
                    "form.fields",
                    "a form needs at least one field",
                );
            }
            for (i, field) in form.fields.iter().enumerate() {
                let f = format!("form.fields[{i}]");
                r.text(&format!("{f}.label"), &field.label);
                match (&field.choice, field.fill) {
                    (Some(c), crate::model::FieldFill::Choice) => r.text(&format!("{f}.choice"), c),
                    (None, crate::model::FieldFill::Choice) => r.error(
                        "form-choice",
                        format!("{f}.choice"),
                        "a `choice` field must say which option to pick",
                    ),
                    (Some(_), _) => r.error(
                        "form-choice",
                        format!("{f}.choice"),
                        "only `fill = \"choice\"` fields have a `choice`",
                    ),
                    (None, _) => {}
                }
                if field.max_chars == Some(0) {
                    r.error(
                        "form-limit",
                        format!("{f}.max_chars"),
                        "a limit of 0 characters cannot be filled",
                    );
                }
            }
            r.cites("form.sources", &form.sources, &p.sources);
        }
        for (i, pr) in p.problems.iter().enumerate() {
            r.text(&format!("problems[{i}].title"), &pr.title);
            r.text(&format!("problems[{i}].fix"), &pr.fix);
            r.cites(&format!("problems[{i}].sources"), &pr.sources, &p.sources);
        }
        for (i, pr) in p.protections.iter().enumerate() {
            r.text(&format!("protections[{i}].title"), &pr.title);
            r.text(&format!("protections[{i}].how"), &pr.how);
            r.text(&format!("protections[{i}].limits"), &pr.limits);
            r.cites(
                &format!("protections[{i}].sources"),
                &pr.sources,
                &p.sources,
            );
        }
        for (i, a) in p.alternatives.iter().enumerate() {
            r.text(&format!("alternatives[{i}]"), a);
        }
        for (i, c) in p.changes.iter().enumerate() {
            let f = format!("changes[{i}]");
            r.text(&format!("{f}.text"), &c.text);
            r.cites(&format!("{f}.sources"), &c.sources, &p.sources);
            r.not_future(&format!("{f}.date"), c.date, today);
            if i > 0 && p.changes[i - 1].date < c.date {
                r.error(
                    "changes-order",
                    format!("{f}.date"),
                    format!(
                        "list changes newest first: {} comes after {}",
                        c.date,
                        p.changes[i - 1].date
                    ),
                );
            }
        }
        r.watch(&p.watch, today);
        r.sources(&p.sources);
        r.dates(
            &p.sources,
            p.sources_dated,
            p.live_checked,
            today,
            STALE_AFTER_DAYS,
        );
    }

    for c in &catalog.controllers {
        let mut r = Report {
            findings: &mut findings,
            file: format!("controllers/{}.toml", c.id),
        };
        if !is_id(&c.id) {
            r.error("id-format", "(file name)", id_message(&c.id));
        }
        if c.name.trim().is_empty() {
            r.error("text-missing", "name", "the company needs a name");
        }
        // Some companies outside Europe publish no postal address, only an e-mail address;
        // then letters go by e-mail (or to their representative) and the list may stay empty.
        let no_address_ok = c.address.is_empty() && c.email.is_some();
        if !no_address_ok && (c.address.len() < 2 || c.address.iter().any(|l| l.trim().is_empty()))
        {
            r.error(
                "address",
                "address",
                "give the postal address as at least two non-empty lines (or `address = []` when the company publishes none and has an `email`)",
            );
        }
        if let Some(e) = &c.email {
            r.email("email", e);
        }
        if let Some(lead) = &c.lead_authority {
            if catalog.authority(lead).is_none() {
                r.error(
                    "ref-authority",
                    "lead_authority",
                    format!("no file data/authorities/{lead}.toml"),
                );
            }
        }
        if c.seat.len() != 2 || !c.seat.bytes().all(|b| b.is_ascii_uppercase()) {
            r.error(
                "seat-format",
                "seat",
                format!(
                    "`{}` is not a two-letter country code like IE or US",
                    c.seat
                ),
            );
        }
        r.watch(&c.watch, today);
        r.sources(&c.sources);
        r.dates(
            &c.sources,
            c.sources_dated,
            c.live_checked,
            today,
            STALE_AFTER_DAYS,
        );
    }

    for a in &catalog.authorities {
        let mut r = Report {
            findings: &mut findings,
            file: format!("authorities/{}.toml", a.id),
        };
        if !is_id(&a.id) {
            r.error("id-format", "(file name)", id_message(&a.id));
        }
        for (field, v) in [
            ("name", &a.name),
            ("name_en", &a.name_en),
            ("short", &a.short),
        ] {
            if v.trim().is_empty() {
                r.error("text-missing", field, "must not be empty");
            }
        }
        r.url("website", &a.website);
        if let Some(u) = &a.complaint_form {
            r.url("complaint_form", u);
        }
        if let Some(e) = &a.email {
            r.email("email", e);
        }
        if a.address.len() < 2 || a.address.iter().any(|l| l.trim().is_empty()) {
            r.error(
                "address",
                "address",
                "give the postal address as at least two non-empty lines",
            );
        }
        if a.covers.is_empty() {
            r.error(
                "ref-region",
                "covers",
                "name at least one region code this authority covers",
            );
        }
        for (i, code) in a.covers.iter().enumerate() {
            if catalog.region(code).is_none() {
                r.error(
                    "ref-region",
                    format!("covers[{i}]"),
                    format!("no region `{code}` in data/regions.toml"),
                );
            }
        }
        if let Some(n) = &a.note {
            r.text("note", n);
        }
        r.sources(&a.sources);
        r.dates(
            &a.sources,
            a.sources_dated,
            a.live_checked,
            today,
            crate::freshness::AUTHORITY_OUTDATED_AFTER_DAYS,
        );
    }

    {
        let mut r = Report {
            findings: &mut findings,
            file: "regions.toml".into(),
        };
        for (i, reg) in catalog.regions.iter().enumerate() {
            let f = format!("region[{i}]");
            r.text(&format!("{f}.name"), &reg.name);
            if catalog.regions[..i].iter().any(|o| o.code == reg.code) {
                r.error(
                    "id-unique",
                    format!("{f}.code"),
                    format!("region `{}` appears twice", reg.code),
                );
            }
            if let Some(parent) = &reg.parent {
                if !catalog
                    .regions
                    .iter()
                    .any(|o| &o.code == parent && o.parent.is_none())
                {
                    r.error(
                        "ref-region",
                        format!("{f}.parent"),
                        format!("no country `{parent}` in this file"),
                    );
                }
            }
        }
        // Every place a person can choose must lead to an authority for companies.
        for reg in &catalog.regions {
            let has_states = catalog.states_of(&reg.code).next().is_some();
            if !has_states && catalog.competent_authority(&reg.code).is_none() {
                r.error(
                    "region-authority",
                    format!("region `{}`", reg.code),
                    "no authority for companies covers this region (add it to an authority's `covers`)",
                );
            }
        }
    }

    {
        let mut r = Report {
            findings: &mut findings,
            file: "reasons.toml".into(),
        };
        for (i, reason) in catalog.reasons.iter().enumerate() {
            let f = format!("reason[{i}]");
            if !is_id(&reason.id) {
                r.error("id-format", format!("{f}.id"), id_message(&reason.id));
            }
            if catalog.reasons[..i].iter().any(|o| o.id == reason.id) {
                r.error(
                    "id-unique",
                    format!("{f}.id"),
                    format!("reason `{}` appears twice", reason.id),
                );
            }
            r.text(&format!("{f}.label"), &reason.label);
            r.text(&format!("{f}.hint"), &reason.hint);
            r.text(&format!("{f}.short"), &reason.short);
            r.text(&format!("{f}.paragraph"), &reason.paragraph);
            for lang in Lang::ALL {
                if let Err(e) = crate::template::parse_segments(reason.paragraph.get(lang), 1) {
                    r.error(
                        "template-parse",
                        format!("{f}.paragraph.{}", lang.code()),
                        e.to_string(),
                    );
                }
            }
        }
    }

    {
        let mut r = Report {
            findings: &mut findings,
            file: "ui.toml".into(),
        };
        for (key, text) in crate::ui_text::UI_KEYS.iter().zip(&catalog.ui) {
            r.text(key, text);
        }
    }

    for lang in Lang::ALL {
        for kind in TemplateKind::ALL {
            if catalog.template(lang, *kind).is_none() {
                findings.push(Finding {
                    severity: Severity::Error,
                    check: "template-missing",
                    file: format!("templates/{}/{}.txt", lang.code(), kind.file()),
                    field: "(file)".into(),
                    message: "this template is missing".into(),
                });
            }
        }
    }
    findings
}

/// Formats findings for a person, errors first.
pub fn report(findings: &[Finding]) -> String {
    let mut lines: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .chain(findings.iter().filter(|f| f.severity == Severity::Warning))
        .map(ToString::to_string)
        .collect();
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
