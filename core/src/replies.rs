//! The reply assistant's core: the kinds of answers platforms send to an objection
//! (`data/replies.toml`) and [`classify`], which recognises a pasted answer by the phrases of
//! the rules. Plain normalised substring search, no regular expressions: linear in the length of
//! the text for a fixed rule set, and small in the browser build.

use crate::model::{Lang, Source, Text};
use serde::{Deserialize, Serialize};

/// The kinds of answer, in the order in which they win when a text has cues of several: a
/// refusal cue beats everything (a refusal taken for a confirmation would leave a person
/// unprotected), a limited confirmation beats a plain one, and a mere receipt comes last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum KindId {
    /// Refused, or "legitimate interest" maintained.
    Refused,
    /// "Your objection concerns another service or company."
    NotThisService,
    /// "Please use our form" (or the settings, or the logged-in area).
    UseForm,
    /// A copy of an ID or other proof of identity is asked for.
    IdentityRequested,
    /// Confirmed, but for less than was asked (public posts only, not AI interactions).
    ConfirmedNarrower,
    /// Confirmed, but only for use from now on.
    FutureOnly,
    /// The objection is confirmed.
    Confirmed,
    /// Only an automatic receipt or ticket number, no decision yet.
    AutoReceipt,
}

impl KindId {
    /// Every kind, strongest cue first (the order [`classify`] decides by).
    pub const ALL: [KindId; 8] = [
        KindId::Refused,
        KindId::NotThisService,
        KindId::UseForm,
        KindId::IdentityRequested,
        KindId::ConfirmedNarrower,
        KindId::FutureOnly,
        KindId::Confirmed,
        KindId::AutoReceipt,
    ];

    /// The kind with this id (`"use-form"`).
    pub fn from_id(id: &str) -> Option<KindId> {
        KindId::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The id written in `data/replies.toml`.
    pub fn id(self) -> &'static str {
        match self {
            KindId::Refused => "refused",
            KindId::NotThisService => "not-this-service",
            KindId::UseForm => "use-form",
            KindId::IdentityRequested => "identity-requested",
            KindId::ConfirmedNarrower => "confirmed-narrower",
            KindId::FutureOnly => "future-only",
            KindId::Confirmed => "confirmed",
            KindId::AutoReceipt => "auto-receipt",
        }
    }
}

/// What one kind of answer means, for the person who received it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Kind {
    pub id: KindId,
    /// The kind's name, as a choice when a person picks the answer instead of pasting it.
    pub label: Text,
    /// What the answer means, in plain words.
    pub meaning: Text,
    /// What the law says about it, with the article.
    pub law: Text,
    /// The name of the next step.
    pub next_step: Text,
}

/// Phrases that, in an answer, indicate one kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub kind: KindId,
    /// The language of the answers the phrases come from. Rules of every language are used
    /// for every answer: platforms often answer in English.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub lang: Lang,
    /// Lower-case phrases; matched ignoring case, accents, punctuation and line breaks, from
    /// the start of a word (`widerspruch` also finds «Widerspruchs»).
    pub phrases: Vec<String>,
    /// Ids of this file's `[[sources]]` that quote such answers, or `"realistic"` for a
    /// plausible wording no source quotes. The browser's data leaves them out.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// `data/replies.toml`: the kinds, the rules and the sources the rules cite.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Replies {
    #[serde(rename = "kind", default)]
    pub kinds: Vec<Kind>,
    #[serde(rename = "rule", default)]
    pub rules: Vec<Rule>,
    /// Where the quoted answers come from. The browser's data leaves them out.
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// The word a rule writes in `sources` for a wording no source quotes.
pub const REALISTIC: &str = "realistic";

impl Replies {
    pub fn kind(&self, id: KindId) -> Option<&Kind> {
        self.kinds.iter().find(|k| k.id == id)
    }
}

/// How sure a match is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    /// One phrase of the kind matched.
    Weak,
    /// Two or more different phrases of the kind matched.
    Strong,
}

