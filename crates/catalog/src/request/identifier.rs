//! Identifier variables: the variable that carries a unit's own key (for
//! PERSON the pseudonymised fødselsnummer), which a delivery needs to join
//! data about that unit from several variables.
//!
//! The provider marks such a variable with `identifierFor` (the catalog's
//! [`Variable::identifier_for`]), so the rule reads that marking instead of
//! guessing from links and temporality.

use crate::{Catalog, JoinGraph, Variable};

/// True when `v` is the identifier variable of unit type `unit`; see the
/// module notes.
fn is_identifier_of(v: &Variable, unit: &str) -> bool {
    v.identifier_for.as_deref() == Some(unit)
}

/// The unit types the selection joins on that have identifier variables in
/// the catalog, none of them selected: `(unit type, candidate positions in
/// catalog order)`, by unit type.
///
/// The selection joins on X when two or more selected variables are about
/// X (each variable is its own small dataset, joined on the identifier),
/// or when the selection links X with another unit type.
pub(crate) fn missing(catalog: &Catalog, basket: &crate::Basket) -> Vec<(String, Vec<usize>)> {
    let report = JoinGraph::new(catalog).report(catalog, basket);
    let mut out = Vec::new();
    for group in &report.groups {
        let unit = group.unit_type.as_str();
        let linked = report.links.iter().any(|l| l.a == unit || l.b == unit);
        if group.variables.len() < 2 && !linked {
            continue;
        }
        let candidates: Vec<usize> = catalog
            .variables
            .iter()
            .enumerate()
            .filter(|(_, v)| is_identifier_of(v, unit))
            .map(|(i, _)| i)
            .collect();
        let selected = candidates
            .iter()
            .any(|&i| basket.contains(&catalog.variables[i].id));
        if !candidates.is_empty() && !selected {
            out.push((unit.to_string(), candidates));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{catalog, variable};
    use crate::{Basket, Temporality, Text};

    /// A variable keyed on `unit`; `FNR` is marked as PERSON's identifier.
    fn var(name: &str, unit: &str, link: Option<&str>, t: Temporality) -> Variable {
        let mut v = variable("p", name, Text::nb(name), Text::default());
        v.identifier = unit.into();
        v.unit_types = vec![unit.into()];
        v.link_to = link.map(String::from);
        v.temporality = t;
        if name == "FNR" {
            v.identifier_for = Some(unit.into());
        }
        v
    }

    #[test]
    fn asks_for_the_identifier_of_a_unit_type_the_selection_joins_on() {
        use Temporality::{Event, Fixed, Status};
        let cat = catalog(
            vec![],
            vec![],
            vec![
                var("ALDER", "PERSON", None, Fixed),                   // 0
                var("FNR", "PERSON", Some("PERSON"), Fixed),           // 1
                var("INNTEKT", "PERSON", None, Status),                // 2
                var("KOMMUNE", "PERSON", Some("KOMMUNE"), Event),      // 3
                var("FOLKETALL", "KOMMUNE", None, Status),             // 4
                var("ETTERFOLGER", "KOMMUNE", Some("KOMMUNE"), Event), // 5
            ],
        );
        let basket =
            |names: &[&str]| -> Basket { names.iter().map(|n| format!("p/{n}")).collect() };
        // (selected, expected (unit type, candidates))
        type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a [usize])]);
        let cases: [Case; 6] = [
            (&["ALDER"], &[]),
            (&["ALDER", "INNTEKT"], &[("PERSON", &[1])]),
            (&["ALDER", "INNTEKT", "FNR"], &[]),
            // PERSON linked to KOMMUNE: PERSON needs its key; KOMMUNE has
            // no marked identifier variable, so nothing is asked for it.
            (&["KOMMUNE", "FOLKETALL"], &[("PERSON", &[1])]),
            (&["FOLKETALL", "ETTERFOLGER"], &[]),
            (&[], &[]),
        ];
        for (selected, expected) in cases {
            let found = missing(&cat, &basket(selected));
            let expected: Vec<(String, Vec<usize>)> = expected
                .iter()
                .map(|(u, c)| (u.to_string(), c.to_vec()))
                .collect();
            assert_eq!(found, expected, "{selected:?}");
        }
    }
}
