//! What every fuzz target checks, whatever the bytes: the builder's
//! in-memory pipeline ([`source::from_bytes`] then [`report::process`],
//! which tells the dialect from the content)
//! returns instead of panicking, every problem points into the file it
//! names with a message, a clean report has a catalog that reads back as
//! itself, and the same input always gives the same report and catalog.
//!
//! Running out of time or memory is caught by libFuzzer itself
//! (`-timeout`, `-rss_limit_mb`), so the targets need no checks for those.

use catalog::Catalog;
use nettbutikk_catalog::report::{self, Report};
use nettbutikk_catalog::source;

/// The provider file the JSON targets put beside their input, as a real
/// microdata-tools folder has: without it every variable stops at "no
/// provider" and validation is never reached.
pub const PROVIDER_FILE: (&str, &[u8]) = (
    "fuzz/provider.yaml",
    include_bytes!("../../crates/builder/tests/fixtures/microdata/provider.yaml"),
);

/// Runs the pipeline on `files` (name, bytes) and panics, which libFuzzer
/// records as a finding, when one of the properties above does not hold.
pub fn check(files: &[(&str, &[u8])]) {
    let first = run(files);
    for problem in &first.problems {
        let Some((_, bytes)) = files.iter().find(|(name, _)| *name == problem.file) else {
            panic!("{problem} names a file that was not given");
        };
        let lines = 1 + line_breaks(bytes);
        // The end of the text may be reported one line past the last one.
        assert!(
            problem.line <= lines + 1,
            "{problem} points past the file's {lines} lines"
        );
        assert!(!problem.message.is_empty(), "{problem:?} says nothing");
    }
    assert_eq!(
        first.catalog.is_some(),
        first.errors() == 0,
        "a catalog is built exactly when there are no errors"
    );
    let json = first.catalog.as_ref().map(Catalog::to_json);
    if let (Some(catalog), Some(json)) = (&first.catalog, &json) {
        match Catalog::from_json(json) {
            Ok(back) => assert_eq!(&back, catalog, "the catalog reads back as itself"),
            Err(e) => panic!("the built catalog does not read back: {e}\n{json}"),
        }
    }
    // A second run catches output that depends on hash or memory order
    // (each HashMap gets new random keys).
    let second = run(files);
    assert_eq!(
        first.to_string(),
        second.to_string(),
        "the report is stable"
    );
    assert_eq!(
        json,
        second.catalog.as_ref().map(Catalog::to_json),
        "the catalog is stable"
    );
}

/// Line breaks as YAML counts them (CR LF, LF or a lone CR each end a
/// line), which is never fewer than JSON's count (LF only).
fn line_breaks(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

fn run(files: &[(&str, &[u8])]) -> Report {
    report::process(
        files
            .iter()
            .map(|(name, bytes)| source::from_bytes(name, bytes.to_vec()))
            .collect(),
    )
}
