//! The basket's coverage timeline: which years the selected variables
//! have data for, and in the draft the years it requests.

use crate::{
    i18n,
    state::{use_lang, BasketCtx},
    ui::{this_year, Chart, ChartRow, TimelineChart},
};
use catalog::{timeline, Catalog, Draft};
use leptos::prelude::*;
use std::sync::Arc;

/// The timeline of the basket's variables on one year axis, with the
/// overlap marked; with `requested`, the draft's periods on top.
#[component]
pub fn CoverageTimeline(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// Whether to draw the draft's requested periods.
    #[prop(optional)]
    requested: bool,
) -> impl IntoView {
    let lang = use_lang();
    let ctx = BasketCtx::expect();
    let year = this_year();
    let chart = Memo::new(move |_| {
        let lang = lang.get();
        let basket = ctx.selection.read();
        // The basket page reads no draft, so typing in it does not redraw.
        let line = if requested {
            timeline(&basket, &ctx.draft.read(), &catalog, lang, year)
        } else {
            timeline(&basket, &Draft::default(), &catalog, lang, year)
        };
        let axis = line.axis?;
        let rows = line
            .lanes
            .iter()
            .map(|lane| ChartRow {
                label: catalog.variables[lane.variable].label.get(lang).to_string(),
                span: lane.coverage,
                requested: lane.requested,
            })
            .collect();
        Some(Chart {
            axis,
            overlap: line.overlap,
            rows,
            summary: line.summary,
            requested_column: requested,
            row_heading: i18n::ui(lang).browse.col_variable.to_string(),
        })
    });
    move || {
        let heading = i18n::ui(lang.get()).draft.timeline_heading;
        chart.get().map(|chart| {
            view! {
                <section class="coverage" aria-labelledby="coverage-heading">
                    <h2 class="ds-heading" data-size="xs" id="coverage-heading">
                        {heading}
                    </h2>
                    <TimelineChart chart />
                </section>
            }
        })
    }
}
