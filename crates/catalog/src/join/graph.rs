//! The graph of unit types and the link variables between them.

use crate::Catalog;
use std::collections::VecDeque;

/// The unit types of a catalog, joined by its link variables.
///
/// Built once per catalog; it keeps no reference to it, and link variables
/// are positions in `catalog.variables`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JoinGraph {
    /// Every unit type id, sorted; a node is its position here.
    nodes: Vec<String>,
    /// Each node's neighbours, sorted, itself excluded.
    neighbours: Vec<Vec<u32>>,
    /// The link variables of each pair `(a, b)` with `a <= b`, in catalog
    /// order, sorted by pair; `(a, a)` holds links from a unit type to
    /// itself.
    links: Vec<((u32, u32), Vec<usize>)>,
    /// Each node's connected component, numbered by its smallest node.
    component: Vec<u32>,
}

impl JoinGraph {
    /// The graph of a catalog: every unit type it names (declared, used as
    /// an identifier or linked to), with an edge per link variable.
    pub fn new(catalog: &Catalog) -> JoinGraph {
        // Unit types are a few dozen among many variables: a sorted list
        // with binary search, where collecting into a set would sort every
        // variable's ids.
        let mut nodes: Vec<String> = Vec::new();
        let unit_types = catalog.unit_types.iter().map(|u| u.id.as_str());
        let of_variables = catalog
            .variables
            .iter()
            .flat_map(|v| std::iter::once(v.identifier.as_str()).chain(v.link_to.as_deref()));
        for id in unit_types.chain(of_variables) {
            if let Err(at) = nodes.binary_search_by(|n| n.as_str().cmp(id)) {
                nodes.insert(at, id.to_string());
            }
        }
        let node = |id: &str| nodes.binary_search_by(|n| n.as_str().cmp(id)).ok();
        let pairs = catalog.variables.iter().enumerate().filter_map(|(i, v)| {
            let (a, b) = (node(&v.identifier)?, node(v.link_to.as_deref()?)?);
            Some(((a.min(b) as u32, a.max(b) as u32), i))
        });
        let links = crate::sorting::group_by_key(pairs);
        let mut neighbours = vec![Vec::new(); nodes.len()];
        for &((a, b), _) in links.iter().filter(|((a, b), _)| a != b) {
            neighbours[a as usize].push(b);
            neighbours[b as usize].push(a);
        }
        for list in &mut neighbours {
            crate::sorting::sort(list);
        }
        let mut component = vec![u32::MAX; nodes.len()];
        for start in 0..nodes.len() {
            if component[start] != u32::MAX {
                continue;
            }
            let mut stack = vec![start as u32];
            component[start] = start as u32;
            while let Some(n) = stack.pop() {
                for &m in &neighbours[n as usize] {
                    if component[m as usize] == u32::MAX {
                        component[m as usize] = start as u32;
                        stack.push(m);
                    }
                }
            }
        }
        JoinGraph {
            nodes,
            neighbours,
            links,
            component,
        }
    }

    /// Every unit type id in the graph, sorted.
    pub fn unit_types(&self) -> impl Iterator<Item = &str> {
        self.nodes.iter().map(String::as_str)
    }

    fn node(&self, id: &str) -> Option<u32> {
        self.nodes
            .binary_search_by(|n| n.as_str().cmp(id))
            .ok()
            .map(|n| n as u32)
    }

    /// The link variables that connect `a` and `b` directly, in either
    /// direction, as positions in `catalog.variables` in catalog order.
    /// For `a == b`, the links from the unit type to itself (such as
    /// parent–child links between persons).
    pub fn links_between(&self, a: &str, b: &str) -> &[usize] {
        let (Some(a), Some(b)) = (self.node(a), self.node(b)) else {
            return &[];
        };
        self.links
            .binary_search_by_key(&(a.min(b), a.max(b)), |(pair, _)| *pair)
            .map_or(&[], |at| self.links[at].1.as_slice())
    }

    /// True when rows about `a` can be joined with rows about `b`: the
    /// same unit type (always, even one the graph does not know), or a
    /// path of link variables between them.
    pub fn connected(&self, a: &str, b: &str) -> bool {
        a == b
            || match (self.node(a), self.node(b)) {
                (Some(a), Some(b)) => self.component[a as usize] == self.component[b as usize],
                _ => false,
            }
    }

