//! The active filters as removable chips.

use crate::state::{use_ui, History, QueryCtx};
use catalog::{Answer, Facet, Query};
use leptos::prelude::*;

/// One active filter: what it shows and how to remove it.
#[derive(Clone, PartialEq)]
struct Chip {
    label: String,
    remove: Query,
    /// The chip of the search text, whose label changes with every key.
    search: bool,
}

/// The chips of the current query, in facet order; labels come from the
/// answer's facet values, so they are in the UI language.
fn chips(query: &Query, answer: &Answer, ui: &crate::i18n::Ui) -> Vec<Chip> {
    let mut chips = Vec::new();
    if query.has_text() {
        let mut remove = query.clone();
        remove.text.clear();
        remove.page = 1;
        chips.push(Chip {
            label: (ui.browse.search_chip)(query.text.trim()),
            remove,
            search: true,
        });
    }
    for facet in Facet::ALL {
        let values = answer.facets.iter().find(|c| c.facet == facet);
        for id in query.selection(facet) {
            // Ids the catalog does not know are ignored by the engine and
            // have no facet value: no chip either.
            let Some(value) = values.and_then(|c| c.values.iter().find(|v| &v.id == id)) else {
                continue;
            };
            let mut remove = query.clone();
            remove.selection_mut(facet).remove(id);
            remove.page = 1;
            chips.push(Chip {
                label: value.label.clone(),
                remove,
                search: false,
            });
        }
    }
    if query.only_selected {
        let mut remove = query.clone();
        remove.only_selected = false;
        remove.page = 1;
        chips.push(Chip {
            label: ui.browse.only_selected.to_string(),
            remove,
            search: false,
        });
    }
    chips
}

/// The query without any filter or search, keeping language, sort and
/// page size.
pub fn cleared(query: &Query) -> Query {
    Query {
        lang: query.lang,
        sort: query.sort,
        page_size: query.page_size,
        ..Query::default()
    }
}

/// The active filter labels joined for a sentence, for the empty state.
pub fn describe_filters(query: &Query, answer: &Answer, ui: &crate::i18n::Ui) -> String {
    chips(query, answer, ui)
        .into_iter()
        .map(|c| c.label)
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
    let list = Memo::new(move |_| chips(&query.query.read(), &answer.read(), ui.get()));
    let search_chip = Memo::new(move |_| list.read().iter().find(|c| c.search).cloned());
    view! {
        <Show when=move || !list.read().is_empty()>
            <div class="active-filters" role="group" aria-label=move || ui.get().browse.active_filters>
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
                            if let Some(chip) = search_chip.get_untracked() {
                                query.set(&chip.remove, History::Push);
                            }
                        }
                    >
                        <span class="ds-sr-only">
                            {move || search_chip.read().as_ref().map(|c| (ui.get().browse.remove_filter)(&c.label))}
                        </span>
                        <span aria-hidden="true">
                            {move || search_chip.read().as_ref().map(|c| c.label.clone())}
                        </span>
                    </button>
                </Show>
                <For
                    each=move || list.get().into_iter().filter(|chip| !chip.search)
                    key=|chip| chip.label.clone()
                    children=move |chip| {
                        let name = (ui.get_untracked().browse.remove_filter)(&chip.label);
                        let remove = chip.remove.clone();
                        view! {
                            <button
                                class="ds-chip"
                                data-removable="true"
                                type="button"
                                aria-label=name
                                on:click=move |_| query.set(&remove, History::Push)
                            >
                                {chip.label.clone()}
                            </button>
                        }
                    }
                />
                <button
                    class="ds-button"
                    data-variant="tertiary"
                    data-size="sm"
                    type="button"
                    on:click=move |_| query.set(&cleared(&query.query.get_untracked()), History::Push)
                >
                    {move || ui.get().browse.clear_all}
                </button>
            </div>
        </Show>
    }
}
