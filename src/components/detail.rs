//! Pieces of the variable detail page.

mod code_list;
mod facts;
mod value_domain;

pub use code_list::CodeList;
pub use facts::{fact, facts};
pub use value_domain::ValueDomainView;
