//! A description list of facts, and metadata texts cut to a length a page
//! can lay out.
//!
//! Plain functions rather than components: their contents are built on the
//! spot from borrowed metadata, which component children (closures that
//! must own what they use) would first have to clone.

use catalog::clip::{clip, MAX_SHOWN_CHARS};
use leptos::prelude::*;

/// A text from the metadata, ending in "…" where it is longer than the
/// shop shows (see [`catalog::clip`]).
pub fn clipped(text: &str) -> String {
    match clip(text, MAX_SHOWN_CHARS) {
        (shown, true) => format!("{shown}…"),
        (all, false) => all.to_string(),
    }
}

/// A list of labelled facts (`<dl>`), two columns on wide screens.
pub fn facts(items: impl IntoView) -> impl IntoView {
    view! { <dl class="facts">{items}</dl> }
}

/// One fact: a term and its value.
pub fn fact(term: &'static str, value: impl IntoView) -> impl IntoView {
    view! {
        <div class="facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
        </div>
    }
}
