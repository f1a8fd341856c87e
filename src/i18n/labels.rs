//! Labels of the catalog's vocabularies (sort orders, temporalities,
//! measurement types) in both languages.

use catalog::Lang;

/// The label of a sort order.
pub fn sort_name(sort: catalog::Sort, lang: Lang) -> &'static str {
    use catalog::Sort;
    match (sort, lang) {
        (Sort::Relevance, Lang::Nb) => "Relevans",
        (Sort::Relevance, Lang::En) => "Relevance",
        (Sort::Name, Lang::Nb) => "Navn A–Å",
        (Sort::Name, Lang::En) => "Name A–Z",
        (Sort::Provider, Lang::Nb) => "Datatilbyder",
        (Sort::Provider, Lang::En) => "Data provider",
        (Sort::Updated, Lang::Nb) => "Sist oppdatert",
        (Sort::Updated, Lang::En) => "Last updated",
    }
}

/// One line on what a temporality means, for the detail page.
pub fn temporality_explained(t: catalog::Temporality, lang: Lang) -> &'static str {
    use catalog::Temporality;
    match (t, lang) {
        (Temporality::Fixed, Lang::Nb) => {
            "Verdien endrer seg ikke over tid, for eksempel fødselsår."
        }
        (Temporality::Fixed, Lang::En) => {
            "The value does not change over time, such as a year of birth."
        }
        (Temporality::Status, Lang::Nb) => "Verdien er målt på én bestemt dato (et tverrsnitt).",
        (Temporality::Status, Lang::En) => {
            "The value is measured on one given date (a cross-section)."
        }
        (Temporality::Accumulated, Lang::Nb) => {
            "Verdien er summert over en periode med start- og sluttdato."
        }
        (Temporality::Accumulated, Lang::En) => {
            "The value is summed over a period with a start and an end date."
        }
        (Temporality::Event, Lang::Nb) => {
            "Verdien gjelder fra en startdato og eventuelt til en sluttdato (et forløp)."
        }
        (Temporality::Event, Lang::En) => {
            "The value holds from a start date, and possibly to an end date (an event)."
        }
    }
}

/// The label of a measurement type.
pub fn measurement_type_name(m: catalog::MeasurementType, lang: Lang) -> &'static str {
    use catalog::MeasurementType as M;
    match (m, lang) {
        (M::Currency, Lang::Nb) => "Valuta",
        (M::Currency, Lang::En) => "Currency",
        (M::Weight, Lang::Nb) => "Vekt",
        (M::Weight, Lang::En) => "Weight",
        (M::Length, Lang::Nb) => "Lengde",
        (M::Length, Lang::En) => "Length",
        (M::Height, Lang::Nb) => "Høyde",
        (M::Height, Lang::En) => "Height",
        (M::Geographical, Lang::Nb) => "Geografisk",
        (M::Geographical, Lang::En) => "Geographical",
    }
}
