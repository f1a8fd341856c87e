//! The banner on every page while the prøverom's preview is shown.

use crate::state::{use_ui, History, PreviewCtx, QueryCtx};
use catalog::Route;
use leptos::prelude::*;

/// Says, above every page, that the catalog shown is the one built in the
/// prøverom and not the shop's, with the way back and the way out.
#[component]
pub fn PreviewBanner() -> impl IntoView {
    let ui = use_ui();
    let preview = PreviewCtx::expect();
    let query = QueryCtx::expect();
    let end = move |_| {
        preview.end();
        query.go(&Route::Trial, History::Push);
    };
    view! {
        <Show when=move || preview.active()>
            <div class="preview-banner" data-testid="preview-banner">
                <div class="ds-alert" data-color="info">
                    <p class="ds-paragraph">
                        <strong>{move || ui.get().trial.preview_heading} ": "</strong>
                        {move || ui.get().trial.banner}
                    </p>
                    <p class="preview-banner__actions">
                        <a
                            class="ds-link"
                            href=move || query.carried_href(&Route::Trial)
                            data-carry
                        >
                            {move || ui.get().trial.back}
                        </a>
                        <button
                            type="button"
                            class="ds-button"
                            data-variant="secondary"
                            data-size="sm"
                            on:click=end
                        >
                            {move || ui.get().trial.end}
                        </button>
                    </p>
                </div>
            </div>
        </Show>
    }
}
