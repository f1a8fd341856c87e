//! The fixtures: each valid fixture (one per feature) builds without
//! problems into its committed catalog, and each invalid fixture (one or
//! more per rule) gives exactly the listed problems, in full.
//!
//! With `UPDATE_GOLDEN=1` the expected catalogs of the valid fixtures are
//! rewritten instead of compared; review the diff before committing.

mod common;

use common::{check_table, entries, fixture, joined};
use nettbutikk_catalog::report;
use serde_json::{json, Value};
use std::path::Path;

/// The rule, the fixture under `tests/fixtures`, and every problem it
/// must give.
const INVALID: &[(&str, &str, &[&str])] = &[
    (
        "aliases that expand too far are refused",
        "invalid/alias_bomb.yaml",
        &[
            "$F:5:36: invalid YAML: aliases expand to too many values; write the values out instead",
        ],
    ),
    (
        "enum values: temporality, sensitivity, dataType, measurementType, languageCode",
        "invalid/bad_vocabulary.yaml",
        &[
            "$F:12:30: catalogs[0].datasets[0].variables[0].temporalityType: \"FIXD\" is not one of FIXED, STATUS, ACCUMULATED, EVENT",
            "$F:13:31: catalogs[0].datasets[0].variables[0].sensitivityLevel: \"public\" is not one of PUBLIC, NONPUBLIC, PERSON_GENERAL, PERSON_SPECIAL",
            "$F:15:31: catalogs[0].datasets[0].variables[0].populationDescription[0].languageCode: \"se\" is not one of no, nb, nn, en",
            "$F:22:27: catalogs[0].datasets[0].variables[0].measureVariables[0].dataType: \"INTEGER\" is not one of STRING, LONG, DOUBLE, DATE, BOOL",
            "$F:25:36: catalogs[0].datasets[0].variables[0].measureVariables[0].valueDomain.measurementType: \"DISTANCE\" is not one of CURRENCY, WEIGHT, LENGTH, HEIGHT, GEOGRAPHICAL",
        ],
    ),
    (
        "code-list dates are real YYYY-MM-DD dates, validUntil after validFrom",
        "invalid/code_list_dates.yaml",
        &[
            "$F:26:34: catalogs[0].datasets[0].variables[0].measureVariables[0].valueDomain.codeList[0].validFrom: \"2023-02-29\" is not a real date in the form YYYY-MM-DD",
            "$F:29:34: catalogs[0].datasets[0].variables[0].measureVariables[0].valueDomain.codeList[1].validFrom: \"01.08.2020\" is not a real date in the form YYYY-MM-DD",
            "$F:33:35: catalogs[0].datasets[0].variables[0].measureVariables[0].valueDomain.codeList[2].validUntil: 2019-12-31 is not after validFrom 2020-01-01",
            "$F:37:35: catalogs[0].datasets[0].variables[0].measureVariables[0].valueDomain.codeList[3].validUntil: 2020-01-01 is not after validFrom 2020-01-01",
            "$F:38:23: catalogs[0].datasets[0].variables[0].measureVariables[0].valueDomain.codeList[4].validFrom: is missing",
        ],
    ),
    (
        "coverage and update dates are dates; stop not before start",
        "invalid/coverage_dates.yaml",
        &[
            "$F:17:21: catalogs[0].datasets[0].variables[0].temporalCoverage.stop: 2020-05-31 is before the start, 2020-06-01",
            "$F:18:24: catalogs[0].datasets[0].variables[0].updatedAt: \"i går\" is not a real date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM:SS)",
            "$F:29:39: catalogs[0].datasets[0].variables[1].temporalCoverage.start: \"2020-13-01\" is not a real date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM:SS)",
            "$F:30:24: catalogs[0].datasets[0].variables[1].updatedAt: \"2025-05-20T25:00\" is not a real date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM:SS)",
        ],
    ),
    (
        "dataset identifiers are unique",
        "invalid/duplicate_dataset_ids.yaml",
        &[
            "$F:10:21: catalogs[0].datasets[1].identifier: \"test-1\" is also the identifier of the dataset at $F:7; dataset identifiers must be unique",
        ],
    ),
    (
        "a key appears once per mapping",
        "invalid/duplicate_keys.yaml",
        &[
            "$F:6:7: catalogs[0].publisher.name: is given twice (first on line 5)",
        ],
    ),
    (
        "variable names are unique within a provider",
        "invalid/duplicate_names.yaml",
        &[
            "$F:31:19: catalogs[0].datasets[0].variables[2].name: \"DOBBEL\" is also the name of the variable at $F:11; names must be unique within provider testetaten",
        ],
    ),
    (
        "variable names are unique within a provider, across files",
        "invalid/duplicate_names_across_files",
        &[
            "$F/b.yaml:11:19: catalogs[0].datasets[0].variables[0].name: \"DOBBEL\" is also the name of the variable at $F/a.yaml:11; names must be unique within provider testetaten",
        ],
    ),
    (
        "an empty file is rejected",
        "invalid/empty.yaml",
        &[
            "$F: the file is empty",
        ],
    ),
    (
        "code lists are not empty",
        "invalid/empty_code_list.yaml",
        &[
            "$F:22:29: catalogs[0].datasets[0].variables[0].measureVariables[0].valueDomain.codeList: must not be empty",
            "$F:34:19: catalogs[0].datasets[0].variables[1].measureVariables[0].valueDomain.codeList: must not be empty",
        ],
    ),
    (
        "the publisher name gives a provider id",
        "invalid/empty_provider_id.yaml",
        &[
            "$F:5:13: catalogs[0].publisher.name: \"---\" gives an empty provider id; the name needs letters or digits",
        ],
    ),
    (
        "required text is not an empty string",
        "invalid/empty_strings.yaml",
        &[
            "$F:5:13: catalogs[0].publisher.name: must not be empty",
            "$F:7:21: catalogs[0].datasets[0].identifier: must not be empty",
            "$F:8:16: catalogs[0].datasets[0].title: must not be empty",
            "$F:10:19: catalogs[0].datasets[0].variables[0].name: must not be empty",
            "$F:13:36: catalogs[0].datasets[0].variables[0].populationDescription: must not be empty",
            "$F:17:24: catalogs[0].datasets[0].variables[0].measureVariables[0].label: must not be empty",
            "$F:20:28: catalogs[0].datasets[0].variables[0].measureVariables[0].description[0].value: must not be empty",
        ],
    ),
    (
        "a link variable's dataType and valueDomain are ignored, with a warning (kudaflib accepts them)",
        "invalid/link_with_data_type.yaml",
        &[
            "$F:22:27: warning: catalogs[0].datasets[0].variables[0].measureVariables[0].dataType: is ignored for a link variable (a measure that is a unit type): its values are units",
            "$F:24:19: warning: catalogs[0].datasets[0].variables[0].measureVariables[0].valueDomain: is ignored for a link variable (a measure that is a unit type): its values are units",
        ],
    ),
    (
        "codes of a LONG measure are whole numbers",
        "invalid/long_codes.yaml",
        &[
            "$F:26:29: catalogs[0].datasets[0].variables[0].measureVariables[0].valueDomain.codeList[1].code: \"1.5\" is not a whole number, but the measure's dataType is LONG",
            "$F:29:29: catalogs[0].datasets[0].variables[0].measureVariables[0].valueDomain.codeList[2].code: \"A1\" is not a whole number, but the measure's dataType is LONG",
            "$F:33:29: catalogs[0].datasets[0].variables[0].measureVariables[0].valueDomain.sentinelAndMissingValues[0].code: \"-\" is not a whole number, but the measure's dataType is LONG",
        ],
    ),
    (
        "required fields: publisher, publisher.name, dataset identifier and title",
        "invalid/missing_catalog_fields.yaml",
        &[
            "$F:5:7: catalogs[0].publisher.name: is missing",
            "$F:7:9: catalogs[0].datasets[0].identifier: is missing",
            "$F:7:9: catalogs[0].datasets[0].title: is missing",
            "$F:9:5: catalogs[1].publisher: is missing",
        ],
    ),
    (
        "required fields of a variable and its measure",
        "invalid/missing_variable_fields.yaml",
        &[
            "$F:11:13: catalogs[0].datasets[0].variables[0].temporalityType: is missing",
            "$F:11:13: catalogs[0].datasets[0].variables[0].sensitivityLevel: is missing",
            "$F:11:13: catalogs[0].datasets[0].variables[0].populationDescription: is missing",
            "$F:11:13: catalogs[0].datasets[0].variables[0].identifierVariables: is missing",
            "$F:11:13: catalogs[0].datasets[0].variables[0].measureVariables: is missing",
            "$F:19:17: catalogs[0].datasets[0].variables[1].measureVariables[0].label: is missing",
            "$F:19:17: catalogs[0].datasets[0].variables[1].measureVariables[0].description: is missing",
            "$F:20:13: catalogs[0].datasets[0].variables[2].name: is missing",
            "$F:24:17: catalogs[0].datasets[0].variables[2].identifierVariables[0].unitType: is missing",
        ],
    ),
    (
        "a value domain is enumerated or described, not both",
        "invalid/mixed_value_domain.yaml",
        &[
            "$F:26:36: catalogs[0].datasets[0].variables[0].measureVariables[0].valueDomain.measurementType: a value domain is either a code list or described, not both",
        ],
    ),
    (
        "exactly one identifier and one measure",
        "invalid/not_exactly_one.yaml",
        &[
            "$F:16:15: catalogs[0].datasets[0].variables[0].identifierVariables: must have exactly one item, found 2",
            "$F:18:31: catalogs[0].datasets[0].variables[0].measureVariables: must have exactly one item, found 0",
        ],
    ),
    (
        "a file that is not UTF-8 is rejected",
        "invalid/not_utf8.yaml",
        &[
            "$F: the file is not UTF-8 text (the first invalid byte is on line 2); save it as UTF-8",
        ],
    ),
    (
        "two publishers cannot share a provider id",
        "invalid/provider_id_clash.yaml",
        &[
            "$F:11:13: catalogs[1].publisher.name: \"Novari-IKS\" (organisation number 999999999) gives the provider id \"novari-iks\", which \"Novari IKS\" at $F:6 (organisation number 921693230) already has; two publishers cannot share an id",
        ],
    ),
    (
        "sentinel values need a code list",
        "invalid/sentinels_without_code_list.yaml",
        &[
            "$F:23:21: catalogs[0].datasets[0].variables[0].measureVariables[0].valueDomain.sentinelAndMissingValues: sentinel and missing values need a code list",
            "$F:38:21: catalogs[0].datasets[0].variables[1].measureVariables[0].valueDomain.sentinelAndMissingValues: sentinel and missing values need a code list",
        ],
    ),
    (
        "one YAML document per file",
        "invalid/two_documents.yaml",
        &[
            "$F:3:1: invalid YAML: the file holds more than one YAML document (a second `---`); put everything in one",
        ],
    ),
    (
        "declared unit types: globals are not redeclared, no two providers share one",
        "invalid/unit_type_declarations.yaml",
        &[
            "$F:8:20: warning: catalogs[0].unitTypes[0].shortName: \"PERSON\" is a global unit type; this declaration is ignored",
            "$F:17:20: catalogs[1].unitTypes[0].shortName: unit type \"FELLES_SKOLE\" is also declared by another provider (forste-etat) at $F:10; provider unit types must have unique names",
        ],
    ),
    (
        "provider unit types are visible only in the declaring file",
        "invalid/unit_type_in_other_file",
        &[
            "$F/b.yaml:15:27: catalogs[0].datasets[0].variables[0].identifierVariables[0].unitType: \"TESTETATEN_SKOLE\" is neither a global unit type nor declared under unitTypes in this file; allowed are the global unit types BEDRIFT, BK_HELSESTASJONSKONSULTASJON, BRUKSENHET, FAMILIE, FENGSLINGER_TILGANG, FORETAK, FYLKE, FYLKESKOMMUNE, HKDIR_HYU_OPPMELDING, HKDIR_STUDIESOKNAD, HUSHOLDNING, JOBB, KJORETOY, KOMMUNE, KRG_KREFTTILFELLE, KURS, MALEPUNKT, NPR_EPISODE, NPR_PROSEDYRE, NPR_SYKEHUSOPPHOLD, ORGANISASJON, PERSON, SOESKEN, SOSTIL, TRAFIKKULYKKE, TRAFIKKULYKKE_PERSON, VIRKSOMHET",
        ],
    ),
    (
        "unknown fields are warnings, with suggestions for near misses",
        "invalid/unknown_fields.yaml",
        &[
            "$F:6:7: warning: catalogs[0].publisher.homepage: unknown field; it is ignored",
            "$F:11:13: catalogs[0].datasets[0].variables[0].temporalityType: is missing",
            "$F:12:13: warning: catalogs[0].datasets[0].variables[0].temporalitytype: unknown field; did you mean \"temporalityType\"?",
            "$F:18:17: catalogs[0].datasets[0].variables[0].measureVariables[0].description: is missing",
            "$F:19:17: warning: catalogs[0].datasets[0].variables[0].measureVariables[0].descripton: unknown field; did you mean \"description\"?",
        ],
    ),
    (
        "successors are variables of the provider (a warning)",
        "invalid/unknown_successor.yaml",
        &[
            "$F:19:42: warning: catalogs[0].datasets[0].variables[0].dataRevision.temporalEnd.successors[1]: successor \"FINNES_IKKE\" is not a variable of provider testetaten",
        ],
    ),
    (
        "identifierFor names the variable's own unit type",
        "invalid/identifier_for.yaml",
        &[
            "$F:17:28: catalogs[0].datasets[0].variables[0].identifierFor: \"KOMMUNE\" must be the variable's own unit type, \"PERSON\" (identifierVariables[0].unitType): an identifier variable identifies the units its rows are about",
        ],
    ),
    (
        "unit types are global or declared in the file",
        "invalid/unknown_unit_type.yaml",
        &[
            "$F:18:27: catalogs[0].datasets[0].variables[0].identifierVariables[0].unitType: \"PERSONN\" is neither a global unit type nor declared under unitTypes in this file; allowed are the global unit types BEDRIFT, BK_HELSESTASJONSKONSULTASJON, BRUKSENHET, FAMILIE, FENGSLINGER_TILGANG, FORETAK, FYLKE, FYLKESKOMMUNE, HKDIR_HYU_OPPMELDING, HKDIR_STUDIESOKNAD, HUSHOLDNING, JOBB, KJORETOY, KOMMUNE, KRG_KREFTTILFELLE, KURS, MALEPUNKT, NPR_EPISODE, NPR_PROSEDYRE, NPR_SYKEHUSOPPHOLD, ORGANISASJON, PERSON, SOESKEN, SOSTIL, TRAFIKKULYKKE, TRAFIKKULYKKE_PERSON, VIRKSOMHET and those declared under unitTypes in this file: TESTETATEN_SKOLE; did you mean \"PERSON\"?",
            "$F:22:27: catalogs[0].datasets[0].variables[0].measureVariables[0].unitType: \"TESTETATEN_SKOLEN\" is neither a global unit type nor declared under unitTypes in this file; allowed are the global unit types BEDRIFT, BK_HELSESTASJONSKONSULTASJON, BRUKSENHET, FAMILIE, FENGSLINGER_TILGANG, FORETAK, FYLKE, FYLKESKOMMUNE, HKDIR_HYU_OPPMELDING, HKDIR_STUDIESOKNAD, HUSHOLDNING, JOBB, KJORETOY, KOMMUNE, KRG_KREFTTILFELLE, KURS, MALEPUNKT, NPR_EPISODE, NPR_PROSEDYRE, NPR_SYKEHUSOPPHOLD, ORGANISASJON, PERSON, SOESKEN, SOSTIL, TRAFIKKULYKKE, TRAFIKKULYKKE_PERSON, VIRKSOMHET and those declared under unitTypes in this file: TESTETATEN_SKOLE; did you mean \"TESTETATEN_SKOLE\"?",
            "$F:28:27: catalogs[0].datasets[0].variables[1].identifierVariables[0].unitType: \"ELEV\" is neither a global unit type nor declared under unitTypes in this file; allowed are the global unit types BEDRIFT, BK_HELSESTASJONSKONSULTASJON, BRUKSENHET, FAMILIE, FENGSLINGER_TILGANG, FORETAK, FYLKE, FYLKESKOMMUNE, HKDIR_HYU_OPPMELDING, HKDIR_STUDIESOKNAD, HUSHOLDNING, JOBB, KJORETOY, KOMMUNE, KRG_KREFTTILFELLE, KURS, MALEPUNKT, NPR_EPISODE, NPR_PROSEDYRE, NPR_SYKEHUSOPPHOLD, ORGANISASJON, PERSON, SOESKEN, SOSTIL, TRAFIKKULYKKE, TRAFIKKULYKKE_PERSON, VIRKSOMHET and those declared under unitTypes in this file: TESTETATEN_SKOLE",
        ],
    ),
    (
        "values have the right kind (text, list, mapping)",
        "invalid/wrong_kinds.yaml",
        &[
            "$F:5:16: catalogs[0].publisher: expected a mapping, found text",
            "$F:7:21: catalogs[0].datasets[0].identifier: expected text, found a list",
            "$F:10:11: catalogs[0].datasets[0].variables: expected a list, found a mapping",
        ],
    ),
    (
        "the same variable from YAML and JSON of one provider is named in both places",
        "invalid/same_variable_in_yaml_and_json",
        &[
            "$F/testetaten.yaml:10:19: catalogs[0].datasets[0].variables[0].name: \"TEST_DOBBEL\" is also the name of the variable at $F/TEST_DOBBEL.json:1; names must be unique within provider testetaten",
        ],
    ),
    (
        "a microdata-tools file needs a provider",
        "invalid/microdata_without_provider",
        &[
            "$F/TEST_ALENE.json:1: this file names no provider; put a provider.yaml with the provider's name in its folder or a parent folder, or pass --provider <id>",
        ],
    ),
    (
        "YAML syntax errors give line and column",
        "invalid/yaml_syntax.yaml",
        &[
            "$F:6:16: invalid YAML: while parsing a block mapping, did not find expected key",
        ],
    ),
];

