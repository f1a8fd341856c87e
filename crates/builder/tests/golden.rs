//! The sample metadata in `metadata/` builds into the committed
//! `tests/golden/catalog.json`, `tests/golden/catalog.nbcat`,
//! `tests/golden/details/*.json`, `tests/golden/engine.nbix` and
//! `tests/golden/search.nbix`, byte for byte, and into nothing else.
//!
//! After an intended change to the metadata, the builder or the index
//! format, run `UPDATE_GOLDEN=1 cargo test -p nettbutikk-catalog --test
//! golden` and review the diff of the golden files.

mod scratch;

use nettbutikk_catalog::output::{write_split, DETAILS_DIR};
use nettbutikk_catalog::report;
use scratch::{listing, scratch};
use std::fs;
use std::path::Path;

/// Every file under `root` as (path relative to `root`, bytes), sorted.
fn files(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut found = Vec::new();
    for name in listing(root) {
        if name == DETAILS_DIR {
            for shard in listing(&root.join(DETAILS_DIR)) {
                let relative = format!("{DETAILS_DIR}/{shard}");
                found.push((
                    relative.clone(),
                    fs::read(root.join(&relative)).expect("readable"),
                ));
            }
        } else if name.starts_with("catalog.") || name.ends_with(".nbix") {
            found.push((name.clone(), fs::read(root.join(&name)).expect("readable")));
        }
    }
    found
}

#[test]
fn the_sample_metadata_builds_into_the_golden_catalog() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let metadata = root.join("../../metadata");
    let golden = root.join("tests/golden");
    let report = report::run(&[metadata]).expect("the sample metadata can be read");
    let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    let Some(mut split) = report.catalog else {
        panic!("the sample metadata has errors:\n{}", problems.join("\n"));
    };
    let target = if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        golden.clone()
    } else {
        scratch("golden")
    };
    write_split(&target.join("catalog.json"), &mut split).expect("the output folder is writable");
    let (built, committed) = (files(&target), files(&golden));
    let names = |files: &[(String, Vec<u8>)]| -> Vec<String> {
        files.iter().map(|(name, _)| name.clone()).collect()
    };
    assert_eq!(
        names(&built),
        names(&committed),
        "the same files, no stale one"
    );
    for ((relative, bytes), (_, expected)) in built.iter().zip(&committed) {
        // Comparing with assert_eq! would print two 100 kB files; the first
        // differing line is what helps.
        let first_difference = bytes
            .split(|&b| b == b'\n')
            .zip(expected.split(|&b| b == b'\n'))
            .position(|(a, b)| a != b)
            .map(|i| format!("first difference on line {}", i + 1))
            .unwrap_or_else(|| "one file is a prefix of the other".to_owned());
        assert!(
            bytes == expected,
            "{relative} differs from the golden one ({first_difference}); run with UPDATE_GOLDEN=1 and review the diff"
        );
    }
}
