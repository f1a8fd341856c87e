//! The detail view's related variables.

use crate::browse::locate::{self, ProviderOrder};
use crate::{Catalog, Lang, Variable};
use std::cmp::Ordering;

/// The most positions a list of related variables holds; the full count is
/// kept beside it, so a huge catalog never yields a huge list.
pub const MAX_RELATED: usize = 50;

/// A list cut to at most [`MAX_RELATED`] entries, with the full count.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Capped {
    /// Positions in `catalog.variables`: the first [`MAX_RELATED`] in the
    /// list's order.
    pub items: Vec<usize>,
    /// How many there are in all; more than `items.len()` when cut.
    pub total: usize,
}

impl Capped {
    /// Cuts an already ordered list.
    pub fn new(mut items: Vec<usize>) -> Capped {
        let total = items.len();
        items.truncate(MAX_RELATED);
        Capped { items, total }
    }

    /// True when the list was cut.
    pub fn is_cut(&self) -> bool {
        self.total > self.items.len()
    }
}

/// A successor named by a discontinued variable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Successor {
    /// The technical name, as the metadata gives it.
    pub name: String,
    /// Its position in `catalog.variables` (same provider), or `None`
    /// when the catalog does not have it.
    pub index: Option<usize>,
}

/// Variables related to one variable, for its detail view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Related {
    /// Other providers' variables about the same identifier unit type, so
    /// joinable with this one: by provider name, then label.
    pub same_unit_type_other_providers: Capped,
    /// The other variables of its dataset, by label.
    pub same_dataset: Capped,
    /// The variables that replace it (when discontinued), in the
    /// metadata's order; never cut, as the metadata lists only a few.
    pub successors: Vec<Successor>,
    /// The same provider's variables that name it as a successor, by label.
    pub predecessors: Capped,
}

/// The variables related to `catalog.variables[index]`, sorted for display
/// in `lang`; empty for an index out of range.
///
/// One pass over the catalog; each list keeps only its first
/// [`MAX_RELATED`] entries, found without sorting the rest.
pub fn related(catalog: &Catalog, index: usize, lang: Lang) -> Related {
    let Some(me) = catalog.variables.get(index) else {
        return Related::default();
    };
    let mut same_type = Vec::new();
    let mut same_dataset = Vec::new();
    let mut predecessors = Vec::new();
    let mut successors: Vec<Successor> = me
        .successors()
        .iter()
        .map(|name| Successor {
            name: name.clone(),
            index: None,
        })
        .collect();
    for (i, v) in catalog.variables.iter().enumerate() {
        if i == index {
            continue;
        }
        if v.provider != me.provider {
            if v.identifier == me.identifier {
                same_type.push(i);
            }
            continue;
        }
        if me.dataset.is_some() && v.dataset == me.dataset {
            same_dataset.push(i);
        }
        if names_successor(v, &me.name) {
            predecessors.push(i);
        }
        for s in successors
            .iter_mut()
            .filter(|s| s.index.is_none() && s.name == v.name)
        {
            s.index = Some(i);
        }
    }
    let order = ProviderOrder::new(catalog, lang);
    let by = |a: &Variable, b: &Variable| locate::compare(&order, lang, a, b);
    Related {
        same_unit_type_other_providers: first_sorted(catalog, same_type, &by),
        same_dataset: first_sorted(catalog, same_dataset, &by),
        successors,
        predecessors: first_sorted(catalog, predecessors, &by),
    }
}

/// True when `v` is discontinued and names `name` as a successor.
fn names_successor(v: &Variable, name: &str) -> bool {
    v.successors().iter().any(|s| s == name)
}

