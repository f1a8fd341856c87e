//! Reusable view pieces; each file holds one component.

mod catalog_gate;
mod demo_banner;
mod load_error;
mod site_footer;
mod site_header;
mod spinner;
mod variable_table;

pub use catalog_gate::{CatalogCtx, CatalogGate};
pub use demo_banner::DemoBanner;
pub use load_error::LoadErrorView;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use spinner::Loading;
pub use variable_table::VariableTable;
