//! The detail page of one variable: its summary from the catalog at once,
//! the rest from its detail shard.

mod basket_button;
mod code_list;
mod code_timeline;
mod not_found;
mod page;
mod provider;
mod related;
mod value_domain;

pub use basket_button::BasketButton;
pub use code_list::CodeList;
pub use code_timeline::code_timeline_view;
pub use not_found::NotFound;
pub use page::DetailPage;
pub use value_domain::ValueDomainView;

// Shared with the provider and dataset pages, so they live in `ui`.
use crate::ui::{clipped, fact, facts};
