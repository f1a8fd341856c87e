//! One file per view of the shop.

mod catalog_page;

pub use catalog_page::CatalogPage;
