//! Novari's phase-1 variable list against the catalog the shop has
//! loaded: which items have variables to open, and which do not.

use super::VariableList;
use crate::locate::Locator;
use crate::Catalog;

/// One item of the list, its variables looked up in the catalog.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListEntry {
    /// The item's position in [`VariableList::items`].
    pub item: usize,
    /// The item's variables that the catalog has, as positions in
    /// [`Catalog::variables`], in the content's order.
    pub found: Vec<usize>,
    /// The ids the catalog does not have (the content was built with
    /// another catalog, or names none).
    pub missing: Vec<String>,
}

impl ListEntry {
    /// True when the catalog has no variable for the item, so the page
    /// says so instead of offering a link.
    pub fn has_none(&self) -> bool {
        self.found.is_empty()
    }
}

/// Every item of `list`, in order, with its variables found in `catalog`.
/// An id named twice is listed once.
pub fn resolve_list(list: &VariableList, catalog: &Catalog) -> Vec<ListEntry> {
    let locator = Locator::new(catalog);
    list.items
        .iter()
        .enumerate()
        .map(|(item, entry)| {
            let mut resolved = ListEntry {
                item,
                ..ListEntry::default()
            };
            for id in &entry.variables {
                match locator.find(id.trim()) {
                    Some(i) if !resolved.found.contains(&i) => resolved.found.push(i),
                    Some(_) => {}
                    None if !resolved.missing.contains(id) => resolved.missing.push(id.clone()),
                    None => {}
                }
            }
            resolved
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{fixture::text, ListItem};
    use crate::testing::variable;
    use crate::Text;

    fn list(items: &[&[&str]]) -> VariableList {
        VariableList {
            heading: text("list"),
            intro: text("intro"),
            items: items
                .iter()
                .map(|ids| ListItem {
                    label: text("item"),
                    variables: ids.iter().map(|s| (*s).to_string()).collect(),
                    note: None,
                })
                .collect(),
        }
    }

    #[test]
    fn finds_what_the_catalog_has_and_names_the_rest() {
        let mut catalog = Catalog::empty();
        catalog.variables = ["VGO_ELEV_FNR", "VGO_ELEV_TRINN", "VGO_ELEV_UTDPROGRAM"]
            .iter()
            .map(|n| variable("novari-iks", n, Text::nb(*n), Text::default()))
            .collect();
        let entry = |item: usize, found: &[usize], missing: &[&str]| ListEntry {
            item,
            found: found.to_vec(),
            missing: missing.iter().map(|s| (*s).to_string()).collect(),
        };
        let cases: [(&[&str], ListEntry); 6] = [
            (&["novari-iks/VGO_ELEV_FNR"], entry(0, &[0], &[])),
            (
                &[
                    "novari-iks/VGO_ELEV_UTDPROGRAM",
                    "novari-iks/VGO_ELEV_TRINN",
                ],
                entry(0, &[2, 1], &[]),
            ),
            (&[], entry(0, &[], &[])),
            (
                &["novari-iks/VGO_GONE"],
                entry(0, &[], &["novari-iks/VGO_GONE"]),
            ),
            (
                &[
                    "novari-iks/VGO_ELEV_FNR",
                    "sikt/X",
                    "novari-iks/VGO_ELEV_FNR",
                ],
                entry(0, &[0], &["sikt/X"]),
            ),
            (&[" novari-iks/VGO_ELEV_TRINN "], entry(0, &[1], &[])),
        ];
        for (ids, expected) in cases {
            let got = resolve_list(&list(&[ids]), &catalog);
            assert_eq!(got, std::slice::from_ref(&expected), "{ids:?}");
            assert_eq!(got[0].has_none(), expected.found.is_empty());
        }
        let items = resolve_list(&list(&[&[], &["novari-iks/VGO_ELEV_FNR"]]), &catalog);
        assert_eq!(items.iter().map(|e| e.item).collect::<Vec<_>>(), [0, 1]);
        assert!(
            resolve_list(&list(&[&["novari-iks/VGO_ELEV_FNR"]]), &Catalog::empty())[0].has_none()
        );
    }
}
