//! Taking back the last big change to the basket: "Tøm kurven", or a share
//! link's replace or add.

use crate::state::{focus_later, use_ui, BasketCtx};
use catalog::{BasketOp, Undo};
use leptos::{html, prelude::*};

/// What the last big change did, for the message beside "Angre".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Changed {
    /// "Tøm kurven".
    Emptied,
    /// A share link replaced the basket.
    Replaced,
    /// A share link added this many variables.
    Added(usize),
}

/// A change the user can take back, kept until they do or leave the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LastChange {
    /// What it did.
    pub changed: Changed,
    /// How to take it back; restores what the change removed and keeps
    /// what other tabs added since (the core's rule).
    pub undo: Undo,
}

/// Says what the last change did, with "Angre". The button takes focus
/// when it appears, as the control that was used (the share link's or
/// "Tøm kurven") has gone from the page.
#[component]
pub fn UndoOffer(
    /// The change to offer; emptied after an undo.
    last: RwSignal<Option<LastChange>>,
) -> impl IntoView {
    let ui = use_ui();
    let basket = BasketCtx::expect();
    let button = NodeRef::<html::Button>::new();
    // Focus is the outside world: an effect, run when the button mounts.
    Effect::new(move |_| {
        if let Some(button) = button.get() {
            let _ = button.focus();
        }
    });
    let message = move || {
        let ui = ui.get();
        match last.read().as_ref().map(|l| l.changed) {
            Some(Changed::Emptied) => ui.basket.basket_emptied.to_string(),
            Some(Changed::Replaced) => ui.basket.basket_replaced.to_string(),
            Some(Changed::Added(n)) => (ui.basket.basket_added)(n),
            None => String::new(),
        }
    };
    let undo = move |_| {
        if let Some(change) = last.get_untracked() {
            basket.apply(BasketOp::Undo(change.undo));
        }
        last.set(None);
        // "Angre" is gone with the notice: focus the count of what came
        // back, or the page's heading if the basket is still empty.
        let empty = basket.selection.read_untracked().is_empty();
        focus_later(if empty { "main h1" } else { "#basket-count" });
    };
    view! {
        <Show when=move || last.read().is_some()>
            <div class="ds-alert basket-undo" data-color="info" role="status">
                <p class="ds-paragraph">{message}</p>
                <button
                    class="ds-button"
                    data-variant="secondary"
                    data-size="sm"
                    type="button"
                    node_ref=button
                    on:click=undo
                >
                    {move || ui.get().basket.undo}
                </button>
            </div>
        </Show>
    }
}
