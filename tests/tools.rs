//! One version of each build tool, and one gate before every deploy: scripts/versions.env is the
//! only place that names the tools' versions, and every other file that needs them agrees with it;
//! the workflow that publishes the site cannot do so without the full test run.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn read(file: &str) -> String {
    std::fs::read_to_string(root().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The `KEY=value` lines of scripts/versions.env (bash sources the same file).
fn versions() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for line in read("scripts/versions.env").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (k, v) = line
            .split_once('=')
            .unwrap_or_else(|| panic!("versions.env: `{line}` is not KEY=value"));
        assert!(
            !v.contains(['"', '\'', ' ', '$']),
            "versions.env: `{line}`: a plain value, no quotes or expansions"
        );
        out.insert(k.to_string(), v.to_string());
    }
    out
}

fn version(key: &str) -> String {
    versions()
        .remove(key)
        .unwrap_or_else(|| panic!("scripts/versions.env has no {key}"))
}

#[test]
fn versions_env_names_every_tool() {
    let v = versions();
    let keys: Vec<&str> = v.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "BINARYEN_VERSION",
            "NODE_MAJOR",
            "TRUNK_VERSION",
            "WASM_BINDGEN_VERSION"
        ]
    );
}

#[test]
fn trunk_uses_the_pinned_tools() {
    let trunk: toml::Table = toml::from_str(&read("Trunk.toml")).unwrap();
    let tools = trunk["tools"].as_table().expect("Trunk.toml has [tools]");
    assert_eq!(
        tools["wasm_bindgen"].as_str(),
        Some(version("WASM_BINDGEN_VERSION").as_str()),
        "Trunk.toml [tools] wasm_bindgen"
    );
    assert_eq!(
        tools["wasm_opt"].as_str(),
        Some(format!("version_{}", version("BINARYEN_VERSION")).as_str()),
        "Trunk.toml [tools] wasm_opt"
    );
}

#[test]
fn package_json_uses_the_pinned_tools() {
    let pkg: serde_json::Value = serde_json::from_str(&read("package.json")).unwrap();
    let binaryen = pkg["devDependencies"]["binaryen"].as_str().unwrap_or("");
    assert_eq!(
        binaryen.split('.').next(),
        Some(version("BINARYEN_VERSION").as_str()),
        "package.json binaryen {binaryen}"
    );
    assert_eq!(
        pkg["engines"]["node"].as_str(),
        Some(format!(">={}", version("NODE_MAJOR")).as_str()),
        "package.json engines.node"
    );
    let lock: serde_json::Value = serde_json::from_str(&read("package-lock.json")).unwrap();
    assert_eq!(
        lock["packages"][""]["engines"], pkg["engines"],
        "package-lock.json is out of date: npm install --package-lock-only"
    );
}

/// Cargo's own answer, not a text search in Cargo.lock.
#[test]
fn the_wasm_bindgen_library_matches_the_cli() {
    let out = std::process::Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--locked",
            "--offline",
            "--filter-platform",
            "wasm32-unknown-unknown",
        ])
        .current_dir(root())
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let packages = meta["packages"].as_array().unwrap();
    let locked: Vec<&str> = packages
        .iter()
        .filter(|p| p["name"] == "wasm-bindgen")
        .filter_map(|p| p["version"].as_str())
        .collect();
    let wanted = version("WASM_BINDGEN_VERSION");
    assert_eq!(locked, [wanted.as_str()], "wasm-bindgen in Cargo.lock");
    // The app pins it with `=`, so `cargo update` cannot move it away from the CLI.
    let app = packages
        .iter()
        .find(|p| p["name"] == "ki-widerspruch")
        .unwrap();
    let req = app["dependencies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == "wasm-bindgen")
        .and_then(|d| d["req"].as_str());
    assert_eq!(req, Some(format!("={wanted}").as_str()), "Cargo.toml");
}

/// The scripts take the versions from the file; a number written into them would drift.
#[test]
fn the_scripts_read_the_versions_file() {
    let setup = read("scripts/setup.sh");
    assert!(setup.contains("source \"$ROOT/scripts/versions.env\""));
    for (key, value) in versions() {
        assert!(
            setup.contains(&format!("${key}")),
            "setup.sh never uses {key}"
        );
        if value.contains('.') {
            for file in ["scripts/setup.sh", "scripts/test.sh", "README.md"] {
                assert!(
                    !read(file).contains(&value),
                    "{file} names {value}: use {key}"
                );
            }
        }
    }
    assert!(
        !setup.contains("Cargo.lock)"),
        "versions come from cargo, not from Cargo.lock's text"
    );
}

