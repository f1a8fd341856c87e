//! The basket as files to download: JSON for tools and the request
//! process, CSV for spreadsheets.
//!
//! Both list the variables in the basket page's order (providers by name,
//! variables by label, see [`crate::Basket::resolve`]) and list ids no
//! longer in the catalog rather than drop them. Neither reads a clock: the
//! caller passes the export date, so the output depends only on the input.

mod csv;
mod json;

pub use csv::{export_csv, export_csv_linked, variable_link};
pub use json::export_json;
