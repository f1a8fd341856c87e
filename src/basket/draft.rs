//! The request draft (søknadsutkast): the form a provider can act on, its
//! checklist, the coverage timeline, the exports and the printed request.

mod checklist;
mod exports;
mod field;
mod page;
mod print;
mod project;
mod variables;

pub use page::DraftPage;