#[test]
fn the_toolchain_is_pinned() {
    let t: toml::Table = toml::from_str(&read("rust-toolchain.toml")).unwrap();
    let t = t["toolchain"].as_table().unwrap();
    let channel = t["channel"].as_str().unwrap();
    assert!(
        channel.split('.').count() == 3 && channel.split('.').all(|n| n.parse::<u32>().is_ok()),
        "rust-toolchain.toml: `{channel}` floats; pin a release like 1.95.0"
    );
    let list = |k: &str| -> Vec<&str> {
        t[k].as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str())
            .collect()
    };
    assert_eq!(list("components"), ["rustfmt", "clippy"]);
    assert_eq!(list("targets"), ["wasm32-unknown-unknown"]);
}

/// The jobs of a workflow file: name → (the job's lines, the jobs it needs).
fn jobs(yaml: &str) -> BTreeMap<String, (String, Vec<String>)> {
    let mut out: BTreeMap<String, (String, Vec<String>)> = BTreeMap::new();
    let mut in_jobs = false;
    let mut current: Option<String> = None;
    for line in yaml.lines() {
        if !line.starts_with(' ') && !line.trim().is_empty() {
            in_jobs = line.trim_end() == "jobs:";
            current = None;
            continue;
        }
        if !in_jobs {
            continue;
        }
        // A job starts at two spaces of indentation.
        if line.len() > 2 && line.starts_with("  ") && !line[2..].starts_with(' ') {
            let name = line.trim().trim_end_matches(':').to_string();
            out.entry(name.clone()).or_default();
            current = Some(name);
            continue;
        }
        let Some(job) = &current else { continue };
        let entry = out.get_mut(job).unwrap();
        entry.0.push_str(line);
        entry.0.push('\n');
        if let Some(needs) = line.trim().strip_prefix("needs:") {
            entry.1.extend(
                needs
                    .trim()
                    .trim_matches(['[', ']'])
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty()),
            );
        }
    }
    out
}

#[test]
fn no_deploy_without_the_full_test_run() {
    let dir = root().join(".github/workflows");
    let mut gated = 0;
    let mut tested_on_push_and_pr = false;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let yaml = std::fs::read_to_string(entry.path()).unwrap();
        assert!(
            !yaml.contains("toolchain install stable"),
            "{name}: the toolchain comes from rust-toolchain.toml"
        );
        for line in yaml.lines().filter(|l| l.contains("node-version:")) {
            assert_eq!(
                line.split(':').nth(1).map(str::trim),
                Some(version("NODE_MAJOR").as_str()),
                "{name}: {line}"
            );
        }
        let jobs = jobs(&yaml);
        let runs_gate = |job: &str| jobs[job].0.contains("run: bash .ci/run");
        if jobs.keys().any(|j| runs_gate(j))
            && yaml.contains("\n  push:")
            && yaml.contains("\n  pull_request:")
        {
            tested_on_push_and_pr = true;
        }
        for (job, (body, _)) in &jobs {
            if !(body.contains("actions/deploy-pages") || body.contains("upload-pages-artifact")) {
                continue;
            }
            // Walk `needs:` back from the publishing job: the gate must be on the way.
            let mut todo = vec![job.clone()];
            let mut seen = Vec::new();
            while let Some(j) = todo.pop() {
                if seen.contains(&j) {
                    continue;
                }
                todo.extend(jobs.get(&j).map(|x| x.1.clone()).unwrap_or_default());
                seen.push(j);
            }
            assert!(
                seen.iter().any(|j| jobs.contains_key(j) && runs_gate(j)),
                "{name}: job `{job}` publishes the site without needing the job that runs `bash .ci/run`"
            );
            gated += 1;
        }
    }
    assert!(gated >= 2, "the Pages build and deploy jobs were not found");
    assert!(
        tested_on_push_and_pr,
        "no workflow runs `bash .ci/run` on push and pull_request"
    );
}

/// The browser build carries none of the tools: no TOML parser (about 69 KB gzip), no schema
/// generator, no test crates. Cargo's own answer for what the wasm links.
#[test]
fn the_browser_build_links_no_tool_crates() {
    let out = std::process::Command::new(env!("CARGO"))
        .args([
            "tree",
            "-p",
            "ki-widerspruch",
            "--target",
            "wasm32-unknown-unknown",
            "-e",
            "normal",
            "--prefix",
            "none",
            "--format",
            "{p}",
            "--locked",
            "--offline",
        ])
        .current_dir(root())
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(tree.lines().any(|l| l.starts_with("kiw-core ")), "{tree}");
    for tool in [
        "toml",
        "schemars",
        "serde_path_to_error",
        "boon",
        "insta",
        "proptest",
    ] {
        assert!(
            !tree.lines().any(|l| l.starts_with(&format!("{tool} "))),
            "the wasm links {tool}:\n{tree}"
        );
    }
}
