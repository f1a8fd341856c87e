//! The rules on a measure and its value domain.

use super::{Checker, Here};
use crate::draft::{DraftMeasure, DraftValueDomain, Spanned};
use catalog::DataType;

impl Checker<'_> {
    /// A link variable carries nothing but its unit type; any other measure
    /// needs a consistent value domain.
    pub(super) fn check_measure(&mut self, here: &Here, measure: &DraftMeasure) {
        if measure.link_to.is_some() {
            if let Some(data_type) = &measure.data_type {
                self.error(
                    here,
                    &data_type.loc,
                    "must not be given for a link variable (a measure that is a unit type)"
                        .to_owned(),
                );
            }
            if let Some(domain) = &measure.value_domain {
                self.error(
                    here,
                    &domain.loc,
                    "must not be given for a link variable (a measure that is a unit type)"
                        .to_owned(),
                );
            }
            return;
        }
        if let Some(domain) = &measure.value_domain {
            let data_type = measure.data_type.as_ref().map(|d| d.value);
            self.check_value_domain(here, domain, data_type);
        }
    }

    fn check_value_domain(
        &mut self,
        here: &Here,
        domain: &DraftValueDomain,
        data_type: Option<DataType>,
    ) {
        if let (Some(_), Some(described)) = (&domain.codes, &domain.described) {
            self.error(
                here,
                &described.loc,
                "a value domain is either a code list or described, not both".to_owned(),
            );
        }
        match &domain.codes {
            None => {
                if let Some(sentinels) = &domain.sentinels {
                    self.error(
                        here,
                        &sentinels.loc,
                        "sentinel and missing values need a code list".to_owned(),
                    );
                }
            }
            Some(codes) if codes.value.is_empty() => {
                self.error(here, &codes.loc, "must not be empty".to_owned());
            }
            Some(codes) => {
                for code in &codes.value {
                    if let (Some(from), Some(until)) = (&code.valid_from, &code.valid_until) {
                        if until.value <= from.value {
                            let message =
                                format!("{} is not after validFrom {}", until.value, from.value);
                            self.error(here, &until.loc, message);
                        }
                    }
                }
            }
        }
        if data_type == Some(DataType::Long) {
            let codes = domain.codes.iter().flat_map(|c| &c.value).map(|c| &c.code);
            let sentinels = domain
                .sentinels
                .iter()
                .flat_map(|s| &s.value)
                .map(|s| &s.code);
            for code in codes.chain(sentinels).flatten() {
                self.check_integer(here, code);
            }
        }
    }

    fn check_integer(&mut self, here: &Here, code: &Spanned<String>) {
        let digits = code.value.strip_prefix('-').unwrap_or(&code.value);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            let message = format!(
                "\"{}\" is not a whole number, but the measure's dataType is LONG",
                code.value
            );
            self.error(here, &code.loc, message);
        }
    }
}
