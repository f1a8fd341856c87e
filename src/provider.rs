//! The page of a data provider: what the metadata says about it, its
//! datasets, a chart of its variables and a way into browse filtered to it.

mod chart;
mod page;

pub use chart::TallyChart;
pub use page::ProviderPage;