#[test]
fn each_rule_reports_every_problem_with_file_line_path_and_message() {
    check_table(INVALID);
}

#[test]
fn every_invalid_fixture_is_in_the_table() {
    let mut listed: Vec<String> = INVALID.iter().map(|(_, n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(entries(&["invalid"]), listed);
}

/// The valid fixtures, one per feature.
const VALID: &[&str] = &[
    "text_forms",
    "link_variable",
    "code_list",
    "described",
    "provider_unit_types",
    "multiple_catalogs",
];

/// Builds a valid fixture, checking it has no problems at all.
fn build(name: &str) -> Value {
    let report = report::run(&[fixture(&format!("valid/{name}.yaml"))]).expect("readable");
    let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems, Vec::<String>::new(), "{name}");
    joined(&report.catalog.expect("a catalog without errors"))
}

#[test]
fn valid_fixtures_build_into_their_committed_catalogs() {
    for name in VALID {
        let path = Path::new("tests/golden/valid").join(format!("{name}.json"));
        let report = report::run(&[fixture(&format!("valid/{name}.yaml"))]).expect("readable");
        let value = joined(&report.catalog.expect("a catalog"));
        let json = serde_json::to_string_pretty(&value).expect("JSON") + "\n";
        if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
            std::fs::write(&path, &json).expect("the golden file is writable");
        } else {
            let expected = std::fs::read_to_string(&path).expect("the golden file exists");
            assert!(
                json == expected,
                "{name}: the catalog differs from {}; run with UPDATE_GOLDEN=1 and review the diff",
                path.display()
            );
        }
    }
}

