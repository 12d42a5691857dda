//! Editors' freshness watch (native tools only, never the browser): every address in the data for
//! the link checker, and the comparison of watched policy documents with Open Terms Archive.

use crate::catalog::Catalog;
use crate::date::Date;
use crate::model::{Archive, Source, Watched};
use std::path::{Path, PathBuf};
use std::process::Command;

/// One address in the data, with the place it comes from, named like validation findings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataUrl {
    /// The file, relative to `data/`.
    pub file: String,
    /// The field inside the file, e.g. `routes[0].fallback_link`.
    pub field: String,
    pub url: String,
}

impl DataUrl {
    /// One JSON object per line, the format `scripts/check-links.mjs` reads.
    pub fn to_json(&self) -> String {
        use crate::text::json_string;
        format!(
            "{{\"file\": {}, \"field\": {}, \"url\": {}}}",
            json_string(&self.file),
            json_string(&self.field),
            json_string(&self.url)
        )
    }
}

/// Every web address in the catalogue (links, fallback links, sources, websites, complaint
/// forms). `mailto:` links are left out: there is nothing to fetch.
pub fn data_urls(catalog: &Catalog) -> Vec<DataUrl> {
    let mut out = Vec::new();
    let mut push = |file: &str, field: String, url: &str| {
        if url.starts_with("https://") || url.starts_with("http://") {
            out.push(DataUrl {
                file: file.to_string(),
                field,
                url: url.to_string(),
            });
        }
    };
    let sources = |push: &mut dyn FnMut(&str, String, &str), file: &str, list: &[Source]| {
        for (i, s) in list.iter().enumerate() {
            if let Some(u) = &s.url {
                push(file, format!("sources[{i}].url"), u);
            }
        }
    };
    for p in &catalog.platforms {
        let file = format!("platforms/{}.toml", p.id);
        for (i, r) in p.routes.iter().enumerate() {
            if let Some(l) = &r.link {
                push(&file, format!("routes[{i}].link"), l);
            }
            if let Some(l) = &r.fallback_link {
                push(&file, format!("routes[{i}].fallback_link"), l);
            }
        }
        sources(&mut push, &file, &p.sources);
    }
    for c in &catalog.controllers {
        sources(&mut push, &format!("controllers/{}.toml", c.id), &c.sources);
    }
    for a in &catalog.authorities {
        let file = format!("authorities/{}.toml", a.id);
        push(&file, "website".into(), &a.website);
        if let Some(f) = &a.complaint_form {
            push(&file, "complaint_form".into(), f);
        }
        sources(&mut push, &file, &a.sources);
    }
    out
}

/// A watched document that the archive recorded again after the version a record was checked
/// against, or that the archive does not have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyChange {
    /// The record's file, relative to `data/`.
    pub file: String,
    /// `watch[i]` in that file.
    pub field: String,
    pub watched: Watched,
    /// Dates of the versions recorded after `watched.version`, newest first; empty when the
    /// document is missing from the archive.
    pub newer: Vec<Date>,
    /// The archive has no such file (renamed service or document type, or a typo).
    pub missing: bool,
}

impl core::fmt::Display for PolicyChange {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let w = &self.watched;
        if self.missing {
            return write!(
                f,
                "data/{}: {}: {}/{} is not in the archive (renamed? check service and document)",
                self.file,
                self.field,
                w.archive.repo(),
                w.path()
            );
        }
        let dates: Vec<String> = self.newer.iter().map(ToString::to_string).collect();
        write!(
            f,
            "data/{}: {}: {}/{} changed since {}: {} newer version(s), recorded {}",
            self.file,
            self.field,
            w.archive.repo(),
            w.path(),
            w.version,
            self.newer.len(),
            dates.join(", ")
        )
    }
}

/// The dates (newest first) on which the archive recorded versions of one file: the commit dates
/// of every commit touching it. Works on normal and bare clones, also on blob-less ones.
pub fn version_dates(repo: &Path, path: &str) -> Result<Vec<Date>, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["log", "--format=%cs", "--", path])
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "git log failed in {}: {}",
            repo.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| Date::parse(l.trim()))
        .collect())
}

/// Which archive a clone holds, from a `name=path` argument or from the folder's name.
pub fn parse_archive_arg(arg: &str) -> Result<(Archive, PathBuf), String> {
    let find = |s: &str| {
        Archive::ALL
            .into_iter()
            .find(|a| s.contains(a.repo()))
            .ok_or_else(|| {
                format!(
                    "`{arg}`: say which archive this is, e.g. `pga-versions=/path/to/clone` (known: {})",
                    Archive::ALL.map(Archive::repo).join(", ")
                )
            })
    };
    match arg.split_once('=') {
        Some((name, path)) => Ok((find(name)?, PathBuf::from(path))),
        None => Ok((find(arg)?, PathBuf::from(arg))),
    }
}

/// Compares every `[[watch]]` entry of the catalogue with the local clones of the archives and
/// returns the documents that changed since they were checked (or are missing). Entries of
/// archives without a clone are skipped; their list is returned second.
pub fn policy_changes(
    catalog: &Catalog,
    clones: &[(Archive, PathBuf)],
) -> Result<(Vec<PolicyChange>, Vec<Archive>), String> {
    let mut records: Vec<(String, &[Watched])> = Vec::new();
    for p in &catalog.platforms {
        records.push((format!("platforms/{}.toml", p.id), &p.watch));
    }
    for c in &catalog.controllers {
        records.push((format!("controllers/{}.toml", c.id), &c.watch));
    }
    let mut changes = Vec::new();
    let mut skipped = Vec::new();
    for (file, watch) in records {
        for (i, w) in watch.iter().enumerate() {
            let Some((_, repo)) = clones.iter().find(|(a, _)| *a == w.archive) else {
                if !skipped.contains(&w.archive) {
                    skipped.push(w.archive);
                }
                continue;
            };
            let dates = version_dates(repo, &w.path())?;
            let newer: Vec<Date> = dates.iter().copied().filter(|d| *d > w.version).collect();
            if dates.is_empty() || !newer.is_empty() {
                changes.push(PolicyChange {
                    file: file.clone(),
                    field: format!("watch[{i}]"),
                    watched: w.clone(),
                    missing: dates.is_empty(),
                    newer,
                });
            }
        }
    }
    Ok((changes, skipped))
}
