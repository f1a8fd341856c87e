//! The page of a dataset: its description, provider, unit types, the years
//! its variables cover and its variables, each with a basket checkbox.

mod page;
mod timeline;
mod variable_list;

pub use page::DatasetPage;
pub use timeline::CoverageTimeline;
pub use variable_list::DatasetVariables;
