//! What microdata's metadata service answers with `skip_code_lists=true`:
//! metadata-all whose code lists are all empty. It builds, with a warning
//! per left-out list, and the catalog's details say the code list is not
//! included instead of showing an empty one.

// Shared by several test crates; this one uses only part of it.
#[allow(dead_code)]
mod common;

use common::{check_table, fixture, joined};
use nettbutikk_catalog::report;
use serde_json::json;

const FIXTURE: &str = "skip-code-lists/metadata-all.json";

#[test]
fn empty_code_lists_are_warnings_not_errors() {
    let warning = "is empty, as when the metadata service answers without code lists (skip_code_lists=true); the catalog says the code list is not included";
    let expected = [
        format!("$F:62:27: warning: dataStructures[0].measureVariable.representedVariables[0].valueDomain.codeList: {warning}"),
        format!("$F:72:27: warning: dataStructures[0].measureVariable.representedVariables[1].valueDomain.codeList: {warning}"),
    ];
    let expected: Vec<&str> = expected.iter().map(String::as_str).collect();
    check_table(&[(
        "an empty codeList in metadata-all is a left-out code list",
        FIXTURE,
        &expected,
    )]);
}

#[test]
fn the_details_say_the_code_list_is_not_included() {
    let report = report::run(&[fixture(FIXTURE)]).expect("readable");
    assert_eq!(report.errors(), 0);
    let split = report.catalog.expect("a catalog without errors");
    // Read back from the files the build writes.
    let catalog = joined(&split);
    let measure = &catalog["variables"][0]["details"]["measure"];
    assert_eq!(
        measure,
        &json!({"dataType": "STRING", "codeListNotIncluded": true})
    );
}
