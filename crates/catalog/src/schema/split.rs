//! Splitting a catalog into the first-load document and its detail shards.
//!
//! The app fetches `catalog.json` at start and a shard only when a detail
//! view needs it. Shards hold one provider's variables each, in runs of
//! [`SHARD_SIZE`], so even a 100,000-variable catalog has small files and a
//! shard's path changes only when its provider's variables do.

use crate::{Catalog, DetailShard, Variable, VariableDetails, SCHEMA_VERSION};

/// The most variables one detail shard holds.
pub const SHARD_SIZE: usize = 500;

/// The file name of the first-load document.
pub const CATALOG_FILE: &str = "catalog.json";

/// A catalog as files: the first-load document and its detail shards.
#[derive(Clone, Debug, PartialEq)]
pub struct SplitCatalog {
    /// `catalog.json`; `detail_shards[i]` is the path of `shards[i]`.
    pub catalog: Catalog,
    /// The detail shards, in the order of `catalog.detail_shards`.
    pub shards: Vec<DetailShard>,
}

/// The path of a provider's `n`th shard, relative to `catalog.json`.
///
/// Provider ids are slugs (`a-z`, `0-9`, `-`), so the path is safe on every
/// file system and in a URL.
pub fn shard_path(provider: &str, n: usize) -> String {
    format!("details/{provider}-{n}.json")
}

impl SplitCatalog {
    /// Splits variables and their details into `catalog.json` and shards.
    ///
    /// `head` gives the providers, unit types and datasets (its variables and
    /// shards are replaced). The variables are sorted by provider, then name;
    /// each provider's variables fill shards of [`SHARD_SIZE`] in that order,
    /// and each summary's `shard` and each detail's `id` are set to match.
    pub fn new(head: Catalog, mut variables: Vec<(Variable, VariableDetails)>) -> SplitCatalog {
        crate::sorting::sort_by(&mut variables, |(a, _), (b, _)| {
            (&a.provider, &a.name).cmp(&(&b.provider, &b.name))
        });
        let mut catalog = Catalog {
            schema_version: SCHEMA_VERSION,
            variables: Vec::with_capacity(variables.len()),
            detail_shards: Vec::new(),
            ..head
        };
        let mut shards: Vec<DetailShard> = Vec::new();
        let mut in_provider = 0;
        for (mut summary, mut details) in variables {
            let same_provider = catalog
                .variables
                .last()
                .is_some_and(|last: &Variable| last.provider == summary.provider);
            in_provider = if same_provider { in_provider + 1 } else { 0 };
            if in_provider % SHARD_SIZE == 0 {
                catalog
                    .detail_shards
                    .push(shard_path(&summary.provider, in_provider / SHARD_SIZE));
                shards.push(DetailShard::empty());
            }
            // A catalog has far fewer than 4 billion shards; saturating keeps
            // the conversion total without a panic path.
            summary.shard = u32::try_from(shards.len() - 1).unwrap_or(u32::MAX);
            details.id.clone_from(&summary.id);
            catalog.variables.push(summary);
            if let Some(shard) = shards.last_mut() {
                shard.variables.push(details);
            }
        }
        SplitCatalog { catalog, shards }
    }

    /// Every file as (path relative to the output folder, contents):
    /// `catalog.json` first, then the shards in order.
    pub fn files(&self) -> Vec<(String, String)> {
        let shards = self
            .catalog
            .detail_shards
            .iter()
            .cloned()
            .zip(self.shards.iter().map(DetailShard::to_json));
        std::iter::once((CATALOG_FILE.to_owned(), self.catalog.to_json()))
            .chain(shards)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{catalog, provider, variable};
    use crate::Text;

    fn entry(provider: &str, name: &str) -> (Variable, VariableDetails) {
        let summary = variable(provider, name, Text::nb(name), Text::default());
        let details = VariableDetails {
            population: Text::nb(format!("population of {name}")),
            ..VariableDetails::default()
        };
        (summary, details)
    }

    fn names(n: usize, provider: &str) -> Vec<(Variable, VariableDetails)> {
        (0..n)
            .map(|i| entry(provider, &format!("V{i:05}")))
            .collect()
    }

    #[test]
    fn assigns_each_provider_runs_of_shard_size() {
        /// Variables per provider, and the expected shard paths.
        type Case = (Vec<(&'static str, usize)>, Vec<&'static str>);
        let cases: Vec<Case> = vec![
            (vec![], vec![]),
            (vec![("a", 1)], vec!["details/a-0.json"]),
            (vec![("a", SHARD_SIZE)], vec!["details/a-0.json"]),
            (
                vec![("a", SHARD_SIZE + 1), ("b", 2)],
                vec!["details/a-0.json", "details/a-1.json", "details/b-0.json"],
            ),
            (
                vec![("b", 3), ("a", 2 * SHARD_SIZE)],
                vec!["details/a-0.json", "details/a-1.json", "details/b-0.json"],
            ),
        ];
        for (sizes, expected) in cases {
            let variables = sizes.iter().flat_map(|(p, n)| names(*n, p)).collect();
            let split = SplitCatalog::new(catalog(vec![], vec![], vec![]), variables);
            assert_eq!(split.catalog.detail_shards, expected, "{sizes:?}");
            assert_eq!(split.shards.len(), expected.len());
            for shard in &split.shards {
                assert!(shard.variables.len() <= SHARD_SIZE);
            }
            // Every summary finds its own details, and nothing else, in
            // the shard it names.
            for v in &split.catalog.variables {
                let path = split.catalog.shard_path(v).expect("a named shard");
                let shard = &split.shards[v.shard as usize];
                let details = shard.get(&v.id).expect("details in its shard");
                assert_eq!(
                    details.population,
                    Text::nb(format!("population of {}", v.name))
                );
                assert!(path.starts_with(&format!("details/{}-", v.provider)));
            }
            let total: usize = split.shards.iter().map(|s| s.variables.len()).sum();
            assert_eq!(total, split.catalog.variables.len());
        }
    }

    #[test]
    fn files_round_trip_and_do_not_depend_on_input_order() {
        let mut variables = names(3, "b");
        variables.extend(names(2, "a"));
        let head = catalog(vec![provider("a", "A"), provider("b", "B")], vec![], vec![]);
        let split = SplitCatalog::new(head.clone(), variables.clone());
        variables.reverse();
        let reversed = SplitCatalog::new(head, variables);
        let files = split.files();
        assert_eq!(files, reversed.files(), "byte-identical whatever the order");
        let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            ["catalog.json", "details/a-0.json", "details/b-0.json"]
        );
        assert_eq!(Catalog::from_json(&files[0].1), Ok(split.catalog.clone()));
        for (i, (_, json)) in files[1..].iter().enumerate() {
            assert_eq!(DetailShard::from_json(json).as_ref(), Ok(&split.shards[i]));
        }
    }

    #[test]
    fn a_shard_index_the_catalog_lacks_has_no_path() {
        let mut v = variable("a", "X", Text::nb("X"), Text::default());
        v.shard = 3;
        assert_eq!(Catalog::empty().shard_path(&v), None);
    }
}
