//! Messages a data steward understands: each fixture under
//! `tests/fixtures/steward` gives exactly the listed problems, worded for
//! the person who fixes the file rather than in a parser's terms.

// Shared by several test crates; this one uses only the table check.
#[allow(dead_code)]
mod common;

use common::{check_table, entries};

/// The case, the fixture under `tests/fixtures`, and every problem it
/// must give.
const MESSAGES: &[(&str, &str, &[&str])] = &[
    (
        "a tab in indentation is reported at the tab, in plain words",
        "steward/tab_indentation.yaml",
        &["$F:7:1: invalid YAML: YAML does not allow tabs for indentation; use spaces"],
    ),
    (
        "a byte-order mark is read, with a warning that microdata-tools refuses it",
        "steward/bom.yaml",
        &["$F:1:1: warning: the file starts with a UTF-8 byte-order mark (BOM); the builder reads it, but microdata-tools refuses such files: save it as UTF-8 without BOM"],
    ),
    (
        "an empty list is an empty text, and an empty text is an error",
        "steward/empty_text_lists.yaml",
        &[
            "$F:14:41: catalogs[0].datasets[0].variables[0].spatialCoverageDescription: must not be empty",
            "$F:24:47: catalogs[0].datasets[0].variables[0].measureVariables[0].valueDomain.measurementUnitDescription: must not be empty",
        ],
    ),
    (
        "unit types KUDAF adds are taken, with a warning that microdata.no refuses them",
        "steward/kudaf_unit_types",
        &[
            "$F/FYLKE_ELEVER.json:7:40: warning: identifierVariables[0].unitType: \"FYLKE\" is a unit type KUDAF adds to microdata's list; the catalog takes it, but microdata.no will refuse it",
            "$F/FYLKE_ELEVER.json:12:19: warning: measureVariables[0].unitType: \"ORGANISASJON\" is a unit type KUDAF adds to microdata's list; the catalog takes it, but microdata.no will refuse it",
        ],
    ),
];

#[test]
fn each_fixture_gives_its_messages_in_plain_words() {
    check_table(MESSAGES);
}

#[test]
fn every_steward_fixture_is_in_the_table() {
    let mut listed: Vec<String> = MESSAGES.iter().map(|(_, n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(entries(&["steward"]), listed);
}
