//! The editors' guide (`data/README.md`) and the program agree: the table of checks is the list
//! of [`Check`]s, word for word, so a new check cannot ship undocumented.

use kiw_core::validate::{Check, Severity};
use std::path::Path;

fn readme() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/README.md");
    std::fs::read_to_string(path).unwrap()
}

/// The rows of the first table whose header starts with `header`, as cells.
fn table(text: &str, header: &str) -> Vec<Vec<String>> {
    let start = text
        .find(header)
        .unwrap_or_else(|| panic!("data/README.md has no table `{header}`"));
    text[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            l.trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn the_readme_table_is_the_list_of_checks() {
    let rows = table(&readme(), "| Check | Kind | Meaning |");
    let documented: Vec<&str> = rows.iter().map(|r| r[0].trim_matches('`')).collect();
    let known: Vec<&str> = Check::ALL.iter().map(|c| c.id()).collect();
    assert_eq!(
        documented, known,
        "data/README.md section 11, column «Check»"
    );
    for (row, check) in rows.iter().zip(Check::ALL) {
        let kind = match check.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        assert_eq!(row[1], kind, "{check}");
        assert_eq!(
            row[2],
            check.help(),
            "{check}: the README's meaning differs from Check::help"
        );
    }
}

/// What the schemas, the editors' tools and the README say about the data files, all derived
/// from the model types (`core/src/schema.rs`).
#[cfg(feature = "schema")]
mod schema {
    use super::readme;
    use kiw_core::schema::{enum_values, field_names, schemas, to_file_text, FILES};
    use serde_json::Value;
    use std::path::{Path, PathBuf};

    fn repo() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    const REGENERATE: &str =
        "run `cargo run -p kiw-core --features schema --example write-schema` and commit data/schema/";

    #[test]
    fn the_schema_files_are_up_to_date() {
        for (file, schema) in schemas() {
            let path = repo().join("data/schema").join(file);
            let written = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                written == to_file_text(&schema),
                "data/schema/{file} differs from the model: {REGENERATE}"
            );
        }
        for entry in std::fs::read_dir(repo().join("data/schema"))
            .unwrap()
            .flatten()
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            assert!(
                FILES.iter().any(|(f, _)| *f == name),
                "data/schema/{name} is not generated: remove it"
            );
        }
    }

    /// The editors' tools find each schema for exactly the files it describes.
    #[test]
    fn taplo_knows_every_schema() {
        let text = std::fs::read_to_string(repo().join(".taplo.toml")).unwrap();
        let config: toml::Table = toml::from_str(&text).unwrap();
        let rules: Vec<(String, String)> = config["rule"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let include = r["include"].as_array().unwrap();
                assert_eq!(include.len(), 1, "{r}");
                (
                    r["schema"]["path"].as_str().unwrap().to_string(),
                    include[0].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let wanted: Vec<(String, String)> = FILES
            .iter()
            .map(|(f, glob)| (format!("data/schema/{f}"), glob.to_string()))
            .collect();
        assert_eq!(rules, wanted, ".taplo.toml");
    }

    /// A TOML file as a TOML tool hands it to a JSON Schema validator: dates become strings.
    fn as_json(v: toml::Value) -> Value {
        match v {
            toml::Value::String(s) => Value::String(s),
            toml::Value::Integer(i) => Value::from(i),
            toml::Value::Float(f) => Value::from(f),
            toml::Value::Boolean(b) => Value::Bool(b),
            toml::Value::Datetime(d) => Value::String(d.to_string()),
            toml::Value::Array(a) => Value::Array(a.into_iter().map(as_json).collect()),
            toml::Value::Table(t) => {
                Value::Object(t.into_iter().map(|(k, v)| (k, as_json(v))).collect())
            }
        }
    }

    fn read_toml(path: &Path) -> Value {
        let text = std::fs::read_to_string(path).unwrap();
        as_json(toml::Value::Table(toml::from_str(&text).unwrap()))
    }

    /// The data files each schema is for, from its glob (`dir/*.toml`, `dir/*/file.toml` or
    /// one file).
    fn files_for(glob: &str) -> Vec<PathBuf> {
        if let Some((dir, file)) = glob.split_once("/*/") {
            let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join(dir))
                .unwrap()
                .flatten()
                .map(|e| e.path().join(file))
                .filter(|p| p.exists())
                .collect();
            files.sort();
            return files;
        }
        match glob.strip_suffix("/*.toml") {
            Some(dir) => {
                let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join(dir))
                    .unwrap()
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                    .collect();
                files.sort();
                files
            }
            None => vec![repo().join(glob)],
        }
    }

    struct Validator {
        schemas: boon::Schemas,
        index: Vec<(&'static str, boon::SchemaIndex)>,
    }

    impl Validator {
        fn new() -> Validator {
            let mut schemas = boon::Schemas::new();
            let mut compiler = boon::Compiler::new();
            let mut index = Vec::new();
            for (file, schema) in kiw_core::schema::schemas() {
                let url = format!("https://kiw.invalid/{file}");
                compiler.add_resource(&url, schema).unwrap();
                index.push((file, compiler.compile(&url, &mut schemas).unwrap()));
            }
            Validator { schemas, index }
        }
        fn check(&self, file: &str, value: &Value) -> Result<(), String> {
            let (_, i) = self.index.iter().find(|(f, _)| *f == file).unwrap();
            self.schemas
                .validate(value, *i)
                .map_err(|e| format!("{e:#}"))
        }
    }

    /// An editor's tool must not mark a valid file as wrong.
    #[test]
    fn every_data_file_is_valid_under_its_schema() {
        let v = Validator::new();
        let mut checked = 0;
        for (file, glob) in FILES {
            for path in files_for(glob) {
                let value = read_toml(&path);
                if let Err(e) = v.check(file, &value) {
                    panic!("{}: {e}", path.display());
                }
                checked += 1;
            }
        }
        assert!(checked > 90, "{checked} files");
    }

    /// And it marks what the loader rejects: an unknown field, a missing one, a wrong value.
    #[test]
    fn the_schemas_reject_what_the_loader_rejects() {
        let v = Validator::new();
        let good = read_toml(&repo().join("data/platforms/facebook.toml"));
        let mut unknown = good.clone();
        unknown["futur_only"] = Value::Bool(true);
        let mut missing = good.clone();
        missing.as_object_mut().unwrap().remove("future_only");
        let mut wrong = good.clone();
        wrong["opt_out"] = Value::String("settings".into());
        let mut bad_date = good.clone();
        bad_date["key_dates"][0]["date"] = Value::String("23.11.2026".into());
        let mut written_id = good.clone();
        written_id["id"] = Value::String("facebook".into());
        for (what, value) in [
            ("unknown field", unknown),
            ("missing field", missing),
            ("wrong value", wrong),
            ("date not YYYY-MM-DD", bad_date),
            ("id written in the file", written_id),
        ] {
            assert!(
                v.check("platform.json", &value).is_err(),
                "{what} passes the schema"
            );
        }
        let mut ui = read_toml(&repo().join("data/ui.toml"));
        ui.as_object_mut().unwrap().insert(
            "no_such_key".into(),
            serde_json::json!({ "de": "x", "en": "x" }),
        );
        assert!(v.check("ui.json", &ui).is_err(), "unknown interface text");
    }

    /// data/README.md explains every field an editor can write and every fixed value, from the
    /// model itself: a new field cannot ship undocumented.
    #[test]
    fn the_readme_documents_every_field_of_the_model() {
        let readme = readme();
        let mut missing = std::collections::BTreeSet::new();
        for (file, schema) in schemas() {
            // The interface texts' keys are documented in ui.toml itself.
            if file == "ui.json" {
                continue;
            }
            for field in field_names(&schema) {
                let documented = [
                    format!("`{field}`"),
                    format!("`[[{field}]]`"),
                    format!("`[{field}]`"),
                    format!("[[{field}]]"),
                    // A sub-table, like `[[form.fields]]`.
                    format!(".{field}]]`"),
                ]
                .iter()
                .any(|n| readme.contains(n.as_str()));
                if !documented {
                    missing.insert(format!("field `{field}`"));
                }
            }
            for value in enum_values(&schema) {
                if !readme.contains(&format!("\"{value}\"")) {
                    missing.insert(format!("value \"{value}\""));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "data/README.md does not explain:\n{}",
            missing.into_iter().collect::<Vec<_>>().join("\n")
        );
    }
}
