//! The notice shown when the saved basket could not be read or written.

use crate::state::{use_ui, BasketCtx, StorageProblem};
use leptos::prelude::*;

/// Says what became of a saved basket this shop could not read (kept, and
/// moved to a backup at the first change), or that the browser would not
/// save the basket, until the user closes it.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let ui = use_ui();
    let notice = BasketCtx::expect().notice;
    let message = move || match notice.get() {
        Some(StorageProblem::Unreadable(_)) => Some(ui.get().shell.storage_unreadable),
        Some(StorageProblem::OtherVersion { .. }) => Some(ui.get().shell.storage_other_version),
        Some(StorageProblem::BackedUp) => Some(ui.get().shell.storage_backed_up),
        Some(StorageProblem::NotSaved) => Some(ui.get().shell.storage_not_saved),
        None => None,
    };
    view! {
        <Show when=move || notice.read().is_some()>
            <div class="ds-alert storage-notice" data-color="warning" role="alert">
                <p class="ds-paragraph">{message}</p>
                <button
                    class="ds-button"
                    data-variant="secondary"
                    data-size="sm"
                    type="button"
                    on:click=move |_| notice.set(None)
                >
                    {move || ui.get().shell.dismiss}
                </button>
            </div>
        </Show>
    }
}
