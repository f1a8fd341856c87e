//! A checkbox that puts one variable in the basket or takes it out.

use crate::{
    state::{use_ui, BasketCtx},
    ui::AddRefusal,
};
use leptos::prelude::*;

/// The basket checkbox of one variable outside the result list (whose rows
/// change variables as the search changes and so keep their own): checked
/// while the variable is in the basket, named "Velg {label}" like the
/// result list's, with the id `select-{id}` the result list's boxes have.
#[component]
pub fn BasketCheckbox(
    /// The variable's id.
    id: String,
    /// The variable's label, for the checkbox's accessible name.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let ui = use_ui();
    let basket = BasketCtx::expect();
    let selected = {
        let id = id.clone();
        Memo::new(move |_| basket.selection.read().contains(&id))
    };
    // Why the last tick was refused (a full basket), said beside the box.
    let refused = RwSignal::new(None);
    let refusal_id = format!("refused-{id}");
    let input_id = format!("select-{id}");
    view! {
        <input
            class="ds-input basket-checkbox"
            type="checkbox"
            id=input_id
            aria-label=move || (ui.get().browse.select_variable)(&label.get())
            prop:checked=selected
            on:change=move |_| refused.set(basket.toggle(&id))
        />
        <AddRefusal id=refusal_id refused />
    }
}
