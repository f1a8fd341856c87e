//! The coverage timeline drawing: bars of years on one shared axis, as
//! inline SVG styled by classes only (the strict CSP forbids `style=`),
//! with the same facts as a text summary and a table for screen readers.

use crate::state::use_ui;
use catalog::drawing::svg_number as n;
use catalog::{clip::clip, Axis, Span};
use leptos::prelude::*;

/// One bar of the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartRow {
    /// What the bar is about: a variable's label or a code and its title.
    pub label: String,
    /// The years it covers; `None` when unknown (no bar, "unknown" in the
    /// table).
    pub span: Option<Span>,
    /// The years the draft requests, drawn on top of the bar.
    pub requested: Option<Span>,
}

/// Everything one chart shows, derived from the core's timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    /// The shared year axis.
    pub axis: Axis,
    /// The years every bar has, marked as a band behind the bars.
    pub overlap: Option<Span>,
    /// The bars, top to bottom.
    pub rows: Vec<ChartRow>,
    /// The core's sentence saying what the chart shows.
    pub summary: String,
    /// Whether the table has a column of requested years.
    pub requested_column: bool,
    /// The first column's heading in the table.
    pub row_heading: String,
}

/// The year now, from the browser's clock: the core reads no clock, so
/// ongoing spans end here.
pub fn this_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}

/// The chart: a wide and a narrow SVG (CSS shows the one that fits, so
/// text stays readable at 360 px), the summary and the table version.
/// `data-overlap-*` carry the overlap for tests and tools.
#[component]
pub fn TimelineChart(
    /// What to draw.
    chart: Chart,
) -> impl IntoView {
    let ui = use_ui().get_untracked();
    let text = &ui.draft;
    let (from, to) = match chart.overlap {
        Some(s) => (s.from.to_string(), s.to.to_string()),
        None => (String::new(), String::new()),
    };
    let legend_requested = chart.requested_column.then(|| {
        view! {
            <li>
                <svg class="timeline__swatch" viewBox="0 0 24 12" aria-hidden="true">
                    <rect class="timeline__requested" x="1" y="1" width="22" height="10"></rect>
                </svg>
                {text.legend_requested}
            </li>
        }
    });
    let legend_overlap = chart.overlap.map(|s| {
        view! {
            <li>
                <svg class="timeline__swatch" viewBox="0 0 24 12" aria-hidden="true">
                    <rect class="timeline__overlap" x="1" y="1" width="22" height="10"></rect>
                </svg>
                {(text.overlap)(s.from, s.to)}
            </li>
        }
    });
    view! {
        <div class="timeline" data-overlap-from=from data-overlap-to=to>
            <figure class="timeline__figure">
                {draw(&chart, 960.0, 120, "timeline__svg timeline__svg--wide")}
                {draw(&chart, 328.0, 40, "timeline__svg timeline__svg--narrow")}
                <ul class="timeline__legend">
                    <li>
                        <svg class="timeline__swatch" viewBox="0 0 24 12" aria-hidden="true">
                            <rect class="timeline__bar" x="1" y="1" width="22" height="10"></rect>
                        </svg>
                        {text.legend_coverage}
                    </li>
                    {legend_requested}
                    {legend_overlap}
                </ul>
                <figcaption class="ds-paragraph timeline__summary">
                    {chart.summary.clone()}
                </figcaption>
            </figure>
            <details class="timeline__table no-print">
                <summary>{text.as_table}</summary>
                {table(&chart)}
            </details>
        </div>
    }
}

const ROW: f64 = 36.0;
const TOP: f64 = 8.0;
const PAD: f64 = 6.0;

