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
