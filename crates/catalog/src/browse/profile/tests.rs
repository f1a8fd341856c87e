//! Table tests of the provider and dataset profiles.

use super::*;
use crate::testing::{catalog, provider, unit_type, variable};
use crate::{TemporalCoverage, Text};

/// Two providers sharing a dataset id, with variables of each
/// temporality and unit type, some without a dataset or a coverage.
fn sample() -> Catalog {
    let v = |p: &str, name: &str, t: Temporality, unit: &str, set: Option<&str>| {
        let mut v = variable(p, name, Text::nb(name), Text::default());
        v.temporality = t;
        v.identifier = unit.to_string();
        v.unit_types = vec![unit.to_string()];
        v.dataset = set.map(str::to_string);
        v
    };
    let cover = |mut v: Variable, start: &str, stop: Option<&str>| {
        v.temporal_coverage = Some(TemporalCoverage {
            start: Some(start.to_string()),
            stop: stop.map(str::to_string),
        });
        v
    };
    use Temporality::*;
    let mut cat = catalog(
        vec![
            provider("novari", "Novari"),
            provider("ssb", "SSB"),
            provider("tom", "Tom"),
        ],
        vec![
            unit_type("PERSON", Text::nb_en("Person", "Person")),
            unit_type("SKOLE", Text::nb_en("Skole", "School")),
        ],
        vec![
            cover(
                v("novari", "A", Fixed, "PERSON", Some("s1")),
                "2019-08-01",
                Some("2021-06-30"),
            ),
            cover(
                v("novari", "B", Event, "PERSON", Some("s1")),
                "2015-01-01",
                None,
            ),
            v("novari", "C", Fixed, "SKOLE", Some("s1")),
            v("novari", "D", Status, "KOMMUNE", None),
            cover(
                v("ssb", "E", Accumulated, "PERSON", Some("s1")),
                "2000",
                Some("2001"),
            ),
        ],
    );
    let set = |p: &str, id: &str, title: &str| Dataset {
        id: id.to_string(),
        provider: p.to_string(),
        title: Text::nb(title),
        description: Text::default(),
        keywords: Vec::new(),
    };
    cat.datasets = vec![
        set("novari", "s1", "Vigo"),
        set("ssb", "s1", "Befolkning"),
        set("novari", "s0", "Ånden"),
        set("novari", "s2", ""),
    ];
    cat
}

/// `(id, label, count)` of each tally, to compare with a table row.
fn tallies(tallies: &[Tally]) -> Vec<(&str, &str, usize)> {
    tallies
        .iter()
        .map(|t| (t.id.as_str(), t.label.as_str(), t.count))
        .collect()
}

/// One expected provider profile: id, language, variables, datasets with
/// their counts, per temporality and per unit type.
type ProviderRow = (
    &'static str,
    Lang,
    usize,
    Vec<(usize, usize)>,
    Vec<(&'static str, &'static str, usize)>,
    Vec<(&'static str, &'static str, usize)>,
);

#[test]
fn provider_profiles_count_every_variable_once_per_chart() {
    use Temporality::*;
    let cat = sample();
    let cases: Vec<ProviderRow> = vec![
        (
            "novari",
            Lang::Nb,
            4,
            // By title A–Å: s2 has none and sorts by its id, Å last.
            vec![(3, 0), (0, 3), (2, 0)],
            vec![
                ("FIXED", Fixed.label(Lang::Nb), 2),
                ("STATUS", Status.label(Lang::Nb), 1),
                ("EVENT", Event.label(Lang::Nb), 1),
            ],
            // Most first, then A–Å; an unknown unit type by its id.
            vec![
                ("PERSON", "Person", 2),
                ("KOMMUNE", "KOMMUNE", 1),
                ("SKOLE", "Skole", 1),
            ],
        ),
        (
            "ssb",
            Lang::En,
            1,
            vec![(1, 1)],
            vec![("ACCUMULATED", Accumulated.label(Lang::En), 1)],
            vec![("PERSON", "Person", 1)],
        ),
        ("tom", Lang::Nb, 0, vec![], vec![], vec![]),
    ];
    for (id, lang, variables, datasets, by_temporality, by_unit_type) in cases {
        let profile = provider_profile(&cat, id, lang).expect(id);
        assert_eq!(profile.variables, variables, "{id}");
        assert_eq!(profile.datasets, datasets, "{id}");
        assert_eq!(tallies(&profile.by_temporality), by_temporality, "{id}");
        assert_eq!(tallies(&profile.by_unit_type), by_unit_type, "{id}");
    }
    assert_eq!(provider_profile(&cat, "ukjent", Lang::Nb), None);
}

#[test]
fn dataset_profiles_keep_providers_apart_and_span_the_coverage() {
    let cat = sample();
    let span = |from, to, ongoing| Some(Span { from, to, ongoing });
    type Row = (usize, Vec<usize>, Vec<&'static str>, Option<Span>, usize);
    let cases: [(&str, Option<Row>); 6] = [
        // B runs on, so the span does; C states no coverage.
        (
            "novari/s1",
            Some((
                0,
                vec![0, 1, 2],
                vec!["PERSON", "SKOLE"],
                span(2015, 2026, true),
                1,
            )),
        ),
        // The same dataset id at another provider is another dataset.
        (
            "ssb/s1",
            Some((1, vec![4], vec!["PERSON"], span(2000, 2001, false), 0)),
        ),
        ("novari/s0", Some((2, vec![], vec![], None, 0))),
        ("s1", None),
        ("ssb/s0", None),
        ("", None),
    ];
    for (key, expected) in cases {
        let got = dataset_profile(&cat, key, 2026).map(|p| {
            let units = p.unit_types.iter().map(String::as_str).collect::<Vec<_>>();
            let units = units.join(" ");
            (
                p.dataset,
                p.variables,
                units,
                p.coverage,
                p.unknown_coverage,
            )
        });
        let expected = expected.map(|(d, v, u, c, n)| (d, v, u.join(" "), c, n));
        assert_eq!(got, expected, "{key}");
    }
}

#[test]
fn dataset_titles_fall_back_to_the_id() {
    let cat = sample();
    let cases = [(0, Lang::En, "Vigo"), (3, Lang::Nb, "s2")];
    for (i, lang, title) in cases {
        assert_eq!(dataset_title(&cat.datasets[i], lang), title);
    }
}
