//! The variable's own coverage and its code list's validity periods on
//! one year axis.

use crate::{
    i18n,
    ui::{this_year, Chart, ChartRow, TimelineChart},
};
use catalog::{code_timeline, Lang, Variable, VariableDetails};
use leptos::prelude::*;

/// The most codes drawn; the table and the code list show them all.
const MAX_CODES: usize = 40;

/// The coverage timeline of one variable with its codes' validity; nothing
/// when neither has a year.
pub fn code_timeline_view(
    v: &Variable,
    details: &VariableDetails,
    lang: Lang,
) -> Option<impl IntoView> {
    let ui = i18n::ui(lang);
    let line = code_timeline(v, details, lang, this_year());
    let axis = line.axis?;
    let dated = line.codes.iter().filter(|c| c.span.is_some()).count();
    let mut rows = vec![ChartRow {
        label: ui.draft.coverage_lane.to_string(),
        span: line.coverage,
        requested: None,
    }];
    rows.extend(
        line.codes
            .iter()
            .filter(|c| c.span.is_some())
            .take(MAX_CODES)
            .map(|c| ChartRow {
                label: format!("{} {}", c.code, c.title),
                span: c.span,
                requested: None,
            }),
    );
    let mut summary = match line.coverage {
        Some(s) if s.ongoing => format!(
            "{}: {}–{}.",
            ui.detail.temporal_coverage, s.from, ui.draft.still
        ),
        Some(s) => format!("{}: {}–{}.", ui.detail.temporal_coverage, s.from, s.to),
        None => format!(
            "{}: {}.",
            ui.detail.temporal_coverage, ui.draft.coverage_unknown
        ),
    };
    if !line.codes.is_empty() {
        summary.push(' ');
        summary.push_str(&(ui.draft.code_summary)(line.codes.len(), dated));
    }
    let chart = Chart {
        axis,
        overlap: None,
        rows,
        summary,
        requested_column: false,
        row_heading: ui.detail.value_domain.to_string(),
    };
    Some(view! {
        <section class="coverage" aria-labelledby="code-timeline-heading">
            <h2 class="ds-heading" data-size="sm" id="code-timeline-heading">
                {ui.draft.code_timeline_heading}
            </h2>
            <TimelineChart chart />
        </section>
    })
}
