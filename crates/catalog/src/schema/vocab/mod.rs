//! The closed vocabularies of the metadata standard, with the labels that
//! Norwegian users know from microdata.no.

mod labels;

use crate::Lang;
use serde::{Deserialize, Serialize};

/// How a variable's value relates to time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Temporality {
    /// A value that never changes, such as a date of birth.
    Fixed,
    /// A value measured at one date (a cross-section).
    Status,
    /// A value summed over a period.
    Accumulated,
    /// A value that holds from a start date, optionally to a stop date.
    Event,
}

impl Temporality {
    /// Every value, in the order the metadata standard lists them.
    pub const ALL: [Temporality; 4] = [
        Temporality::Fixed,
        Temporality::Status,
        Temporality::Accumulated,
        Temporality::Event,
    ];

    /// The metadata's own spelling, e.g. `FIXED`.
    pub fn code(self) -> &'static str {
        match self {
            Temporality::Fixed => "FIXED",
            Temporality::Status => "STATUS",
            Temporality::Accumulated => "ACCUMULATED",
            Temporality::Event => "EVENT",
        }
    }

    /// Parses the metadata's spelling exactly (the builder reports near misses).
    pub fn from_code(code: &str) -> Option<Temporality> {
        Temporality::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The label microdata.no uses.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Temporality::Fixed, Lang::Nb) => "Fast",
            (Temporality::Fixed, Lang::Nn) => "Fast",
            (Temporality::Fixed, Lang::En) => "Fixed",
            (Temporality::Status, Lang::Nb) => "Tverrsnitt",
            (Temporality::Status, Lang::Nn) => "Tverrsnitt",
            (Temporality::Status, Lang::En) => "Status (cross-section)",
            (Temporality::Accumulated, Lang::Nb) => "Akkumulert",
            (Temporality::Accumulated, Lang::Nn) => "Akkumulert",
            (Temporality::Accumulated, Lang::En) => "Accumulated",
            (Temporality::Event, Lang::Nb) => "Forløp",
            (Temporality::Event, Lang::Nn) => "Forløp",
            (Temporality::Event, Lang::En) => "Event",
        }
    }
}

/// Who may see the data behind a variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Sensitivity {
    /// Open data.
    Public,
    /// Restricted (KUDAF's own level).
    Nonpublic,
    /// Restricted personal data (microdata).
    PersonGeneral,
    /// Restricted special categories of personal data (microdata).
    PersonSpecial,
}

impl Sensitivity {
    /// Every value, in the order the metadata standard lists them.
    pub const ALL: [Sensitivity; 4] = [
        Sensitivity::Public,
        Sensitivity::Nonpublic,
        Sensitivity::PersonGeneral,
        Sensitivity::PersonSpecial,
    ];

    /// The metadata's own spelling, e.g. `NONPUBLIC`.
    pub fn code(self) -> &'static str {
        match self {
            Sensitivity::Public => "PUBLIC",
            Sensitivity::Nonpublic => "NONPUBLIC",
            Sensitivity::PersonGeneral => "PERSON_GENERAL",
            Sensitivity::PersonSpecial => "PERSON_SPECIAL",
        }
    }

    /// Parses the metadata's spelling exactly.
    pub fn from_code(code: &str) -> Option<Sensitivity> {
        Sensitivity::ALL.into_iter().find(|s| s.code() == code)
    }

    /// True for open data; every other level needs an application.
    pub fn is_open(self) -> bool {
        self == Sensitivity::Public
    }

    /// The shop's "Tilgjengelighet" label: Åpen or Begrenset.
    pub fn access_label(self, lang: Lang) -> &'static str {
        match (self.is_open(), lang) {
            (true, Lang::Nb) => "Åpen",
            (true, Lang::Nn) => "Open",
            (true, Lang::En) => "Open",
            (false, Lang::Nb) => "Begrenset",
            (false, Lang::Nn) => "Avgrensa",
            (false, Lang::En) => "Restricted",
        }
    }
}

/// The type of a measure's values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DataType {
    /// Text.
    String,
    /// Whole numbers.
    Long,
    /// Decimal numbers.
    Double,
    /// Calendar dates.
    Date,
    /// True or false (kudaflib only).
    Bool,
}

