//! The request draft (søknadsutkast): what the researcher writes about the
//! project and about each selected variable, saved with the basket.

use super::period::Period;
use crate::json::json_object;
use crate::Basket;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The draft of an application for access to the basket's variables.
///
/// Every field is the text exactly as typed, never parsed into something
/// else on the way in: a half-typed e-mail address or a year written
/// `20l5` stays as it is, and [`super::check`] says what is wrong with
/// it. Changed only through [`DraftEdit`], which the storage effect applies
/// to the freshly read saved draft (see [`crate::apply`]), so two tabs
/// editing different fields never undo each other.
///
/// Entries in [`Draft::variables`] outlive the variable's place in the
/// basket: removing a variable and adding it back keeps its
/// justification, until the basket (and with it the draft) is cleared.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Draft {
    /// The applicant's name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub applicant_name: String,
    /// The applicant's institution (university, research institute, …).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub institution: String,
    /// The applicant's e-mail address; checked by
    /// [`super::is_plausible_email`].
    #[serde(skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// The project's title.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// What the data will be used for. Required.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub purpose: String,
    /// The legal basis for processing the data, in the applicant's words
    /// (e.g. "GDPR art. 6(1)(e) og art. 9(2)(j)").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub legal_basis: String,
    /// The project period in whole years; also the period of every
    /// variable without a period of its own.
    #[serde(skip_serializing_if = "Period::is_empty")]
    pub period: Period,
    /// The population the project studies.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub population: String,
    /// The sample (utvalg) drawn from the population, if any.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sample: String,
    /// Where the data will be analysed (e.g. a named secure analysis
    /// environment).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub analysis_room: String,
    /// Per variable id: its justification and requested period. Kept for
    /// ids no longer in the basket (see the type's notes); entries with
    /// nothing written are dropped.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub variables: BTreeMap<String, VariableRequest>,
}

/// What the draft says about one variable.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VariableRequest {
    /// Why the project needs this variable: the data-minimisation reason.
    /// Required for every variable in the basket.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub justification: String,
    /// The years requested; empty ends fall back to the project period
    /// (see [`Draft::period_of`]).
    #[serde(skip_serializing_if = "Period::is_empty")]
    pub period: Period,
}

// How the app reads a saved draft without serde: every field optional, and
// keys it does not know (from a newer shop) skipped, as the serde derive
// above does with `default`.
json_object!(lenient Draft {
    "applicantName" => applicant_name [default], "institution" => institution [default],
    "email" => email [default], "title" => title [default], "purpose" => purpose [default],
    "legalBasis" => legal_basis [default], "period" => period [default],
    "population" => population [default], "sample" => sample [default],
    "analysisRoom" => analysis_room [default], "variables" => variables [default],
});
json_object!(lenient VariableRequest {
    "justification" => justification [default], "period" => period [default],
});

impl VariableRequest {
    /// True when nothing is written.
    pub fn is_empty(&self) -> bool {
        self.justification.is_empty() && self.period.is_empty()
    }
}

/// A text field of the draft that is not about one variable, for
/// [`DraftEdit::Field`], [`Draft::get`] and [`super::FieldId`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DraftField {
    /// [`Draft::applicant_name`].
    ApplicantName,
    /// [`Draft::institution`].
    Institution,
    /// [`Draft::email`].
    Email,
    /// [`Draft::title`].
    Title,
    /// [`Draft::purpose`].
    Purpose,
    /// [`Draft::legal_basis`].
    LegalBasis,
    /// The first year of [`Draft::period`].
    PeriodFrom,
    /// The last year of [`Draft::period`].
    PeriodTo,
    /// [`Draft::population`].
    Population,
    /// [`Draft::sample`].
    Sample,
    /// [`Draft::analysis_room`].
    AnalysisRoom,
}

impl DraftField {
    /// Every field, in form order: the order the draft page lays them out
    /// and the checklist lists them.
    pub const ALL: [DraftField; 11] = [
        DraftField::ApplicantName,
        DraftField::Institution,
        DraftField::Email,
        DraftField::Title,
        DraftField::Purpose,
        DraftField::LegalBasis,
        DraftField::PeriodFrom,
        DraftField::PeriodTo,
        DraftField::Population,
        DraftField::Sample,
        DraftField::AnalysisRoom,
    ];

