//! The sample catalog's identifier variables: every unit type a variable
//! is keyed on has one, marked with `identifierFor`, and searching for
//! "fødselsnummer", "organisasjonsnummer" or "kommunenummer" finds it;
//! "VIGO" finds the pilot's variables.

use catalog::{Catalog, Engine, PageSize, Query};
use nettbutikk_catalog::report;
use std::collections::BTreeSet;
use std::path::Path;

fn sample() -> Catalog {
    let metadata = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../metadata");
    let report = report::run(&[metadata]).expect("the sample metadata can be read");
    report
        .catalog
        .expect("the sample metadata has no errors")
        .catalog
}

/// The ids of every variable the search text finds, in the shop's order.
fn search(engine: &Engine, catalog: &Catalog, text: &str) -> Vec<String> {
    let query = Query {
        text: text.into(),
        page_size: PageSize::P100,
        ..Query::default()
    };
    let answer = engine.run(&query, [""; 0]);
    answer
        .rows
        .iter()
        .map(|&i| catalog.variables[i].id.clone())
        .collect()
}

#[test]
fn every_unit_type_a_variable_is_keyed_on_has_one_identifier_variable() {
    let catalog = sample();
    let keyed: BTreeSet<&str> = catalog
        .variables
        .iter()
        .map(|v| v.identifier.as_str())
        .collect();
    for unit_type in keyed {
        let marked: Vec<&str> = catalog
            .variables
            .iter()
            .filter(|v| v.identifier_for.as_deref() == Some(unit_type))
            .map(|v| v.id.as_str())
            .collect();
        assert_eq!(marked.len(), 1, "{unit_type}: {marked:?}");
    }
    for v in catalog
        .variables
        .iter()
        .filter(|v| v.identifier_for.is_some())
    {
        assert_eq!(
            v.identifier_for.as_deref(),
            Some(v.identifier.as_str()),
            "{}",
            v.id
        );
    }
}

#[test]
fn searching_for_an_identifier_finds_its_variable() {
    let catalog = sample();
    let engine = Engine::new(&catalog);
    let cases: &[(&str, &[&str])] = &[
        ("fødselsnummer", &["novari-iks/VGO_ELEV_FNR"]),
        ("fodselsnummer", &["novari-iks/VGO_ELEV_FNR"]),
        (
            "organisasjonsnummer",
            &[
                "bronnoysundregistrene/BRREG_ENHET_ORGNR",
                "bronnoysundregistrene/BRREG_VIRKSOMHET_ORGNR",
            ],
        ),
        ("kommunenummer", &["kartverket/ADMENHET_KOMMUNENR"]),
        ("fylkesnummer", &["kartverket/ADMENHET_FYLKESNR"]),
    ];
    for (text, expected) in cases {
        let found = search(&engine, &catalog, text);
        // Printed for the record: `cargo test --test identifiers -- --nocapture`.
        println!("{text}: {} found: {}", found.len(), found.join(", "));
        for id in *expected {
            assert!(
                found.iter().any(|f| f == id),
                "{text} finds {id}: {found:?}"
            );
        }
    }
    // Every variable of the pilot says it comes from VIGO.
    let mut found = search(&engine, &catalog, "VIGO");
    println!("VIGO: {} found: {}", found.len(), found.join(", "));
    let mut novari: Vec<String> = catalog
        .variables
        .iter()
        .filter(|v| v.provider == "novari-iks")
        .map(|v| v.id.clone())
        .collect();
    found.sort();
    novari.sort();
    assert_eq!(found, novari);
}