/// One SVG of the chart, `width` user units wide, labels clipped to
/// `max_chars`; hidden from screen readers, who get the table.
fn draw(chart: &Chart, width: f64, max_chars: usize, class: &'static str) -> impl IntoView {
    let axis = &chart.axis;
    let x = |year: i32| PAD + axis.position(year) * (width - 2.0 * PAD);
    let rows_end = TOP + ROW * chart.rows.len() as f64;
    let height = rows_end + 30.0;
    let band = chart.overlap.map(|s| {
        let (x0, w, h) = (x(s.from), x(s.to + 1) - x(s.from), rows_end - TOP);
        view! { <rect class="timeline__overlap" x=n(x0) y=n(TOP) width=n(w) height=n(h)></rect> }
    });
    let grid = axis
        .ticks
        .iter()
        .map(|&year| {
            let at = x(year);
            let anchor = if at < 20.0 {
                "start"
            } else if at > width - 20.0 {
                "end"
            } else {
                "middle"
            };
            view! {
                <line
                    class="timeline__grid"
                    x1=n(at)
                    x2=n(at)
                    y1=n(TOP)
                    y2=n(rows_end + 4.0)
                ></line>
                <text class="timeline__tick" x=n(at) y=n(rows_end + 20.0) text-anchor=anchor>
                    {year}
                </text>
            }
        })
        .collect_view();
    let rows = chart
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let y = TOP + ROW * i as f64;
            let (shown, cut) = clip(&row.label, max_chars);
            let label = if cut {
                format!("{shown}…")
            } else {
                shown.to_string()
            };
            let bar = row.span.map(|s| {
                let (x0, x1) = (x(s.from), x(s.to + 1));
                let arrow = s.ongoing.then(|| {
                    let points = format!(
                        "{},{} {},{} {},{}",
                        n(x1),
                        n(y + 16.0),
                        n(x1 + 6.0),
                        n(y + 22.0),
                        n(x1),
                        n(y + 28.0),
                    );
                    view! { <polygon class="timeline__bar" points=points></polygon> }
                });
                view! {
                    <rect
                        class="timeline__bar"
                        x=n(x0)
                        y=n(y + 16.0)
                        width=n(x1 - x0)
                        height="12"
                    ></rect>
                    {arrow}
                }
            });
            let requested = row.requested.map(|s| {
                let (x0, w, top) = (n(x(s.from)), n(x(s.to + 1) - x(s.from)), n(y + 13.0));
                view! { <rect class="timeline__requested" x=x0 y=top width=w height="18"></rect> }
            });
            view! {
                <text class="timeline__label" x=n(PAD) y=n(y + 11.0)>
                    {label}
                </text>
                {bar}
                {requested}
            }
        })
        .collect_view();
    view! {
        <svg
            class=class
            viewBox=format!("0 0 {} {}", n(width), n(height))
            aria-hidden="true"
            focusable="false"
        >
            {band}
            {grid}
            <line
                class="timeline__axis"
                x1=n(PAD)
                x2=n(width - PAD)
                y1=n(rows_end + 4.0)
                y2=n(rows_end + 4.0)
            ></line>
            {rows}
        </svg>
    }
}

/// The table version: one row per bar with its first and last year.
fn table(chart: &Chart) -> impl IntoView {
    let ui = use_ui().get_untracked();
    let text = &ui.draft;
    let years = |span: Option<Span>| match span {
        Some(s) if s.ongoing => (s.from.to_string(), text.still.to_string()),
        Some(s) => (s.from.to_string(), s.to.to_string()),
        None => (
            text.coverage_unknown.to_string(),
            text.coverage_unknown.to_string(),
        ),
    };
    let show_requested = chart.requested_column;
    let rows = chart
        .rows
        .iter()
        .map(|row| {
            let (from, to) = years(row.span);
            let requested = show_requested.then(|| {
                let wanted = row.requested.map(|s| format!("{}–{}", s.from, s.to));
                view! { <td>{wanted.unwrap_or_default()}</td> }
            });
            view! {
                <tr>
                    <th scope="row">{row.label.clone()}</th>
                    <td>{from}</td>
                    <td>{to}</td>
                    {requested}
                </tr>
            }
        })
        .collect_view();
    let requested_head =
        show_requested.then(|| view! { <th scope="col">{text.col_requested}</th> });
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=text.as_table>
            <table class="ds-table" data-size="sm">
                <caption class="ds-sr-only">{chart.summary.clone()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{chart.row_heading.clone()}</th>
                        <th scope="col">{text.col_from}</th>
                        <th scope="col">{text.col_to}</th>
                        {requested_head}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
