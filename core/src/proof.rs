//! The proof record (what was sent to whom, when) as text and JSON, and the .ics reminder.

use crate::date::Date;
use crate::model::Lang;
use crate::text::{ics_escape, ics_fold, json_string, long_date};
use serde::{Deserialize, Serialize};

/// One thing the person did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProofEntry {
    pub date: Date,
    /// Platform id.
    pub platform: String,
    /// Platform name as shown.
    pub platform_name: String,
    /// What was done, in the person's words or as the app wrote it ("Form sent", "Letter sent").
    pub action: String,
    /// To whom (company or authority).
    pub to: String,
}

impl ProofEntry {
    /// An entry for something sent about a platform, addressed to the company responsible for
    /// the person's region ([`crate::Catalog::controller_for`]): a UK resident's record names
    /// the UK company, not the Irish one.
    pub fn new(
        catalog: &crate::Catalog,
        platform: &crate::model::Platform,
        region: &str,
        lang: Lang,
        date: Date,
        action: String,
    ) -> ProofEntry {
        let to = catalog
            .controller_for(platform, region)
            .map_or_else(|| platform.name.get(lang).to_string(), |c| c.name.clone());
        ProofEntry {
            date,
            platform: platform.id.clone(),
            platform_name: platform.name.get(lang).to_string(),
            action,
            to,
        }
    }
}

/// The record as plain text, one block per entry, with the reminder date of each.
pub fn proof_text(entries: &[ProofEntry], lang: Lang, today: Date) -> String {
    let mut out = match lang {
        Lang::De => format!(
            "Nachweis: Widersprüche gegen KI-Training\nErstellt am {}\n",
            long_date(today, lang)
        ),
        Lang::En => format!(
            "Record: objections to AI training\nMade on {}\n",
            long_date(today, lang)
        ),
    };
    if entries.is_empty() {
        out.push_str(match lang {
            Lang::De => "\nNoch keine Einträge.\n",
            Lang::En => "\nNo entries yet.\n",
        });
    }
    for e in entries {
        let due = long_date(e.date.add_months(1), lang);
        match lang {
            Lang::De => {
                out.push_str(&format!(
                "\n{} – {}\n  Was: {}\n  An: {}\n  Antwort fällig bis: {} (Art. 12 Abs. 3 DSGVO)\n",
                long_date(e.date, lang), e.platform_name, e.action, e.to, due
            ))
            }
            Lang::En => out.push_str(&format!(
                "\n{} – {}\n  What: {}\n  To: {}\n  Answer due by: {} (Art. 12(3) GDPR)\n",
                long_date(e.date, lang),
                e.platform_name,
                e.action,
                e.to,
                due
            )),
        }
    }
    out
}

/// The record as JSON (an array of objects with ISO dates), written without a JSON library
/// to keep the browser build small.
pub fn proof_json(entries: &[ProofEntry]) -> String {
    let items: Vec<String> = entries
        .iter()
        .map(|e| {
            format!(
                "  {{\"date\": {}, \"platform\": {}, \"platform_name\": {}, \"action\": {}, \"to\": {}, \"answer_due\": {}}}",
                json_string(&e.date.to_string()),
                json_string(&e.platform),
                json_string(&e.platform_name),
                json_string(&e.action),
                json_string(&e.to),
                json_string(&e.date.add_months(1).to_string())
            )
        })
        .collect();
    if items.is_empty() {
        "[]\n".to_string()
    } else {
        format!("[\n{}\n]\n", items.join(",\n"))
    }
}

/// A calendar with one all-day reminder per service, one month after its objection was sent,
/// each with an alarm at 9:00. UIDs come from the content, so importing twice does not
/// duplicate the entries.
pub fn reminder_ics(entries: &[ProofEntry], lang: Lang, today: Date) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//KI-Widerspruch//Reminder//DE".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
    ];
    let mut seen: Vec<&str> = Vec::new();
    for e in entries {
        if seen.contains(&e.platform.as_str()) {
            continue;
        }
        seen.push(&e.platform);
        let due = e.date.add_months(1);
        let uid_part: String = e
            .platform
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        let (summary, description) = match lang {
            Lang::De => (
                format!("Antwort auf Widerspruch prüfen ({})", e.platform_name),
                format!(
                    "Widerspruch vom {} an {}. Ein Monat ist vorbei (Art. 12 Abs. 3 DSGVO). Ohne Antwort: Erinnerung senden; bei Ablehnung: Antwort oder Beschwerde.",
                    long_date(e.date, lang),
                    e.to
                ),
            ),
            Lang::En => (
                format!("Check the answer to your objection ({})", e.platform_name),
                format!(
                    "Objection of {} to {}. A month has passed (Art. 12(3) GDPR). No answer: send a reminder; refused: reply or complain.",
                    long_date(e.date, lang),
                    e.to
                ),
            ),
        };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> ProofEntry {
        ProofEntry {
            date: Date::parse("2026-01-31").unwrap(),
            platform: "instagram".into(),
            platform_name: "Instagram".into(),
            action: "Formular \"Widerspruch\" gesendet".into(),
            to: "Meta Platforms Ireland Limited".into(),
        }
    }

    #[test]
    fn text_and_json_carry_dates_and_deadline() {
        let today = Date::parse("2026-02-01").unwrap();
        let t = proof_text(&[entry()], Lang::De, today);
        assert!(t.contains("31. Januar 2026 – Instagram"), "{t}");
        assert!(t.contains("Antwort fällig bis: 28. Februar 2026"), "{t}");
        let j = proof_json(&[entry()]);
        assert!(
            j.contains(r#""action": "Formular \"Widerspruch\" gesendet""#),
            "{j}"
        );
        assert!(j.contains(r#""answer_due": "2026-02-28""#), "{j}");
        assert_eq!(proof_json(&[]), "[]\n");
    }

    #[test]
    fn ics_has_one_event_per_service() {
        let today = Date::parse("2026-02-01").unwrap();
        let mut other = entry();
        other.platform = "linkedin".into();
        other.platform_name = "LinkedIn, Inc.; \"Test\"".into();
        let ics = reminder_ics(&[entry(), entry(), other], Lang::De, today);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(
            ics.matches("BEGIN:VEVENT").count(),
            2,
            "one per service, duplicates merged"
        );
        assert!(ics.contains("DTSTART;VALUE=DATE:20260228\r\n"));
        assert!(ics.contains("DTEND;VALUE=DATE:20260301\r\n"));
        assert!(
            ics.contains("SUMMARY:Antwort auf Widerspruch prüfen (LinkedIn\\, Inc.\\; \"Test\")"),
            "{ics}"
        );
        assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    }
}
