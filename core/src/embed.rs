//! Embedding options from the page address (`?services=facebook&lang=en&theme=dark…`), set by a
//! host page. Every value is checked; anything unknown or malformed is ignored with a note.

use crate::model::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the visitor's system setting.
    #[default]
    Auto,
    Light,
    Dark,
}

/// What a host page asked for. The defaults are the stand-alone site.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Embed {
    /// Services to preselect (known ids only, no duplicates).
    pub services: Vec<String>,
    pub lang: Option<Lang>,
    pub theme: Theme,
    /// Accent colour as `#rrggbb`, and the text colour that reads on it (`#000000` or `#ffffff`).
    pub accent: Option<(String, String)>,
    /// Tighter spacing for narrow columns.
    pub compact: bool,
    /// Hide the site's own header and footer (the host page has its own).
    pub hide_chrome: bool,
}

/// At most this many characters of a query are read; the rest is ignored.
const MAX_QUERY: usize = 2_000;

/// Reads `?a=b&c=d` (with or without the `?`). `is_service` tells which ids exist.
/// Returns the options and one note per ignored part (for the console, never shown raw).
pub fn parse_query(query: &str, is_service: &dyn Fn(&str) -> bool) -> (Embed, Vec<String>) {
    let mut e = Embed::default();
    let mut notes = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    let query = match query.char_indices().nth(MAX_QUERY) {
        Some((i, _)) => {
            notes.push("query too long: the rest is ignored".to_string());
            &query[..i]
        }
        None => query,
    };
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(value) = percent_decode(raw) else {
            notes.push(format!(
                "parameter `{}`: malformed value ignored",
                safe(key)
            ));
            continue;
        };
        let value = value.trim();
        match key {
            "services" | "service" => {
                for id in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    if is_service(id) && crate::validate::is_id(id) {
                        if !e.services.iter().any(|s| s == id) {
                            e.services.push(id.to_string());
                        }
                    } else {
                        notes.push(format!("unknown service `{}` ignored", safe(id)));
                    }
                }
            }
            "lang" => match Lang::from_code(value) {
                Some(l) => e.lang = Some(l),
                None => notes.push(format!("unknown language `{}` ignored", safe(value))),
            },
            "theme" => match value {
                "auto" => e.theme = Theme::Auto,
                "light" => e.theme = Theme::Light,
                "dark" => e.theme = Theme::Dark,
                _ => notes.push(format!("unknown theme `{}` ignored", safe(value))),
            },
            "accent" => match parse_colour(value) {
                Some(rgb) => e.accent = Some((hex(rgb), readable_text_on(rgb).to_string())),
                None => notes.push(format!(
                    "accent `{}` is not a colour like 0b5cad, ignored",
                    safe(value)
                )),
            },
            "compact" => match flag(value) {
                Some(b) => e.compact = b,
                None => notes.push("compact must be 1 or 0".to_string()),
            },
            "chrome" => match flag(value) {
                Some(b) => e.hide_chrome = !b,
                None => notes.push("chrome must be 1 or 0".to_string()),
            },
            // Present in links made by older snippets; nothing to do.
            "embed" => {}
            other => notes.push(format!("unknown parameter `{}` ignored", safe(other))),
        }
    }
    (e, notes)
}

/// A short, printable version of untrusted text for console notes.
fn safe(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || "-_.,".contains(*c))
        .take(40)
        .collect()
}

fn flag(v: &str) -> Option<bool> {
    match v {
        "1" | "true" | "yes" | "" => Some(true),
        "0" | "false" | "no" => Some(false),
        _ => None,
    }
}

/// Decodes `%xx` and `+`; `None` for broken escapes or invalid UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let mut out = Vec::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hexpair = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hexpair, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

fn parse_colour(v: &str) -> Option<[u8; 3]> {
    let v = v.strip_prefix('#').unwrap_or(v);
    let digits: Vec<u8> = v
        .chars()
        .map(|c| c.to_digit(16).and_then(|d| u8::try_from(d).ok()))
        .collect::<Option<_>>()?;
    match digits.as_slice() {
        [r, g, b] => Some([r * 17, g * 17, b * 17]),
        [r1, r2, g1, g2, b1, b2] => Some([r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2]),
        _ => None,
    }
}

fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// `x` to the power 2.4 for `x` in (0, 1]: `x² · (x^⅕)²`, the fifth root by Newton's method
/// from `x^¼`. `f64::powf` would pull a general power function of some kilobytes into the
/// browser build for this one use.
fn pow_2_4(x: f64) -> f64 {
    let mut y = x.sqrt().sqrt();
    for _ in 0..6 {
        let y4 = y * y * y * y;
        y -= (y4 * y - x) / (5.0 * y4);
    }
    x * x * y * y
}

/// WCAG relative luminance.
fn luminance(rgb: [u8; 3]) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2])
}

/// White or black, whichever contrasts more with the accent (one always reaches 4.5:1).
fn readable_text_on(rgb: [u8; 3]) -> &'static str {
    let l = luminance(rgb);
    let with_white = 1.05 / (l + 0.05);
    let with_black = (l + 0.05) / 0.05;
    if with_white >= with_black {
        "#ffffff"
    } else {
        "#000000"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(id: &str) -> bool {
        ["facebook", "instagram"].contains(&id)
    }

    #[test]
    fn the_power_matches_the_standard_library() {
        for i in 1..=255u8 {
            let x = (f64::from(i) / 255.0 + 0.055) / 1.055;
            assert!((pow_2_4(x) - x.powf(2.4)).abs() < 1e-12, "{i}");
        }
    }

    #[test]
    fn reads_every_option() {
        let (e, notes) = parse_query("?services=facebook,instagram,facebook&lang=en&theme=dark&accent=%23aa0000&compact=1&chrome=0", &known);
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(e.services, ["facebook", "instagram"]);
        assert_eq!(e.lang, Some(Lang::EN));
        assert_eq!(e.theme, Theme::Dark);
        assert_eq!(e.accent, Some(("#aa0000".into(), "#ffffff".into())));
        assert!(e.compact && e.hide_chrome);
    }

    #[test]
    fn ignores_nonsense_with_a_note() {
        let (e, notes) = parse_query(
            "services=<script>,tiktok&lang=x1&theme=neon&accent=red&compact=maybe&x=%zz&%E2%82=1",
            &known,
        );
        assert_eq!(e, Embed::default());
        assert_eq!(notes.len(), 8, "{notes:?}");
        assert!(notes.iter().all(|n| !n.contains('<')), "{notes:?}");
    }

    #[test]
    fn light_accents_get_dark_text() {
        assert_eq!(readable_text_on([255, 230, 0]), "#000000");
        assert_eq!(readable_text_on([11, 92, 173]), "#ffffff");
        assert_eq!(parse_colour("fff"), Some([255, 255, 255]));
        assert_eq!(parse_colour("12345"), None);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for q in [
            "",
            "?",
            "&&&",
            "=",
            "a",
            "%",
            "%4",
            "services=,,,",
            "accent=%23",
            &"x=1&".repeat(2000),
            "lang=%C3%28",
        ] {
            let _ = parse_query(q, &known);
        }
    }
}
