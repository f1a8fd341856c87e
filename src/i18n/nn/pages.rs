//! The provider and dataset pages' strings in Norwegian Nynorsk.

use crate::i18n::ui::{DatasetText, ProviderText};

/// A data provider's page in Norwegian Nynorsk.
pub const NN_PROVIDER: ProviderText = ProviderText {
    web_address: "Nettadresse",
    datasets_heading: "Datasett",
    no_datasets: "Katalogen har ingen datasett frå denne datatilbydaren.",
    variables_heading: "Variablane",
    by_temporality: "Variablar etter temporalitet",
    by_unit_type: "Variablar etter einingstype",
    col_count: "Tal på variablar",
    not_found_heading: "Fann ikkje datatilbydaren",
    not_found_text: "Katalogen har ingen datatilbydar med denne identifikatoren. Han kan \
        vere fjerna eller ha fått nytt namn.",
    browse_provider: |n, name| {
        if n == 1 {
            format!("Sjå variabelen frå {name} i søket")
        } else {
            format!("Sjå alle dei {n} variablane frå {name} i søket")
        }
    },
    dataset_count: |n| {
        if n == 1 {
            "1 variabel".to_string()
        } else {
            format!("{n} variablar")
        }
    },
};

/// A dataset's page in Norwegian Nynorsk.
pub const NN_DATASET: DatasetText = DatasetText {
    kicker: "Datasett",
    keywords: "Nøkkelord",
    unit_types: "Einingstypar",
    coverage_heading: "Tidsdekning",
    coverage_unknown: "Ingen av variablane oppgir kva år dei har data for.",
    variables_heading: "Variablar i datasettet",
    not_found_heading: "Fann ikkje datasettet",
    not_found_text: "Katalogen har ikkje noko datasett med denne identifikatoren. Det kan \
        vere fjerna eller ha fått ny identifikator.",
    coverage: |from, to, ongoing| {
        if ongoing {
            format!("Variablane har data frå {from} og framleis.")
        } else {
            format!("Variablane har data frå {from} til {to}.")
        }
    },
    unknown_count: |n| {
        if n == 1 {
            "1 variabel oppgir ikkje kva år han har data for.".to_string()
        } else {
            format!("{n} variablar oppgir ikkje kva år dei har data for.")
        }
    },
    browse_dataset: |n| {
        if n == 1 {
            "Sjå variabelen i søket".to_string()
        } else {
            format!("Sjå alle dei {n} variablane i søket")
        }
    },
};
