//! Text helpers: cleaning what people type, fitting texts into form limits, dates in words,
//! and the encodings the outputs need (mailto, JSON, iCalendar).

/// Makes typed text safe to put into a letter: no control characters, no invisible direction
/// overrides that could make a letter read differently than it is, no angle brackets (so no
/// output can ever be taken for markup). Emoji, accents and right-to-left scripts stay as they are.
pub fn clean(input: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        match c {
            '\n' if multiline => out.push('\n'),
            '\r' => {}
            '\t' | '\n' => out.push(' '),
            '<' => out.push('‹'),
            '>' => out.push('›'),
            // Bidirectional overrides and isolates, zero-width space, word joiner, BOM.
            '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200B}'
            | '\u{2060}'
            | '\u{FEFF}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    if multiline {
        let lines: Vec<&str> = out.lines().map(str::trim).collect();
        let mut joined = String::with_capacity(out.len());
        let mut blank = 0;
        for l in lines {
            if l.is_empty() {
                blank += 1;
                if blank > 1 {
                    continue;
                }
            } else {
                blank = 0;
            }
            if !joined.is_empty() {
                joined.push('\n');
            }
            joined.push_str(l);
        }
        joined.trim().to_string()
    } else {
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// Shortens `text` to at most `max` characters, preferring a sentence end, then a word end.
/// Returns the text and whether it was shortened.
pub fn fit(text: &str, max: Option<u32>) -> (String, bool) {
    let Some(max) = max.map(|m| m as usize) else {
        return (text.to_string(), false);
    };
    if text.chars().count() <= max {
        return (text.to_string(), false);
    }
    if max == 0 {
        return (String::new(), true);
    }
    // Byte index just after the `max`-th character.
    let limit = text.char_indices().nth(max).map_or(text.len(), |(i, _)| i);
    let head = &text[..limit];
    if let Some(cut) = sentence_end(head, text) {
        if cut * 2 >= head.len() {
            return (head[..cut].trim_end().to_string(), true);
        }
    }
    // Leave room for the ellipsis.
    let limit = text
        .char_indices()
        .nth(max - 1)
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..limit];
    let cut = head
        .rfind(char::is_whitespace)
        .filter(|&i| i > 0)
        .unwrap_or(head.len());
    (format!("{}…", head[..cut].trim_end()), true)
}

/// The byte index just after the last real sentence end in `head`: a `.`, `!` or `?` followed by
/// white space (or the end of `text`), and not after a short word or a number, so that "z. B.",
/// "Art. 21" or "23.11." are not taken for the end of a sentence.
fn sentence_end(head: &str, text: &str) -> Option<usize> {
    head.char_indices().rev().find_map(|(i, c)| {
        if !matches!(c, '.' | '!' | '?') {
            return None;
        }
        let after = i + c.len_utf8();
        let followed_by_space = text[after..].chars().next().is_none_or(char::is_whitespace);
        let word: String = head[..i]
            .chars()
            .rev()
            .take_while(|c| !c.is_whitespace())
            .collect();
        let real_word =
            word.chars().count() > 3 && !word.chars().any(|c| c.is_ascii_digit() || c == '.');
        (followed_by_space && (real_word || c != '.')).then_some(after)
    })
}

/// Percent-encoding for `mailto:` subject and body (RFC 6068): everything but unreserved
/// characters is encoded, line breaks become CRLF.
pub(crate) fn mailto_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    let normalised = s.replace("\r\n", "\n").replace('\n', "\r\n");
    for b in normalised.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Whether a text looks like an e-mail address: a gentle check for a hint, never a block.
pub fn looks_like_email(s: &str) -> bool {
    let s = s.trim();
    match s.split_once('@') {
        Some((user, host)) => {
            !user.is_empty()
                && !host.contains('@')
                && host.contains('.')
                && !host.starts_with('.')
                && !host.ends_with('.')
                && !s.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// A JSON string literal.
/// The first `words` words of a text as a file-name part in that text's language: "Rappel :
/// opposition du …" gives "rappel-opposition". ASCII letters are lower-cased; other letters stay.
pub fn file_slug(text: &str, words: usize) -> String {
    text.split(|c: char| {
        c.is_whitespace() || c.is_ascii_punctuation() || "«»“”„‘’‚‹›–—…".contains(c)
    })
    .filter(|w| !w.is_empty())
    .take(words)
    .map(str::to_ascii_lowercase)
    .collect::<Vec<_>>()
    .join("-")
}

pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Escaped so the JSON can also sit inside HTML or a script without ending it.
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// An iCalendar TEXT value (RFC 5545 §3.3.11).
pub(crate) fn ics_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds an iCalendar content line at 75 octets without splitting a character (RFC 5545 §3.1).
pub(crate) fn ics_fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_check_is_gentle_but_catches_typos() {
        for ok in ["anna@example.de", " a.b+c@mail.example.org "] {
            assert!(looks_like_email(ok), "{ok}");
        }
        for bad in [
            "a",
            "anna@",
            "anna@example",
            "@example.de",
            "a@b@c.de",
            "anna @example.de",
            "anna@example.",
        ] {
            assert!(!looks_like_email(bad), "{bad}");
        }
    }

    #[test]
    fn clean_removes_controls_overrides_and_markup() {
        assert_eq!(
            clean("  Anna\u{202E}\u{200B} <b>Muster</b>\t ", false),
            "Anna ‹b›Muster‹/b›"
        );
        assert_eq!(clean("a\r\n\n\n\nb\u{0007}", true), "a\n\nb");
        assert_eq!(clean("שלום 👋🏽 Zoë", false), "שלום 👋🏽 Zoë");
        // The zero-width joiner inside emoji sequences stays.
        assert_eq!(clean("👩\u{200D}💻", false), "👩\u{200D}💻");
    }

    #[test]
    fn fit_prefers_sentences_then_words() {
        assert_eq!(fit("Short.", Some(10)), ("Short.".into(), false));
        assert_eq!(
            fit("One three. Four five six.", Some(14)),
            ("One three.".into(), true)
        );
        // Abbreviations and numbers are not sentence ends.
        let (t, _) = fit(
            "Meine Kinder, z. B. Fotos nach Art. 21 sind betroffen.",
            Some(30),
        );
        assert!(t.ends_with('…'), "{t}");
        let (t, cut) = fit("alpha beta gamma delta", Some(12));
        assert!(cut && t.chars().count() <= 12, "{t}");
        assert_eq!(t, "alpha beta…");
        let (t, _) = fit("ääääääääää", Some(4));
        assert_eq!(t, "äää…");
        assert_eq!(fit("abc", None), ("abc".into(), false));
    }

    #[test]
    fn file_names_follow_the_letters_language() {
        assert_eq!(
            file_slug("Rappel : opposition du 2 décembre", 2),
            "rappel-opposition"
        );
        assert_eq!(
            file_slug("Widerspruch nach Art. 21 DSGVO", 2),
            "widerspruch-nach"
        );
        assert_eq!(file_slug("  «Éclair»: <b>x</b>", 3), "Éclair-b-x");
        assert_eq!(file_slug("", 2), "");
    }

    #[test]
    fn encodings() {
        assert_eq!(mailto_encode("Ä b&c\n"), "%C3%84%20b%26c%0D%0A");
        assert_eq!(
            json_string("a\"b\n</script>"),
            "\"a\\\"b\\n\\u003c/script\\u003e\""
        );
        assert_eq!(ics_escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let folded = ics_fold(&"ä".repeat(80));
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", ""), "ä".repeat(80));
    }
}
