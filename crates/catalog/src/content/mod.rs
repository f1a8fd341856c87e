//! The site's editorial content (`content.json`): the page about KUDAF and
//! the VIGO pilot and the accessibility statement, and the rules the app
//! shows them by: reading the file, picking a language, dates in words,
//! Novari's variable list against the catalog, the ecosystem picture's
//! layout and what the catalog holds for the start page.
//!
//! Works on top of `schema` and `language`; nothing here knows about the
//! web.

mod date;
mod decode;
mod diagram;
mod holdings;
mod links;
mod schema;
mod wrap;

#[cfg(test)]
mod fixture;

pub use date::date_label;
pub use decode::{ContentError, CONTENT_FILE};
pub use diagram::{ecosystem_diagram, Arrow, Diagram, ItemBox, Orientation, PartBox, TextLine};
pub use holdings::Holdings;
pub use links::{resolve_list, ListEntry};
pub use schema::*;
pub use wrap::wrap_words;
