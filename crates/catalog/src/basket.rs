//! The basket: the variables a researcher has selected.
//!
//! The basket itself is a bounded set of ids; its submodules add the
//! reasons an id is refused ([`Basket::try_add`]), the saved form with
//! the request draft ([`Stored`]) and every change to it as an operation
//! on what is saved ([`apply`]), the share link
//! ([`Basket::to_share_param`]) and what to offer for one ([`ShareOffer`]),
//! and the view of it against a catalog ([`Basket::resolve`]).

mod add;
mod missed;
mod offer;
mod ops;
mod resolve;
mod share;
mod storage;
mod stored;

pub use add::AddRefused;
pub use missed::missed_ops;
pub use offer::{ShareAction, ShareOffer};
pub use ops::{apply, BasketOp, Notice, Outcome, Refused, Undo};
pub use resolve::{ProviderGroup, Resolved};
pub use share::BASKET_KEY;
pub use storage::BasketError;
pub use stored::{Loaded, Stored, BACKUP_KEY, STORAGE_KEY};

use std::collections::BTreeSet;

/// The selected variables, by [`crate::Variable::id`].
///
/// Ids, not indices, so a basket survives a catalog update; ids no longer in
/// the catalog are kept (and shown as such) rather than silently dropped.
///
/// A sorted set rather than insertion order: every view of the basket
/// sorts by provider and label anyway, and sorted ids make the saved form
/// and the share link the same for the same selection.
///
/// Bounded: ids longer than [`Basket::MAX_ID_CHARS`] are refused, and at
/// most [`Basket::MAX_IDS`] are kept, so neither a hostile link nor a
/// corrupt saved basket can make the page slow.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Basket {
    ids: BTreeSet<String>,
}

impl Basket {
    /// The most ids a basket holds; far beyond any real request, which
    /// names tens of variables.
    pub const MAX_IDS: usize = 10_000;

    /// The longest id kept, in chars; real ids are far shorter.
    pub const MAX_ID_CHARS: usize = 300;

    /// True when `id` is selected.
    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// Selects `id`; true when it was added. False when it was selected
    /// already, is empty or longer than [`Basket::MAX_ID_CHARS`], or the
    /// basket is full.
    /// [`Basket::try_add`] says why.
    pub fn add(&mut self, id: impl Into<String>) -> bool {
        self.try_add(id).is_ok()
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

    /// Deselects everything.
    pub fn clear(&mut self) {
        self.ids.clear();
    }

    /// Adds every id of `other` (as far as there is room); returns how
    /// many were not selected before, for a "3 variables added" notice.
    pub fn merge(&mut self, other: &Basket) -> usize {
        other.ids().filter(|id| self.add(*id)).count()
    }

    /// Replaces the whole selection with `other`, returning the old one so
    /// the app can offer to undo.
    pub fn replace(&mut self, other: Basket) -> Basket {
        std::mem::replace(self, other)
    }

    /// How many variables are selected.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True when nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// True when the basket holds [`Basket::MAX_IDS`] ids and takes no more.
    pub fn is_full(&self) -> bool {
        self.ids.len() >= Basket::MAX_IDS
    }

    /// The selected ids, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }
}

impl FromIterator<String> for Basket {
    /// Collects ids with the same bounds as [`Basket::add`].
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Basket {
        let mut basket = Basket::default();
        for id in iter {
            basket.add(id);
        }
        basket
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn basket(ids: &[&str]) -> Basket {
        ids.iter().map(|id| id.to_string()).collect()
    }

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

    #[test]
    fn merge_and_replace() {
        /// (mine, theirs, how many merge adds, merged)
        type Case<'a> = (&'a [&'a str], &'a [&'a str], usize, &'a [&'a str]);
        let cases: [Case; 4] = [
            (&[], &[], 0, &[]),
            (&["a/X"], &[], 0, &["a/X"]),
            (&[], &["a/X", "b/Y"], 2, &["a/X", "b/Y"]),
            (&["a/X", "c/Z"], &["a/X", "b/Y"], 1, &["a/X", "b/Y", "c/Z"]),
        ];
        for (mine, theirs, added, result) in cases {
            let mut b = basket(mine);
            assert_eq!(b.merge(&basket(theirs)), added, "{mine:?} + {theirs:?}");
            assert_eq!(b, basket(result));
            let old = b.replace(basket(theirs));
            assert_eq!((old, b), (basket(result), basket(theirs)));
        }
    }

    #[test]
    fn bounds_hold_for_every_way_in() {
        let mut b = Basket::default();
        assert!(!b.add(""));
        assert!(!b.add("x".repeat(Basket::MAX_ID_CHARS + 1)));
        assert!(b.add("å".repeat(Basket::MAX_ID_CHARS)));
        b.clear();
        let many: Basket = (0..Basket::MAX_IDS + 5)
            .map(|i| format!("p/V{i}"))
            .collect();
        assert_eq!(many.len(), Basket::MAX_IDS);
        assert!(many.is_full());
        let mut full = many.clone();
        assert!(!full.add("p/NEW"));
        assert_eq!(full.merge(&basket(&["q/A", "q/B"])), 0);
        full.toggle("p/V0");
        assert!(full.add("p/NEW"));
    }
}
