//! The basket against a catalog: what the basket page lists.

use super::Basket;
use crate::locate::{self, Locator, ProviderOrder};
use crate::{Catalog, Lang};

/// A basket resolved against a catalog.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resolved<'a> {
    /// The variables found, by provider in provider-name order (A–Å).
    pub groups: Vec<ProviderGroup<'a>>,
    /// Ids not in the catalog (any more), sorted: listed so the
    /// researcher sees what disappeared, never silently dropped.
    pub stale: Vec<String>,
}

/// One provider's variables in a basket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderGroup<'a> {
    /// The provider's id.
    pub provider: &'a str,
    /// The provider's name in the language asked for, or its id when it
    /// has none.
    pub name: &'a str,
    /// Positions in `catalog.variables`, by label A–Å (then technical
    /// name). Positions rather than references, so the app can move them
    /// into closures without borrowing the catalog.
    pub variables: Vec<usize>,
}

impl Resolved<'_> {
    /// How many of the basket's variables are in the catalog.
    pub fn found(&self) -> usize {
        self.groups.iter().map(|g| g.variables.len()).sum()
    }

    /// Every found variable's position, in display order.
    pub fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        self.groups.iter().flat_map(|g| g.variables.iter().copied())
    }
}

impl Basket {
    /// The basket's variables in `catalog`, grouped by provider (providers
    /// by name A–Å in `lang`, variables by label A–Å in `lang`, see
    /// [`crate::collate`]), and the ids the catalog no longer has.
    pub fn resolve<'a>(&self, catalog: &'a Catalog, lang: Lang) -> Resolved<'a> {
        let locator = Locator::new(catalog);
        let mut found = Vec::new();
        let mut stale = Vec::new();
        for id in self.ids() {
            match locator.find(id) {
                Some(i) => found.push(i),
                None => stale.push(id.to_string()),
            }
        }
        let order = ProviderOrder::new(catalog, lang);
        let vars = &catalog.variables;
        crate::sorting::sort_by(&mut found, |&a, &b| {
            locate::compare(&order, lang, &vars[a], &vars[b])
        });
        let mut groups: Vec<ProviderGroup<'a>> = Vec::new();
        for i in found {
            let provider = vars[i].provider.as_str();
            match groups.last_mut() {
                Some(group) if group.provider == provider => group.variables.push(i),
                _ => groups.push(ProviderGroup {
                    provider,
                    name: locate::display_name(catalog, provider, lang),
                    variables: vec![i],
                }),
            }
        }
        Resolved { groups, stale }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{catalog, provider, variable};
    use crate::Text;

    #[test]
    fn groups_by_provider_name_and_sorts_by_label() {
        let cat = catalog(
            vec![
                provider("sikt", "Sikt"),
                provider("ssb", "Statistisk sentralbyrå"),
                provider("lk", "Lånekassen"),
            ],
            vec![],
            vec![
                variable("sikt", "B", Text::nb_en("Ås", "Alpha"), Text::default()),
                variable("sikt", "A", Text::nb_en("Øl", "Zulu"), Text::default()),
                variable("lk", "C", Text::nb("Stipend"), Text::default()),
                variable("ssb", "D", Text::nb("Kommune"), Text::default()),
                variable("ghost", "E", Text::nb("Uten tilbyder"), Text::default()),
            ],
        );
        let basket: Basket = ["sikt/A", "sikt/B", "lk/C", "ghost/E", "sikt/GONE", "zz/OLD"]
            .map(String::from)
            .into_iter()
            .collect();
        let nb = basket.resolve(&cat, Lang::Nb);
        let view = |r: &Resolved| -> Vec<(String, Vec<usize>)> {
            r.groups
                .iter()
                .map(|g| (g.name.to_string(), g.variables.clone()))
                .collect()
        };
        assert_eq!(
            view(&nb),
            [
                ("Lånekassen".to_string(), vec![2]),
                ("Sikt".to_string(), vec![1, 0]),
                ("ghost".to_string(), vec![4]),
            ]
        );
        assert_eq!(nb.stale, ["sikt/GONE", "zz/OLD"]);
        assert_eq!(nb.found(), 4);
        assert_eq!(nb.positions().collect::<Vec<_>>(), [2, 1, 0, 4]);
        let en = basket.resolve(&cat, Lang::En);
        assert_eq!(en.groups[1].variables, [0, 1]);
        let empty = Basket::default().resolve(&cat, Lang::Nb);
        assert_eq!(empty, Resolved::default());
    }
}
