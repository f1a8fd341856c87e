//! Text with highlighted search matches.

use catalog::Highlighted;
use leptos::prelude::*;

/// Renders a text with each of its ranges wrapped in `<mark>`, as
/// [`Highlighted::parts`] cuts it (ranges that do not fit are skipped).
///
/// The parts are slots by position (text, mark, text, mark, …, text), so
/// the next keystroke's matches are shown by changing text nodes:
/// inserting or removing any element below the table makes Chromium
/// restyle the whole page, because Designsystemet's `:has()` rules (e.g.
/// `.ds-field:has(…) *`) put every ancestor up to `<html>` in their
/// invalidation set. That restyle cost more than everything else a
/// keystroke did (`node bench/keys-profile.mjs --invalidations` shows it).
#[component]
pub fn Marked(
    /// The text and the byte ranges of it to highlight.
    #[prop(into)]
    marked: Signal<Highlighted>,
) -> impl IntoView {
    // Never fewer slots than the field has had: a keystroke that leaves
    // fewer matches empties the extra marks instead of removing them, so
    // after the first few keys a field's marks are only ever refilled.
    // Empty marks have no width and show nothing.
    let parts = Memo::new(move |previous: Option<&Vec<String>>| {
        let mut parts: Vec<String> = marked
            .read()
            .parts()
            .into_iter()
            .map(str::to_string)
            .collect();
        // Both lengths are odd, so the padding keeps marks in odd slots.
        parts.resize(parts.len().max(previous.map_or(0, Vec::len)), String::new());
        parts
    });
    // The slots are listed again only when their number grows: listing
    // them on every keystroke would make each field's `For` diff its keys
    // anew, dozens of times per key for a page of rows.
    let slots = Memo::new(move |_| parts.read().len());
    view! {
        <For
            each=move || 0..slots.get()
            key=|slot| *slot
            children=move |slot| {
                let text = move || parts.read().get(slot).cloned().unwrap_or_default();
                if slot % 2 == 0 {
                    text.into_any()
                } else {
                    // Even slots are the text between matches, odd ones matches.
                    view! { <mark>{text}</mark> }
                        .into_any()
                }
            }
        />
    }
}