/// What [`classify`] found in an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Classification<'a> {
    /// The kind; `None` when no rule matched ("not recognised").
    pub kind: Option<KindId>,
    pub certainty: Certainty,
    /// The phrases of `kind` found in the text, as the data writes them.
    pub matched: Vec<&'a str>,
    /// Other kinds whose phrases were also found, strongest first: alternatives to offer.
    pub others: Vec<KindId>,
}

/// A text for matching: lower case, accents and umlauts folded to their base letters, every
/// run of characters that are not letters or digits one space, with a space at both ends.
/// Lines quoted from an earlier message (starting with `>`) are left out. Soft hyphens,
/// zero-width and direction marks vanish, so they cannot split a word. Linear in the input.
/// Lower case for the letters of the tool's languages (ASCII, Latin-1, Latin Extended-A) without
/// the standard library's Unicode tables, which cost about 12 KB in the browser build.
fn lower(c: char) -> char {
    let n = u32::from(c);
    let down = match n {
        0x41..=0x5A => n + 32,
        0xC0..=0xDE if n != 0xD7 => n + 32,
        // Pairs upper/lower: even/odd here, odd/even in the other two ranges.
        0x100..=0x137 | 0x14A..=0x177 if n % 2 == 0 => n + 1,
        0x139..=0x148 | 0x179..=0x17E if n % 2 == 1 => n + 1,
        0x178 => 0xFF,
        _ => n,
    };
    char::from_u32(down).unwrap_or(c)
}

/// Part of a word: letters and digits of ASCII, and anything from Latin-1 letters on except
/// the punctuation blocks (« », dashes, quotes) and ×, ÷.
fn is_word(c: char) -> bool {
    match u32::from(c) {
        n if n < 0x80 => c.is_ascii_alphanumeric(),
        0xD7 | 0xF7 | 0x2000..=0x206F | 0x3000..=0x303F | 0xFE30..=0xFE4F | 0xFF00..=0xFF0F => {
            false
        }
        n => n >= 0xC0,
    }
}

pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    let mut line_start = true;
    let mut quoted = false;
    // Until where a markup tag is skipped (a byte index into `text`).
    let mut tag_end = 0;
    for (i, c) in text.char_indices() {
        if i < tag_end {
            continue;
        }
        if c == '<' {
            if let Some(end) = tag_len(&text[i..]) {
                tag_end = i + end;
                push_space(&mut out);
                continue;
            }
        }
        if c == '\n' || c == '\r' {
            line_start = true;
            quoted = false;
            push_space(&mut out);
            continue;
        }
        if line_start && !c.is_whitespace() {
            line_start = false;
            quoted = c == '>';
        }
        if quoted {
            continue;
        }
        {
            let l = lower(c);
            match l {
                // Combining accents (a decomposed «é»), soft hyphen, zero-width and direction marks.
                '\u{0300}'..='\u{036F}'
                | '\u{00AD}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2069}'
                | '\u{FEFF}' => {}
                'à'..='å' | 'ą' => out.push('a'),
                'æ' => out.push_str("ae"),
                'ç' | 'ć' | 'č' => out.push('c'),
                'è'..='ë' | 'ę' | 'ě' => out.push('e'),
                'ì'..='ï' => out.push('i'),
                'ñ' | 'ń' => out.push('n'),
                'ò'..='ö' | 'ø' => out.push('o'),
                'œ' => out.push_str("oe"),
                'ù'..='ü' => out.push('u'),
                'ý' | 'ÿ' => out.push('y'),
                'ß' => out.push_str("ss"),
                'ł' => out.push('l'),
                'ś' | 'š' => out.push('s'),
                'ź' | 'ż' | 'ž' => out.push('z'),
                l if is_word(l) => out.push(l),
                _ => push_space(&mut out),
            }
        }
    }
    push_space(&mut out);
    out
}

