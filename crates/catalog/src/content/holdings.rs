//! What the catalog holds, in the start page's words: how many providers
//! and how many variables.

use crate::Catalog;
use std::collections::HashSet;

/// How many data providers and variables a catalog holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Holdings {
    /// Providers with at least one variable in the catalog.
    pub providers: usize,
    /// Variables in the catalog.
    pub variables: usize,
}

impl Holdings {
    /// Counts `catalog`. Providers are counted from the variables, so a
    /// provider listed without any variable is not promised to anyone.
    pub fn of(catalog: &Catalog) -> Holdings {
        let providers: HashSet<&str> = catalog
            .variables
            .iter()
            .map(|v| v.provider.as_str())
            .collect();
        Holdings {
            providers: providers.len(),
            variables: catalog.variables.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::variable;
    use crate::{Provider, Text};

    fn catalog(providers: &[&str], variables: &[(&str, &str)]) -> Catalog {
        let mut catalog = Catalog::empty();
        catalog.providers = providers
            .iter()
            .map(|id| {
                // Through JSON, so a field added to providers later does
                // not touch this test.
                let json = serde_json::json!({ "id": id, "name": { "nb": id } });
                serde_json::from_value::<Provider>(json).expect("a provider")
            })
            .collect();
        catalog.variables = variables
            .iter()
            .map(|(p, n)| variable(p, n, Text::nb(*n), Text::default()))
            .collect();
        catalog
    }

    #[test]
    fn counts_providers_that_have_variables() {
        let cases = [
            (catalog(&[], &[]), 0, 0),
            (catalog(&["sikt"], &[("sikt", "A")]), 1, 1),
            (
                catalog(
                    &["sikt", "ssb"],
                    &[("sikt", "A"), ("sikt", "B"), ("ssb", "C")],
                ),
                2,
                3,
            ),
            // Listed without variables: not counted.
            (catalog(&["sikt", "udir"], &[("sikt", "A")]), 1, 1),
            // Variables of an unlisted provider: still a provider.
            (catalog(&[], &[("novari-iks", "A"), ("udir", "B")]), 2, 2),
        ];
        for (catalog, providers, variables) in cases {
            assert_eq!(
                Holdings::of(&catalog),
                Holdings {
                    providers,
                    variables
                }
            );
        }
    }
}
