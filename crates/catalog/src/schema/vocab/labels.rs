//! The longer texts of the vocabularies, per [`Lang`]: what the detail
//! page says a temporality means and what a measurement type is called.

use super::{MeasurementType, Temporality};
use crate::Lang;

impl Temporality {
    /// One sentence on what the temporality means, for the detail page.
    pub fn explanation(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Temporality::Fixed, Lang::Nb) => {
                "Verdien endrer seg ikke over tid, for eksempel fødselsår."
            }
            (Temporality::Fixed, Lang::En) => {
                "The value does not change over time, such as a year of birth."
            }
            (Temporality::Status, Lang::Nb) => {
                "Verdien er målt på én bestemt dato (et tverrsnitt)."
            }
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
}

impl MeasurementType {
    /// The label, e.g. Valuta or Currency.
    pub fn label(self, lang: Lang) -> &'static str {
        use MeasurementType as M;
        match (self, lang) {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_has_distinct_text_in_each_language() {
        for lang in [Lang::Nb, Lang::En] {
            let mut seen: Vec<&str> = Temporality::ALL
                .iter()
                .map(|t| t.explanation(lang))
                .collect();
            seen.extend(MeasurementType::ALL.iter().map(|m| m.label(lang)));
            let count = seen.len();
            seen.sort_unstable();
            seen.dedup();
            assert_eq!(seen.len(), count, "{lang:?}");
        }
        let cases = [
            (MeasurementType::Currency.label(Lang::Nb), "Valuta"),
            (
                MeasurementType::Geographical.label(Lang::En),
                "Geographical",
            ),
        ];
        for (got, expected) in cases {
            assert_eq!(got, expected);
        }
    }
}
