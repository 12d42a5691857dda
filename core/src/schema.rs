//! JSON Schemas of the data files, generated from the model types, so that the schemas, the
//! loader and `data/README.md` can never describe different fields (tools and tests only).
//!
//! The schemas live in `data/schema/`; editors' TOML tools (Taplo, Even Better TOML) use them for
//! completion and checks while typing. Draft 7, because those tools understand it.

use crate::load::{CountriesFile, LanguagesFile, ReasonsFile, RegionsFile, WordsFile};
use crate::model::{Authority, Controller, Platform, Text};
use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// Each schema file in `data/schema/` and the data files it describes (a glob from the
/// repository's root, as in `.taplo.toml`).
pub const FILES: &[(&str, &str)] = &[
    ("platform.json", "data/platforms/*.toml"),
    ("controller.json", "data/controllers/*.toml"),
    ("authority.json", "data/authorities/*.toml"),
    ("regions.json", "data/regions.toml"),
    ("reasons.json", "data/reasons.toml"),
    ("ui.json", "data/ui.toml"),
    ("languages.json", "data/languages.toml"),
    ("countries.json", "data/countries.toml"),
    ("words.json", "data/templates/*/words.toml"),
    ("pages.json", "data/pages.toml"),
    ("replies.json", "data/replies.toml"),
];

fn root<T: JsonSchema>(title: &str) -> Value {
    let mut v: Value = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>()
        .into();
    v["title"] = json!(title);
    v
}

/// The interface texts: exactly the keys the app asks for, each a text in every language.
fn ui() -> Value {
    let text = root::<Text>("Text");
    let properties: serde_json::Map<String, Value> = crate::ui_text::UI_KEYS
        .iter()
        .map(|k| (k.to_string(), json!({ "$ref": "#/definitions/Text" })))
        .collect();
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "Interface texts (data/ui.toml)",
        "type": "object",
        "properties": properties,
        "required": crate::ui_text::UI_KEYS,
        "additionalProperties": false,
        "definitions": {
            "Text": {
                "description": text["description"],
                "type": "object",
                "patternProperties": text["patternProperties"],
                "additionalProperties": false,
                "minProperties": text["minProperties"],
            }
        }
    })
}

/// The static pages' words: any key (the page templates decide), each a text in every language.
fn pages() -> Value {
    let text = root::<Text>("Text");
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "Words of the static pages (data/pages.toml)",
        "type": "object",
        "additionalProperties": { "$ref": "#/definitions/Text" },
        "definitions": {
            "Text": {
                "description": text["description"],
                "type": "object",
                "patternProperties": text["patternProperties"],
                "additionalProperties": false,
                "minProperties": text["minProperties"],
            }
        }
    })
}

/// Every schema, by its file name in `data/schema/` (the order of [`FILES`]).
pub fn schemas() -> Vec<(&'static str, Value)> {
    FILES
        .iter()
        .map(|(file, _)| {
            let schema = match *file {
                "platform.json" => root::<Platform>("A platform (data/platforms/<id>.toml)"),
                "controller.json" => root::<Controller>("A company (data/controllers/<id>.toml)"),
                "authority.json" => {
                    root::<Authority>("A supervisory authority (data/authorities/<id>.toml)")
                }
                "regions.json" => root::<RegionsFile>("Countries and states (data/regions.toml)"),
                "reasons.json" => root::<ReasonsFile>("Reasons (data/reasons.toml)"),
                "languages.json" => root::<LanguagesFile>("Languages (data/languages.toml)"),
                "countries.json" => root::<CountriesFile>("Countries (data/countries.toml)"),
                "words.json" => root::<WordsFile>(
                    "Short pieces of letters (data/templates/<language>/words.toml)",
                ),
                "pages.json" => pages(),
                "replies.json" => root::<crate::replies::Replies>(
                    "Answers of platforms and the rules that recognise them (data/replies.toml)",
                ),
                _ => ui(),
            };
            (*file, schema)
        })
        .collect()
}

/// A schema as it is written to its file: two-space indentation and a final newline.
pub fn to_file_text(schema: &Value) -> String {
    let mut s = serde_json::to_string_pretty(schema).expect("a JSON value always serialises");
    s.push('\n');
    s
}

/// Every field name a schema allows, at any depth (the names editors write in the files).
pub fn field_names(schema: &Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    walk(schema, &mut |v| {
        if let Some(props) = v.get("properties").and_then(Value::as_object) {
            out.extend(props.keys().cloned());
        }
    });
    out
}

/// Every fixed value a schema allows for a field (`"objection-form"`, `"gdpr"`, …).
pub fn enum_values(schema: &Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    walk(schema, &mut |v| {
        if let Some(c) = v.get("const").and_then(Value::as_str) {
            out.insert(c.to_string());
        }
        for e in v
            .get("enum")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            out.extend(e.as_str().map(str::to_string));
        }
    });
    out
}

fn walk(v: &Value, f: &mut impl FnMut(&Value)) {
    f(v);
    match v {
        Value::Object(m) => m.values().for_each(|c| walk(c, f)),
        Value::Array(a) => a.iter().for_each(|c| walk(c, f)),
        _ => {}
    }
}
