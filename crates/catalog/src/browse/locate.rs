//! Finding variables by id and ordering them for display, shared by the
//! basket, the exports and the detail view's related lists.
//!
//! These take a plain [`Catalog`] (not the [`crate::Engine`]) so each can be
//! used on the basket page without building the whole search index.

use crate::{collate, Catalog, Lang, Variable};
use std::cmp::Ordering;
use std::collections::HashMap;

/// Finds variables by id in one catalog.
///
/// The catalog format keeps variables sorted by provider, then name, with
/// ids `<provider>/<name>`; then a binary search needs no memory at all.
/// A catalog that breaks that promise (made by hand, in tests) still works,
/// through a map built once.
pub(crate) struct Locator<'a> {
    catalog: &'a Catalog,
    map: Option<HashMap<&'a str, usize>>,
}

impl<'a> Locator<'a> {
    /// A locator for `catalog`: one linear check, plus a map if unsorted.
    pub(crate) fn new(catalog: &'a Catalog) -> Locator<'a> {
        let vars = &catalog.variables;
        let sorted = vars.iter().all(has_canonical_id)
            && vars
                .windows(2)
                .all(|w| key_of(&w[0]).cmp(&key_of(&w[1])) == Ordering::Less);
        let map = (!sorted).then(|| {
            vars.iter()
                .enumerate()
                .map(|(i, v)| (v.id.as_str(), i))
                .collect()
        });
        Locator { catalog, map }
    }

    /// The position in `catalog.variables` of the variable with this id.
    pub(crate) fn find(&self, id: &str) -> Option<usize> {
        if let Some(map) = &self.map {
            return map.get(id).copied();
        }
        let (provider, name) = id.split_once('/')?;
        self.find_name(provider, name)
    }

    /// The position of a provider's variable with this technical name.
    pub(crate) fn find_name(&self, provider: &str, name: &str) -> Option<usize> {
        let vars = &self.catalog.variables;
        if self.map.is_some() {
            // Unsorted catalogs are small hand-made ones; a scan is fine.
            return vars
                .iter()
                .position(|v| v.provider == provider && v.name == name);
        }
        vars.binary_search_by(|v| key_of(v).cmp(&(provider, name)))
            .ok()
    }
}

fn key_of(v: &Variable) -> (&str, &str) {
    (v.provider.as_str(), v.name.as_str())
}

/// True when the id is exactly `<provider>/<name>`, checked without
/// allocating.
fn has_canonical_id(v: &Variable) -> bool {
    v.id.strip_prefix(v.provider.as_str())
        .and_then(|rest| rest.strip_prefix('/'))
        == Some(v.name.as_str())
}

/// Each provider's rank in provider-name A–Å order (the id where the name
/// is empty); providers missing from the catalog rank after all others.
pub(crate) struct ProviderOrder<'a> {
    ranks: HashMap<&'a str, u32>,
}

impl<'a> ProviderOrder<'a> {
    /// The order of the catalog's providers in `lang`.
    pub(crate) fn new(catalog: &'a Catalog, lang: Lang) -> ProviderOrder<'a> {
        let mut providers: Vec<(Vec<u8>, &str)> = catalog
            .providers
            .iter()
            .map(|p| {
                (
                    collate::key(display_name(catalog, &p.id, lang)),
                    p.id.as_str(),
                )
            })
            .collect();
        crate::sorting::sort(&mut providers);
        let ranks = providers
            .into_iter()
            .zip(0..)
            .map(|((_, id), r)| (id, r))
            .collect();
        ProviderOrder { ranks }
    }

    /// The rank of a provider id.
    pub(crate) fn rank(&self, provider: &str) -> u32 {
        self.ranks.get(provider).copied().unwrap_or(u32::MAX)
    }
}

// The display rules live in `labels`; these names read well here.
pub(crate) use crate::schema::labels::{provider_name as display_name, variable_label as label};

/// Compares variables by provider rank, then label A–Å, then technical
/// name, so every list of variables reads the same way.
pub(crate) fn compare(
    order: &ProviderOrder<'_>,
    lang: Lang,
    a: &Variable,
    b: &Variable,
) -> Ordering {
    order
        .rank(&a.provider)
        .cmp(&order.rank(&b.provider))
        .then_with(|| a.provider.cmp(&b.provider))
        .then_with(|| collate::compare(label(a, lang), label(b, lang)))
        .then_with(|| a.name.cmp(&b.name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{catalog, generated_catalog, provider, variable};
    use crate::Text;

    #[test]
    fn finds_in_sorted_and_unsorted_catalogs() {
        let sorted = generated_catalog(300, 7);
        let mut unsorted = sorted.clone();
        unsorted.variables.reverse();
        for cat in [&sorted, &unsorted] {
            let locator = Locator::new(cat);
            assert_eq!(locator.map.is_none(), std::ptr::eq(cat, &sorted));
            for (i, v) in cat.variables.iter().enumerate() {
                assert_eq!(locator.find(&v.id), Some(i));
                assert_eq!(locator.find_name(&v.provider, &v.name), Some(i));
            }
            for junk in ["", "/", "sikt/", "sikt/NOPE", "no-slash", "zzz/ZZZ"] {
                assert_eq!(locator.find(junk), None, "{junk}");
            }
        }
    }

    #[test]
    fn providers_order_by_name_and_unknown_ones_last() {
        let cat = catalog(
            vec![provider("b", "Ås"), provider("a", "Øst"), provider("c", "")],
            vec![],
            vec![variable("a", "X", Text::default(), Text::default())],
        );
        let order = ProviderOrder::new(&cat, Lang::Nb);
        // "c" has no name, so it sorts by its id, before the Norwegian letters.
        let mut ids = ["a", "b", "c", "zz"];
        crate::sorting::sort_by_key(&mut ids, |id| order.rank(id));
        assert_eq!(ids, ["c", "a", "b", "zz"]);
        assert_eq!(display_name(&cat, "c", Lang::Nb), "c");
        assert_eq!(label(&cat.variables[0], Lang::Nb), "X");
    }
}
