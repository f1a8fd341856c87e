//! A small bar chart of counts, drawn as inline SVG with classes only (the
//! strict CSP allows no inline styles), with the same numbers in a table
//! for screen readers and for anyone who would rather read them.

use catalog::drawing::svg_number;
use catalog::Tally;
use leptos::prelude::*;

/// The drawing's coordinates: a bar's length is its share of the
/// largest count, in hundredths; the SVG stretches to its grid cell.
const FULL: f64 = 100.0;

/// The bars of `tallies` with their labels and counts, and a table with
/// the same numbers. The drawing is hidden from screen readers, which
/// read the table.
#[component]
pub fn TallyChart(
    /// The chart's heading, also the table's caption.
    heading: &'static str,
    /// The column heading of the label.
    label_heading: &'static str,
    /// The column heading of the counts.
    count_heading: &'static str,
    /// The bars, in the order shown.
    tallies: Vec<Tally>,
    /// Names the chart in the page, e.g. `temporality`.
    id: &'static str,
) -> impl IntoView {
    let most = tallies.iter().map(|t| t.count).max().unwrap_or(0).max(1) as f64;
    let bars = tallies
        .iter()
        .map(|t| {
            // At least a sliver, so a bar of 1 among hundreds still shows.
            let width = (FULL * t.count as f64 / most).max(1.5);
            view! {
                <li class="tally-chart__row">
                    <span class="tally-chart__label">{t.label.clone()}</span>
                    <svg
                        class="tally-chart__svg"
                        viewBox="0 0 100 10"
                        preserveAspectRatio="none"
                        focusable="false"
                    >
                        <rect class="tally-chart__track" x="0" y="0" width="100" height="10"></rect>
                        <rect
                            class="tally-chart__bar"
                            x="0"
                            y="0"
                            width=svg_number(width)
                            height="10"
                        ></rect>
                    </svg>
                    <span class="tally-chart__count">{t.count}</span>
                </li>
            }
        })
        .collect_view();
    let rows = tallies
        .iter()
        .map(|t| {
            view! {
                <tr data-id=t.id.clone()>
                    <th scope="row">{t.label.clone()}</th>
                    <td class="tally-chart__count">{t.count}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="tally-chart" data-chart=id>
            <figcaption class="ds-heading" data-size="2xs">
                {heading}
            </figcaption>
            <ul class="tally-chart__rows" aria-hidden="true">
                {bars}
            </ul>
            // Hidden by a wrapper: the table's own display would undo the
            // visually hidden class and widen the page.
            <div class="ds-sr-only">
                <table class="tally-chart__table">
                    <caption>{heading}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{label_heading}</th>
                            <th scope="col">{count_heading}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </figure>
    }
}
