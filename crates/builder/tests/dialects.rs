//! The JSON dialects' fixtures, written from microdata-tools' published
//! model and metadata reader, microdata's metadata-all format and
//! kudaflib's generated files (none copied): each valid folder builds
//! without problems, each invalid file gives exactly the listed problems,
//! and a folder mixing all dialects builds into the committed
//! `tests/golden/mixed.json`.
//!
//! After an intended change, run
//! `UPDATE_GOLDEN=1 cargo test -p nettbutikk-catalog --test dialects` and
//! review the diff of the golden file.

mod common;

use common::{check_table, entries, fixture, joined};
use nettbutikk_catalog::report::{self, Options};
use std::path::Path;

/// The rule, the fixture under `tests/fixtures`, and every problem it
/// must give.
const INVALID: &[(&str, &str, &[&str])] = &[
    (
        "enum values: temporality, sensitivity, languageCode, microdata's data types",
        "microdata/invalid/BAD_VOCABULARY.json",
        &[
            "$F:2:22: temporalityType: \"FIXD\" is not one of FIXED, STATUS, ACCUMULATED, EVENT",
            "$F:3:23: sensitivityLevel: \"SECRET\" is not one of PUBLIC, NONPUBLIC, PERSON_GENERAL, PERSON_SPECIAL",
            "$F:6:23: populationDescription[0].languageCode: \"se\" is not one of no, nb, nn, en",
            "$F:45:19: measureVariables[0].dataType: \"BOOL\" is not one of STRING, LONG, DATE, DOUBLE",
        ],
    ),
    (
        "a value domain is enumerated or described, not both",
        "microdata/invalid/BOTH_VALUE_DOMAINS.json",
        &[
            "$F:59:24: measureVariables[0].valueDomain.description: a value domain is either a code list or described, not both",
        ],
    ),
    (
        "every code has validFrom as YYYY-MM-DD, validUntil after it",
        "microdata/invalid/CODE_DATES.json",
        &[
            "$F:56:26: measureVariables[0].valueDomain.codeList[0].validFrom: \"2020-1-1\" is not a real date in the form YYYY-MM-DD",
            "$F:67:27: measureVariables[0].valueDomain.codeList[1].validUntil: 2019-12-31 is not after validFrom 2020-01-01",
            "$F:69:11: measureVariables[0].valueDomain.codeList[2].validFrom: is missing",
        ],
    ),
    (
        "a code list needs dataType STRING or LONG",
        "microdata/invalid/CODE_LIST_FOR_DOUBLE.json",
        &[
            "$F:47:21: measureVariables[0].valueDomain.codeList: a code list needs the measure's dataType to be STRING or LONG, not DOUBLE",
        ],
    ),
    (
        "a code list is not empty",
        "microdata/invalid/EMPTY_CODE_LIST.json",
        &[
            "$F:47:21: measureVariables[0].valueDomain.codeList: must not be empty",
        ],
    ),
    (
        "required texts are not empty",
        "microdata/invalid/EMPTY_STRINGS.json",
        &[
            "$F:7:16: populationDescription[0].value: must not be empty",
            "$F:33:15: measureVariables[0].name: must not be empty",
            "$F:44:21: measureVariables[0].valueDomain.codeList[0].code: must not be empty",
        ],
    ),
    (
        "a link variable has no dataType or valueDomain",
        "microdata/invalid/LINK_WITH_DATA_TYPE.json",
        &[
            "$F:45:19: measureVariables[0].dataType: must not be given for a link variable (a measure that is a unit type)",
            "$F:46:22: measureVariables[0].valueDomain: must not be given for a link variable (a measure that is a unit type)",
        ],
    ),
    (
        "LONG codes are JSON whole numbers",
        "microdata/invalid/LONG_CODES.json",
        &[
            "$F:49:21: measureVariables[0].valueDomain.codeList[0].code: \"1\" is text, but the measure's dataType is LONG; write the code as a number, without quotes",
            "$F:59:21: measureVariables[0].valueDomain.codeList[1].code: \"2.5\" is not a whole number, but the measure's dataType is LONG",
            "$F:71:21: measureVariables[0].valueDomain.sentinelAndMissingValues[0].code: \"0\" is text, but the measure's dataType is LONG; write the code as a number, without quotes",
        ],
    ),
    (
        "a measure without unitType has dataType and valueDomain",
        "microdata/invalid/MEASURE_WITHOUT_TYPE.json",
        &[
            "$F:32:5: measureVariables[0].dataType: is missing",
            "$F:32:5: measureVariables[0].valueDomain: is missing; a measure without unitType needs one",
        ],
    ),
    (
        "subjectFields and dataRevision are required",
        "microdata/invalid/MISSING_REQUIRED.json",
        &[
            "$F:1:1: subjectFields: is missing",
            "$F:1:1: dataRevision: is missing",
        ],
    ),
    (
        "exactly one identifier and one measure",
        "microdata/invalid/NOT_EXACTLY_ONE.json",
        &[
            "$F:26:26: identifierVariables: must have exactly one item, found 2",
            "$F:34:23: measureVariables: must have exactly one item, found 0",
        ],
    ),
    (
        "a value domain has a codeList or a description",
        "microdata/invalid/NO_VALUE_DOMAIN_KIND.json",
        &[
            "$F:46:22: measureVariables[0].valueDomain: must have a codeList or a description (a described value domain)",
        ],
    ),
    (
        "texts are lists of {languageCode, value}",
        "microdata/invalid/PLAIN_TEXT.json",
        &[
            "$F:4:28: populationDescription: expected a list of {languageCode, value}, found text",
            "$F:6:5: subjectFields[0]: expected a list of {languageCode, value}, found text",
        ],
    ),
    (
        "a code appears once per period",
        "microdata/invalid/REPEATED_CODE.json",
        &[
            "$F:59:21: measureVariables[0].valueDomain.codeList[1].code: code \"1\" is listed twice for the same time: also from 2020-01-01 (line 56); a code may repeat only for periods that do not overlap",
        ],
    ),
    (
        "sentinel values need a code list",
        "microdata/invalid/SENTINELS_WITHOUT_CODE_LIST.json",
        &[
            "$F:53:37: measureVariables[0].valueDomain.sentinelAndMissingValues: sentinel and missing values need a code list",
        ],
    ),
    (
        "STRING codes are JSON strings",
        "microdata/invalid/STRING_CODES.json",
        &[
            "$F:49:21: measureVariables[0].valueDomain.codeList[0].code: 1 is a number, but the measure's dataType is STRING; write the code in double quotes",
        ],
    ),
    (
        "JSON syntax errors give line and column",
        "microdata/invalid/SYNTAX.json",
        &[
            "$F:4:1: invalid JSON: expected a key in double quotes",
        ],
    ),
    (
        "the file name is a microdata-tools variable name",
        "microdata/invalid/elev-kjønn.json",
        &[
            "$F:1: (the file name): \"elev-kjønn\" is not a microdata-tools variable name: use A-Z, 0-9 and _, starting with a letter",
        ],
    ),
    (
        "unknown fields are errors, with did you mean",
        "microdata/invalid/UNKNOWN_FIELDS.json",
        &[
            "$F:1:1: temporalityType: is missing",
            "$F:2:3: temporalitytype: unknown field; did you mean \"temporalityType\"?",
            "$F:48:11: measureVariables[0].valueDomain.codeList[0].validFrom: is missing",
            "$F:56:13: measureVariables[0].valueDomain.codeList[0].validfrom: unknown field; did you mean \"validFrom\"?",
            "$F:62:3: colour: unknown field; the fields here are temporalityType, sensitivityLevel, populationDescription, spatialCoverageDescription, subjectFields, dataRevision, identifierVariables, measureVariables",
        ],
    ),
    (
        "unit types are global or the provider file's",
        "microdata/invalid/UNKNOWN_UNIT_TYPE.json",
        &[
            "$F:28:19: identifierVariables[0].unitType: \"PERSONN\" is neither a global unit type nor declared in this file or its provider file; did you mean \"PERSON\"?",
        ],
    ),
    (
        "metadata-all: provider, keyType, representedVariables and code validity are required",
        "metadata-all/invalid/missing_parts.json",
        &[
            "$F:1: this file names no provider; put a provider.yaml with the provider's name in its folder or a parent folder, or pass --provider <id> (a metadata-all file may name it in dataStore.label)",
            "$F:2:16: dataStore.label: is missing",
            "$F:20:9: dataStructures[0].identifierVariables[0].keyType: is missing",
            "$F:46:33: dataStructures[0].measureVariable.representedVariables: must not be empty",
            "$F:116:17: dataStructures[1].measureVariable.representedVariables[0].valueDomain.codeList[0].validFrom: is missing, and so is the validPeriod.start of its representedVariables item; the shop shows from when a code is valid",
        ],
    ),
    (
        "metadata-all: enums, day numbers, categories; unknown fields warn",
        "metadata-all/invalid/wrong_values.json",
        &[
            "$F:9:5: warning: dataStructures[0].sensitivityLevel: is missing; the variable is shown as NONPUBLIC (Begrenset)",
            "$F:11:22: dataStructures[0].temporality: \"FIXD\" is not one of FIXED, STATUS, ACCUMULATED, EVENT",
            "$F:19:18: dataStructures[0].temporalCoverage.start: \"i går\" is not a date: expected a whole number of days since 1970-01-01, or YYYY-MM-DD",
            "$F:20:17: dataStructures[0].temporalCoverage.stop: 99999999 is not a date: expected a whole number of days since 1970-01-01",
            "$F:63:17: dataStructures[0].measureVariable.representedVariables[0].valueDomain.codeList[0].category: is missing",
            "$F:102:9: warning: dataStructures[0].measureVariable.dataTyp: unknown field; did you mean \"dataType\"?",
        ],
    ),
    (
        "kudaflib: enums, one measure, keyType near misses",
        "kudaflib/invalid/variables_metadata.json",
        &[
            "$F:4:24: [0].temporalityType: \"ACCUMULATE\" is not one of FIXED, STATUS, ACCUMULATED, EVENT",
            "$F:45:19: warning: [0].identifierVariables[0].keyType.name: declares the unit type \"ORGANISASJN\"; did you mean the global unit type \"ORGANISASJON\"?",
            "$F:74:25: [0].measureVariables: must have exactly one item, found 2",
        ],
    ),
];

