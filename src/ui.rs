//! The few view pieces every page shares: the catalog, content and detail
//! gates with their spinner and load error, safe links, links to provider
//! and dataset pages, marked text, technical names that break after
//! underscores, the document title, content texts, the basket checkbox and
//! why a variable was not put in the basket.

mod add_refusal;
mod back_link;
mod basket_checkbox;
mod catalog_gate;
mod catalog_link;
mod content_gate;
mod content_text;
mod details_gate;
mod document_title;
mod download;
mod facts;
mod load_error;
mod marked;
mod safe_link;
mod spinner;
mod technical_name;
mod timeline;

pub use add_refusal::AddRefusal;
pub use back_link::BackLink;
pub use basket_checkbox::BasketCheckbox;
pub use catalog_gate::CatalogGate;
pub use catalog_link::{DatasetLink, ProviderLink};
pub use content_gate::ContentGate;
pub use content_text::{content_string, content_text};
pub use details_gate::DetailsGate;
pub use document_title::DocumentTitle;
pub use download::{download, today};
pub use facts::{clipped, fact, facts};
pub use load_error::LoadErrorView;
pub use marked::Marked;
pub use safe_link::{is_web_url, MailLink, SafeLink};
pub use spinner::Loading;
pub use technical_name::TechnicalName;
pub use timeline::{this_year, Chart, ChartRow, TimelineChart};