/// The length of a markup tag at the start of `s` (`<b>`, `</p>`, `<a href="…">`): a letter,
/// `/` or `!` after the `<`, and a `>` within 200 bytes on the same line. Bounded, so the
/// whole text stays linear; a lone `<` («a < b») is not a tag.
fn tag_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if !b
        .get(1)
        .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'/' || *c == b'!')
    {
        return None;
    }
    b.iter()
        .enumerate()
        .skip(1)
        .take(200)
        .find(|(_, c)| matches!(c, b'>' | b'<' | b'\n'))
        .filter(|(_, c)| **c == b'>')
        .map(|(p, _)| p + 1)
}

fn push_space(out: &mut String) {
    if !out.ends_with(' ') {
        out.push(' ');
    }
}

/// Recognises an answer: the kind of the strongest cue found (see [`KindId::ALL`]), how sure,
/// and which phrases. Any text is fine: markup, emoji, right-to-left scripts, control
/// characters; the work grows linearly with the text's length.
pub fn classify<'a>(text: &str, replies: &'a Replies) -> Classification<'a> {
    let text = normalise(text);
    let mut found: Vec<(KindId, &'a str)> = Vec::new();
    for rule in &replies.rules {
        for phrase in &rule.phrases {
            let p = normalise(phrase);
            // From the start of a word to anywhere: the text keeps a space before each word.
            let p = p.trim_end();
            if p.len() > 1
                && text.contains(p)
                && !found.iter().any(|(k, f)| *k == rule.kind && *f == phrase)
            {
                found.push((rule.kind, phrase));
            }
        }
    }
    let mut kinds = KindId::ALL
        .into_iter()
        .filter(|k| found.iter().any(|(f, _)| f == k));
    let kind = kinds.next();
    let matched: Vec<&str> = found
        .iter()
        .filter(|(k, _)| Some(*k) == kind)
        .map(|(_, p)| *p)
        .collect();
    Classification {
        kind,
        certainty: if matched.len() > 1 {
            Certainty::Strong
        } else {
            Certainty::Weak
        },
        matched,
        others: kinds.collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(list: &[(KindId, &str)]) -> Replies {
        Replies {
            rules: list
                .iter()
                .map(|(kind, p)| Rule {
                    kind: *kind,
                    lang: Lang::EN,
                    phrases: vec![p.to_string()],
                    sources: vec![],
                })
                .collect(),
            ..Replies::default()
        }
    }

    #[test]
    fn normalising_folds_case_accents_and_punctuation() {
        assert_eq!(
            normalise("Künftig BERÜCKSICHTIGT."),
            " kunftig berucksichtigt "
        );
        assert_eq!(normalise("d’ora in avanti"), " d ora in avanti ");
        assert_eq!(normalise("Wider\u{AD}spruch"), " widerspruch ");
        assert_eq!(normalise("e\u{301}te\u{301}"), " ete ");
        assert_eq!(normalise("Hallo\n> quoted line\nnext"), " hallo next ");
        assert_eq!(normalise("Łódź, Straße"), " lodz strasse ");
        assert_eq!(normalise("<p>We <b>will</b></p>a < b"), " we will a b ");
        assert_eq!(normalise(""), " ");
    }

    #[test]
    fn refusal_beats_confirmation_and_limits_beat_plain() {
        let r = rules(&[
            (KindId::Confirmed, "we will honour your objection"),
            (KindId::Refused, "legitimate interest"),
            (KindId::FutureOnly, "from now on"),
        ]);
        let c = classify(
            "We will honour your objection, but our legitimate interests remain.",
            &r,
        );
        assert_eq!(c.kind, Some(KindId::Refused));
        assert_eq!(c.others, vec![KindId::Confirmed]);
        let c = classify("We will honour your objection from now on.", &r);
        assert_eq!(c.kind, Some(KindId::FutureOnly));
        let c = classify("<p>We will <b>honour</b> your objection</p>", &r);
        assert_eq!(c.kind, Some(KindId::Confirmed));
        assert_eq!(c.matched, vec!["we will honour your objection"]);
        assert_eq!(c.certainty, Certainty::Weak);
        assert_eq!(classify("Nothing we know.", &r).kind, None);
        // A phrase matches from the start of a word, not inside one.
        assert_eq!(classify("xfrom now on", &r).kind, None);
    }
}
