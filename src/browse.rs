//! The browse page: the introduction, search box, facets, filter chips,
//! the toolbar, the result list and pagination. Every piece of the search
//! reads the engine's one answer to the query in the URL.

mod chips;
mod empty_state;
mod facet_group;
mod facet_panel;
mod intro;
mod page;
mod pagination;
mod result_list;
mod row_text;
mod search_box;
mod toolbar;

pub use chips::{describe_filters, ActiveFilters};
pub use empty_state::EmptyState;
pub use facet_group::FacetGroup;
pub use facet_panel::FacetPanel;
pub use intro::StartIntro;
pub use page::CatalogPage;
pub use pagination::Pagination;
pub use result_list::VariableTable;
pub use search_box::SearchBox;
pub use toolbar::ResultToolbar;
