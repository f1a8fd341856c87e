//! What surrounds every page: the header with the basket link and the
//! language switch, the demo banner, the prøverom's preview banner, the
//! storage notice and the footer.

mod basket_link;
mod demo_banner;
mod footer;
mod header;
mod lang_switch;
mod preview_banner;
mod storage_notice;

pub use basket_link::BasketLink;
pub use demo_banner::DemoBanner;
pub use footer::SiteFooter;
pub use header::SiteHeader;
pub use lang_switch::LangSwitch;
pub use preview_banner::PreviewBanner;
pub use storage_notice::StorageNotice;
