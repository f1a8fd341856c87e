//! A description list of facts.
//!
//! Plain functions rather than components: their contents are built on the
//! spot from borrowed metadata, which component children (closures that
//! must own what they use) would first have to clone.

use leptos::prelude::*;

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
