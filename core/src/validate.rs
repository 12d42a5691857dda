//! Checks of the dataset beyond its types: every check has an id, and every finding names the file
//! and the field, so that an editor who does not write Rust knows what to fix.

use crate::catalog::{Catalog, TemplateKind};
use crate::date::Date;
use crate::model::{Lang, Source, Text};
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

/// Data not checked for this many days gets a warning (and the UI shows its age).
pub const STALE_AFTER_DAYS: i64 = 365;

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
                (None, crate::model::Reliability::Seed) => {}
                (None, _) => self.error(
                    "source-url",
                    format!("sources[{i}].url"),
                    "only sources with reliability = \"seed\" may have no url",
                ),
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
    fn verified(&mut self, last_verified: Date, today: Date) {
        let age = last_verified.days_until(today);
        if age > STALE_AFTER_DAYS {
            self.push(
                Severity::Warning,
                "stale",
                "last_verified",
                format!(
                    "last checked {last_verified}, {age} days ago: please check the facts again"
                ),
            );
        }
        if age < 0 {
            self.error(
                "date-future",
                "last_verified",
                format!("{last_verified} is in the future"),
            );
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
                    r.email(&format!("{f}.link"), &l["mailto:".len()..]);
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
        r.sources(&p.sources);
        r.verified(p.last_verified, today);
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
        if c.address.len() < 2 || c.address.iter().any(|l| l.trim().is_empty()) {
            r.error(
                "address",
                "address",
                "give the postal address as at least two non-empty lines",
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
        r.sources(&c.sources);
        r.verified(c.last_verified, today);
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
        r.verified(a.last_verified, today);
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
