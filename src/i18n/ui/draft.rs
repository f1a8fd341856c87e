//! The strings of the editable request draft, its checklist and exports,
//! and of the coverage timelines.

use catalog::{DraftField, EditRefused, Problem};

/// The request draft and the coverage timelines.
#[derive(Debug)]
pub struct DraftText {
    /// Explains the draft at its top (screen only).
    pub intro: &'static str,
    /// Says where the draft is kept (screen only).
    pub kept: &'static str,
    /// Heading of the applicant's fields.
    pub applicant_heading: &'static str,
    /// Heading of the project's fields.
    pub project_heading: &'static str,
    /// Heading of the variables, grouped by provider.
    pub variables_heading: &'static str,
    /// The label of a project-level field.
    pub label: fn(DraftField) -> &'static str,
    /// One line under a field's label, where it needs one.
    pub help: fn(DraftField) -> Option<&'static str>,
    /// Marks a required field after its label.
    pub required: &'static str,
    /// Label of a variable's justification.
    pub justification: &'static str,
    /// Help under a variable's justification.
    pub justification_help: &'static str,
    /// The error at a variable's empty justification.
    pub justification_missing: &'static str,
    /// The legend of a variable's period.
    pub variable_period: &'static str,
    /// Label of the first year.
    pub from_year: &'static str,
    /// Label of the last year.
    pub to_year: &'static str,
    /// Help under a variable's period: its coverage ("2015–2020").
    pub period_help: fn(&str) -> String,
    /// The coverage is unknown.
    pub coverage_unknown: &'static str,
    /// Heading of the checklist.
    pub checklist_heading: &'static str,
    /// The draft can be sent.
    pub ready: &'static str,
    /// How many required items remain.
    pub not_ready: fn(usize) -> String,
    /// Heading of the advice items.
    pub advice_heading: &'static str,
    /// A checklist line; `names` are the variables it concerns.
    pub problem: fn(&Problem, &str) -> String,
    /// Why an edit was not saved.
    pub refused: fn(EditRefused) -> String,
    /// Heading of the exports.
    pub export_heading: &'static str,
    /// Downloads the whole request as JSON.
    pub download_request: &'static str,
    /// Downloads one provider's part of the request.
    pub download_provider: fn(&str) -> String,
    /// Downloads the basket as CSV with links.
    pub download_csv: &'static str,
    /// Prints the request or saves it as PDF.
    pub print: &'static str,
    /// The printed date line.
    pub printed: fn(&str) -> String,
    /// What an empty field prints as.
    pub not_filled: &'static str,
    /// Heading of the request for one provider on paper.
    pub to_provider: fn(&str) -> String,
    /// Heading of a coverage timeline.
    pub timeline_heading: &'static str,
    /// The overlap band's label ("Felles år 2015–2020").
    pub overlap: fn(i32, i32) -> String,
    /// The legend of a coverage bar.
    pub legend_coverage: &'static str,
    /// The legend of a requested period.
    pub legend_requested: &'static str,
    /// The legend of a code's validity.
    pub legend_code: &'static str,
    /// Opens the table version of a timeline.
    pub as_table: &'static str,
    /// Column of the table version: first year.
    pub col_from: &'static str,
    /// Column of the table version: last year.
    pub col_to: &'static str,
    /// Column of the table version: the requested years.
    pub col_requested: &'static str,
    /// A span without an end ("fortsatt").
    pub still: &'static str,
    /// Heading of the detail page's code validity timeline.
    pub code_timeline_heading: &'static str,
    /// The variable's own coverage lane on the detail page.
    pub coverage_lane: &'static str,
    /// Summary of the detail timeline.
    pub code_summary: fn(usize, usize) -> String,
}