    /// A stable kebab-case key, e.g. `legal-basis`: part of the field's DOM
    /// id ([`super::FieldId::dom_id`]) and of the app's label table.
    pub fn key(self) -> &'static str {
        match self {
            DraftField::ApplicantName => "applicant-name",
            DraftField::Institution => "institution",
            DraftField::Email => "email",
            DraftField::Title => "title",
            DraftField::Purpose => "purpose",
            DraftField::LegalBasis => "legal-basis",
            DraftField::PeriodFrom => "period-from",
            DraftField::PeriodTo => "period-to",
            DraftField::Population => "population",
            DraftField::Sample => "sample",
            DraftField::AnalysisRoom => "analysis-room",
        }
    }
}

/// Which end of a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PeriodEnd {
    /// The first year.
    From,
    /// The last year.
    To,
}

/// One change to the draft, applied to the saved draft by
/// [`crate::BasketOp::Edit`]. Each sets one field to the full text of its
/// input, so concurrent edits of different fields in two tabs both stay,
/// and of the same field the last one wins.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftEdit {
    /// Sets a project-level field.
    Field(DraftField, String),
    /// Sets a variable's justification.
    Justification {
        /// The variable's id.
        id: String,
        /// The new text.
        text: String,
    },
    /// Sets one end of a variable's requested period.
    VariablePeriod {
        /// The variable's id.
        id: String,
        /// Which end.
        end: PeriodEnd,
        /// The new text (a year, or empty for the project period's).
        text: String,
    },
}

/// Why a [`DraftEdit`] was not applied; the saved draft is unchanged and
/// the input keeps what the user typed, so nothing is lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditRefused {
    /// The text is longer than [`Draft::MAX_TEXT_CHARS`].
    TooLong,
    /// The draft already holds [`Basket::MAX_IDS`] variable entries.
    TooManyVariables,
    /// The variable id is empty or longer than [`Basket::MAX_ID_CHARS`].
    BadId,
}

impl EditRefused {
    /// A stable code for the app's message table: `too-long`,
    /// `too-many-variables`, `bad-id`.
    pub fn code(self) -> &'static str {
        match self {
            EditRefused::TooLong => "too-long",
            EditRefused::TooManyVariables => "too-many-variables",
            EditRefused::BadId => "bad-id",
        }
    }
}

impl fmt::Display for EditRefused {
    /// An English sentence for logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditRefused::TooLong => write!(
                f,
                "the text is longer than {} characters",
                Draft::MAX_TEXT_CHARS
            ),
            EditRefused::TooManyVariables => write!(
                f,
                "the draft already describes {} variables",
                Basket::MAX_IDS
            ),
            EditRefused::BadId => write!(f, "the variable id is empty or too long"),
        }
    }
}

impl Draft {
    /// The longest text a field takes, in chars: several pages, far
    /// beyond any real answer, so a hostile saved draft cannot make the
    /// page slow. Give inputs this `maxlength`.
    pub const MAX_TEXT_CHARS: usize = 20_000;

    /// True when nothing is written anywhere.
    pub fn is_empty(&self) -> bool {
        *self == Draft::default()
    }

    /// A project-level field's text.
    pub fn get(&self, field: DraftField) -> &str {
        match field {
            DraftField::ApplicantName => &self.applicant_name,
            DraftField::Institution => &self.institution,
            DraftField::Email => &self.email,
            DraftField::Title => &self.title,
            DraftField::Purpose => &self.purpose,
            DraftField::LegalBasis => &self.legal_basis,
            DraftField::PeriodFrom => &self.period.from,
            DraftField::PeriodTo => &self.period.to,
            DraftField::Population => &self.population,
            DraftField::Sample => &self.sample,
            DraftField::AnalysisRoom => &self.analysis_room,
        }
    }

    fn get_mut(&mut self, field: DraftField) -> &mut String {
        match field {
            DraftField::ApplicantName => &mut self.applicant_name,
            DraftField::Institution => &mut self.institution,
            DraftField::Email => &mut self.email,
            DraftField::Title => &mut self.title,
            DraftField::Purpose => &mut self.purpose,
            DraftField::LegalBasis => &mut self.legal_basis,
            DraftField::PeriodFrom => &mut self.period.from,
            DraftField::PeriodTo => &mut self.period.to,
            DraftField::Population => &mut self.population,
            DraftField::Sample => &mut self.sample,
            DraftField::AnalysisRoom => &mut self.analysis_room,
        }
    }

