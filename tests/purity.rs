//! The core stays pure: no browser crate in its dependencies and none named in its code, so every
//! decision can be tested natively.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

const BROWSER_CRATES: [&str; 5] = ["yew", "web_sys", "web-sys", "gloo", "wasm_bindgen"];

#[test]
fn the_core_never_touches_the_browser() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("core");
    let manifest = std::fs::read_to_string(core.join("Cargo.toml")).unwrap();
    for name in BROWSER_CRATES {
        assert!(
            !manifest.lines().any(|l| l.trim_start().starts_with(name)),
            "core/Cargo.toml depends on {name}"
        );
    }
    let mut stack = vec![core.join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let code = std::fs::read_to_string(&path).unwrap();
            for name in BROWSER_CRATES {
                let needle = format!("{}::", name.replace('-', "_"));
                assert!(!code.contains(&needle), "{} uses {name}", path.display());
            }
        }
    }
}
