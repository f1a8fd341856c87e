//! The provider and dataset pages' strings in Norwegian Bokmål.

use crate::i18n::ui::{DatasetText, ProviderText};

/// A data provider's page in Norwegian Bokmål.
pub const NB_PROVIDER: ProviderText = ProviderText {
    web_address: "Nettadresse",
    datasets_heading: "Datasett",
    no_datasets: "Katalogen har ingen datasett fra denne datatilbyderen.",
    variables_heading: "Variablene",
    by_temporality: "Variabler etter temporalitet",
    by_unit_type: "Variabler etter enhetstype",
    col_count: "Antall variabler",
    not_found_heading: "Fant ikke datatilbyderen",
    not_found_text: "Katalogen har ingen datatilbyder med denne identifikatoren. Den kan \
        være fjernet eller ha fått nytt navn.",
    browse_provider: |n, name| {
        if n == 1 {
            format!("Se variabelen fra {name} i søket")
        } else {
            format!("Se alle {n} variabler fra {name} i søket")
        }
    },
    dataset_count: |n| {
        if n == 1 {
            "1 variabel".to_string()
        } else {
            format!("{n} variabler")
        }
    },
};

/// A dataset's page in Norwegian Bokmål.
pub const NB_DATASET: DatasetText = DatasetText {
    kicker: "Datasett",
    keywords: "Nøkkelord",
    unit_types: "Enhetstyper",
    coverage_heading: "Tidsdekning",
    coverage_unknown: "Ingen av variablene oppgir hvilke år de har data for.",
    variables_heading: "Variabler i datasettet",
    not_found_heading: "Fant ikke datasettet",
    not_found_text: "Katalogen har ikke noe datasett med denne identifikatoren. Det kan \
        være fjernet eller ha fått ny identifikator.",
    coverage: |from, to, ongoing| {
        if ongoing {
            format!("Variablene har data fra {from} og fortsatt.")
        } else {
            format!("Variablene har data fra {from} til {to}.")
        }
    },
    unknown_count: |n| {
        if n == 1 {
            "1 variabel oppgir ikke hvilke år den har data for.".to_string()
        } else {
            format!("{n} variabler oppgir ikke hvilke år de har data for.")
        }
    },
    browse_dataset: |n| {
        if n == 1 {
            "Se variabelen i søket".to_string()
        } else {
            format!("Se alle {n} variablene i søket")
        }
    },
};
