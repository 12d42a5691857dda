//! The static pages in every language (build time only): the app's page with its first screen,
//! the 404 page, the embed configurator and the embed script are templates with `{{key}}` slots,
//! filled from `data/pages.toml` and `data/ui.toml`. So these pages carry no words of their own,
//! and a new language in `data/languages.toml` gets its pages without an edit here.
//!
//! Slots:
//! - `{{key}}`: the text `key` of `pages.toml` or `ui.toml`, HTML-escaped;
//! - `{{lang}}`, `{{language_name}}`: the page's language code and its name in itself;
//! - `{{#languages}}…{{/languages}}`: repeated once per language, in menu order; inside, texts
//!   are in that language, and `{{code}}`, `{{name}}`, `{{page}}` (its app page),
//!   `{{embed_page}}` (its configurator), `{{current}}` (`page` for the page's own language, else
//!   `false`, for `aria-current`) and `{{selected}}` (`selected` or empty, for `<option>`) describe it;
//! - anything the caller supplies as ready markup (`raw`), such as the list of services.

use crate::catalog::Catalog;
use crate::model::{Lang, Text};

/// The app's page of a language: the first language's is the site's start page.
pub fn page_file(catalog: &Catalog, lang: Lang) -> String {
    if catalog.languages.first().map(|l| l.code) == Some(lang) {
        "index.html".into()
    } else {
        format!("{}.html", lang.code())
    }
}

/// The link to the app's page of a language, relative to the site's root.
pub fn page_href(catalog: &Catalog, lang: Lang) -> String {
    match page_file(catalog, lang).as_str() {
        "index.html" => "./".into(),
        f => format!("./{f}"),
    }
}

/// The embed configurator's file in a language (`embed_file` in `ui.toml`).
pub fn embed_file(catalog: &Catalog, lang: Lang) -> String {
    format!(
        "{}.html",
        text(catalog, "embed_file").map_or("", |t| t.get(lang))
    )
}

/// Every static page of the site in every language, as (file name, content), from the
/// templates `index.html`, `configurator.html`, `404.html` and `embed.js` (as `template` reads
/// them by name). The first language's app page is `index.html`, the others' `<code>.html`.
pub fn site(
    catalog: &Catalog,
    template: &dyn Fn(&str) -> Result<String, String>,
) -> Result<Vec<(String, String)>, String> {
    let first = catalog.languages.first().ok_or("no language")?.code;
    let raw = |key: &str, lang: Lang| -> Option<String> {
        match key {
            "fallback_links" => Some(fallback_links(catalog, lang)),
            "services" => Some(services(catalog, lang)),
            // The app's page of the first language follows the browser; the others say theirs.
            "page_lang" => Some(if lang == first { "" } else { lang.code() }.to_string()),
            "frame_titles" => Some(frame_titles(catalog)),
            "steps" => Some(steps(catalog, lang)),
            // The start data of the page's language, fetched while the app's wasm loads. On the
            // first language's page, which follows the browser's language, a visitor whose
            // browser asks for another one fetches these 3 KB (gzip) in vain: accepted, as most
            // visitors of that page arrive from articles in its language.
            "start_data" => {
                let bytes = catalog.start_index().to_bytes_for(lang);
                Some(Catalog::file_name_for(&bytes, "index", lang))
            }
            _ => None,
        }
    };
    let mut out = Vec::new();
    let index = template("index.html")?;
    let configurator = template("configurator.html")?;
    for lang in catalog.languages.iter().map(|l| l.code) {
        out.push((
            page_file(catalog, lang),
            render(&index, "index.html", catalog, lang, &raw)?,
        ));
        out.push((
            embed_file(catalog, lang),
            render(
                &configurator,
                "static/configurator.html",
                catalog,
                lang,
                &raw,
            )?,
        ));
    }
    for name in ["404.html", "embed.js"] {
        let source = format!("static/{name}");
        out.push((
            name.to_string(),
            render(&template(name)?, &source, catalog, first, &raw)?,
        ));
    }
    Ok(out)
}

/// Without WebAssembly the page still lists where each form or setting is.
fn fallback_links(catalog: &Catalog, lang: Lang) -> String {
    let mut links = String::from("<ul class=\"fallback-links\">\n");
    for p in catalog
        .platforms
        .iter()
        .filter(|p| p.audience == crate::model::Audience::Account)
    {
        let link = p
            .routes
            .iter()
            .find_map(|r| r.link.clone().or_else(|| r.fallback_link.clone()));
        if let Some(url) = link.filter(|u| u.starts_with("https://")) {
            links.push_str(&format!(
                "  <li><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></li>\n",
                escape(&url),
                escape(p.name.get(lang))
            ));
        }
    }
    links.push_str("</ul>");
    links
}

