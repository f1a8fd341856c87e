//! The active filters of an answer as removable chips: what the browse
//! page lists above the results, and what the empty state names.

use super::QueryIntent;
use crate::{Answer, Facet, Query};

/// One active filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chip {
    /// What the filter is.
    pub kind: ChipKind,
    /// The label to show: the facet value's label in the query's language,
    /// or the trimmed search text. Empty for [`ChipKind::OnlySelected`],
    /// whose label is a UI string the app owns.
    pub label: String,
    /// The intent that removes this filter (it also goes back to page 1).
    pub remove: QueryIntent,
}

/// Which filter a [`Chip`] stands for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ChipKind {
    /// The search text. Its label changes with every key typed.
    Search,
    /// A selected facet value, by facet and id.
    Facet(Facet, String),
    /// "Show only selected variables".
    OnlySelected,
}

/// The removable chips of `query`, given the engine's `answer` to it: the
/// search text when it has a word, each selected facet value in
/// [`Facet::ALL`] order, then the basket filter.
///
/// Selected ids the catalog does not know are ignored by the engine and
/// have no facet value in the answer, so they get no chip either.
pub fn chips(query: &Query, answer: &Answer) -> Vec<Chip> {
    let mut chips = Vec::new();
    if query.has_text() {
        chips.push(Chip {
            kind: ChipKind::Search,
            label: query.text.trim().to_string(),
            remove: QueryIntent::ClearText,
        });
    }
    for facet in Facet::ALL {
        let values = answer.facets.iter().find(|c| c.facet == facet);
        for id in query.selection(facet) {
            let Some(value) = values.and_then(|c| c.values.iter().find(|v| &v.id == id)) else {
                continue;
            };
            chips.push(Chip {
                kind: ChipKind::Facet(facet, id.clone()),
                label: value.label.clone(),
                remove: QueryIntent::Remove(facet, id.clone()),
            });
        }
    }
    if query.only_selected {
        chips.push(Chip {
            kind: ChipKind::OnlySelected,
            label: String::new(),
            remove: QueryIntent::OnlySelected(false),
        });
    }
    chips
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{catalog, provider, unit_type, variable};
    use crate::{Engine, Text};

    #[test]
    fn chips_follow_the_query_in_facet_order() {
        let cat = catalog(
            vec![provider("sikt", "Sikt"), provider("ssb", "SSB")],
            vec![unit_type("PERSON", Text::nb("Person"))],
            vec![
                variable("sikt", "A", Text::nb("Elev"), Text::default()),
                variable("ssb", "B", Text::nb("Skole"), Text::default()),
            ],
        );
        let engine = Engine::new(&cat);
        let search = |s: &str| Query::from_search_string(s);
        let cases: Vec<(&str, Vec<(ChipKind, &str)>)> = vec![
            ("", vec![]),
            ("q=+--+", vec![]),
            ("q=+elev+", vec![(ChipKind::Search, "elev")]),
            (
                "q=elev&tilbyder=sikt&tilbyder=ukjent&valgte=1",
                vec![
                    (ChipKind::Search, "elev"),
                    (ChipKind::Facet(Facet::Provider, "sikt".into()), "Sikt"),
                    (ChipKind::OnlySelected, ""),
                ],
            ),
            (
                "tilgang=PUBLIC&tilbyder=ssb",
                vec![
                    (ChipKind::Facet(Facet::Provider, "ssb".into()), "SSB"),
                    (ChipKind::Facet(Facet::Access, "PUBLIC".into()), "Åpen"),
                ],
            ),
        ];
        for (s, expected) in cases {
            let query = search(s);
            let got: Vec<(ChipKind, String)> = chips(&query, &engine.run(&query, ["sikt/A"]))
                .into_iter()
                .map(|c| (c.kind, c.label))
                .collect();
            let expected: Vec<(ChipKind, String)> = expected
                .into_iter()
                .map(|(k, l)| (k, l.to_string()))
                .collect();
            assert_eq!(got, expected, "{s}");
        }
    }

    #[test]
    fn removing_a_chip_removes_only_its_filter() {
        let cat = catalog(
            vec![provider("sikt", "Sikt")],
            vec![],
            vec![variable("sikt", "A", Text::nb("Elev"), Text::default())],
        );
        let engine = Engine::new(&cat);
        let query = Query::from_search_string("q=elev&tilbyder=sikt&valgte=1&side=3");
        let cases = [
            (ChipKind::Search, "tilbyder=sikt&valgte=1"),
            (
                ChipKind::Facet(Facet::Provider, "sikt".into()),
                "q=elev&valgte=1",
            ),
            (ChipKind::OnlySelected, "q=elev&tilbyder=sikt"),
        ];
        let all = chips(&query, &engine.run(&query, ["sikt/A"]));
        for (kind, expected) in cases {
            let chip = all.iter().find(|c| c.kind == kind).expect("a chip");
            assert_eq!(
                query.apply(chip.remove.clone()).to_search_string(),
                expected
            );
        }
    }
}
