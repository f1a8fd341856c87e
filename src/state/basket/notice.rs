//! What the user should know about the saved basket.

use catalog::BasketError;

/// Something about the saved basket the user should know; each variant
/// says where their data is, so the notice never claims a loss that did
/// not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The saved basket is damaged (or not a basket at all): the page
    /// shows what of it could be read, and the saved text stays untouched
    /// until the user changes the basket, when it is kept as a backup.
    Unreadable(BasketError),
    /// The saved basket is from another version of the shop (format
    /// `found`), which this one cannot read: the page starts from an
    /// empty basket in memory, and the saved one stays untouched until the
    /// user changes the basket, when it is kept as a backup.
    OtherVersion {
        /// The format version the saved basket declares.
        found: u64,
    },
    /// The user's change was saved, and the basket that could not be read
    /// was moved to the backup key first.
    BackedUp,
    /// The browser refused to save the basket (storage full or disabled):
    /// the selection lasts only as long as the tab.
    NotSaved,
}

impl StorageProblem {
    /// The notice for a saved text that could not be read.
    pub(super) fn of(error: BasketError) -> StorageProblem {
        match error {
            BasketError::UnsupportedVersion { found } => StorageProblem::OtherVersion { found },
            other => StorageProblem::Unreadable(other),
        }
    }

    /// True for the notices about the saved text as it is now, which a
    /// readable save (from this tab or another) makes obsolete.
    pub(super) fn is_about_saved_text(&self) -> bool {
        matches!(
            self,
            StorageProblem::Unreadable(_) | StorageProblem::OtherVersion { .. }
        )
    }
}
