//! The basket: the variables a researcher has selected.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The selected variables, by [`crate::Variable::id`].
///
/// Ids, not indices, so a basket survives a catalog update; ids no longer in
/// the catalog are kept (and shown as such) rather than silently dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Basket {
    ids: BTreeSet<String>,
}

impl Basket {
    /// True when `id` is selected.
    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// Selects `id`; true when it was not selected before.
    pub fn add(&mut self, id: impl Into<String>) -> bool {
        self.ids.insert(id.into())
    }

    /// Deselects `id`; true when it was selected.
    pub fn remove(&mut self, id: &str) -> bool {
        self.ids.remove(id)
    }

    /// Selects `id` if it was not selected, deselects it otherwise.
    pub fn toggle(&mut self, id: &str) {
        if !self.remove(id) {
            self.add(id);
        }
    }

    /// How many variables are selected.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True when nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The selected ids, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }
}

impl FromIterator<String> for Basket {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Basket {
        Basket {
            ids: iter.into_iter().collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_remove_and_toggle() {
        let mut basket = Basket::default();
        assert!(basket.add("a/X"));
        assert!(!basket.add("a/X"));
        basket.toggle("b/Y");
        assert_eq!(basket.ids().collect::<Vec<_>>(), ["a/X", "b/Y"]);
        basket.toggle("a/X");
        assert!(!basket.contains("a/X"));
        assert!(basket.remove("b/Y"));
        assert!(!basket.remove("b/Y"));
        assert!(basket.is_empty());
    }
}