/// The list of steps as the app shows it on the first screen (`src/ui/components/step_nav.rs`),
/// so that nothing moves when the app takes the static screen's place.
fn steps(catalog: &Catalog, lang: Lang) -> String {
    use crate::state::Step;
    let word = |key: &str| text(catalog, key).map_or("", |t| t.get(lang));
    let total = Step::JOURNEY.len().to_string();
    let items: String = Step::JOURNEY
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let first = i == 0;
            format!(
                "<li{}><a href=\"{}\"{}><span class=\"num\" aria-hidden=\"true\">{}</span><span class=\"label\">{}</span></a></li>",
                if first { " class=\"current\"" } else { "" },
                escape(&crate::route::route_hash(lang, *step, None)),
                if first { " aria-current=\"step\"" } else { "" },
                i + 1,
                escape(word(&format!("step_{}", i + 1))),
            )
        })
        .collect();
    format!(
        "<nav class=\"steps\" aria-label=\"{}\"><ol>{items}</ol></nav>",
        escape(&crate::ui_text::fill(word("step_of"), &["1", &total]))
    )
}

/// The configurator's choice of services, named in the page's language.
fn services(catalog: &Catalog, lang: Lang) -> String {
    catalog
        .platforms
        .iter()
        .map(|p| {
            let id = escape(&p.id);
            format!(
                "<div class=\"row check\"><input type=\"checkbox\" id=\"svc-{id}\" value=\"{id}\"><label for=\"svc-{id}\">{}</label></div>",
                escape(p.name.get(lang))
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `{"de": "…", "fr": "…"}`: the embedded frame's title in each language, for embed.js.
fn frame_titles(catalog: &Catalog) -> String {
    let title = text(catalog, "frame_title");
    let pairs: Vec<String> = catalog
        .languages
        .iter()
        .map(|l| {
            format!(
                "{}: {}",
                crate::text::json_string(l.code.code()),
                crate::text::json_string(title.map_or("", |t| t.get(l.code)))
            )
        })
        .collect();
    format!("{{{}}}", pairs.join(", "))
}

fn text<'a>(catalog: &'a Catalog, key: &str) -> Option<&'a Text> {
    catalog
        .pages
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, t)| t)
        .or_else(|| {
            crate::ui_text::UI_KEYS
                .iter()
                .position(|k| *k == key)
                .and_then(|i| catalog.ui.get(i))
        })
}

/// Text for HTML, in element content and in quoted attribute values.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Fills the template `template` (named `file` in messages) for the page language `lang`.
/// `raw(key, lang)` gives ready markup for slots only the caller knows. An unknown slot or an
/// unclosed block is an error naming the file, line and slot.
pub fn render(
    template: &str,
    file: &str,
    catalog: &Catalog,
    lang: Lang,
    raw: &dyn Fn(&str, Lang) -> Option<String>,
) -> Result<String, String> {
    const OPEN: &str = "{{#languages}}";
    const CLOSE: &str = "{{/languages}}";
    let mut out = String::new();
    let mut rest = template;
    let mut offset = 0;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&fill(
            &rest[..start],
            file,
            line_at(template, offset),
            catalog,
            lang,
            None,
            raw,
        )?);
        let inner_at = start + OPEN.len();
        let Some(len) = rest[inner_at..].find(CLOSE) else {
            return Err(format!(
                "{file}: line {}: `{OPEN}` is never closed with `{CLOSE}`",
                line_at(template, offset + start)
            ));
        };
        let inner = &rest[inner_at..inner_at + len];
        for l in &catalog.languages {
            out.push_str(&fill(
                inner,
                file,
                line_at(template, offset + inner_at),
                catalog,
                lang,
                Some(l.code),
                raw,
            )?);
        }
        let next = inner_at + len + CLOSE.len();
        offset += next;
        rest = &rest[next..];
    }
    out.push_str(&fill(
        rest,
        file,
        line_at(template, offset),
        catalog,
        lang,
        None,
        raw,
    )?);
    Ok(out)
}

