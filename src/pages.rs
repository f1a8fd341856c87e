//! One file per view of the shop.

mod basket_page;
mod catalog_page;
mod detail_page;
mod draft_page;
mod not_found;

pub use basket_page::BasketPage;
pub use catalog_page::CatalogPage;
pub use detail_page::DetailPage;
pub use draft_page::DraftPage;
pub use not_found::NotFound;
