//! The active filters as removable chips.

use crate::{
    i18n::Ui,
    state::{use_ui, History, QueryCtx},
};
use catalog::{chips, Answer, Chip, ChipKind, Query, QueryIntent};
use leptos::prelude::*;

/// What a chip says: the core gives the facet value's label or the search
/// text; the framing ("Søk: «…»") and the basket filter's name are UI
/// strings.
fn chip_label(chip: &Chip, ui: &Ui) -> String {
    match chip.kind {
        ChipKind::Search => (ui.browse.search_chip)(&chip.label),
        ChipKind::OnlySelected => ui.browse.only_selected.to_string(),
        ChipKind::Facet(..) => chip.label.clone(),
    }
}

/// The chips of `query` with their labels in the UI language.
fn labelled(query: &Query, answer: &Answer, ui: &Ui) -> Vec<(String, Chip)> {
    chips(query, answer)
        .into_iter()
        .map(|chip| (chip_label(&chip, ui), chip))
        .collect()
}

/// The active filter labels joined for a sentence, for the empty state.
pub fn describe_filters(query: &Query, answer: &Answer, ui: &Ui) -> String {
    labelled(query, answer, ui)
        .into_iter()
        .map(|(label, _)| label)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Removable chips for the search text, each selected facet value and the
/// basket switch, and "Nullstill alle".
#[component]
pub fn ActiveFilters(
    /// The engine's answer to the current query.
    answer: Memo<Answer>,
) -> impl IntoView {
    let query = QueryCtx::expect();
    let ui = use_ui();
    let list = Memo::new(move |_| labelled(&query.query.read(), &answer.read(), ui.get()));
    // The other chips change only with the filters, not with the text.
    let filter_chips = Memo::new(move |_| {
        list.read()
            .iter()
            .filter(|(_, chip)| chip.kind != ChipKind::Search)
            .cloned()
            .collect::<Vec<_>>()
    });
    let search_chip = Memo::new(move |_| {
        list.read()
            .iter()
            .find(|(_, c)| c.kind == ChipKind::Search)
            .map(|(label, _)| label.clone())
    });
    view! {
        <Show when=move || !list.read().is_empty()>
            <div
                class="active-filters"
                role="group"
                aria-label=move || ui.get().browse.active_filters
            >
                // The search chip is one element whose label follows the
                // text: keyed by label, it would be re-created on every key.
                // Its name is text rather than an aria-label, so a key
                // changes text nodes only (an attribute change would make
                // the browser restyle the page, see `Marked`).
                <Show when=move || search_chip.read().is_some()>
                    <button
                        class="ds-chip"
                        data-removable="true"
                        type="button"
                        on:click=move |_| {
                            query.apply(QueryIntent::ClearText, History::Push);
                        }
                    >
                        <span class="ds-sr-only">
                            {move || {
                                search_chip.read().as_deref().map(ui.get().browse.remove_filter)
                            }}
                        </span>
                        <span aria-hidden="true">{move || search_chip.get()}</span>
                    </button>
                </Show>
                <For
                    each=move || filter_chips.get()
                    key=|(label, _)| label.clone()
                    children=move |(label, chip)| {
                        let name = (ui.get_untracked().browse.remove_filter)(&label);
                        let remove = chip.remove;
                        view! {
                            <button
                                class="ds-chip"
                                data-removable="true"
                                type="button"
                                aria-label=name
                                on:click=move |_| query.apply(remove.clone(), History::Push)
                            >
                                {label}
                            </button>
                        }
                    }
                />
                <button
                    class="ds-button"
                    data-variant="tertiary"
                    data-size="sm"
                    type="button"
                    on:click=move |_| query.apply(QueryIntent::ClearFilters, History::Push)
                >
                    {move || ui.get().browse.clear_all}
                </button>
            </div>
        </Show>
    }
}