    /// A shortest chain of unit types from `a` to `b`, both included
    /// (`[a]` when they are the same), or `None` when nothing links them.
    /// Among equally short chains the one through the alphabetically first
    /// unit types wins, so the answer is stable.
    pub fn path(&self, a: &str, b: &str) -> Option<Vec<String>> {
        if a == b {
            return Some(vec![a.to_string()]);
        }
        let (from, to) = (self.node(a)?, self.node(b)?);
        if self.component[from as usize] != self.component[to as usize] {
            return None;
        }
        let mut previous = vec![u32::MAX; self.nodes.len()];
        previous[from as usize] = from;
        let mut queue = VecDeque::from([from]);
        while let Some(n) = queue.pop_front() {
            if n == to {
                break;
            }
            for &m in &self.neighbours[n as usize] {
                if previous[m as usize] == u32::MAX {
                    previous[m as usize] = n;
                    queue.push_back(m);
                }
            }
        }
        let mut path = vec![self.nodes[to as usize].clone()];
        let mut n = to;
        while n != from {
            n = previous[n as usize];
            path.push(self.nodes[n as usize].clone());
        }
        path.reverse();
        Some(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{catalog, unit_type, variable};
    use crate::{Text, Variable};

    fn link(provider: &str, name: &str, from: &str, to: &str) -> Variable {
        let mut v = variable(provider, name, Text::nb(name), Text::default());
        v.identifier = from.into();
        v.unit_types = vec![from.into(), to.into()];
        v.link_to = Some(to.into());
        v
    }

    /// PERSON –(0, 3)– SKOLE –(1)– KOMMUNE, PERSON –(2)– PERSON, FORETAK alone.
    fn graph() -> JoinGraph {
        let units = ["PERSON", "SKOLE", "KOMMUNE", "FORETAK"]
            .map(|u| unit_type(u, Text::nb(u)))
            .to_vec();
        JoinGraph::new(&catalog(
            vec![],
            units,
            vec![
                link("a", "ELEV_SKOLE", "PERSON", "SKOLE"),
                link("a", "SKOLE_KOMMUNE", "SKOLE", "KOMMUNE"),
                link("b", "FAR", "PERSON", "PERSON"),
                link("b", "SKOLE_ELEV", "SKOLE", "PERSON"),
            ],
        ))
    }

    #[test]
    fn links_are_undirected_and_paths_shortest() {
        let g = graph();
        /// (a, b, direct links, connected, shortest path)
        type Case<'a> = (&'a str, &'a str, &'a [usize], bool, Option<&'a [&'a str]>);
        let cases: [Case; 8] = [
            ("PERSON", "SKOLE", &[0, 3], true, Some(&["PERSON", "SKOLE"])),
            ("SKOLE", "PERSON", &[0, 3], true, Some(&["SKOLE", "PERSON"])),
            (
                "PERSON",
                "KOMMUNE",
                &[],
                true,
                Some(&["PERSON", "SKOLE", "KOMMUNE"]),
            ),
            ("PERSON", "PERSON", &[2], true, Some(&["PERSON"])),
            ("KOMMUNE", "KOMMUNE", &[], true, Some(&["KOMMUNE"])),
            ("PERSON", "FORETAK", &[], false, None),
            ("UKJENT", "UKJENT", &[], true, Some(&["UKJENT"])),
            ("UKJENT", "PERSON", &[], false, None),
        ];
        for (a, b, links, connected, path) in cases {
            assert_eq!(g.links_between(a, b), links, "{a}–{b}");
            assert_eq!(g.connected(a, b), connected, "{a}–{b}");
            let path = path.map(|p| p.iter().map(|s| s.to_string()).collect::<Vec<_>>());
            assert_eq!(g.path(a, b), path, "{a}–{b}");
        }
        assert_eq!(
            g.unit_types().collect::<Vec<_>>(),
            ["FORETAK", "KOMMUNE", "PERSON", "SKOLE"]
        );
    }

    #[test]
    fn an_empty_catalog_has_an_empty_graph() {
        let g = JoinGraph::new(&Catalog::empty());
        assert_eq!(g, JoinGraph::default());
        assert!(g.connected("PERSON", "PERSON"));
        assert!(!g.connected("PERSON", "SKOLE"));
    }
}
