//! The basket page (the selection by provider, undo, export), opening and
//! making share links, what the selection can be joined on, and the
//! printable request draft.

mod coverage;
mod draft;
mod join_summary;
mod page;
mod remove_button;
mod share;
mod undo;

pub use draft::DraftPage;
pub use join_summary::JoinSummary;
pub use page::BasketPage;
pub use share::{ShareBasket, ShareLinkField};
