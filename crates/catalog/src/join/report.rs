//! A basket checked against the join graph.

use super::JoinGraph;
use crate::locate::Locator;
use crate::{Basket, Capped, Catalog};

/// The selected variables about one unit type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitGroup {
    /// The identifier unit type's id.
    pub unit_type: String,
    /// Positions in `catalog.variables`, in catalog order (provider, then
    /// technical name).
    pub variables: Vec<usize>,
}

/// How two selected unit types can be joined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Connection {
    /// Link variables connect them directly.
    Direct {
        /// The link variables, those in the basket first, then in catalog
        /// order; at most [`crate::MAX_RELATED`] of them.
        via: Capped,
        /// True when at least one of them is in the basket; if not, the
        /// researcher must add one to join the two groups.
        in_basket: bool,
    },
    /// Only a chain through other unit types connects them.
    Indirect {
        /// A shortest chain of unit types, both ends included; see
        /// [`JoinGraph::links_between`] for each step's link variables.
        path: Vec<String>,
    },
}

/// A connection between two selected unit types.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupLink {
    /// One unit type id; `a < b`.
    pub a: String,
    /// The other unit type id.
    pub b: String,
    /// How they connect.
    pub connection: Connection,
}

/// Whether a basket's variables can be combined.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JoinReport {
    /// The selection grouped by identifier unit type, by unit type id.
    pub groups: Vec<UnitGroup>,
    /// Every pair of selected unit types that can be joined, directly or
    /// through others, by `(a, b)`. Pairs in different
    /// [`JoinReport::components`] are not listed.
    pub links: Vec<GroupLink>,
    /// The selected unit types split into sets that can be joined among
    /// themselves; each sorted, ordered by their first unit type.
    pub components: Vec<Vec<String>>,
    /// True when the selection spans unit types that nothing links (more
    /// than one component): some variables cannot be combined.
    pub unlinked: bool,
}

impl JoinGraph {
    /// The basket's variables grouped by their identifier unit type. Ids
    /// the catalog does not have are left out (see
    /// [`Basket::resolve`] for those).
    pub fn groups(&self, catalog: &Catalog, basket: &Basket) -> Vec<UnitGroup> {
        let locator = Locator::new(catalog);
        let found = basket.ids().filter_map(|id| locator.find(id));
        let by_unit_type = found.map(|i| (catalog.variables[i].identifier.as_str(), i));
        crate::sorting::group_by_key(by_unit_type)
            .into_iter()
            .map(|(unit_type, mut variables)| {
                crate::sorting::sort(&mut variables);
                UnitGroup {
                    unit_type: unit_type.to_string(),
                    variables,
                }
            })
            .collect()
    }

    /// Checks whether the basket's variables can be combined: its unit
    /// groups, how each pair of them connects, and whether any part of the
    /// selection is cut off from the rest.
    pub fn report(&self, catalog: &Catalog, basket: &Basket) -> JoinReport {
        let groups = self.groups(catalog, basket);
        let types: Vec<&str> = groups.iter().map(|g| g.unit_type.as_str()).collect();
        let mut components: Vec<Vec<String>> = Vec::new();
        for &t in &types {
            match components.iter_mut().find(|c| self.connected(&c[0], t)) {
                Some(component) => component.push(t.to_string()),
                None => components.push(vec![t.to_string()]),
            }
        }
        let mut links = Vec::new();
        for (i, &a) in types.iter().enumerate() {
            for &b in &types[i + 1..] {
                if let Some(connection) = self.connection(catalog, basket, a, b) {
                    links.push(GroupLink {
                        a: a.to_string(),
                        b: b.to_string(),
                        connection,
                    });
                }
            }
        }
        JoinReport {
            unlinked: components.len() > 1,
            groups,
            links,
            components,
        }
    }

