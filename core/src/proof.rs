//! The record (what was done for which account, when, to whom) as text and JSON, and the .ics
//! reminder. Every word comes from the interface texts of the data (`data/ui.toml`).

use crate::catalog::Catalog;
use crate::date::Date;
use crate::model::Lang;
use crate::plan::{Recipient, RecordEntry};
use crate::state::ActionKind;
use crate::text::{ics_escape, ics_fold, json_string};
use crate::ui_text::{fill, UiText};

/// The action in words.
pub fn action_text(t: &UiText, a: ActionKind) -> &str {
    match a {
        ActionKind::Setting => t.action_setting,
        ActionKind::Form => t.action_form,
        ActionKind::Objection => t.action_objection,
        ActionKind::WorkspaceRequest => t.action_workspace_request,
        ActionKind::Reminder => t.action_reminder,
        ActionKind::RefusalReply => t.action_refusal_reply,
        ActionKind::Access => t.action_access,
        ActionKind::Complaint => t.action_complaint,
        ActionKind::Answer(_) => t.action_answer,
        ActionKind::Reply => t.action_reply,
    }
}

/// A stable, language-free name of the action, for the JSON record.
pub fn action_id(a: ActionKind) -> &'static str {
    match a {
        ActionKind::Setting => "setting",
        ActionKind::Form => "form",
        ActionKind::Objection => "objection",
        ActionKind::WorkspaceRequest => "workspace-request",
        ActionKind::Reminder => "reminder",
        ActionKind::RefusalReply => "refusal-reply",
        ActionKind::Access => "access",
        ActionKind::Complaint => "complaint",
        ActionKind::Answer(_) => "answer",
        ActionKind::Reply => "reply",
    }
}

pub fn recipient_text(t: &UiText, r: &Recipient) -> String {
    match r {
        Recipient::Service => t.recipient_service.to_string(),
        Recipient::WorkspaceOwner => t.recipient_workspace_owner.to_string(),
        Recipient::Company(n) | Recipient::Authority(n) => n.clone(),
    }
}

/// "Facebook" or "Facebook, Konto 2 (@anna)".
pub fn entry_title(t: &UiText, c: &Catalog, e: &RecordEntry, lang: Lang) -> String {
    let name = c
        .platform(&e.platform)
        .map_or(e.platform.as_str(), |p| p.name.get(lang));
    let mut out = name.to_string();
    if e.nth > 0 {
        out.push_str(", ");
        out.push_str(&fill(t.account_n, &[&e.nth.to_string()]));
    }
    if !e.username.is_empty() {
        out.push_str(&format!(" ({})", e.username));
    }
    out
}

/// What an entry says was done: the action, or that a linked account's objection covered it.
pub fn entry_action(t: &UiText, c: &Catalog, e: &RecordEntry, lang: Lang) -> String {
    match &e.covered_by {
        Some(by) => {
            let by = c.platform(by).map_or(by.as_str(), |p| p.name.get(lang));
            fill(t.record_covered, &[by])
        }
        None => match e.action {
            // The company's answer, with the kind the person recorded.
            ActionKind::Answer(k) => fill(
                t.record_answer,
                &[c.replies.kind(k).map_or(k.id(), |k| k.label.get(lang))],
            ),
            a => action_text(t, a).to_string(),
        },
    }
}

/// The record as plain text, one block per entry, with the date an answer is due.
pub fn proof_text(
    entries: &[RecordEntry],
    c: &Catalog,
    t: &UiText,
    lang: Lang,
    today: Date,
) -> String {
    let mut out = format!(
        "{}\n{}\n",
        t.record_title,
        fill(t.record_made_on, &[&c.long_date(today, lang)])
    );
    if entries.is_empty() {
        out.push_str(&format!("\n{}\n", t.record_empty));
    }
    for e in entries {
        out.push_str(&format!(
            "\n{} – {}\n  {}\n  {}\n",
            c.long_date(e.date, lang),
            entry_title(t, c, e, lang),
            fill(
                t.label_value,
                &[t.record_what, &entry_action(t, c, e, lang)]
            ),
            fill(
                t.label_value,
                &[
                    if matches!(e.action, ActionKind::Answer(_)) {
                        t.record_from
                    } else {
                        t.record_to
                    },
                    &recipient_text(t, &e.to)
                ]
            ),
        ));
        if let Some(due) = e.answer_due {
            out.push_str(&format!(
                "  {}\n",
                // A reminder asks its own date (the law's month only while it runs).
                fill(
                    if e.action == ActionKind::Reminder {
                        t.record_due_reminder
                    } else {
                        t.record_due
                    },
                    &[&c.long_date(due, lang)]
                )
            ));
        }
    }
    out
}

