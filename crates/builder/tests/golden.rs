//! The sample metadata in `metadata/` builds into the committed
//! `tests/golden/catalog.json` and `tests/golden/details/*.json`, byte for
//! byte, and into nothing else.
//!
//! After an intended change to the metadata or the builder, run
//! `UPDATE_GOLDEN=1 cargo test -p nettbutikk-catalog --test golden` and
//! review the diff of the golden files.

use nettbutikk_catalog::output::{write_split, DETAILS_DIR};
use nettbutikk_catalog::report;
use std::fs;
use std::path::Path;

#[test]
fn the_sample_metadata_builds_into_the_golden_catalog() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let metadata = root.join("../../metadata");
    let golden = root.join("tests/golden");
    let report = report::run(&[metadata]).expect("the sample metadata can be read");
    let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    let Some(split) = report.catalog else {
        panic!("the sample metadata has errors:\n{}", problems.join("\n"));
    };
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        write_split(&golden.join("catalog.json"), &split).expect("the golden folder is writable");
        return;
    }
    let files = split.files();
    for (relative, json) in &files {
        let path = golden.join(relative);
        let expected = fs::read_to_string(&path).unwrap_or_default();
        // Comparing strings with assert_eq! would print two 100 kB files;
        // the first differing line is what helps.
        let first_difference = json
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .map(|i| format!("first difference on line {}", i + 1))
            .unwrap_or_else(|| "one file is a prefix of the other".to_owned());
        assert!(
            *json == expected,
            "{relative} differs from {} ({first_difference}); run with UPDATE_GOLDEN=1 and review the diff",
            path.display()
        );
    }
    let mut committed: Vec<String> = fs::read_dir(golden.join(DETAILS_DIR))
        .expect("the golden details folder exists")
        .map(|e| {
            format!(
                "{DETAILS_DIR}/{}",
                e.expect("an entry").file_name().to_string_lossy()
            )
        })
        .collect();
    committed.sort();
    let mut built: Vec<String> = files[1..].iter().map(|(p, _)| p.clone()).collect();
    built.sort();
    assert_eq!(committed, built, "no stale golden shard is left");
}
