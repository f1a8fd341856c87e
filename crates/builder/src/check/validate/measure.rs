//! The rules on a measure and its value domain.

use super::{Checker, Here};
use crate::dialect::draft::{DraftCode, DraftMeasure, DraftValueDomain, Spanned};
use catalog::DataType;
use std::collections::HashMap;

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
        // With sentinels alone, the sentinel rule below says it better.
        // A code list the source left out was warned about where it is read.
        if domain.codes.is_none()
            && domain.described.is_none()
            && domain.sentinels.is_none()
            && !domain.code_list_omitted
        {
            self.error(
                here,
                &domain.loc,
                "must have a codeList or a description (a described value domain)".to_owned(),
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
                self.check_code_repeats(here, &codes.value);
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

    /// A code may be listed more than once only for periods that do not
    /// overlap (microdata-tools' "duplicate codes for same time period").
    fn check_code_repeats(&mut self, here: &Here, codes: &[DraftCode]) {
        let mut by_code: HashMap<&str, Vec<&DraftCode>> = HashMap::new();
        for code in codes {
            if let (Some(c), Some(_)) = (&code.code, &code.valid_from) {
                by_code.entry(c.value.as_str()).or_default().push(code);
            }
        }
        let mut repeats: Vec<(&str, Vec<&DraftCode>)> = by_code
            .into_iter()
            .filter(|(_, list)| list.len() > 1)
            .collect();
        repeats.sort_by_key(|(code, _)| *code);
        for (code, mut list) in repeats {
            list.sort_by_key(|c| c.valid_from.as_ref().map(|d| d.value));
            for pair in list.windows(2) {
                let (first, next) = (pair[0], pair[1]);
                let (Some(from), Some(next_from), Some(next_code)) =
                    (&first.valid_from, &next.valid_from, &next.code)
                else {
                    continue;
                };
                let overlaps = first
                    .valid_until
                    .as_ref()
                    .is_none_or(|u| next_from.value <= u.value);
                if overlaps {
                    let message = format!(
                        "code \"{code}\" is listed twice for the same time: also from {} (line {}); a code may repeat only for periods that do not overlap",
                        from.value, from.loc.line
                    );
                    self.error(here, &next_code.loc, message);
                }
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
