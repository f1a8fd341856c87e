//! The in-memory entry points (`check_files`, `run_files`, what the
//! browser's prøverom calls) give the command line's report, line for
//! line, for every fixture, whole folders and single files alike.

use nettbutikk_catalog::report::{self, Options};
use nettbutikk_catalog::source;
use std::path::{Path, PathBuf};

/// Every fixture folder and every file or folder directly inside one.
fn inputs() -> Vec<PathBuf> {
    let mut inputs = Vec::new();
    let root = Path::new("tests/fixtures");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("the fixtures are there")
        .map(|e| e.expect("a readable entry").path())
        .collect();
    folders.sort();
    for folder in folders {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&folder)
            .map(|d| d.map(|e| e.expect("a readable entry").path()).collect())
            .unwrap_or_default();
        entries.sort();
        inputs.push(folder);
        inputs.extend(entries);
    }
    inputs
}

/// The files the command line reads for `input`, as (name, bytes).
fn in_memory(input: &Path) -> Vec<(String, Vec<u8>)> {
    source::discover(std::slice::from_ref(&input.to_path_buf()))
        .expect("the fixture can be found")
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).expect("the fixture can be read");
            (path.display().to_string(), bytes)
        })
        .collect()
}

#[test]
fn check_files_prints_what_check_prints_for_every_fixture() {
    let options = Options::default();
    let mut compared = 0;
    for input in inputs() {
        let Ok(native) = report::check_with(std::slice::from_ref(&input), &options) else {
            continue;
        };
        let mut files = in_memory(&input);
        // The order files are handed over in must not matter.
        files.reverse();
        let browser = report::check_files(files, &options);
        assert_eq!(
            browser.to_string(),
            native.to_string(),
            "{}",
            input.display()
        );
        assert_eq!(browser.to_json(), native.to_json(), "{}", input.display());
        compared += 1;
    }
    assert!(compared > 40, "only {compared} fixtures compared");
}

#[test]
fn run_files_builds_what_run_builds() {
    let options = Options::default();
    for input in [
        "tests/fixtures/valid",
        "tests/fixtures/mixed",
        "../../metadata",
    ] {
        let input = PathBuf::from(input);
        let native = report::run_with(std::slice::from_ref(&input), &options).expect("readable");
        let browser = report::run_files(in_memory(&input), &options);
        assert_eq!(
            browser.to_string(),
            native.to_string(),
            "{}",
            input.display()
        );
        let files = |r: &report::Report| r.catalog.as_ref().map(|c| c.files());
        assert!(native.catalog.is_some(), "{}", input.display());
        assert_eq!(files(&browser), files(&native), "{}", input.display());
    }
}

#[test]
fn a_later_file_of_the_same_name_replaces_the_earlier() {
    let files = vec![
        ("a.yaml".to_owned(), b"catalogs: 1\n".to_vec()),
        ("a.yaml".to_owned(), b"catalogs: []\n".to_vec()),
    ];
    let report = report::check_files(files, &Options::default());
    let printed: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(printed, ["a.yaml:1:11: catalogs: must not be empty"]);
    assert_eq!(report.files, 1);
}
