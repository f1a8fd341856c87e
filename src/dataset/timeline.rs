//! The years a dataset's variables cover, as one small SVG on a year axis.
//! Classes only (the strict CSP allows no inline styles); the sentence
//! beside it says the same for screen readers.

use catalog::drawing::svg_number as n;
use catalog::{Axis, Span};
use leptos::prelude::*;

/// Width and height of the drawing in SVG units; it scales to its box.
const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 44.0;
/// Room at each end for the first and last tick labels.
const PAD: f64 = 16.0;

/// A bar from the first to the last year with data on a labelled year
/// axis; an ongoing span ends in an arrow. Hidden from screen readers:
/// `summary` is shown beside it and says the same.
#[component]
pub fn CoverageTimeline(
    /// The years with data.
    span: Span,
    /// The sentence that says what the drawing shows.
    summary: String,
) -> impl IntoView {
    let axis = Axis::new(span.from, span.to);
    let x = |year: i32| PAD + axis.position(year) * (WIDTH - 2.0 * PAD);
    let (start, end) = (x(span.from), x(span.to + 1));
    let ticks = axis
        .ticks
        .iter()
        .map(|&year| {
            let at = n(x(year));
            view! {
                <line class="coverage__tick" x1=at.clone() x2=at.clone() y1="26" y2="30"></line>
                <text class="coverage__label" x=at y="42" text-anchor="middle">
                    {year}
                </text>
            }
        })
        .collect_view();
    let arrow = span.ongoing.then(|| {
        let tip = end.min(WIDTH - 2.0);
        let points = format!("{},8 {},15 {},22", n(tip - 7.0), n(tip), n(tip - 7.0));
        view! { <polyline class="coverage__arrow" points=points></polyline> }
    });
    view! {
        <figure class="coverage">
            <svg
                class="coverage__svg"
                viewBox=format!("0 0 {} {}", n(WIDTH), n(HEIGHT))
                aria-hidden="true"
                focusable="false"
            >
                <line class="coverage__axis" x1=n(PAD) x2=n(WIDTH - PAD) y1="28" y2="28"></line>
                {ticks}
                <rect
                    class="coverage__bar"
                    x=n(start)
                    y="8"
                    width=n((end - start).max(2.0))
                    height="14"
                    rx="2"
                ></rect>
                {arrow}
            </svg>
            <figcaption class="ds-paragraph coverage__summary">{summary}</figcaption>
        </figure>
    }
}
