//! One facet: a group of checkboxes with counts.

use crate::{
    i18n::{use_lang, use_ui},
    state::{History, QueryCtx},
};
use catalog::{fold, Facet, FacetCounts};
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
    let visible = move || {
        let counts = counts.get()?;
        let needle = fold::terms(&filter.get()).join(" ");
        let values = counts.values.into_iter();
        Some(if !expanded.get() {
            values.take(FIRST_VALUES).collect::<Vec<_>>()
        } else if needle.is_empty() {
            values.collect()
        } else {
            values
                .filter(|v| v.selected || fold::terms(&v.label).join(" ").contains(&needle))
                .collect()
        })
    };
    let toggle = move |id: String| {
        query.update(History::Push, |q| {
            q.toggle(facet, &id);
            q.page = 1;
        });
    };
    view! {
        <fieldset class="ds-fieldset facet" data-facet=key>
            <legend class="ds-label facet__legend">{move || facet.label(lang.get())}</legend>
            <Show when=move || expanded.get()>
                <div class="ds-field facet__filter">
                    <label class="ds-label ds-sr-only" for=format!("facet-filter-{key}")>
                        {move || format!("{} ({})", ui.get().filter_values, facet.label(lang.get()))}
                    </label>
                    <input
                        class="ds-input"
                        data-size="sm"
                        type="search"
                        id=format!("facet-filter-{key}")
                        placeholder=move || ui.get().filter_values
                        prop:value=move || filter.get()
                        on:input=move |ev| filter.set(event_target_value(&ev))
                    />
                </div>
            </Show>
            <ul class="facet__values">
                <For
                    each=move || visible().unwrap_or_default()
                    // Keyed on the id alone, so a checkbox keeps its element (and
                    // keyboard focus) while its count and state change.
                    key=|value| value.id.clone()
                    children=move |value| {
                        let id = format!("facet-{key}-{}", value.id);
                        let value_id = value.id.clone();
                        let current = Memo::new(move |_| {
                            counts
                                .read()
                                .as_ref()
                                .and_then(|c| c.values.iter().find(|v| v.id == value_id).cloned())
                        });
                        let value_id = value.id.clone();
                        view! {
                            <li class="ds-field facet__value">
                                <input
                                    class="ds-input"
                                    type="checkbox"
                                    id=id.clone()
                                    prop:checked=move || current.read().as_ref().is_some_and(|v| v.selected)
                                    on:change=move |_| toggle(value_id.clone())
                                />
                                <label class="ds-label" for=id data-weight="regular">
                                    <span class="facet__label">
                                        {move || current.read().as_ref().map(|v| v.label.clone())}
                                    </span>
                                    <span class="facet__count">
                                        {move || current.read().as_ref().map_or(0, |v| v.count)}
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
                            ui.get().show_fewer.to_string()
                        } else {
                            (ui.get().show_more_count)(total())
                        }
                    }}
                </button>
            </Show>
        </fieldset>
    }
}
