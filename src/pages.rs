//! One file per view of the shop.

mod catalog_page;
mod detail_page;
mod not_found;

pub use catalog_page::CatalogPage;
pub use detail_page::DetailPage;
pub use not_found::NotFound;
