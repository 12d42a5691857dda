//! Reads the human-written files in `data/` into a [`Catalog`] (build time and native tests only).

use crate::catalog::{Catalog, TemplateEntry, TemplateKind, Words};
use crate::model::{Country, Lang, Language, Reason, Region};
use crate::template::{parse_segments, parse_template};
use crate::validate::{Check, Finding, Severity};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(crate) struct ReasonsFile {
    pub(crate) reason: Vec<Reason>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(crate) struct RegionsFile {
    pub(crate) region: Vec<Region>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(crate) struct LanguagesFile {
    pub(crate) language: Vec<Language>,
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(crate) struct CountriesFile {
    pub(crate) country: Vec<Country>,
}

/// `templates/<lang>/words.toml` as written; the two account lines are parsed after reading.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(crate) struct WordsFile {
    missing_name: String,
    missing_address: String,
    missing_email: String,
    missing_residence: String,
    missing_sent_on: String,
    missing_authority: String,
    missing_workspace: String,
    missing_account: String,
    account: String,
    user_label: String,
    workspace_account: String,
    no_account: String,
    workspace_owner: String,
    /// The letter's date line, with `{today}`.
    date_line: String,
}

fn error(check: Check, file: &str, field: &str, message: String) -> Finding {
    Finding::new(check, file, field, message)
}

/// TOML dates (`2026-11-23` without quotes) become strings, so editors may write either form.
fn dates_to_strings(v: toml::Value) -> toml::Value {
    match v {
        toml::Value::Datetime(d) => toml::Value::String(d.to_string()),
        toml::Value::Array(a) => toml::Value::Array(a.into_iter().map(dates_to_strings).collect()),
        toml::Value::Table(t) => toml::Value::Table(
            t.into_iter()
                .map(|(k, v)| (k, dates_to_strings(v)))
                .collect(),
        ),
        other => other,
    }
}

/// Parses one TOML text into `T`, naming the exact field on failure.
fn parse_toml<T: DeserializeOwned>(text: &str, file: &str) -> Result<T, Finding> {
    let value: toml::Value = toml::from_str::<toml::Table>(text)
        .map(toml::Value::Table)
        .map_err(|e| {
            error(
                Check::TomlSyntax,
                file,
                "(file)",
                e.to_string().trim().replace('\n', " "),
            )
        })?;
    serde_path_to_error::deserialize(dates_to_strings(value)).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." {
            "(top level)".to_string()
        } else {
            path
        };
        let mut inner = e.into_inner().to_string();
        // The old check date claimed a check nobody made; say where it went.
        if inner.contains("unknown field `last_verified`") {
            inner.push_str(". `last_verified` was replaced: the app now shows the newest source date, and `live_checked` only for a real check in the app or on the website (data/README.md, section 4)");
        }
        let check = if inner.contains("unknown field") {
            Check::UnknownField
        } else if inner.contains("missing field") {
            Check::MissingField
        } else {
            Check::FieldType
        };
        error(check, file, &field, inner)
    })
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Every `*.toml` file of a folder, sorted by name, as (id, text).
fn records(dir: &Path, findings: &mut Vec<Finding>, folder: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            findings.push(error(
                Check::FolderMissing,
                folder,
                "(folder)",
                e.to_string(),
            ));
            return out;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let Some(id) = name.strip_suffix(".toml") else {
            findings.push(error(
                Check::FileName,
                &format!("{folder}/{name}"),
                "(file name)",
                "only .toml files belong here".into(),
            ));
            continue;
        };
        match read(&path) {
            Ok(text) => out.push((id.to_string(), text)),
            Err(e) => findings.push(error(
                Check::FileRead,
                &format!("{folder}/{name}"),
                "(file)",
                e,
            )),
        }
    }
    out.sort();
    out
}

