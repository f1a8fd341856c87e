//! The labels of the sort orders, which are the app's own choices rather
//! than the catalog's vocabulary (whose labels the core gives, e.g.
//! [`catalog::Temporality::explanation`]).

use catalog::{Lang, Sort};

/// The label of a sort order.
pub fn sort_name(sort: Sort, lang: Lang) -> &'static str {
    match (sort, lang) {
        (Sort::Relevance, Lang::Nb) => "Relevans",
        (Sort::Relevance, Lang::Nn) => "Relevans",
        (Sort::Relevance, Lang::En) => "Relevance",
        (Sort::Name, Lang::Nb) => "Navn A–Å",
        (Sort::Name, Lang::Nn) => "Namn A–Å",
        (Sort::Name, Lang::En) => "Name A–Z",
        (Sort::Provider, Lang::Nb) => "Datatilbyder",
        (Sort::Provider, Lang::Nn) => "Datatilbydar",
        (Sort::Provider, Lang::En) => "Data provider",
        (Sort::Updated, Lang::Nb) => "Sist oppdatert",
        (Sort::Updated, Lang::Nn) => "Sist oppdatert",
        (Sort::Updated, Lang::En) => "Last updated",
    }
}
