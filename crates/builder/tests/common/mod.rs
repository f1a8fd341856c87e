//! What the fixture tests share: where fixtures are, the problems a
//! fixture gives, and the check of a table of invalid fixtures.

use nettbutikk_catalog::report;
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