#[test]
fn each_rule_reports_every_problem_with_file_line_path_and_message() {
    check_table(INVALID);
}

#[test]
fn every_invalid_dialect_fixture_is_in_the_table() {
    let mut listed: Vec<String> = INVALID.iter().map(|(_, n, _)| n.to_string()).collect();
    listed.sort();
    let dirs = [
        "microdata/invalid",
        "metadata-all/invalid",
        "kudaflib/invalid",
    ];
    assert_eq!(entries(&dirs), listed);
}

#[test]
fn valid_folders_build_without_problems() {
    for (dir, variables) in [
        ("microdata/valid", 4),
        ("metadata-all/valid", 3),
        ("kudaflib/valid", 2),
        ("mixed", 4),
    ] {
        let report = report::run(&[fixture(dir)]).expect("readable");
        let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems, Vec::<String>::new(), "{dir}");
        let catalog = report.catalog.expect("a catalog without errors");
        assert_eq!(catalog.catalog.variables.len(), variables, "{dir}");
    }
}

#[test]
fn the_mixed_folder_builds_into_the_golden_catalog() {
    let golden = Path::new("tests/golden/mixed.json");
    let report = report::run(&[fixture("mixed")]).expect("readable");
    let json = report
        .catalog
        .map(|c| serde_json::to_string_pretty(&joined(&c)).expect("JSON") + "\n")
        .unwrap_or_default();
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::write(golden, &json).expect("the golden file is writable");
        return;
    }
    let expected = std::fs::read_to_string(golden).expect("the golden file exists");
    assert!(
        json == expected,
        "the catalog differs from {}; run with UPDATE_GOLDEN=1 and review the diff",
        golden.display()
    );
}

