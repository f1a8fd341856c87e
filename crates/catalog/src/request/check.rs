//! The draft's checklist: what is missing or wrong before the request can
//! be sent, each item naming the field that fixes it.

use super::period::year_of;
use super::{identifier, Draft, DraftField, FieldId, PeriodEnd, PeriodProblem, Years};
use crate::{Basket, Catalog, Lang, Variable};

/// How much an item matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The request is not ready until it is fixed.
    Required,
    /// Worth a look, but the request can go as it is.
    Advice,
}

/// What is missing or wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The basket holds no variable the catalog has. Required.
    NoVariables,
    /// The purpose is empty. Required.
    PurposeEmpty,
    /// Variables in the basket without a justification, by id in the
    /// basket page's order (provider, then label). Required. The item's
    /// field is the first one's justification; every id's own field is
    /// `FieldId::Justification(id)`.
    JustificationsMissing {
        /// The variables' ids.
        ids: Vec<String>,
    },
    /// The e-mail address is written but cannot be an address. Required.
    EmailInvalid,
    /// An applicant field is empty (name or e-mail): the provider needs to
    /// know whom to answer. Advice.
    Empty(DraftField),
    /// A period end is not a year, or the period runs backwards. Required.
    /// The item's field is the end to fix (the from end for a reversed
    /// range).
    Period(PeriodProblem),
    /// A variable's requested period reaches outside the years the
    /// variable has data for. Advice: the provider cannot deliver those
    /// years. The item's field is the variable's period end that is out.
    OutsideCoverage {
        /// The variable's id.
        id: String,
        /// The requested years (the variable's own, else the project's).
        requested: Years,
        /// The years with data; an open `to` means still current.
        coverage: Years,
    },
    /// The selection joins on a unit type whose identifier variable is in
    /// the catalog but not selected. Advice.
    IdentifierMissing {
        /// The unit type's id, e.g. `PERSON`.
        unit_type: String,
        /// The identifier variables the catalog has for it, by id.
        candidates: Vec<String>,
    },
    /// Ids in the basket the catalog no longer has; they are left out of
    /// the request. Advice.
    NotInCatalog {
        /// The ids, sorted.
        ids: Vec<String>,
    },
}

impl Problem {
    /// A stable code for the app's message table and for tests.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::NoVariables => "no-variables",
            Problem::PurposeEmpty => "purpose-empty",
            Problem::JustificationsMissing { .. } => "justifications-missing",
            Problem::EmailInvalid => "email-invalid",
            Problem::Empty(_) => "empty",
            Problem::Period(PeriodProblem::NotAYear { .. }) => "not-a-year",
            Problem::Period(PeriodProblem::Reversed { .. }) => "period-reversed",
            Problem::OutsideCoverage { .. } => "outside-coverage",
            Problem::IdentifierMissing { .. } => "identifier-missing",
            Problem::NotInCatalog { .. } => "not-in-catalog",
        }
    }
}

/// One line of the checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckItem {
    /// What is wrong.
    pub problem: Problem,
    /// Whether it blocks the request.
    pub severity: Severity,
    /// The input that fixes it: link to `#{field.dom_id()}` and focus it.
    pub field: FieldId,
}

/// The checklist of a draft, in form order (applicant, project, period,
/// variables, joins).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Checklist {
    /// Every item, required and advice, in form order.
    pub items: Vec<CheckItem>,
}

impl Checklist {
    /// True when nothing required is missing: the request can be sent
    /// (advice may remain).
    pub fn ready(&self) -> bool {
        self.required().next().is_none()
    }

    /// The items that block the request.
    pub fn required(&self) -> impl Iterator<Item = &CheckItem> {
        self.items
            .iter()
            .filter(|i| i.severity == Severity::Required)
    }
}

