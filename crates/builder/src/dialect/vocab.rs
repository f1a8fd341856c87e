//! The catalog's closed vocabularies, read the same way by every dialect.

use crate::dialect::fields::{Fields, Reader};
use catalog::{MeasurementType, Sensitivity, Temporality};

impl Reader<'_> {
    /// A required temporality (`FIXED`, `STATUS`, `ACCUMULATED`, `EVENT`)
    /// in field `key`.
    pub fn temporality(&mut self, f: &Fields, key: &str) -> Option<Temporality> {
        let codes = Temporality::ALL.map(Temporality::code);
        self.vocab(f, key, true, &codes, Temporality::from_code)
    }

    /// A required `sensitivityLevel`.
    pub fn sensitivity(&mut self, f: &Fields) -> Option<Sensitivity> {
        let codes = Sensitivity::ALL.map(Sensitivity::code);
        self.vocab(f, "sensitivityLevel", true, &codes, Sensitivity::from_code)
    }

    /// An optional `measurementType`.
    pub fn measurement_type(&mut self, f: &Fields) -> Option<MeasurementType> {
        let codes = MeasurementType::ALL.map(MeasurementType::code);
        self.vocab(
            f,
            "measurementType",
            false,
            &codes,
            MeasurementType::from_code,
        )
    }
}
