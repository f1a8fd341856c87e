//! Pieces of the variable detail page.

mod code_list;
mod facts;
mod value_domain;

pub use code_list::CodeList;
pub use facts::{fact, facts};
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
