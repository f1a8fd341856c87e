//! The banner that says the shop is a demonstration.

use crate::state::use_ui;
use leptos::prelude::*;

/// Tells every visitor that nothing can be ordered yet.
#[component]
pub fn DemoBanner() -> impl IntoView {
    let ui = use_ui();
    view! {
        <div class="demo-banner">
            <div class="ds-alert" data-color="warning">
                <p class="ds-paragraph">{move || ui.get().shell.demo_notice}</p>
            </div>
        </div>
    }
}