/// The fixture, a JSON pointer into its catalog, and the value there.
fn facts() -> Vec<(&'static str, &'static str, Value)> {
    vec![
        // Text: a plain string is nb; a list of strings is nb paragraphs;
        // languageCode no counts as nb; nn and en are kept.
        (
            "text_forms",
            "/datasets/0/title",
            json!({"nb": "Tekster", "nn": "Tekstar", "en": "Texts"}),
        ),
        (
            "text_forms",
            "/variables/0/details/population",
            json!({"nb": "Alle personer bosatt i Norge.\n\nPersoner uten fast bosted er ikke med."}),
        ),
        (
            "text_forms",
            "/variables/0/details/spatialCoverage",
            json!({"nb": "Norge", "en": "Norway"}),
        ),
        (
            "text_forms",
            "/variables/0/subjectFields",
            json!([{"nb": "Språk"}, {"nb": "Befolkning", "en": "Population"}]),
        ),
        (
            "text_forms",
            "/variables/0/label",
            json!({"nb": "Hovedspråk"}),
        ),
        (
            "text_forms",
            "/variables/0/description",
            json!({"nb": "Språket personen oftest bruker hjemme"}),
        ),
        (
            "text_forms",
            "/providers/0/contact/email",
            json!("tekst@example.no"),
        ),
        ("text_forms", "/variables/0/updated", json!("2025-05-20")),
        (
            "text_forms",
            "/variables/0/temporalCoverage",
            json!({"start": "2001-01-01", "stop": "2020-12-31"}),
        ),
        // A link variable: two unit types, and a measure with only linkTo.
        (
            "link_variable",
            "/variables/0/unitTypes",
            json!(["BEDRIFT", "FORETAK"]),
        ),
        ("link_variable", "/variables/0/linkTo", json!("FORETAK")),
        ("link_variable", "/variables/0/details/measure", json!({})),
        (
            "link_variable",
            "/unitTypes/1/label",
            json!({"nb": "Foretak", "en": "Enterprise"}),
        ),
        // A code list keeps codes as written, with sentinels as "missing".
        (
            "code_list",
            "/variables/0/details/measure/valueDomain/codes/1",
            json!({"code": "50", "title": {"nb": "Trøndelag"}, "validFrom": "2018-01-01", "validUntil": "2023-12-31"}),
        ),
        (
            "code_list",
            "/variables/0/details/measure/valueDomain/codes/0/code",
            json!("03"),
        ),
        (
            "code_list",
            "/variables/0/details/measure/valueDomain/missing",
            json!([{"code": "0", "title": {"nb": "Ukjent"}}, {"code": "-1", "title": {"nb": "Mangler", "en": "Missing"}}]),
        ),
        (
            "described",
            "/variables/0/details/measure/valueDomain",
            json!({
                "kind": "described",
                "description": {"nb": "Beløp i hele kroner"},
                "measurementType": "CURRENCY",
                "unit": {"nb": "Norske kroner"},
                "uriDefinition": ["https://example.no/def/stipend"]
            }),
        ),
        ("described", "/providers/0/id", json!("belopsetaten")),
        // Provider unit types carry their provider; unused ones are left out.
        (
            "provider_unit_types",
            "/unitTypes",
            json!([
                {"id": "KOMMUNE", "label": {"nb": "Kommune", "en": "Municipality"}, "description": {
                    "nb": "Kommune er en regional administrativ enhet. Kommune er betegnelsen både på et politisk og forvaltningsmessig nivå og et regionalt nivå i statistikken.",
                    "en": "Municipality is a regional administrative unit. Municipality is the designation both at a political and administrative level and the designation of a regional level in statistics."}},
                {"id": "SKOLEETATEN_KLASSE", "label": {"nb": "Klasse", "en": "Class"}, "provider": "skoleetaten"},
                {"id": "SKOLEETATEN_SKOLE", "label": {"nb": "Skole"}, "description": {"nb": "En skole slik etaten registrerer den"}, "provider": "skoleetaten"}
            ]),
        ),
        (
            "provider_unit_types",
            "/variables/0/unitTypes",
            json!(["SKOLEETATEN_KLASSE", "SKOLEETATEN_SKOLE"]),
        ),
        // Several catalogs: providers, datasets and variables each sorted.
        ("multiple_catalogs", "/providers/0/id", json!("andre-etat")),
        ("multiple_catalogs", "/providers/1/id", json!("forste-etat")),
        ("multiple_catalogs", "/datasets/0/id", json!("a-dataset")),
        (
            "multiple_catalogs",
            "/datasets/0/provider",
            json!("andre-etat"),
        ),
        (
            "multiple_catalogs",
            "/variables/0/id",
            json!("andre-etat/FELLES_NAVN"),
        ),
        (
            "multiple_catalogs",
            "/variables/1/id",
            json!("andre-etat/NY_VARIABEL"),
        ),
        (
            "multiple_catalogs",
            "/variables/2/id",
            json!("forste-etat/FELLES_NAVN"),
        ),
        (
            "multiple_catalogs",
            "/variables/0/discontinued/successors",
            json!(["NY_VARIABEL"]),
        ),
    ]
}

#[test]
fn valid_fixtures_give_the_documented_catalog_values() {
    for (name, pointer, expected) in facts() {
        let catalog = build(name);
        assert_eq!(
            catalog.pointer(pointer),
            Some(&expected),
            "{name} {pointer}"
        );
    }
}