/// Loads `data/` into a catalogue. All problems of all files are returned, not just the first;
/// run [`crate::validate::validate`] on the result for the checks beyond parsing.
pub fn load_dir(data: &Path) -> (Catalog, Vec<Finding>) {
    let mut findings = Vec::new();
    let mut platforms: Vec<crate::model::Platform> = load_records(data, "platforms", &mut findings);
    // People find their service faster when the most used come first.
    platforms.sort_by(|a, b| (a.rank, &a.id).cmp(&(b.rank, &b.id)));
    let languages: Vec<Language> =
        load_file::<LanguagesFile>(data, "languages.toml", &mut findings)
            .map(|l| l.language)
            .unwrap_or_default();
    let langs: Vec<Lang> = languages.iter().map(|l| l.code).collect();
    let catalog = Catalog {
        languages,
        platforms,
        controllers: load_records(data, "controllers", &mut findings),
        authorities: load_records(data, "authorities", &mut findings),
        reasons: load_file::<ReasonsFile>(data, "reasons.toml", &mut findings)
            .map(|r| {
                r.reason
                    .into_iter()
                    .map(|r| parse_reason(r, &langs))
                    .collect()
            })
            .unwrap_or_default(),
        regions: load_file::<RegionsFile>(data, "regions.toml", &mut findings)
            .map(|r| r.region)
            .unwrap_or_default(),
        // Optional: a test dataset may have no company outside the regions.
        countries: if data.join("countries.toml").exists() {
            load_file::<CountriesFile>(data, "countries.toml", &mut findings)
                .map(|c| c.country)
                .unwrap_or_default()
        } else {
            Vec::new()
        },
        ui: load_ui(data, &mut findings),
        // Optional like countries.toml: the letters' test data has no replies.
        replies: if data.join("replies.toml").exists() {
            load_file::<crate::replies::Replies>(data, "replies.toml", &mut findings)
                .unwrap_or_default()
        } else {
            Default::default()
        },
        // Optional like countries.toml: the letters' test data has no pages.
        pages: if data.join("pages.toml").exists() {
            load_file::<std::collections::BTreeMap<String, crate::model::Text>>(
                data,
                "pages.toml",
                &mut findings,
            )
            .map(|m| m.into_iter().collect())
            .unwrap_or_default()
        } else {
            Vec::new()
        },
        templates: load_templates(data, &langs, &mut findings),
        words: langs
            .iter()
            .filter_map(|&l| load_words(data, l, &mut findings))
            .collect(),
    };
    (catalog, findings)
}

/// A reason with its texts parsed for the letters (a text that does not parse is reported by
/// validation and left out here).
fn parse_reason(mut r: crate::model::Reason, langs: &[Lang]) -> crate::model::Reason {
    r.parsed = langs
        .iter()
        .filter_map(|&lang| {
            Some(crate::model::ParsedReason {
                lang,
                short: parse_segments(r.short.get(lang).trim(), 1).ok()?,
                paragraph: parse_segments(r.paragraph.get(lang).trim(), 1).ok()?,
            })
        })
        .collect();
    r
}

/// The records of a folder with one file per record, each given its id and "sources dated".
fn load_records<T: DeserializeOwned + HasId>(
    data: &Path,
    folder: &str,
    findings: &mut Vec<Finding>,
) -> Vec<T> {
    let mut out = Vec::new();
    for (id, text) in records(&data.join(folder), findings, folder) {
        let file = format!("{folder}/{id}.toml");
        let mut rec: T = match parse_toml(&text, &file) {
            Ok(rec) => rec,
            Err(f) => {
                findings.push(f);
                continue;
            }
        };
        if let Some(written) = set_id(&mut rec, &id) {
            findings.push(error(
                Check::IdInFile,
                &file,
                "id",
                format!("do not write `id = \"{written}\"`: the id is the file name (`{id}`)"),
            ));
        }
        if set_sources_dated(&mut rec) {
            findings.push(error(
                Check::ComputedInFile,
                &file,
                "sources_dated",
                "do not write `sources_dated`: it is the newest date among the `[[sources]]`, computed when the data is read".into(),
            ));
        }
        out.push(rec);
    }
    out
}

/// One file that holds a whole list (`reasons.toml`, `regions.toml`).
fn load_file<T: DeserializeOwned>(
    data: &Path,
    file: &str,
    findings: &mut Vec<Finding>,
) -> Option<T> {
    let parsed = read(&data.join(file))
        .map_err(|e| error(Check::FileRead, file, "(file)", e))
        .and_then(|t| parse_toml::<T>(&t, file));
    parsed.map_err(|f| findings.push(f)).ok()
}

/// The interface texts in `ui_text::UI_KEYS` order; a missing or unknown key is a finding.
fn load_ui(data: &Path, findings: &mut Vec<Finding>) -> Vec<crate::model::Text> {
    type Texts = std::collections::BTreeMap<String, crate::model::Text>;
    let Some(mut map) = load_file::<Texts>(data, "ui.toml", findings) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for key in crate::ui_text::UI_KEYS {
        match map.remove(*key) {
            Some(text) => out.push(text),
            None => findings.push(error(
                Check::UiMissing,
                "ui.toml",
                key,
                "this interface text is missing".into(),
            )),
        }
    }
    for key in map.keys() {
        findings.push(error(
            Check::UnknownField,
            "ui.toml",
            key,
            "not a key the interface uses (see core/src/ui_text.rs)".into(),
        ));
    }
    out
}