    /// What the draft says about a variable (empty when nothing).
    pub fn variable(&self, id: &str) -> VariableRequest {
        self.variables.get(id).cloned().unwrap_or_default()
    }

    /// The period requested for a variable: each end its own where
    /// written, else the project period's.
    pub fn period_of(&self, id: &str) -> Period {
        let own = self.variables.get(id).map(|v| &v.period);
        let pick = |own: Option<&String>, project: &String| match own {
            Some(text) if !text.trim().is_empty() => text.clone(),
            _ => project.clone(),
        };
        Period {
            from: pick(own.map(|p| &p.from), &self.period.from),
            to: pick(own.map(|p| &p.to), &self.period.to),
        }
    }

    /// Applies one edit; `Ok(true)` when the draft changed.
    pub fn edit(&mut self, edit: &DraftEdit) -> Result<bool, EditRefused> {
        let (id, text) = match edit {
            DraftEdit::Field(field, text) => {
                check_len(text)?;
                let slot = self.get_mut(*field);
                let changed = slot != text;
                slot.clone_from(text);
                return Ok(changed);
            }
            DraftEdit::Justification { id, text } => (id, text),
            DraftEdit::VariablePeriod { id, text, .. } => (id, text),
        };
        check_len(text)?;
        if id.is_empty() || id.chars().count() > Basket::MAX_ID_CHARS {
            return Err(EditRefused::BadId);
        }
        if !self.variables.contains_key(id) {
            if text.is_empty() {
                return Ok(false);
            }
            if self.variables.len() >= Basket::MAX_IDS {
                return Err(EditRefused::TooManyVariables);
            }
        }
        let entry = self.variables.entry(id.clone()).or_default();
        let slot = match edit {
            DraftEdit::VariablePeriod {
                end: PeriodEnd::From,
                ..
            } => &mut entry.period.from,
            DraftEdit::VariablePeriod {
                end: PeriodEnd::To, ..
            } => &mut entry.period.to,
            _ => &mut entry.justification,
        };
        let changed = slot != text;
        slot.clone_from(text);
        if entry.is_empty() {
            self.variables.remove(id);
        }
        Ok(changed)
    }

    /// Fills what `self` leaves empty from `older`: each project field and
    /// each variable's justification and period ends keep `self`'s text
    /// where it has any. Used by undo of "Tøm kurven", so what was written
    /// since the clear wins over what the clear removed.
    pub fn fill_from(&mut self, older: &Draft) {
        for field in DraftField::ALL {
            let slot = self.get_mut(field);
            if slot.is_empty() {
                slot.push_str(older.get(field));
            }
        }
        for (id, old) in &older.variables {
            let entry = self.variables.entry(id.clone()).or_default();
            for (slot, old) in [
                (&mut entry.justification, &old.justification),
                (&mut entry.period.from, &old.period.from),
                (&mut entry.period.to, &old.period.to),
            ] {
                if slot.is_empty() {
                    slot.clone_from(old);
                }
            }
        }
    }

    /// The draft as read from storage, within bounds: over-long texts and
    /// entries past [`Basket::MAX_IDS`] or with bad ids are dropped, and
    /// empty entries removed, as [`Draft::edit`] would have refused them.
    pub(crate) fn bounded(mut self) -> Draft {
        for field in DraftField::ALL {
            let slot = self.get_mut(field);
            if slot.chars().count() > Draft::MAX_TEXT_CHARS {
                slot.clear();
            }
        }
        let too_long = |s: &String| s.chars().count() > Draft::MAX_TEXT_CHARS;
        self.variables.retain(|id, v| {
            !id.is_empty()
                && id.chars().count() <= Basket::MAX_ID_CHARS
                && !too_long(&v.justification)
                && !too_long(&v.period.from)
                && !too_long(&v.period.to)
                && !v.is_empty()
        });
        while self.variables.len() > Basket::MAX_IDS {
            self.variables.pop_last();
        }
        self
    }
}