/// The first [`MAX_RELATED`] positions in `by` order: a partial selection
/// first, so 80,000 PERSON variables are not all sorted for 50 links.
fn first_sorted(
    catalog: &Catalog,
    items: Vec<usize>,
    by: &impl Fn(&Variable, &Variable) -> Ordering,
) -> Capped {
    let total = items.len();
    let mut positions: Vec<u32> = items.into_iter().map(|i| i as u32).collect();
    crate::sorting::first_positions_by(&mut positions, MAX_RELATED, &mut |a, b| {
        by(
            &catalog.variables[a as usize],
            &catalog.variables[b as usize],
        )
    });
    let items = positions.into_iter().map(|p| p as usize).collect();
    Capped { items, total }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{catalog, provider, variable};
    use crate::{Discontinued, Text};

    fn var(
        p: &str,
        name: &str,
        label: &str,
        unit: &str,
        dataset: Option<&str>,
        successors: &[&str],
    ) -> Variable {
        let mut v = variable(p, name, Text::nb(label), Text::default());
        v.identifier = unit.into();
        v.dataset = dataset.map(String::from);
        if !successors.is_empty() {
            v.discontinued = Some(Discontinued {
                successors: successors.iter().map(|s| s.to_string()).collect(),
            });
        }
        v
    }

    #[test]
    fn finds_each_kind_of_relative() {
        let cat = catalog(
            vec![
                provider("a", "Åsen"),
                provider("b", "Berg"),
                provider("c", "Aker"),
            ],
            vec![],
            vec![
                var(
                    "a",
                    "GAMMEL",
                    "Gammel",
                    "PERSON",
                    Some("d1"),
                    &["NY", "BORTE"],
                ), // 0
                var("a", "NY", "Ny", "PERSON", Some("d1"), &[]), // 1
                var("a", "ELDRE", "Eldre", "PERSON", None, &["GAMMEL"]), // 2
                var("a", "ANNEN", "Annen", "SKOLE", Some("d1"), &[]), // 3
                var("b", "Z", "Zebra", "PERSON", Some("d1"), &["GAMMEL"]), // 4
                var("b", "Y", "Ape", "PERSON", None, &[]),       // 5
                var("c", "X", "Øre", "PERSON", None, &[]),       // 6
                var("c", "W", "Skole", "SKOLE", None, &[]),      // 7
            ],
        );
        let r = related(&cat, 0, Lang::Nb);
        // Aker before Berg (Åsen is the variable's own provider).
        assert_eq!(
            r.same_unit_type_other_providers,
            Capped {
                items: vec![6, 5, 4],
                total: 3
            }
        );
        // Other providers' variables never count as the same dataset.
        assert_eq!(
            r.same_dataset,
            Capped {
                items: vec![3, 1],
                total: 2
            }
        );
        assert_eq!(
            r.successors,
            [
                Successor {
                    name: "NY".into(),
                    index: Some(1)
                },
                Successor {
                    name: "BORTE".into(),
                    index: None
                },
            ]
        );
        // b/Z names a GAMMEL too, but of another provider.
        assert_eq!(
            r.predecessors,
            Capped {
                items: vec![2],
                total: 1
            }
        );
        let none = related(&cat, 1, Lang::Nb);
        assert!(none.successors.is_empty());
        assert_eq!(none.predecessors.items, [0]);
        assert_eq!(related(&cat, 99, Lang::Nb), Related::default());
        // No dataset: no dataset siblings, even among others without one.
        assert_eq!(related(&cat, 2, Lang::Nb).same_dataset, Capped::default());
    }

    #[test]
    fn long_lists_are_cut_to_the_first_in_order() {
        let mut vars: Vec<Variable> = (0..500)
            .map(|i| {
                var(
                    "b",
                    &format!("V{i:03}"),
                    &format!("Etikett {:03}", 499 - i),
                    "PERSON",
                    None,
                    &[],
                )
            })
            .collect();
        vars.push(var("a", "ME", "Meg", "PERSON", None, &[]));
        let cat = catalog(vec![], vec![], vars);
        let r = related(&cat, 500, Lang::Nb);
        let list = r.same_unit_type_other_providers;
        assert_eq!(
            (list.items.len(), list.total, list.is_cut()),
            (MAX_RELATED, 500, true)
        );
        assert_eq!(list.items, (450..500).rev().collect::<Vec<_>>());
    }
}