/// Checks `draft` for the `basket`'s variables against `catalog`; `lang`
/// orders the variables as the basket page does. Derive it in a `Memo`.
///
/// Only variables in the basket are checked; the draft's entries for
/// variables removed from it are kept but play no part.
pub fn check(draft: &Draft, basket: &Basket, catalog: &Catalog, lang: Lang) -> Checklist {
    let mut items = Vec::new();
    let mut push = |problem, severity, field| {
        items.push(CheckItem {
            problem,
            severity,
            field,
        })
    };
    use Severity::{Advice, Required};
    for field in [DraftField::ApplicantName, DraftField::Email] {
        if draft.get(field).trim().is_empty() {
            push(Problem::Empty(field), Advice, FieldId::Draft(field));
        }
    }
    if !draft.email.trim().is_empty() && !is_plausible_email(&draft.email) {
        let field = FieldId::Draft(DraftField::Email);
        push(Problem::EmailInvalid, Required, field);
    }
    if draft.purpose.trim().is_empty() {
        let field = FieldId::Draft(DraftField::Purpose);
        push(Problem::PurposeEmpty, Required, field);
    }
    let project = draft.period.parse();
    if let Err(problem) = &project {
        let field = FieldId::Draft(match problem {
            PeriodProblem::NotAYear {
                end: PeriodEnd::To, ..
            } => DraftField::PeriodTo,
            _ => DraftField::PeriodFrom,
        });
        push(Problem::Period(problem.clone()), Required, field);
    }
    let resolved = basket.resolve(catalog, lang);
    if resolved.found() == 0 {
        push(Problem::NoVariables, Required, FieldId::Variables);
    }
    let vars: Vec<&Variable> = resolved
        .positions()
        .map(|i| &catalog.variables[i])
        .collect();
    let unjustified: Vec<String> = vars
        .iter()
        .filter(|v| draft.variable(&v.id).justification.trim().is_empty())
        .map(|v| v.id.clone())
        .collect();
    if let Some(first) = unjustified.first() {
        let field = FieldId::Justification(first.clone());
        push(
            Problem::JustificationsMissing {
                ids: unjustified.clone(),
            },
            Required,
            field,
        );
    }
    let project = project.unwrap_or_default();
    for v in &vars {
        let own = draft.variable(&v.id).period;
        let own_years = match own.parse() {
            Ok(years) => years,
            Err(problem) => {
                let end = match problem {
                    PeriodProblem::NotAYear { end, .. } => end,
                    PeriodProblem::Reversed { .. } => PeriodEnd::From,
                };
                let field = FieldId::VariablePeriod(v.id.clone(), end);
                push(Problem::Period(problem), Required, field);
                continue;
            }
        };
        let requested = Years {
            from: own_years.from.or(project.from),
            to: own_years.to.or(project.to),
        };
        if let (Some(from), Some(to)) = (requested.from, requested.to) {
            if from > to {
                // Mixed from the variable's and the project's ends.
                let field = FieldId::VariablePeriod(v.id.clone(), PeriodEnd::From);
                let problem = PeriodProblem::Reversed { from, to };
                push(Problem::Period(problem), Required, field);
                continue;
            }
        }
        let Some(coverage) = coverage_years(v) else {
            continue;
        };
        let before = |y: i32| coverage.from.is_some_and(|c| y < c);
        let after = |y: i32| coverage.to.is_some_and(|c| y > c);
        let from_out = requested.from.is_some_and(|y| before(y) || after(y));
        let to_out = requested.to.is_some_and(|y| before(y) || after(y));
        if from_out || to_out {
            let end = if from_out {
                PeriodEnd::From
            } else {
                PeriodEnd::To
            };
            push(
                Problem::OutsideCoverage {
                    id: v.id.clone(),
                    requested,
                    coverage,
                },
                Advice,
                FieldId::VariablePeriod(v.id.clone(), end),
            );
        }
    }
    for (unit_type, candidates) in identifier::missing(catalog, basket) {
        let candidates = candidates
            .into_iter()
            .map(|i| catalog.variables[i].id.clone())
            .collect();
        push(
            Problem::IdentifierMissing {
                unit_type,
                candidates,
            },
            Advice,
            FieldId::Variables,
        );
    }
    if !resolved.stale.is_empty() {
        let ids = resolved.stale.clone();
        push(Problem::NotInCatalog { ids }, Advice, FieldId::Variables);
    }
    Checklist { items }
}

/// The years a variable has data for, from its temporal coverage; `None`
/// when the catalog does not say (or says it in a form without a year).
pub(crate) fn coverage_years(v: &Variable) -> Option<Years> {
    let coverage = v.temporal_coverage.as_ref()?;
    let years = Years {
        from: coverage.start.as_deref().and_then(year_of),
        to: coverage.stop.as_deref().and_then(year_of),
    };
    years.from.is_some().then_some(years)
}

