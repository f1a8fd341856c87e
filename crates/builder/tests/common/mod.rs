//! What the fixture tests share: where fixtures are, the problems a
//! fixture gives, the check of a table of invalid fixtures, and a built
//! catalog joined with its details for review and JSON pointers.

use catalog::SplitCatalog;
use nettbutikk_catalog::report;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A fixture under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new("tests/fixtures").join(name)
}

/// Every problem a fixture gives, as printed, with the fixture's own path
/// replaced by `$F`.
pub fn problems(name: &str) -> Vec<String> {
    let path = fixture(name);
    let report = report::run(std::slice::from_ref(&path)).expect("the fixture can be read");
    let shown = path.display().to_string();
    report
        .problems
        .iter()
        .map(|p| p.to_string().replace(&shown, "$F"))
        .collect()
}

/// Checks that each fixture of a table of (rule, fixture, problems) gives
/// exactly its problems, reporting every one that does not.
pub fn check_table(table: &[(&str, &str, &[&str])]) {
    let mut failures = Vec::new();
    for (rule, name, expected) in table {
        let got = problems(name);
        if got != *expected {
            failures.push(format!(
                "rule: {rule}\nfixture: {name}\nexpected:\n  {}\ngot:\n  {}",
                expected.join("\n  "),
                got.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

/// The names (`dir/file`) of the entries of fixture folders, sorted.
pub fn entries(dirs: &[&str]) -> Vec<String> {
    let mut names = Vec::new();
    for dir in dirs {
        for entry in std::fs::read_dir(fixture(dir)).expect("the fixture directory") {
            let name = entry.expect("an entry").file_name();
            names.push(format!("{dir}/{}", name.to_string_lossy()));
        }
    }
    names.sort();
    names
}

/// The catalog as JSON with each variable's details (read back from the
/// shard its summary names) under the variable's `details` key: one
/// document to review and to point into, showing which part is where.
pub fn joined(split: &SplitCatalog) -> Value {
    let files = split.files();
    let parse = |json: &str| -> Value { serde_json::from_str(json).expect("JSON") };
    let mut catalog = parse(&files[0].1);
    let shards: Vec<Value> = files[1..].iter().map(|(_, json)| parse(json)).collect();
    for variable in catalog["variables"].as_array_mut().into_iter().flatten() {
        let shard = variable["shard"].as_u64().expect("a shard index") as usize;
        let details = shards[shard]["variables"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|d| d["id"] == variable["id"])
            .expect("details in the named shard");
        variable["details"] = details.clone();
    }
    catalog
}
