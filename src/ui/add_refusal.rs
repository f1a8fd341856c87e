//! Why a variable was not put in the basket, said at the control that was
//! used.

use crate::{i18n::Ui, state::use_ui};
use catalog::{AddRefused, Basket};
use leptos::prelude::*;

/// The reason a variable was not added, in the UI's language; `None` when
/// there is nothing wrong (it was there already).
fn reason(ui: &Ui, why: AddRefused) -> Option<String> {
    match why {
        AddRefused::Full => Some((ui.basket.refused_full)(Basket::MAX_IDS)),
        AddRefused::TooLong => Some(ui.basket.refused_too_long.to_string()),
        AddRefused::Empty => Some(ui.basket.refused_empty.to_string()),
        AddRefused::AlreadyThere => None,
    }
}

/// A polite live region beside a basket control, holding the reason its
/// last add was refused: give the control `aria-describedby` = `id`, so
/// the reason is announced now and read again with the control later.
/// Present (empty) before anything is refused, as screen readers announce
/// only changes to a live region they already know.
#[component]
pub fn AddRefusal(
    /// The region's id, for the control's `aria-describedby`.
    #[prop(into)]
    id: Signal<String>,
    /// The refusal to say, if any.
    #[prop(into)]
    refused: Signal<Option<AddRefused>>,
) -> impl IntoView {
    let ui = use_ui();
    let text = move || refused.get().and_then(|why| reason(ui.get(), why));
    view! {
        <span class="add-refusal" id=id role="status">
            {text}
        </span>
    }
}
