//! The detail page of one variable: its summary from the catalog at once,
//! the rest from its detail shard.

mod basket_button;
mod code_list;
mod code_timeline;
mod facts;
mod not_found;
mod page;
mod provider;
mod related;
mod value_domain;

pub use basket_button::BasketButton;
pub use code_list::CodeList;
pub use code_timeline::code_timeline_view;
pub use facts::{fact, facts};
pub use not_found::NotFound;
pub use page::DetailPage;
pub use value_domain::ValueDomainView;

use catalog::clip::{clip, MAX_SHOWN_CHARS};

/// A text from the metadata, ending in "…" where it is longer than the
/// shop shows (see [`catalog::clip`]).
pub fn clipped(text: &str) -> String {
    match clip(text, MAX_SHOWN_CHARS) {
        (shown, true) => format!("{shown}…"),
        (all, false) => all.to_string(),
    }
}
