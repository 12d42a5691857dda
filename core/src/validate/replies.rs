//! Checks of `replies.toml`: every kind of answer described once and in every language, phrases
//! that can match and mean one kind only, and the rules' sources.

use super::{Check, Report};
use crate::catalog::Catalog;
use crate::replies::{normalise, KindId, REALISTIC};

/// Shorter phrases would match inside too many unrelated answers.
const MIN_PHRASE_CHARS: usize = 4;

pub(super) fn check(r: &mut Report, catalog: &Catalog) {
    let replies = &catalog.replies;
    for id in KindId::ALL {
        let n = replies.kinds.iter().filter(|k| k.id == id).count();
        if n != 1 {
            let what = if n == 0 {
                "has no `[[kind]]` block with its texts"
            } else {
                "is described more than once"
            };
            r.add(
                Check::ReplyKind,
                format!("kind `{}`", id.id()),
                format!("the kind of answer `{}` {what}", id.id()),
            );
        }
    }
    for (i, k) in replies.kinds.iter().enumerate() {
        let f = format!("kind[{i}]");
        r.text(&format!("{f}.label"), &k.label);
        r.text(&format!("{f}.meaning"), &k.meaning);
        r.text(&format!("{f}.law"), &k.law);
        r.text(&format!("{f}.next_step"), &k.next_step);
    }
    r.sources(&replies.sources);
    // Every phrase seen so far, normalised, with its kind and where it is.
    let mut seen: Vec<(String, KindId, String)> = Vec::new();
    for (i, rule) in replies.rules.iter().enumerate() {
        let f = format!("rule[{i}]");
        if rule.phrases.is_empty() {
            r.add(
                Check::ReplyPhrase,
                format!("{f}.phrases"),
                "a rule needs at least one phrase",
            );
        }
        for (j, phrase) in rule.phrases.iter().enumerate() {
            let at = format!("{f}.phrases[{j}]");
            let norm = normalise(phrase).trim().to_string();
            if norm.chars().count() < MIN_PHRASE_CHARS {
                r.add(
                    Check::ReplyPhrase,
                    at,
                    format!("`{phrase}` is empty or too short (at least {MIN_PHRASE_CHARS} letters): it would match almost any answer"),
                );
                continue;
            }
            if *phrase != phrase.to_lowercase() {
                r.add(
                    Check::ReplyPhrase,
                    at.clone(),
                    format!("write `{phrase}` in lower case (case is ignored when matching)"),
                );
            }
            match seen.iter().find(|(n, _, _)| *n == norm) {
                Some((_, kind, other)) if *kind == rule.kind => r.add(
                    Check::ReplyPhrase,
                    at.clone(),
                    format!("`{phrase}` is already a phrase of this kind at {other}"),
                ),
                Some((_, kind, other)) => r.add(
                    Check::ReplyPhrase,
                    at.clone(),
                    format!(
                        "`{phrase}` is also a phrase of `{}` at {other}: a phrase must mean one kind",
                        kind.id()
                    ),
                ),
                None => seen.push((norm, rule.kind, at)),
            }
        }
        if rule.sources.is_empty() {
            r.add(
                Check::SourceMissing,
                format!("{f}.sources"),
                format!("name the ids of this file's sources that quote such answers, or \"{REALISTIC}\" for a plausible wording no source quotes"),
            );
        }
        for (j, id) in rule.sources.iter().enumerate() {
            if id != REALISTIC && !replies.sources.iter().any(|s| &s.id == id) {
                r.add(
                    Check::SourceRef,
                    format!("{f}.sources[{j}]"),
                    format!("there is no source with id `{id}` in this file's `sources` (or write \"{REALISTIC}\")"),
                );
            }
        }
    }
}
