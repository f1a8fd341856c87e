//! The strings of a provider's page.

/// The page of a data provider.
#[derive(Debug)]
pub struct ProviderText {
    /// Label: the provider's public web address.
    pub web_address: &'static str,
    /// Section: the provider's datasets.
    pub datasets_heading: &'static str,
    /// Said when the catalog has no dataset of the provider.
    pub no_datasets: &'static str,
    /// Section: the provider's variables, counted.
    pub variables_heading: &'static str,
    /// Heading of the chart by temporality.
    pub by_temporality: &'static str,
    /// Heading of the chart by unit type.
    pub by_unit_type: &'static str,
    /// Column: number of variables.
    pub col_count: &'static str,
    /// Heading of the page for an unknown provider id.
    pub not_found_heading: &'static str,
    /// Text of the page for an unknown provider id.
    pub not_found_text: &'static str,
    /// The link to browse filtered to the provider: count, name.
    pub browse_provider: fn(usize, &str) -> String,
    /// A dataset in the list: how many variables it has.
    pub dataset_count: fn(usize) -> String,
}
