//! Checks of the texts that are not about one record: the reasons (`reasons.toml`), the
//! interface texts (`ui.toml`) and the letter templates (`templates/<lang>/`).

use super::{id_message, is_id, Check, Finding, Report};
use crate::catalog::{Catalog, TemplateKind};

pub(super) fn reasons(r: &mut Report, catalog: &Catalog) {
    for (i, reason) in catalog.reasons.iter().enumerate() {
        let f = format!("reason[{i}]");
        if !is_id(&reason.id) {
            r.add(Check::IdFormat, format!("{f}.id"), id_message(&reason.id));
        }
        if catalog.reasons[..i].iter().any(|o| o.id == reason.id) {
            r.add(
                Check::IdUnique,
                format!("{f}.id"),
                format!("reason `{}` appears twice", reason.id),
            );
        }
        r.text(&format!("{f}.label"), &reason.label);
        r.text(&format!("{f}.hint"), &reason.hint);
        r.text(&format!("{f}.short"), &reason.short);
        r.text(&format!("{f}.paragraph"), &reason.paragraph);
        for lang in r.langs.clone() {
            if let Err(e) = crate::template::parse_segments(reason.paragraph.get(lang), 1) {
                r.add(
                    Check::TemplateParse,
                    format!("{f}.paragraph.{}", lang.code()),
                    e.to_string(),
                );
            }
        }
    }
}

pub(super) fn ui(r: &mut Report, catalog: &Catalog) {
    for (key, text) in crate::ui_text::UI_KEYS.iter().zip(&catalog.ui) {
        r.text(key, text);
        // A file name that works in an address: the embed configurator's page.
        if *key == "embed_file" {
            for (lang, name) in &text.0 {
                if !is_id(name) {
                    r.add(
                        Check::IdFormat,
                        format!("{key}.{}", lang.code()),
                        id_message(name),
                    );
                }
            }
        }
    }
}

/// The static pages' words: complete in every language, no key also in `ui.toml` (a page slot
/// `{{key}}` must mean one text).
pub(super) fn pages(r: &mut Report, catalog: &Catalog) {
    for (key, text) in &catalog.pages {
        r.text(key, text);
        if crate::ui_text::UI_KEYS.contains(&key.as_str()) {
            r.add(
                Check::IdUnique,
                key.clone(),
                format!("`{key}` is also in ui.toml: use that one, or give this text another key"),
            );
        }
    }
}

/// Every template exists in every language (their contents were parsed when they were read).
pub(super) fn templates(findings: &mut Vec<Finding>, catalog: &Catalog) {
    for lang in catalog.languages.iter().map(|l| l.code) {
        if catalog.words(lang).is_none() {
            findings.push(Finding::new(
                Check::TemplateMissing,
                &format!("templates/{}/words.toml", lang.code()),
                "(file)",
                "the short pieces of letters of this language are missing",
            ));
        }
        for kind in TemplateKind::ALL {
            if catalog.template(lang, *kind).is_none() {
                findings.push(Finding::new(
                    Check::TemplateMissing,
                    &format!("templates/{}/{}.txt", lang.code(), kind.file()),
                    "(file)",
                    "this template is missing",
                ));
            }
        }
    }
}