fn line_at(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

/// Replaces the slots of one part; `each` is the language of a `{{#languages}}` round.
fn fill(
    part: &str,
    file: &str,
    first_line: usize,
    catalog: &Catalog,
    lang: Lang,
    each: Option<Lang>,
    raw: &dyn Fn(&str, Lang) -> Option<String>,
) -> Result<String, String> {
    let mut out = String::with_capacity(part.len());
    let mut rest = part;
    let mut consumed = 0;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let line = first_line + line_at(part, consumed + start) - 1;
        let Some(len) = rest[start + 2..].find("}}") else {
            return Err(format!("{file}: line {line}: `{{{{` without `}}}}`"));
        };
        let key = rest[start + 2..start + 2 + len].trim();
        let text_lang = each.unwrap_or(lang);
        let value = match (key, each) {
            ("lang", _) => Some(lang.code().to_string()),
            ("language_name", _) => catalog.language(lang).map(|l| escape(&l.name)),
            ("code", Some(l)) => Some(l.code().to_string()),
            ("name", Some(l)) => catalog.language(l).map(|x| escape(&x.name)),
            ("page", Some(l)) => Some(page_href(catalog, l)),
            ("embed_page", Some(l)) => Some(format!("./{}", embed_file(catalog, l))),
            ("current", Some(l)) => Some(if l == lang { "page" } else { "false" }.into()),
            ("selected", Some(l)) => Some(if l == lang { "selected" } else { "" }.into()),
            _ => {
                raw(key, text_lang).or_else(|| text(catalog, key).map(|t| escape(t.get(text_lang))))
            }
        };
        match value {
            Some(v) => out.push_str(&v),
            None => {
                return Err(format!(
                    "{file}: line {line}: unknown slot `{{{{{key}}}}}`: not in data/pages.toml or data/ui.toml{}",
                    if each.is_none() && ["code", "name", "page", "embed_page", "current", "selected"].contains(&key) {
                        " (it only works inside {{#languages}}…{{/languages}})"
                    } else {
                        ""
                    }
                ))
            }
        }
        let next = start + 2 + len + 2;
        consumed += next;
        rest = &rest[next..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    fn catalog() -> Catalog {
        let lang = |code: &str, name: &str| Language {
            code: Lang::from_code(code).unwrap(),
            name: name.into(),
            months: Vec::new(),
            date: String::new(),
            first: None,
            spelling: Vec::new(),
        };
        Catalog {
            languages: vec![lang("de", "Deutsch"), lang("fr", "Français")],
            pages: vec![
                (
                    "hello".into(),
                    Text::from_pairs(&[("de", "Hallo <Welt>"), ("fr", "Salut l'ami")]),
                ),
                (
                    "embed_file".into(),
                    Text::from_pairs(&[("de", "einbetten"), ("fr", "integrer")]),
                ),
            ],
            ..Catalog::default()
        }
    }

    fn none(_: &str, _: Lang) -> Option<String> {
        None
    }

    #[test]
    fn slots_are_filled_escaped_and_repeated_per_language() {
        let c = catalog();
        let fr = Lang::from_code("fr").unwrap();
        let page = render(
            "<html lang=\"{{lang}}\"><p>{{ hello }}</p>\n<ul>{{#languages}}<li><a href=\"{{page}}\" lang=\"{{code}}\" aria-current=\"{{current}}\">{{name}}: {{hello}}</a> {{embed_page}}</li>{{/languages}}</ul>{{list}}",
            "t.html",
            &c,
            fr,
            &|k, l| (k == "list").then(|| format!("<ol data-l=\"{}\"></ol>", l.code())),
        )
        .unwrap();
        assert_eq!(
            page,
            "<html lang=\"fr\"><p>Salut l&#39;ami</p>\n<ul><li><a href=\"./\" lang=\"de\" aria-current=\"false\">Deutsch: Hallo &lt;Welt&gt;</a> ./einbetten.html</li><li><a href=\"./fr.html\" lang=\"fr\" aria-current=\"page\">Français: Salut l&#39;ami</a> ./integrer.html</li></ul><ol data-l=\"fr\"></ol>"
        );
    }

    #[test]
    fn unknown_slots_and_open_blocks_name_file_and_line() {
        let c = catalog();
        let e = render("a\nb {{helo}}", "x.html", &c, Lang::DE, &none).unwrap_err();
        assert_eq!(
            e,
            "x.html: line 2: unknown slot `{{helo}}`: not in data/pages.toml or data/ui.toml"
        );
        let e = render("a\n\n{{#languages}}{{code}}", "x.html", &c, Lang::DE, &none).unwrap_err();
        assert!(
            e.starts_with("x.html: line 3: `{{#languages}}` is never closed"),
            "{e}"
        );
        let e = render(
            "{{#languages}}\n{{/languages}}\n{{code}}",
            "x.html",
            &c,
            Lang::DE,
            &none,
        )
        .unwrap_err();
        assert!(
            e.starts_with("x.html: line 3: unknown slot `{{code}}`"),
            "{e}"
        );
        assert!(e.contains("only works inside"), "{e}");
        let e = render(
            "{{#languages}}\n{{nope}}{{/languages}}",
            "x.html",
            &c,
            Lang::DE,
            &none,
        )
        .unwrap_err();
        assert!(e.starts_with("x.html: line 2:"), "{e}");
    }

    #[test]
    fn the_first_language_has_the_start_page() {
        let c = catalog();
        assert_eq!(page_file(&c, Lang::DE), "index.html");
        assert_eq!(page_href(&c, Lang::from_code("fr").unwrap()), "./fr.html");
        assert_eq!(
            embed_file(&c, Lang::from_code("fr").unwrap()),
            "integrer.html"
        );
    }
}
