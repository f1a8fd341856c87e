//! One facet: a group of checkboxes with counts.

use crate::state::{use_lang, use_ui, History, QueryCtx};
use catalog::{fold, Facet, FacetCounts, FacetValue, QueryIntent};
use leptos::prelude::*;

/// How many values a facet shows before "show more".
const FIRST_VALUES: usize = 8;

/// A facet as a fieldset of checkboxes, each value with its count. Long
/// facets show their first values and a button for the rest, with a box
/// that filters the values by name.
#[component]
pub fn FacetGroup(
    /// The facet this group shows.
    facet: Facet,
    /// Its values and counts, from the engine's answer.
    #[prop(into)]
    counts: Signal<Option<FacetCounts>>,
) -> impl IntoView {
    let query = QueryCtx::expect();
    let lang = use_lang();
    let ui = use_ui();
    // Whether the group is expanded and what its filter box holds are
    // local to this widget: not worth a place in the URL.
    let expanded = RwSignal::new(false);
    let filter = RwSignal::new(String::new());
    let key = facet.param().key();
    let total = move || counts.read().as_ref().map_or(0, |c| c.values.len());
    // A memo, so each slot below is told only when its own value changed.
    let visible = Memo::new(move |_| {
        let counts = counts.read();
        let values = counts.as_ref().map_or(&[][..], |c| &c.values[..]);
        if !expanded.get() {
            return values
                .iter()
                .take(FIRST_VALUES)
                .cloned()
                .collect::<Vec<_>>();
        }
        let needle = filter.read();
        values
            .iter()
            .filter(|v| v.selected || fold::contains_folded(&v.label, &needle))
            .cloned()
            .collect()
    });
    let shown = Memo::new(move |_| visible.read().len());
    let toggle = move |id: String| {
        query.apply(QueryIntent::Toggle(facet, id), History::Push);
    };
    view! {
        <fieldset class="ds-fieldset facet" data-facet=key>
            <legend class="ds-label facet__legend">{move || facet.label(lang.get())}</legend>
            <Show when=move || expanded.get()>
                <div class="ds-field facet__filter">
                    <label class="ds-label ds-sr-only" for=format!("facet-filter-{key}")>
                        {move || {
                            format!(
                                "{} ({})",
                                ui.get().browse.filter_values,
                                facet.label(lang.get()),
                            )
                        }}
                    </label>
                    <input
                        class="ds-input"
                        data-size="sm"
                        type="search"
                        id=format!("facet-filter-{key}")
                        placeholder=move || ui.get().browse.filter_values
                        prop:value=move || filter.get()
                        on:input=move |ev| filter.set(event_target_value(&ev))
                    />
                </div>
            </Show>
            <ul class="facet__values">
                // One slot per position, not per value: values reorder by
                // count on every keystroke, and moving their elements would
                // make the browser restyle the whole panel. A slot keeps its
                // elements and updates their text, id and state in place.
                // Within the focused group the order stays put when a value
                // is toggled (its own counts are disjunctive), so focus stays
                // on the value the person chose.
                <For
                    each=move || 0..shown.get()
                    key=|slot| *slot
                    children=move |slot| {
                        let value = Memo::new(move |_| visible.read().get(slot).cloned());
                        let id = move |v: &FacetValue| format!("facet-{key}-{}", v.id);
                        view! {
                            <li class="ds-field facet__value">
                                <input
                                    class="ds-input"
                                    type="checkbox"
                                    id=field(value, id)
                                    prop:checked=move || {
                                        value.read().as_ref().is_some_and(|v| v.selected)
                                    }
                                    on:change=move |_| {
                                        if let Some(v) = value.get_untracked() {
                                            toggle(v.id);
                                        }
                                    }
                                />
                                <label class="ds-label" for=field(value, id) data-weight="regular">
                                    <span class="facet__label">
                                        {field(value, |v| v.label.clone())}
                                    </span>
                                    <span class="facet__count">
                                        {field(value, |v| v.count.to_string())}
                                    </span>
                                </label>
                            </li>
                        }
                    }
                />
            </ul>
            <Show when=move || { total() > FIRST_VALUES }>
                <button
                    class="ds-button facet__more"
                    data-variant="tertiary"
                    data-size="sm"
                    type="button"
                    aria-expanded=move || expanded.get().to_string()
                    on:click=move |_| {
                        expanded.update(|e| *e = !*e);
                        filter.set(String::new());
                    }
                >
                    {move || {
                        if expanded.get() {
                            ui.get().browse.show_fewer.to_string()
                        } else {
                            (ui.get().browse.show_more_count)(total())
                        }
                    }}
                </button>
            </Show>
        </fieldset>
    }
}

/// A text of the value a slot shows, for an attribute or a text node.
fn field(
    value: Memo<Option<FacetValue>>,
    text: impl Fn(&FacetValue) -> String + Send + Sync + 'static,
) -> impl Fn() -> String + Send + Sync + 'static {
    move || value.read().as_ref().map(&text).unwrap_or_default()
}
