//! Benchmark queries in, benchmark facet counts out.

use crate::doc::temporality;
use catalog::{Facet, Lang, Query};

/// The benchmark's facets, in its order, with the catalog facet of each.
pub const FACETS: [(&str, Facet); 3] = [
    ("provider", Facet::Provider),
    ("temporality", Facet::Temporality),
    ("unitTypes", Facet::UnitType),
];

/// The catalog query for a benchmark query: `text`, and per benchmark
/// facet (in [`FACETS`] order) its selected values. The first page of 25,
/// by relevance (which without text is the name order).
pub fn query(text: &str, selections: [&[&str]; 3]) -> Query {
    let mut query = Query {
        text: text.to_string(),
        ..Query::default()
    };
    for ((_, facet), values) in FACETS.iter().zip(selections) {
        let selection = query.selection_mut(*facet);
        for value in values {
            match facet {
                // Unknown labels stay as given: the engine ignores them.
                Facet::Temporality => selection.insert(
                    temporality(value).map_or_else(|| value.to_string(), |t| t.code().to_string()),
                ),
                _ => selection.insert(value.to_string()),
            };
        }
    }
    query
}

/// A facet value id of the catalog in the benchmark's spelling: the
/// Norwegian label for a temporality code, the id itself otherwise.
pub fn value_name(facet: Facet, id: &str) -> String {
    match facet {
        Facet::Temporality => catalog::Temporality::from_code(id)
            .map_or_else(|| id.to_string(), |t| t.label(Lang::Nb).to_string()),
        _ => id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{build_catalog, Doc};
    use catalog::{Analysis, Engine};

    fn doc<'a>(name: &'a str, provider: &'a str, temporality: &'a str) -> Doc<'a> {
        Doc {
            name,
            label: "elev",
            provider,
            temporality,
            unit_types: vec!["Person"],
            ..Doc::default()
        }
    }

    #[test]
    fn selections_and_counts_use_the_benchmark_spelling() {
        let docs = [
            doc("B", "SSB", "Tverrsnitt"),
            doc("A", "Udir", "Fast"),
            doc("C", "SSB", "Fast"),
        ];
        let catalog = build_catalog(docs).expect("valid");
        let engine = Engine::with_analysis(&catalog, Analysis::CANONICAL);
        let answer = engine.run(&query("", [&["SSB"], &["Fast"], &[]]), None::<&str>);
        assert_eq!((answer.total, answer.rows.clone()), (1, vec![2]));
        let [providers, temporalities, units] = FACETS.map(|(_, facet)| {
            let counts = answer.facets.iter().filter(|c| c.facet == facet);
            counts
                .flat_map(|c| &c.values)
                .filter(|v| v.count > 0)
                .map(|v| (value_name(facet, &v.id), v.count))
                .collect::<Vec<_>>()
        });
        assert_eq!(providers, [("SSB".to_string(), 1), ("Udir".to_string(), 1)]);
        assert_eq!(
            temporalities,
            [("Fast".to_string(), 1), ("Tverrsnitt".to_string(), 1)]
        );
        assert_eq!(units, [("Person".to_string(), 1)]);
        let all = engine.run(&query("", [&[], &[], &[]]), None::<&str>);
        assert_eq!(all.rows, [1, 0, 2], "technical names in byte order");
    }
}
