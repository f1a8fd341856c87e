//! The request draft's and the timelines' strings in English.

use crate::i18n::ui::DraftText;
use catalog::{DraftField, EditRefused, PeriodProblem, Problem};

/// The request draft and the coverage timelines in English.
pub const EN_DRAFT: DraftText = DraftText {
    intro: "Fill in the application for access to the variables in your basket. Every \
        request needs a concrete purpose, and the data provider judges purpose limitation \
        and data minimisation for each variable.",
    kept: "The draft is kept in this browser together with the basket, and is cleared when \
        you empty the basket.",
    applicant_heading: "Applicant",
    project_heading: "The project",
    variables_heading: "The variables and why they are needed",
    label: |field| match field {
        DraftField::ApplicantName => "Name",
        DraftField::Institution => "Institution",
        DraftField::Email => "E-mail",
        DraftField::Title => "Project title",
        DraftField::Purpose => "Purpose",
        DraftField::LegalBasis => "Legal basis",
        DraftField::PeriodFrom => "Project period from year",
        DraftField::PeriodTo => "Project period to year",
        DraftField::Population => "Population",
        DraftField::Sample => "Sample",
        DraftField::AnalysisRoom => "Analysis environment",
    },
    help: |field| match field {
        DraftField::Purpose => Some(
            "Concrete: what the data will be used for and which analyses you will run, not \
                just the field of study.",
        ),
        DraftField::LegalBasis => Some("For example an article of the GDPR or a specific act."),
        DraftField::PeriodFrom | DraftField::PeriodTo => {
            Some("A four-digit year. Applies to variables without a period of their own.")
        }
        DraftField::Sample => Some("Who in the population is drawn, if not everyone."),
        DraftField::AnalysisRoom => Some("Where the data will be analysed."),
        _ => None,
    },
    required: "(required)",
    justification: "Why is the variable needed?",
    justification_help: "What the analysis needs it for.",
    justification_missing: "The justification is missing.",
    variable_period: "Period",
    from_year: "From year",
    to_year: "To year",
    period_help: |coverage| format!("Has data {coverage}. Empty: the project period."),
    coverage_unknown: "unknown",
    checklist_heading: "Checklist",
    ready: "Ready to send: everything required is filled in.",
    not_ready: |n| match n {
        1 => "Not ready: 1 thing must be fixed.".to_string(),
        n => format!("Not ready: {n} things must be fixed."),
    },
    advice_heading: "Worth a look",
    problem: |problem, names| match problem {
        Problem::NoVariables => "The basket holds no variable from the catalogue.".to_string(),
        Problem::PurposeEmpty => "The purpose is missing.".to_string(),
        Problem::JustificationsMissing { ids } => {
            format!("{} variables lack a justification: {names}", ids.len())
        }
        Problem::EmailInvalid => "The e-mail address does not look right.".to_string(),
        Problem::Empty(DraftField::Email) => "The e-mail address is missing.".to_string(),
        Problem::Empty(_) => "The name is missing.".to_string(),
        Problem::Period(PeriodProblem::NotAYear { text, .. }) => {
            format!("“{text}” is not a year ({names}).")
        }
        Problem::Period(PeriodProblem::Reversed { from, to }) => {
            format!("The period runs backwards, {from}–{to} ({names}).")
        }
        Problem::OutsideCoverage { .. } => {
            format!("The period reaches beyond the years with data ({names}).")
        }
        Problem::IdentifierMissing { unit_type, .. } => {
            format!("The identifier for {unit_type} is not selected: {names}")
        }
        Problem::NotInCatalog { ids } => {
            format!(
                "{} variables are no longer in the catalogue: {names}",
                ids.len()
            )
        }
    },
    refused: |why| match why {
        EditRefused::TooLong => "The text is too long and was not saved.".to_string(),
        EditRefused::TooManyVariables => {
            "The draft has too many variables; the change was not saved.".to_string()
        }
        EditRefused::BadId => "Invalid variable; the change was not saved.".to_string(),
    },
    export_heading: "Send and print",
    download_request: "Download the request (JSON)",
    download_provider: |name| format!("Download for {name} (JSON)"),
    download_csv: "Download the variable list (CSV)",
    print: "Print or save as PDF",
    printed: |date| format!("Date: {date}"),
    not_filled: "Not filled in",
    to_provider: |name| format!("To {name}"),
    timeline_heading: "Which years do the variables have data for?",
    overlap: |from, to| format!("Common years {from}–{to}"),
    legend_coverage: "Years with data",
    legend_requested: "Requested period",
    legend_code: "Code valid",
    as_table: "Show as a table",
    col_from: "From",
    col_to: "To",
    col_requested: "Requested period",
    still: "still",
    code_timeline_heading: "Coverage and code validity",
    coverage_lane: "The variable",
    code_summary: |codes, dated| {
        format!("The code list has {codes} codes; {dated} of them have a validity period.")
    },
};