/// The record as JSON (an array of objects with ISO dates and language-free action ids, plus the
/// words of the day for people), written without a JSON library to keep the browser build small.
pub fn proof_json(entries: &[RecordEntry], c: &Catalog, t: &UiText, lang: Lang) -> String {
    let items: Vec<String> = entries
        .iter()
        .map(|e| {
            let opt = |v: Option<String>| v.map_or_else(|| "null".to_string(), |s| json_string(&s));
            format!(
                "  {{\"date\": {}, \"platform\": {}, \"account\": {}, \"action\": {}, \"covered_by\": {}, \"answer_due\": {}, \"text\": {}, \"to\": {}}}",
                json_string(&e.date.to_string()),
                json_string(&e.platform),
                e.account.map_or_else(|| "null".to_string(), |a| a.to_string()),
                json_string(action_id(e.action)),
                opt(e.covered_by.clone()),
                opt(e.answer_due.map(|d| d.to_string())),
                json_string(&format!(
                    "{}: {}",
                    entry_title(t, c, e, lang),
                    entry_action(t, c, e, lang)
                )),
                json_string(&recipient_text(t, &e.to)),
            )
        })
        .collect();
    if items.is_empty() {
        "[]\n".to_string()
    } else {
        format!("[\n{}\n]\n", items.join(",\n"))
    }
}

/// A calendar with one all-day reminder per service whose objection expects an answer, on the
/// day it is due (a month after the earliest objection), with an alarm at 9:00. UIDs come from
/// the content, so importing twice does not duplicate the entries.
pub fn reminder_ics(
    entries: &[RecordEntry],
    c: &Catalog,
    t: &UiText,
    lang: Lang,
    today: Date,
) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//KI-Widerspruch//Reminder//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
    ];
    let mut seen: Vec<(&str, bool)> = Vec::new();
    for e in entries.iter().filter(|e| e.covered_by.is_none()) {
        // One reminder per service for the objection, and one after an answer that asked for
        // something ("use our form", "send an ID") and was answered in turn.
        let answer = matches!(e.action, ActionKind::Answer(_));
        let Some(due) = e.answer_due.filter(|_| answer || e.action.is_objection()) else {
            continue;
        };
        if seen.contains(&(e.platform.as_str(), answer)) {
            continue;
        }
        seen.push((&e.platform, answer));
        let name = c
            .platform(&e.platform)
            .map_or(e.platform.as_str(), |p| p.name.get(lang));
        let uid_part: String = e
            .platform
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        let summary = fill(t.ics_summary, &[name]);
        let description = fill(
            if answer {
                t.ics_answer_description
            } else {
                t.ics_description
            },
            &[&c.long_date(e.date, lang), &recipient_text(t, &e.to)],
        );
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!(
                "UID:{}-{}@ki-widerspruch.invalid",
                e.date.compact(),
                uid_part
            ),
            format!("DTSTAMP:{}T000000Z", today.compact()),
            format!("DTSTART;VALUE=DATE:{}", due.compact()),
            format!("DTEND;VALUE=DATE:{}", due.add_days(1).compact()),
            format!("SUMMARY:{}", ics_escape(&summary)),
            format!("DESCRIPTION:{}", ics_escape(&description)),
            "BEGIN:VALARM".to_string(),
            "ACTION:DISPLAY".to_string(),
            "TRIGGER;RELATED=START:PT9H".to_string(),
            format!("DESCRIPTION:{}", ics_escape(&summary)),
            "END:VALARM".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".to_string());
    let mut out = String::new();
    for l in lines {
        out.push_str(&ics_fold(&l));
        out.push_str("\r\n");
    }
    out
}