    fn connection(
        &self,
        catalog: &Catalog,
        basket: &Basket,
        a: &str,
        b: &str,
    ) -> Option<Connection> {
        let direct = self.links_between(a, b);
        if direct.is_empty() {
            let path = self.path(a, b)?;
            return Some(Connection::Indirect { path });
        }
        let chosen = |i: &usize| {
            catalog
                .variables
                .get(*i)
                .is_some_and(|v| basket.contains(&v.id))
        };
        let mut via: Vec<usize> = direct.iter().copied().filter(chosen).collect();
        let in_basket = !via.is_empty();
        via.extend(direct.iter().copied().filter(|i| !chosen(i)));
        Some(Connection::Direct {
            via: Capped::new(via),
            in_basket,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{catalog, variable};
    use crate::{Text, Variable};

    fn var(provider: &str, name: &str, unit: &str, link_to: Option<&str>) -> Variable {
        let mut v = variable(provider, name, Text::nb(name), Text::default());
        v.identifier = unit.into();
        v.unit_types = vec![unit.into()];
        v.link_to = link_to.map(String::from);
        v
    }

    fn setup() -> Catalog {
        catalog(
            vec![],
            vec![],
            vec![
                var("a", "ALDER", "PERSON", None),                   // 0
                var("a", "ELEV_SKOLE", "PERSON", Some("SKOLE")),     // 1
                var("a", "SKOLE_KOMMUNE", "SKOLE", Some("KOMMUNE")), // 2
                var("a", "SKOLENAVN", "SKOLE", None),                // 3
                var("b", "INNTEKT", "PERSON", None),                 // 4
                var("b", "FOLKETALL", "KOMMUNE", None),              // 5
                var("c", "ANSATTE", "FORETAK", None),                // 6
            ],
        )
    }

    fn basket(ids: &[&str]) -> Basket {
        ids.iter().map(|id| id.to_string()).collect()
    }

    fn names(types: &[&str]) -> Vec<String> {
        types.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn reports_direct_indirect_same_type_and_unlinked() {
        let cat = setup();
        let g = JoinGraph::new(&cat);

        // Same unit type across providers: one group, nothing to warn about.
        let same = g.report(&cat, &basket(&["a/ALDER", "b/INNTEKT", "gone/X"]));
        assert_eq!(
            same.groups,
            [UnitGroup {
                unit_type: "PERSON".into(),
                variables: vec![0, 4]
            }]
        );
        assert!(same.links.is_empty() && !same.unlinked);
        assert_eq!(same.components, [names(&["PERSON"])]);

        // Direct link not in the basket, an indirect path, and FORETAK cut off.
        let r = g.report(
            &cat,
            &basket(&["a/ALDER", "a/SKOLENAVN", "b/FOLKETALL", "c/ANSATTE"]),
        );
        let types: Vec<&str> = r.groups.iter().map(|g| g.unit_type.as_str()).collect();
        assert_eq!(types, ["FORETAK", "KOMMUNE", "PERSON", "SKOLE"]);
        let direct = |via: Vec<usize>, in_basket| Connection::Direct {
            via: Capped::new(via),
            in_basket,
        };
        let expected = [
            (
                "KOMMUNE",
                "PERSON",
                Connection::Indirect {
                    path: names(&["KOMMUNE", "SKOLE", "PERSON"]),
                },
            ),
            ("KOMMUNE", "SKOLE", direct(vec![2], false)),
            ("PERSON", "SKOLE", direct(vec![1], false)),
        ];
        let got: Vec<(&str, &str, &Connection)> = r
            .links
            .iter()
            .map(|l| (l.a.as_str(), l.b.as_str(), &l.connection))
            .collect();
        let want: Vec<(&str, &str, &Connection)> =
            expected.iter().map(|(a, b, c)| (*a, *b, c)).collect();
        assert_eq!(got, want);
        assert!(r.unlinked);
        assert_eq!(
            r.components,
            [names(&["FORETAK"]), names(&["KOMMUNE", "PERSON", "SKOLE"])]
        );

        // The link variable in the basket is named first and flagged.
        let r = g.report(&cat, &basket(&["a/ALDER", "a/ELEV_SKOLE", "a/SKOLENAVN"]));
        assert_eq!(r.links[0].connection, direct(vec![1], true));
        assert_eq!(r.groups[0].variables, [0, 1]);

        assert_eq!(g.report(&cat, &Basket::default()), JoinReport::default());
    }
}