impl DataType {
    /// Every value.
    pub const ALL: [DataType; 5] = [
        DataType::String,
        DataType::Long,
        DataType::Double,
        DataType::Date,
        DataType::Bool,
    ];

    /// The metadata's own spelling, e.g. `LONG`.
    pub fn code(self) -> &'static str {
        match self {
            DataType::String => "STRING",
            DataType::Long => "LONG",
            DataType::Double => "DOUBLE",
            DataType::Date => "DATE",
            DataType::Bool => "BOOL",
        }
    }

    /// Parses the metadata's spelling exactly.
    pub fn from_code(code: &str) -> Option<DataType> {
        DataType::ALL.into_iter().find(|d| d.code() == code)
    }

    /// A human label.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (DataType::String, Lang::Nb) => "Tekst",
            (DataType::String, Lang::Nn) => "Tekst",
            (DataType::String, Lang::En) => "Text",
            (DataType::Long, Lang::Nb) => "Heltall",
            (DataType::Long, Lang::Nn) => "Heiltal",
            (DataType::Long, Lang::En) => "Integer",
            (DataType::Double, Lang::Nb) => "Desimaltall",
            (DataType::Double, Lang::Nn) => "Desimaltal",
            (DataType::Double, Lang::En) => "Decimal number",
            (DataType::Date, Lang::Nb) => "Dato",
            (DataType::Date, Lang::Nn) => "Dato",
            (DataType::Date, Lang::En) => "Date",
            (DataType::Bool, Lang::Nb) => "Sann/usann",
            (DataType::Bool, Lang::Nn) => "Sann/usann",
            (DataType::Bool, Lang::En) => "Boolean",
        }
    }
}

/// What a described value domain measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MeasurementType {
    /// Money.
    Currency,
    /// Weight.
    Weight,
    /// Length.
    Length,
    /// Height.
    Height,
    /// A place.
    Geographical,
}

impl MeasurementType {
    /// Every value.
    pub const ALL: [MeasurementType; 5] = [
        MeasurementType::Currency,
        MeasurementType::Weight,
        MeasurementType::Length,
        MeasurementType::Height,
        MeasurementType::Geographical,
    ];

    /// The metadata's own spelling, e.g. `CURRENCY`.
    pub fn code(self) -> &'static str {
        match self {
            MeasurementType::Currency => "CURRENCY",
            MeasurementType::Weight => "WEIGHT",
            MeasurementType::Length => "LENGTH",
            MeasurementType::Height => "HEIGHT",
            MeasurementType::Geographical => "GEOGRAPHICAL",
        }
    }

    /// Parses the metadata's spelling exactly.
    pub fn from_code(code: &str) -> Option<MeasurementType> {
        MeasurementType::ALL.into_iter().find(|m| m.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_serde_and_from_code() {
        for t in Temporality::ALL {
            let json = serde_json::to_string(&t).expect("serializes");
            assert_eq!(json, format!("\"{}\"", t.code()));
            assert_eq!(Temporality::from_code(t.code()), Some(t));
        }
        for s in Sensitivity::ALL {
            let json = serde_json::to_string(&s).expect("serializes");
            assert_eq!(json, format!("\"{}\"", s.code()));
            assert_eq!(Sensitivity::from_code(s.code()), Some(s));
        }
        for d in DataType::ALL {
            assert_eq!(DataType::from_code(d.code()), Some(d));
        }
        for m in MeasurementType::ALL {
            assert_eq!(MeasurementType::from_code(m.code()), Some(m));
        }
        assert_eq!(Temporality::from_code("fixed"), None);
    }

    #[test]
    fn access_labels_follow_the_demo() {
        let cases = [
            (Sensitivity::Public, Lang::Nb, "Åpen"),
            (Sensitivity::Nonpublic, Lang::Nb, "Begrenset"),
            (Sensitivity::PersonSpecial, Lang::Nb, "Begrenset"),
            (Sensitivity::Nonpublic, Lang::En, "Restricted"),
            (Sensitivity::Public, Lang::Nn, "Open"),
            (Sensitivity::Nonpublic, Lang::Nn, "Avgrensa"),
        ];
        for (s, lang, label) in cases {
            assert_eq!(s.access_label(lang), label);
        }
    }
}
