//! The provider and dataset pages' strings in English.

use crate::i18n::ui::{DatasetText, ProviderText};

/// A data provider's page in English.
pub const EN_PROVIDER: ProviderText = ProviderText {
    web_address: "Web address",
    datasets_heading: "Datasets",
    no_datasets: "The catalogue has no datasets from this data provider.",
    variables_heading: "The variables",
    by_temporality: "Variables by temporality",
    by_unit_type: "Variables by unit type",
    col_count: "Number of variables",
    not_found_heading: "Data provider not found",
    not_found_text: "The catalogue has no data provider with this identifier. It may have \
        been removed or renamed.",
    browse_provider: |n, name| {
        if n == 1 {
            format!("See the variable from {name} in the search")
        } else {
            format!("See all {n} variables from {name} in the search")
        }
    },
    dataset_count: |n| {
        if n == 1 {
            "1 variable".to_string()
        } else {
            format!("{n} variables")
        }
    },
};

/// A dataset's page in English.
pub const EN_DATASET: DatasetText = DatasetText {
    kicker: "Dataset",
    keywords: "Keywords",
    unit_types: "Unit types",
    coverage_heading: "Temporal coverage",
    coverage_unknown: "None of the variables states which years it has data for.",
    variables_heading: "Variables in the dataset",
    not_found_heading: "Dataset not found",
    not_found_text: "The catalogue has no dataset with this identifier. It may have been \
        removed or given a new identifier.",
    coverage: |from, to, ongoing| {
        if ongoing {
            format!("The variables have data from {from} and still.")
        } else {
            format!("The variables have data from {from} to {to}.")
        }
    },
    unknown_count: |n| {
        if n == 1 {
            "1 variable does not state which years it has data for.".to_string()
        } else {
            format!("{n} variables do not state which years they have data for.")
        }
    },
    browse_dataset: |n| {
        if n == 1 {
            "See the variable in the search".to_string()
        } else {
            format!("See all {n} variables in the search")
        }
    },
};