#[test]
fn what_each_dialect_contributes_reaches_the_catalog() {
    let built = |dir: &str| {
        let report = report::run(&[fixture(dir)]).expect("readable");
        let catalog = report.catalog.expect("a catalog");
        joined(&catalog)
    };
    let microdata = built("microdata/valid");
    let raird = built("metadata-all/valid");
    let kudaflib = built("kudaflib/valid");
    let cases: Vec<(&serde_json::Value, &str, serde_json::Value)> = vec![
        // The provider file names the provider and declares a unit type.
        (&microdata, "/providers/0/name/nb", "Testetaten".into()),
        (&microdata, "/providers/0/orgNumber", "999999999".into()),
        (&microdata, "/variables/0/name", "ELEV_KJOENN".into()),
        (
            &microdata,
            "/variables/0/id",
            "testetaten/ELEV_KJOENN".into(),
        ),
        (
            &microdata,
            "/variables/0/details/measure/valueDomain/codes/0/code",
            "1".into(),
        ),
        (
            &microdata,
            "/variables/0/details/measure/valueDomain/missing/0/code",
            "0".into(),
        ),
        (
            &microdata,
            "/variables/1/linkTo",
            "TESTETATEN_KONTOR".into(),
        ),
        (
            &microdata,
            "/variables/3/identifier",
            "TESTETATEN_KONTOR".into(),
        ),
        (
            &microdata,
            "/variables/3/details/population/nn",
            "Alle kontora".into(),
        ),
        // metadata-all: the data store is the provider, dates are days.
        (&raird, "/providers/0/name/nb", "Generatorbyrået".into()),
        (&raird, "/variables/0/name", "GEN_GARDSBRUK".into()),
        (&raird, "/variables/0/linkTo", "GEN_GARDSBRUK".into()),
        (
            &raird,
            "/variables/2/temporalCoverage/start",
            "1980-01-02".into(),
        ),
        (
            &raird,
            "/variables/2/details/measure/valueDomain/codes/0/validUntil",
            "2009-12-31".into(),
        ),
        (
            &raird,
            "/variables/2/details/measure/valueDomain/codes/2/validFrom",
            "2010-01-01".into(),
        ),
        (
            &raird,
            "/variables/2/details/measure/valueDomain/missing/0/code",
            "9".into(),
        ),
        (
            &raird,
            "/variables/1/details/measure/dataType",
            "LONG".into(),
        ),
        // kudaflib: flat subject fields, keyType unit types, end of series.
        (
            &kudaflib,
            "/variables/0/subjectFields/1/en",
            "Logins".into(),
        ),
        (
            &kudaflib,
            "/variables/1/identifier",
            "KUDAF_TJENESTE".into(),
        ),
        (
            &kudaflib,
            "/unitTypes/0/label/nb",
            "Tjeneste i Feide".into(),
        ),
    ];
    for (catalog, pointer, expected) in cases {
        assert_eq!(catalog.pointer(pointer), Some(&expected), "{pointer}");
    }
}

#[test]
fn the_provider_option_names_the_provider_of_json_files_without_one() {
    let options = Options {
        provider: Some("testetaten".to_owned()),
        ..Options::default()
    };
    let report = report::run_with(&[fixture("invalid/microdata_without_provider")], &options)
        .expect("readable");
    assert_eq!(report.errors(), 0);
    let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        ["tests/fixtures/invalid/microdata_without_provider/TEST_ALENE.json: warning: provider \"testetaten\" is named by --provider only, so the shop shows the id as its name; describe the provider in a provider.yaml in this folder or a parent folder"]
    );
    let catalog = report.catalog.expect("a catalog");
    assert_eq!(
        catalog.catalog.providers[0].name.nb.as_deref(),
        Some("testetaten")
    );
}
