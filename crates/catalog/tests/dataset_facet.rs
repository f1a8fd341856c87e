//! The Datasett facet on a small catalog, by table: keys that keep two
//! providers' datasets with the same id apart, titles as labels,
//! disjunctive counts (OR within the facet, AND with the others) and the
//! facet surviving the prebuilt index's byte form.

use catalog::*;

#[path = "../src/testing.rs"]
mod testing;

use testing::{catalog, provider, unit_type, variable};

fn sample() -> Catalog {
    let v = |p: &str, name: &str, set: Option<&str>, t: Temporality| {
        let mut v = variable(p, name, Text::nb(name), Text::default());
        v.dataset = set.map(str::to_string);
        v.temporality = t;
        v
    };
    use Temporality::*;
    let mut cat = catalog(
        vec![provider("novari", "Novari"), provider("ssb", "SSB")],
        vec![unit_type("PERSON", Text::nb("Person"))],
        vec![
            v("novari", "A", Some("s1"), Fixed),
            v("novari", "B", Some("s1"), Event),
            v("novari", "C", Some("s2"), Fixed),
            v("novari", "D", None, Fixed),
            v("ssb", "E", Some("s1"), Fixed),
        ],
    );
    let set = |p: &str, id: &str, title: Text| Dataset {
        id: id.into(),
        provider: p.into(),
        title,
        description: Text::default(),
        keywords: Vec::new(),
    };
    cat.datasets = vec![
        set("novari", "s1", Text::nb_en("Vigo", "Vigo (en)")),
        set("novari", "s2", Text::nb("Annet")),
        set("ssb", "s1", Text::default()),
    ];
    cat
}

/// The Datasett facet's `(id, label, count, selected)` for a query.
fn dataset_facet(engine: &Engine, search: &str) -> Vec<(String, String, usize, bool)> {
    let query = Query::from_search_string(search);
    let answer = engine.run(&query, [""; 0]);
    let facet = answer.facets.iter().find(|f| f.facet == Facet::Dataset);
    facet
        .map(|f| {
            let values = f.values.iter();
            values
                .map(|v| (v.id.clone(), v.label.clone(), v.count, v.selected))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_dataset_facet_counts_disjunctively() {
    let cat = sample();
    let engine = Engine::new(&cat);
    let prebuilt = Engine::from_bytes(&engine.to_bytes()).expect("the index reads back");
    let row = |id: &str, label: &str, count, selected| {
        (id.to_string(), label.to_string(), count, selected)
    };
    let cases = [
        // Every dataset, most variables first; no title means the key.
        (
            "",
            5,
            vec![
                row("novari/s1", "Vigo", 2, false),
                row("novari/s2", "Annet", 1, false),
                row("ssb/s1", "ssb/s1", 1, false),
            ],
        ),
        // OR within the facet: selecting one leaves the others' counts.
        (
            "sett=novari/s1",
            2,
            vec![
                row("novari/s1", "Vigo", 2, true),
                row("novari/s2", "Annet", 1, false),
                row("ssb/s1", "ssb/s1", 1, false),
            ],
        ),
        (
            "sett=novari/s1&sett=ssb/s1",
            3,
            vec![
                row("novari/s1", "Vigo", 2, true),
                row("novari/s2", "Annet", 1, false),
                row("ssb/s1", "ssb/s1", 1, true),
            ],
        ),
        // AND across: another facet narrows the counts; ties by label.
        (
            "temporalitet=FIXED&lang=en",
            4,
            vec![
                row("novari/s2", "Annet", 1, false),
                row("ssb/s1", "ssb/s1", 1, false),
                row("novari/s1", "Vigo (en)", 1, false),
            ],
        ),
        (
            "tilbyder=ssb&sett=novari/s1",
            0,
            vec![
                row("ssb/s1", "ssb/s1", 1, false),
                row("novari/s1", "Vigo", 0, true),
            ],
        ),
        // A bare dataset id is not a key: ignored, as any unknown id.
        (
            "sett=s1",
            5,
            vec![
                row("novari/s1", "Vigo", 2, false),
                row("novari/s2", "Annet", 1, false),
                row("ssb/s1", "ssb/s1", 1, false),
            ],
        ),
    ];
    for (search, total, expected) in cases {
        for engine in [&engine, &prebuilt] {
            let query = Query::from_search_string(search);
            assert_eq!(engine.run(&query, [""; 0]).total, total, "{search}");
            assert_eq!(dataset_facet(engine, search), expected, "{search}");
        }
    }
}
