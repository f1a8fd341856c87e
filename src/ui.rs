//! The few view pieces every page shares: the catalog, content and detail
//! gates with their spinner and load error, safe links, marked text, the
//! document title, content texts and the basket checkbox.

mod basket_checkbox;
mod catalog_gate;
mod content_gate;
mod content_text;
mod details_gate;
mod document_title;
mod load_error;
mod marked;
mod safe_link;
mod spinner;

pub use basket_checkbox::BasketCheckbox;
pub use catalog_gate::CatalogGate;
pub use content_gate::ContentGate;
pub use content_text::content_text;
pub use details_gate::DetailsGate;
pub use document_title::DocumentTitle;
pub use load_error::LoadErrorView;
pub use marked::Marked;
pub use safe_link::{is_web_url, MailLink, SafeLink};
pub use spinner::Loading;
