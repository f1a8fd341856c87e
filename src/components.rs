//! Reusable view pieces; each file holds one component.

pub mod active_filters;
mod catalog_gate;
mod demo_banner;
mod empty_state;
mod facet_group;
mod facet_panel;
mod lang_switch;
mod load_error;
mod marked;
mod pagination;
mod result_toolbar;
mod search_box;
mod site_footer;
mod site_header;
mod spinner;
mod variable_table;

pub use active_filters::ActiveFilters;
pub use catalog_gate::{CatalogCtx, CatalogGate};
pub use demo_banner::DemoBanner;
pub use empty_state::EmptyState;
pub use facet_group::FacetGroup;
pub use facet_panel::FacetPanel;
pub use lang_switch::LangSwitch;
pub use load_error::LoadErrorView;
pub use marked::Marked;
pub use pagination::Pagination;
pub use result_toolbar::ResultToolbar;
pub use search_box::SearchBox;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use spinner::Loading;
pub use variable_table::VariableTable;
