//! A technical name that breaks only after its underscores.

use leptos::prelude::*;

/// `name` in a `<code>`, with a line break opportunity after each
/// underscore ([`catalog::wrap::segments`]) and nowhere else, so a long name
/// neither widens the page nor breaks inside a part.
#[component]
pub fn TechnicalName(
    /// The technical name.
    name: String,
) -> impl IntoView {
    let parts = catalog::wrap::segments(&name)
        .into_iter()
        .map(|part| {
            view! {
                {name[part].to_string()}
                <wbr />
            }
        })
        .collect_view();
    view! { <code>{parts}</code> }
}
