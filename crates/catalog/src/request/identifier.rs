//! Identifier variables: the variable that carries a unit's own key (for
//! PERSON the pseudonymised fødselsnummer), which a delivery needs to join
//! data about that unit from several variables.
//!
//! The catalog has no field that marks such a variable yet, so the rule is
//! defined on what it has: a variable is the identifier variable of unit
//! type X when it is keyed on X, its value identifies a unit of X (a link
//! variable from X to X) and it is FIXED, since a unit's own key never
//! changes. Links between different units of one type (a successor
//! municipality, which is an EVENT) are thus left out; a FIXED link such
//! as a person's mother would still match, which is why a provider's
//! explicit marking should replace this rule when the format gets one.

use crate::{Catalog, JoinGraph, Temporality, Variable};

/// True when `v` is the identifier variable of unit type `unit`; see the
/// module notes.
fn is_identifier_of(v: &Variable, unit: &str) -> bool {
    v.identifier == unit
        && v.link_to.as_deref() == Some(unit)
        && v.temporality == Temporality::Fixed
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
    use crate::{Basket, Text};

    fn var(name: &str, unit: &str, link: Option<&str>, t: Temporality) -> Variable {
        let mut v = variable("p", name, Text::nb(name), Text::default());
        v.identifier = unit.into();
        v.unit_types = vec![unit.into()];
        v.link_to = link.map(String::from);
        v.temporality = t;
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
            // no FIXED self-link, so nothing is asked for it.
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