/// True when `text` can be an e-mail address: after trimming, one `@`
/// with text before it, a domain of dot-separated non-empty labels with
/// at least one dot, no spaces or control characters, and at most 254
/// chars (RFC 5321's limit). Deliberately loose otherwise: only the
/// provider's mail to the applicant can prove an address.
pub fn is_plausible_email(text: &str) -> bool {
    let text = text.trim();
    if text.chars().count() > 254 || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && domain.split('.').all(|label| !label.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::{Period, VariableRequest};
    use crate::testing::{catalog, provider, variable};
    use crate::{TemporalCoverage, Text};

    #[test]
    fn email_addresses() {
        let cases = [
            ("ola@uio.no", true),
            (" kari.nordmann@fhi.no ", true),
            ("æøå@universitet.no", true),
            ("", false),
            ("ola", false),
            ("ola@", false),
            ("@uio.no", false),
            ("ola@uio", false),
            ("ola@@uio.no", false),
            ("ola@uio..no", false),
            ("ola@.uio.no", false),
            ("ola nordmann@uio.no", false),
            ("ola@uio.no.", false),
        ];
        for (text, ok) in cases {
            assert_eq!(is_plausible_email(text), ok, "{text:?}");
        }
    }

    fn covered(name: &str, start: &str, stop: Option<&str>) -> Variable {
        let mut v = variable("p", name, Text::nb(name), Text::default());
        v.temporal_coverage = Some(TemporalCoverage {
            start: Some(start.into()),
            stop: stop.map(String::from),
        });
        v
    }

    fn codes(list: &Checklist) -> Vec<(&'static str, Severity, String)> {
        list.items
            .iter()
            .map(|i| (i.problem.code(), i.severity, i.field.dom_id()))
            .collect()
    }

    #[test]
    fn lists_what_is_missing_with_its_field() {
        let cat = catalog(
            vec![provider("p", "P")],
            vec![],
            vec![
                covered("A", "2015-08-01", Some("2020-07-31")),
                covered("B", "1994-08-01", None),
                variable("p", "C", Text::nb("C"), Text::default()),
            ],
        );
        let basket: Basket = ["p/A", "p/B", "p/C", "p/GONE"]
            .map(String::from)
            .into_iter()
            .collect();
        let justified = |text: &str, from: &str, to: &str| VariableRequest {
            justification: text.into(),
            period: Period::years(from, to),
        };
        let mut draft = Draft::default();
        use Severity::{Advice, Required};
        let empty = check(&draft, &basket, &cat, Lang::Nb);
        assert_eq!(
            codes(&empty),
            [
                ("empty", Advice, "draft-applicant-name".to_string()),
                ("empty", Advice, "draft-email".into()),
                ("purpose-empty", Required, "draft-purpose".into()),
                (
                    "justifications-missing",
                    Required,
                    "draft-justification-p_2f_A".into()
                ),
                ("not-in-catalog", Advice, "draft-variables".into()),
            ]
        );
        assert_eq!(
            empty.items[3].problem,
            Problem::JustificationsMissing {
                ids: vec!["p/A".into(), "p/B".into(), "p/C".into()]
            }
        );
        assert!(!empty.ready());

        draft.applicant_name = "Kari".into();
        draft.email = "kari@uio".into();
        draft.purpose = "Frafall i videregående".into();
        draft.period = Period::years("2014", "2019");
        draft.variables.insert("p/A".into(), justified("a", "", ""));
        draft
            .variables
            .insert("p/B".into(), justified("b", "2019", "2018"));
        draft
            .variables
            .insert("p/C".into(), justified("c", "", "20x0"));
        let list = check(&draft, &basket, &cat, Lang::Nb);
        assert_eq!(
            codes(&list),
            [
                ("email-invalid", Required, "draft-email".to_string()),
                // 2014 is before A's first year, 2015.
                (
                    "outside-coverage",
                    Advice,
                    "draft-period-from-p_2f_A".into()
                ),
                (
                    "period-reversed",
                    Required,
                    "draft-period-from-p_2f_B".into()
                ),
                ("not-a-year", Required, "draft-period-to-p_2f_C".into()),
                ("not-in-catalog", Advice, "draft-variables".into()),
            ]
        );
        assert_eq!(
            list.items[1].problem,
            Problem::OutsideCoverage {
                id: "p/A".into(),
                requested: Years {
                    from: Some(2014),
                    to: Some(2019)
                },
                coverage: Years {
                    from: Some(2015),
                    to: Some(2020)
                },
            }
        );

        draft.email = "kari@uio.no".into();
        draft
            .variables
            .insert("p/A".into(), justified("a", "2015", "2020"));
        draft
            .variables
            .insert("p/B".into(), justified("b", "2021", ""));
        draft.variables.insert("p/C".into(), justified("c", "", ""));
        let list = check(&draft, &basket, &cat, Lang::Nb);
        // B is still current, so 2021 is fine; C says nothing of its
        // coverage, so nothing is checked; B's from 2021 against the
        // project's to 2019 is reversed.
        assert_eq!(
            codes(&list),
            [
                (
                    "period-reversed",
                    Required,
                    "draft-period-from-p_2f_B".to_string()
                ),
                ("not-in-catalog", Advice, "draft-variables".into()),
            ]
        );
        draft.period = Period::years("2015", "");
        let list = check(&draft, &basket, &cat, Lang::Nb);
        assert!(list.ready(), "{list:?}");
        assert_eq!(list.items.len(), 1);

        let none = check(&draft, &Basket::default(), &cat, Lang::Nb);
        assert_eq!(
            codes(&none),
            [("no-variables", Required, "draft-variables".to_string())]
        );
        draft.period = Period::years("2016", "2015");
        let reversed = check(&draft, &Basket::default(), &cat, Lang::Nb);
        assert_eq!(reversed.items[0].field.dom_id(), "draft-period-from");
    }
}
