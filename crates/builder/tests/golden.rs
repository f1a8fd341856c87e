//! The sample metadata in `metadata/` builds into the committed
//! `tests/golden/catalog.json`, byte for byte.
//!
//! After an intended change to the metadata or the builder, run
//! `UPDATE_GOLDEN=1 cargo test -p nettbutikk-catalog --test golden` and
//! review the diff of the golden file.

use nettbutikk_catalog::report;
use std::path::Path;

#[test]
fn the_sample_metadata_builds_into_the_golden_catalog() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let metadata = root.join("../../metadata");
    let golden = root.join("tests/golden/catalog.json");
    let report = report::run(&[metadata]).expect("the sample metadata can be read");
    let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert!(
        report.catalog.is_some(),
        "the sample metadata has errors:\n{}",
        problems.join("\n")
    );
    let json = report.catalog.map(|c| c.to_json()).unwrap_or_default();
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::write(&golden, &json).expect("the golden file is writable");
        return;
    }
    let expected = std::fs::read_to_string(&golden).expect("the golden file exists");
    // Comparing strings with assert_eq! would print two 100 kB catalogs;
    // the first differing line is what helps.
    let first_difference = json
        .lines()
        .zip(expected.lines())
        .position(|(a, b)| a != b)
        .map(|i| format!("first difference on line {}", i + 1))
        .unwrap_or_else(|| "one catalog is a prefix of the other".to_owned());
    assert!(
        json == expected,
        "the catalog differs from {} ({first_difference}); run with UPDATE_GOLDEN=1 and review the diff",
        golden.display()
    );
}
