//! Text with highlighted search matches.

use leptos::prelude::*;
use std::ops::Range;

/// Renders `text` with each range in `ranges` (ascending, disjoint, on char
/// boundaries, as the core's highlighter gives them) wrapped in `<mark>`.
/// Ranges that do not fit the text are skipped rather than trusted.
#[component]
pub fn Marked(
    /// The text.
    text: String,
    /// Byte ranges of `text` to highlight.
    ranges: Vec<Range<usize>>,
) -> impl IntoView {
    let mut parts = Vec::new();
    let mut at = 0;
    for range in ranges {
        let fits = range.start >= at
            && range.end > range.start
            && text.get(at..range.start).is_some()
            && text.get(range.clone()).is_some();
        if !fits {
            continue;
        }
        parts.push(text[at..range.start].to_string().into_any());
        let matched = text[range.clone()].to_string();
        parts.push(view! { <mark>{matched}</mark> }.into_any());
        at = range.end;
    }
    parts.push(text[at..].to_string().into_any());
    parts
}
