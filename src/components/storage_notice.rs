//! The notice shown when a saved basket could not be read.

use crate::{i18n::use_ui, state::BasketCtx};
use leptos::prelude::*;

/// Says that the saved basket was unreadable and has been emptied, until
/// the user closes it.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let ui = use_ui();
    let notice = BasketCtx::expect().1;
    view! {
        <Show when=move || notice.read().is_some()>
            <div class="ds-alert storage-notice" data-color="warning" role="alert">
                <p class="ds-paragraph">{move || ui.get().storage_reset}</p>
                <button class="ds-button" data-variant="secondary" data-size="sm" type="button" on:click=move |_| notice.set(None)>
                    {move || ui.get().dismiss}
                </button>
            </div>
        </Show>
    }
}