fn check_len(text: &str) -> Result<(), EditRefused> {
    if text.chars().count() > Draft::MAX_TEXT_CHARS {
        Err(EditRefused::TooLong)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn justify(id: &str, text: &str) -> DraftEdit {
        DraftEdit::Justification {
            id: id.into(),
            text: text.into(),
        }
    }

    #[test]
    fn edits_set_one_field_each() {
        let mut d = Draft::default();
        let period = |end, text: &str| DraftEdit::VariablePeriod {
            id: "p/A".into(),
            end,
            text: text.into(),
        };
        // (edit, result, then: purpose, p/A's request)
        let cases: Vec<(DraftEdit, Result<bool, EditRefused>, &str, VariableRequest)> = vec![
            (
                DraftEdit::Field(DraftField::Purpose, "Frafall".into()),
                Ok(true),
                "Frafall",
                VariableRequest::default(),
            ),
            (
                DraftEdit::Field(DraftField::Purpose, "Frafall".into()),
                Ok(false),
                "Frafall",
                VariableRequest::default(),
            ),
            (
                justify("p/A", ""),
                Ok(false),
                "Frafall",
                VariableRequest::default(),
            ),
            (
                justify("p/A", "Trengs for å"),
                Ok(true),
                "Frafall",
                VariableRequest {
                    justification: "Trengs for å".into(),
                    period: Period::default(),
                },
            ),
            (
                period(PeriodEnd::To, "2020"),
                Ok(true),
                "Frafall",
                VariableRequest {
                    justification: "Trengs for å".into(),
                    period: Period::years("", "2020"),
                },
            ),
            (
                justify("p/A", &"x".repeat(Draft::MAX_TEXT_CHARS + 1)),
                Err(EditRefused::TooLong),
                "Frafall",
                VariableRequest {
                    justification: "Trengs for å".into(),
                    period: Period::years("", "2020"),
                },
            ),
            (
                justify("", "x"),
                Err(EditRefused::BadId),
                "Frafall",
                VariableRequest {
                    justification: "Trengs for å".into(),
                    period: Period::years("", "2020"),
                },
            ),
            (
                justify("p/A", ""),
                Ok(true),
                "Frafall",
                VariableRequest {
                    justification: String::new(),
                    period: Period::years("", "2020"),
                },
            ),
            (
                period(PeriodEnd::To, ""),
                Ok(true),
                "Frafall",
                VariableRequest::default(),
            ),
        ];
        for (edit, result, purpose, request) in cases {
            assert_eq!(d.edit(&edit), result, "{edit:?}");
            assert_eq!(d.purpose, purpose);
            assert_eq!(d.variable("p/A"), request, "{edit:?}");
        }
        // Emptied entries are dropped, not kept as empty objects.
        assert!(d.variables.is_empty());
    }

    #[test]
    fn variable_periods_fall_back_to_the_project_period() {
        let mut d = Draft {
            period: Period::years("2015", "2020"),
            ..Draft::default()
        };
        d.variables.insert(
            "p/A".into(),
            VariableRequest {
                justification: "x".into(),
                period: Period::years("2018", " "),
            },
        );
        assert_eq!(d.period_of("p/A"), Period::years("2018", "2020"));
        assert_eq!(d.period_of("p/B"), Period::years("2015", "2020"));
    }

    #[test]
    fn fill_from_keeps_newer_text() {
        let mut older = Draft {
            purpose: "Gammelt formål".into(),
            title: "Tittel".into(),
            ..Draft::default()
        };
        older.variables.insert(
            "p/A".into(),
            VariableRequest {
                justification: "gammel".into(),
                period: Period::years("2010", ""),
            },
        );
        let mut newer = Draft {
            purpose: "Nytt formål".into(),
            ..Draft::default()
        };
        newer.variables.insert(
            "p/A".into(),
            VariableRequest {
                justification: "ny".into(),
                period: Period::default(),
            },
        );
        newer.fill_from(&older);
        assert_eq!(newer.purpose, "Nytt formål");
        assert_eq!(newer.title, "Tittel");
        assert_eq!(
            newer.variable("p/A"),
            VariableRequest {
                justification: "ny".into(),
                period: Period::years("2010", ""),
            }
        );
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<_> = DraftField::ALL.iter().map(|f| f.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), DraftField::ALL.len());
    }
}
