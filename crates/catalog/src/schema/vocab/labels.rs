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
            (Temporality::Fixed, Lang::Nn) => {
                "Verdien endrar seg ikkje over tid, til dømes fødselsår."
            }
            (Temporality::Fixed, Lang::En) => {
                "The value does not change over time, such as a year of birth."
            }
            (Temporality::Status, Lang::Nb) => {
                "Verdien er målt på én bestemt dato (et tverrsnitt)."
            }
            (Temporality::Status, Lang::Nn) => {
                "Verdien er målt på éin bestemd dato (eit tverrsnitt)."
            }
            (Temporality::Status, Lang::En) => {
                "The value is measured on one given date (a cross-section)."
            }
            (Temporality::Accumulated, Lang::Nb) => {
                "Verdien er summert over en periode med start- og sluttdato."
            }
            (Temporality::Accumulated, Lang::Nn) => {
                "Verdien er summert over ein periode med start- og sluttdato."
            }
            (Temporality::Accumulated, Lang::En) => {
                "The value is summed over a period with a start and an end date."
            }
            (Temporality::Event, Lang::Nb) => {
                "Verdien gjelder fra en startdato og eventuelt til en sluttdato (et forløp)."
            }
            (Temporality::Event, Lang::Nn) => {
                "Verdien gjeld frå ein startdato og eventuelt til ein sluttdato (eit forløp)."
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
            (M::Currency, Lang::Nn) => "Valuta",
            (M::Currency, Lang::En) => "Currency",
            (M::Weight, Lang::Nb) => "Vekt",
            (M::Weight, Lang::Nn) => "Vekt",
            (M::Weight, Lang::En) => "Weight",
            (M::Length, Lang::Nb) => "Lengde",
            (M::Length, Lang::Nn) => "Lengd",
            (M::Length, Lang::En) => "Length",
            (M::Height, Lang::Nb) => "Høyde",
            (M::Height, Lang::Nn) => "Høgd",
            (M::Height, Lang::En) => "Height",
            (M::Geographical, Lang::Nb) => "Geografisk",
            (M::Geographical, Lang::Nn) => "Geografisk",
            (M::Geographical, Lang::En) => "Geographical",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_has_distinct_text_in_each_language() {
        for lang in Lang::ALL {
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