/// The short pieces of letters of one language, the account lines parsed.
fn load_words(data: &Path, lang: Lang, findings: &mut Vec<Finding>) -> Option<Words> {
    let file = format!("templates/{}/words.toml", lang.code());
    if !data.join(&file).exists() {
        // Reported by validation ("template-missing") with the file's name.
        return None;
    }
    let w = load_file::<WordsFile>(data, &file, findings)?;
    let mut line = |field: &str, text: &str| match parse_segments(text, 1) {
        Ok(seg) => seg,
        Err(e) => {
            findings.push(error(Check::TemplateParse, &file, field, e.to_string()));
            Vec::new()
        }
    };
    let account = line("account", &w.account);
    let workspace_account = line("workspace_account", &w.workspace_account);
    let date_line = line("date_line", &w.date_line);
    Some(Words {
        lang,
        missing_name: w.missing_name,
        missing_address: w.missing_address,
        missing_email: w.missing_email,
        missing_residence: w.missing_residence,
        missing_sent_on: w.missing_sent_on,
        missing_authority: w.missing_authority,
        missing_workspace: w.missing_workspace,
        missing_account: w.missing_account,
        account,
        user_label: w.user_label,
        workspace_account,
        no_account: w.no_account,
        workspace_owner: w.workspace_owner,
        date_line,
    })
}

/// Every template of every language, parsed (an unknown placeholder is a finding here).
fn load_templates(data: &Path, langs: &[Lang], findings: &mut Vec<Finding>) -> Vec<TemplateEntry> {
    let mut out = Vec::new();
    for &lang in langs {
        let dir = data.join("templates").join(lang.code());
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut names: Vec<String> = entries
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            // words.toml holds the short pieces of letters; it is read with the language.
            .filter(|n| !n.starts_with('.') && n != "words.toml")
            .collect();
        names.sort();
        for name in names {
            let file = format!("templates/{}/{name}", lang.code());
            let Some(kind) = name.strip_suffix(".txt").and_then(TemplateKind::from_file) else {
                let known: Vec<String> = TemplateKind::ALL
                    .iter()
                    .map(|k| format!("{}.txt", k.file()))
                    .collect();
                findings.push(error(
                    Check::TemplateName,
                    &file,
                    "(file name)",
                    format!("not a known template; known: {}", known.join(", ")),
                ));
                continue;
            };
            match read(&dir.join(&name)).and_then(|t| parse_template(&t).map_err(|e| e.to_string()))
            {
                Ok(template) => out.push(TemplateEntry {
                    lang,
                    kind,
                    template,
                }),
                Err(e) => findings.push(error(Check::TemplateParse, &file, "(text)", e)),
            }
        }
    }
    out
}

/// Records carry their id from the file name, so the two can never disagree, and their
/// "sources dated" from their sources, so that date can never claim more than the sources say.
trait HasId {
    fn id_mut(&mut self) -> &mut String;
    fn dates_mut(&mut self) -> (&[crate::model::Source], &mut Option<crate::date::Date>);
}
macro_rules! has_id {
    ($($ty:ty),*) => {$(
        impl HasId for $ty {
            fn id_mut(&mut self) -> &mut String {
                &mut self.id
            }
            fn dates_mut(&mut self) -> (&[crate::model::Source], &mut Option<crate::date::Date>) {
                (&self.sources, &mut self.sources_dated)
            }
        }
    )*};
}
has_id!(
    crate::model::Platform,
    crate::model::Controller,
    crate::model::Authority
);
/// Computes `sources_dated`; returns whether the file (wrongly) wrote one.
fn set_sources_dated<T: HasId>(rec: &mut T) -> bool {
    let (sources, dated) = rec.dates_mut();
    let newest = crate::freshness::newest_source_date(sources);
    core::mem::replace(dated, newest).is_some()
}
/// Sets the id; returns an id that was (wrongly) written in the file.
fn set_id<T: HasId>(rec: &mut T, id: &str) -> Option<String> {
    let written = core::mem::replace(rec.id_mut(), id.to_string());
    (!written.is_empty()).then_some(written)
}
/// Loads and validates: the catalogue if there is no error, otherwise the full report.
pub fn load_and_validate(
    data: &Path,
    today: crate::date::Date,
) -> Result<(Catalog, Vec<Finding>), Vec<Finding>> {
    let (catalog, mut findings) = load_dir(data);
    let parse_failed = findings.iter().any(|f| f.severity == Severity::Error);
    // Cross-file checks on a partial catalogue would only add noise about missing records.
    if !parse_failed {
        findings.extend(crate::validate::validate(&catalog, today));
    }
    if findings.iter().any(|f| f.severity == Severity::Error) {
        Err(findings)
    } else {
        Ok((catalog, findings))
    }
}
