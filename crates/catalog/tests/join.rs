//! Joinability and related variables against brute-force references on
//! generated catalogs with random link variables.

use catalog::*;
use std::collections::BTreeSet;

#[path = "../src/testing.rs"]
mod testing;

use testing::{generated_catalog, Rng};

const UNITS: [&str; 8] = [
    "PERSON", "KOMMUNE", "SKOLE", "FORETAK", "ELEV", "UKJENT", "FYLKE", "KLASSE",
];

/// A generated catalog where some variables are links between random unit
/// types, some discontinued with successors, and some share datasets.
fn linked_catalog(n: usize, seed: u64, link_percent: u64) -> Catalog {
    let mut cat = generated_catalog(n, seed);
    let mut rng = Rng::new(seed ^ 0xabc);
    let names: Vec<(String, String)> = cat
        .variables
        .iter()
        .map(|v| (v.provider.clone(), v.name.clone()))
        .collect();
    for v in &mut cat.variables {
        if rng.chance(link_percent) {
            v.identifier = rng.pick(&UNITS).to_string();
            v.link_to = Some(rng.pick(&UNITS).to_string());
        }
        if rng.chance(30) {
            v.dataset = Some(format!("{}-d{}", v.provider, rng.below(3)));
        }
        if rng.chance(10) {
            let successors = (0..1 + rng.below(2))
                .map(|_| match rng.chance(80) {
                    true => rng.pick(&names).1.clone(),
                    false => "FINNES_IKKE".to_string(),
                })
                .collect();
            v.discontinued = Some(Discontinued { successors });
        }
    }
    cat
}

/// Reachability by repeated relaxation over the link variables.
fn reachable(cat: &Catalog, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::from([from.to_string()]);
    loop {
        let before = seen.len();
        for v in &cat.variables {
            if let Some(to) = &v.link_to {
                if seen.contains(&v.identifier) || seen.contains(to) {
                    seen.insert(v.identifier.clone());
                    seen.insert(to.clone());
                }
            }
        }
        if seen.len() == before {
            return seen;
        }
    }
}

#[test]
fn graph_agrees_with_brute_force() {
    for (seed, percent) in [(1, 0), (2, 1), (3, 2), (4, 5), (5, 30)] {
        let cat = linked_catalog(300, seed, percent);
        let g = JoinGraph::new(&cat);
        for a in UNITS {
            let reach = reachable(&cat, a);
            for b in UNITS {
                assert_eq!(g.connected(a, b), reach.contains(b), "{seed}: {a}–{b}");
                let direct: Vec<usize> = (0..cat.variables.len())
                    .filter(|&i| {
                        let v = &cat.variables[i];
                        v.link_to.as_deref().is_some_and(|to| {
                            (v.identifier == a && to == b) || (v.identifier == b && to == a)
                        })
                    })
                    .collect();
                assert_eq!(g.links_between(a, b), direct, "{seed}: {a}–{b}");
                match g.path(a, b) {
                    Some(path) => {
                        assert!(reach.contains(b));
                        assert_eq!((path[0].as_str(), path[path.len() - 1].as_str()), (a, b));
                        for step in path.windows(2) {
                            assert!(!g.links_between(&step[0], &step[1]).is_empty(), "{path:?}");
                        }
                        if a != b && !direct.is_empty() {
                            assert_eq!(path.len(), 2);
                        }
                    }
                    None => assert!(!reach.contains(b)),
                }
            }
        }
    }
}

#[test]
fn reports_are_consistent_with_the_graph() {
    let mut rng = Rng::new(77);
    for (seed, percent) in [(6, 0), (7, 2), (8, 10)] {
        let cat = linked_catalog(400, seed, percent);
        let g = JoinGraph::new(&cat);
        for _ in 0..40 {
            let mut b = Basket::default();
            for _ in 0..rng.below(15) {
                b.add(rng.pick(&cat.variables).id.clone());
            }
            b.add("borte/X");
            let r = g.report(&cat, &b);
            let in_groups: usize = r.groups.iter().map(|u| u.variables.len()).sum();
            assert_eq!(in_groups, b.len() - 1);
            let types: Vec<&str> = r.groups.iter().map(|u| u.unit_type.as_str()).collect();
            assert!(types.windows(2).all(|w| w[0] < w[1]));
            let flat: Vec<&str> = r
                .components
                .iter()
                .flatten()
                .map(String::as_str)
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            assert_eq!(flat, types);
            assert_eq!(r.unlinked, r.components.len() > 1);
            for c in &r.components {
                assert!(c.iter().all(|t| g.connected(&c[0], t)));
            }
            for (i, c) in r.components.iter().enumerate() {
                for d in &r.components[i + 1..] {
                    assert!(!g.connected(&c[0], &d[0]));
                }
            }
            let pairs_joinable = types
                .iter()
                .enumerate()
                .flat_map(|(i, a)| types[i + 1..].iter().map(move |b| (*a, *b)))
                .filter(|(a, b)| g.connected(a, b))
                .count();
            assert_eq!(r.links.len(), pairs_joinable);
            for link in &r.links {
                match &link.connection {
                    Connection::Direct { via, in_basket } => {
                        assert_eq!(via.total, g.links_between(&link.a, &link.b).len());
                        let first_in = via
                            .items
                            .first()
                            .is_some_and(|&i| b.contains(&cat.variables[i].id));
                        assert_eq!(*in_basket, first_in);
                    }
                    Connection::Indirect { path } => {
                        assert!(g.links_between(&link.a, &link.b).is_empty());
                        assert!(path.len() > 2);
                    }
                }
            }
        }
    }
}

#[test]
fn related_agrees_with_brute_force() {
    let cat = linked_catalog(600, 12, 5);
    for index in (0..cat.variables.len()).step_by(7) {
        let me = &cat.variables[index];
        for lang in [Lang::Nb, Lang::En] {
            let r = related(&cat, index, lang);
            let same_type: BTreeSet<usize> = (0..cat.variables.len())
                .filter(|&i| {
                    cat.variables[i].provider != me.provider
                        && cat.variables[i].identifier == me.identifier
                })
                .collect();
            assert_eq!(r.same_unit_type_other_providers.total, same_type.len());
            assert_eq!(
                r.same_unit_type_other_providers.items.len(),
                same_type.len().min(MAX_RELATED)
            );
            assert!(r
                .same_unit_type_other_providers
                .items
                .iter()
                .all(|i| same_type.contains(i)));
            let same_dataset = (0..cat.variables.len())
                .filter(|&i| {
                    i != index
                        && me.dataset.is_some()
                        && cat.variables[i].dataset == me.dataset
                        && cat.variables[i].provider == me.provider
                })
                .count();
            assert_eq!(r.same_dataset.total, same_dataset);
            assert!(!r.same_dataset.items.contains(&index));
            let named = me.successors();
            assert_eq!(r.successors.len(), named.len());
            for s in &r.successors {
                let expected = cat
                    .variables
                    .iter()
                    .position(|v| v.provider == me.provider && v.name == s.name);
                assert_eq!(s.index, expected.filter(|&i| i != index), "{}", s.name);
            }
            for &p in &r.predecessors.items {
                let end = cat.variables[p].discontinued.as_ref().expect("ended");
                assert!(end.successors.contains(&me.name));
                assert_eq!(cat.variables[p].provider, me.provider);
            }
        }
    }
}
