//! The few view pieces every page shares: the catalog and detail gates
//! with their spinner and load error, safe links, marked text, technical names
//! that break after underscores and the document title.

mod catalog_gate;
mod details_gate;
mod document_title;
mod load_error;
mod marked;
mod safe_link;
mod spinner;
mod technical_name;

pub use catalog_gate::CatalogGate;
pub use details_gate::DetailsGate;
pub use document_title::DocumentTitle;
pub use load_error::LoadErrorView;
pub use marked::Marked;
pub use safe_link::{is_web_url, MailLink, SafeLink};
pub use spinner::Loading;
pub use technical_name::TechnicalName;
