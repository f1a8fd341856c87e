//! The strings of the basket page, sharing and the request draft.

/// The basket page, sharing and the request draft.
#[derive(Debug)]
pub struct BasketText {
    /// Heading of the basket page.
    pub basket_heading: &'static str,
    /// The empty basket.
    pub basket_empty: &'static str,
    /// Link from the empty basket.
    pub basket_find: &'static str,
    /// Removes one variable.
    pub remove: &'static str,
    /// Empties the basket.
    pub empty_basket: &'static str,
    /// Says the basket was emptied.
    pub basket_emptied: &'static str,
    /// Says the basket was replaced by a shared one.
    pub basket_replaced: &'static str,
    /// Says how many shared variables were added.
    pub basket_added: fn(usize) -> String,
    /// Why a variable was not added: the basket is full (holds this many).
    pub refused_full: fn(usize) -> String,
    /// Why a variable was not added: its id is too long to save.
    pub refused_too_long: &'static str,
    /// Why a variable was not added: it has no id.
    pub refused_empty: &'static str,
    /// A share link with no variable the catalog has.
    pub shared_none: &'static str,
    /// How many entries of a share link were skipped.
    pub shared_skipped: fn(usize) -> String,
    /// Undoes the last action.
    pub undo: &'static str,
    /// Heading of stale entries.
    pub stale_heading: &'static str,
    /// Explains stale entries.
    pub stale_text: &'static str,
    /// Heading of the share section.
    pub share_heading: &'static str,
    /// Label of the share link.
    pub share_label: &'static str,
    /// Copies the share link.
    pub copy_link: &'static str,
    /// Says the link was copied.
    pub copied: &'static str,
    /// Downloads JSON.
    pub export_json: &'static str,
    /// Downloads CSV.
    pub export_csv: &'static str,
    /// Opens the request draft.
    pub draft_link: &'static str,
    /// Heading when opening a share link.
    pub shared_heading: &'static str,
    /// Replaces the basket with the shared one.
    pub replace_basket: &'static str,
    /// Merges the shared basket into the own one.
    pub merge_basket: &'static str,
    /// Ignores the shared basket.
    pub keep_basket: &'static str,
    /// Heading of the joinability section.
    pub join_heading: &'static str,
    /// Explains joinability.
    pub join_intro: &'static str,
    /// Warns about unlinked unit types.
    pub join_unlinked: &'static str,
    /// Introduces link variables.
    pub join_via: &'static str,
    /// An indirect connection.
    pub join_indirect: &'static str,
    /// Heading of the request draft.
    pub draft_heading: &'static str,
    /// Explains the request draft.
    pub draft_intro: &'static str,
    /// Prints the page.
    pub print: &'static str,
    /// Back link to the basket.
    pub back_to_basket: &'static str,
    /// A blank to fill in on the draft.
    pub purpose: &'static str,
    /// A blank to fill in on the draft.
    pub legal_basis: &'static str,
    /// A blank to fill in on the draft.
    pub applicant: &'static str,
    /// Accessible name of a remove button.
    pub remove_named: fn(&str) -> String,
    /// Explains the shared basket choice.
    pub shared_text: fn(usize, usize) -> String,
    /// A unit type group heading.
    pub unit_group: fn(&str, usize) -> String,
}
