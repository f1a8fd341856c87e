//! The strings of the detail page of a variable.

/// The detail page of a variable.
#[derive(Debug)]
pub struct Detail {
    /// Label: description.
    pub description: &'static str,
    /// The back link from a detail page.
    pub back_to_results: &'static str,
    /// Adds a variable to the basket.
    pub add_to_basket: &'static str,
    /// Removes a variable from the basket.
    pub remove_from_basket: &'static str,
    /// Says a variable is in the basket.
    pub in_basket: &'static str,
    /// Label: technical name.
    pub technical_name: &'static str,
    /// Section: about the variable.
    pub about_variable: &'static str,
    /// Section: the provider.
    pub provider_heading: &'static str,
    /// Label: organisation number.
    pub org_number: &'static str,
    /// Label: contact.
    pub contact: &'static str,
    /// Label: the provider's public web address.
    pub web_address: &'static str,
    /// Said when the metadata left a measure's code list out.
    pub code_list_not_included: &'static str,
    /// Label: dataset.
    pub dataset: &'static str,
    /// Label: temporality.
    pub temporality: &'static str,
    /// Label: access.
    pub access: &'static str,
    /// Label: population.
    pub population: &'static str,
    /// Label: spatial coverage.
    pub spatial_coverage: &'static str,
    /// Label: temporal coverage.
    pub temporal_coverage: &'static str,
    /// A coverage without end.
    pub ongoing: &'static str,
    /// Label: last updated.
    pub updated: &'static str,
    /// Label: subject fields.
    pub subjects: &'static str,
    /// Section: identifier unit type.
    pub unit_type_heading: &'static str,
    /// Section: the measured value.
    pub measure_heading: &'static str,
    /// Label: data type.
    pub data_type: &'static str,
    /// Label: format.
    pub format: &'static str,
    /// Label: definition links.
    pub definition: &'static str,
    /// Section: the allowed values.
    pub value_domain: &'static str,
    /// Label: measurement type.
    pub measurement_type: &'static str,
    /// Label: unit.
    pub unit: &'static str,
    /// Label: what a link variable points to.
    pub link_target: &'static str,
    /// Explains link variables.
    pub link_explained: &'static str,
    /// Column: code.
    pub code: &'static str,
    /// Column: code title.
    pub code_title: &'static str,
    /// Column: valid from.
    pub valid_from: &'static str,
    /// Column: valid until.
    pub valid_until: &'static str,
    /// Marks a missing-value code.
    pub missing_code: &'static str,
    /// Label of the code filter.
    pub filter_codes: &'static str,
    /// Section: revision.
    pub revision: &'static str,
    /// Says the variable is discontinued.
    pub discontinued: &'static str,
    /// Label: successors.
    pub successors: &'static str,
    /// Section: related variables.
    pub related_heading: &'static str,
    /// Related: same unit type at other providers.
    pub joinable_heading: &'static str,
    /// Related: same dataset.
    pub same_dataset_heading: &'static str,
    /// Heading of the not-found page.
    pub not_found_heading: &'static str,
    /// Text of the not-found page.
    pub not_found_text: &'static str,
    /// Caption of a code table.
    pub codes_shown: &'static str,
    /// "and N more".
    pub more_related: fn(usize) -> String,
    /// How many codes a list has.
    pub codes_count: fn(usize) -> String,
}
