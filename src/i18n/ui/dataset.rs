//! The strings of a dataset's page.

/// The page of a dataset.
#[derive(Debug)]
pub struct DatasetText {
    /// The kind of page, above the title.
    pub kicker: &'static str,
    /// Label: keywords.
    pub keywords: &'static str,
    /// Label: unit types.
    pub unit_types: &'static str,
    /// Section: the years the variables cover.
    pub coverage_heading: &'static str,
    /// Said when no variable states its coverage.
    pub coverage_unknown: &'static str,
    /// Section: the dataset's variables.
    pub variables_heading: &'static str,
    /// Heading of the page for an unknown dataset.
    pub not_found_heading: &'static str,
    /// Text of the page for an unknown dataset.
    pub not_found_text: &'static str,
    /// The years with data: first year, last year, ongoing.
    pub coverage: fn(i32, i32, bool) -> String,
    /// How many variables state no coverage.
    pub unknown_count: fn(usize) -> String,
    /// The link to browse filtered to the dataset: count.
    pub browse_dataset: fn(usize) -> String,
}
