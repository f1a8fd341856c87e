//! The result list: one compact line per variable, a card on narrow
//! screens.

use super::row_text::{marked_memo, RowText};
use crate::{
    state::{remember_return, use_lang, use_ui, BasketCtx, CatalogCtx, QueryCtx},
    ui::{AddRefusal, Marked, ProviderLink},
};
use catalog::{AddRefused, Catalog, Highlighted, Highlighter, Route};
use leptos::prelude::*;
use std::sync::Arc;

/// How many characters of the description a row shows; the row cuts it
/// further to one line (with an ellipsis) by CSS, so this only bounds the
/// text the browser lays out.
const SNIPPET_CHARS: usize = 160;

/// Lists `rows` (indices into the catalog's variables), each with a
/// checkbox that puts the variable in the basket and its label as the link
/// to its detail page.
#[component]
pub fn VariableTable(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
    /// Which variables to show, in order, as indices into `catalog.variables`.
    #[prop(into)]
    rows: Signal<Vec<usize>>,
    /// The search text whose words are highlighted.
    #[prop(into, optional)]
    search: Signal<String>,
) -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let basket = BasketCtx::expect();
    let query = QueryCtx::expect();
    let shown = Memo::new(move |_| rows.read().len());
    // One highlighter per search text, shared by every row. The engine's
    // own analysis splits and folds the words, so what is marked is what
    // matched.
    let engine = CatalogCtx::expect().engine(&catalog);
    let highlighter = Memo::new(move |_| engine.highlighter(&search.get()));
    view! {
        <ul
            class="result-list"
            class:result-list--searching=move || !highlighter.read().is_empty()
            aria-label=move || ui.get().browse.table_caption
        >
            // One row per position on the page, not per variable: when a
            // keystroke brings other variables onto the page, each row
            // keeps its elements and only its texts, marks, link and
            // checkbox change. Re-creating 25 rows of inputs and links
            // would make the browser style and lay out the whole page
            // again on every key.
            <For
                each=move || 0..shown.get()
                key=|slot| *slot
                children=move |slot| {
                    let catalog = catalog.clone();
                    let index = Memo::new(move |_| rows.read().get(slot).copied());
                    let text = Memo::new(move |_| {
                        let variable = catalog.variables.get(index.get()?)?;
                        Some(RowText::new(&catalog, variable, lang.get()))
                    });
                    row(slot, text, highlighter, basket, query)
                }
            />
        </ul>
    }
}

/// The row in position `slot`, showing whichever variable `text` holds.
fn row(
    slot: usize,
    text: Memo<Option<RowText>>,
    highlighter: Memo<Highlighter>,
    basket: BasketCtx,
    query: QueryCtx,
) -> impl IntoView {
    let ui = use_ui();
    let get = move |field: fn(&RowText) -> String| {
        move || text.read().as_ref().map(field).unwrap_or_default()
    };
    let lang_of = move |field: fn(&RowText) -> Option<&'static str>| {
        move || text.read().as_ref().and_then(field)
    };
    let id = Memo::new(move |_| {
        text.read()
            .as_ref()
            .map(|t| t.id.clone())
            .unwrap_or_default()
    });
    // Carry the browse query along so the detail page can link back to it;
    // redrawn when the row shows another variable, while the text typed
    // since is written in when someone can follow it (`data-carry`).
    let details_href = move || query.carried_href(&Route::Variable(id.get()));
    let label = get(|t| t.label.clone());
    let select_name = format!("select-name-{slot}");
    let selected = move || id.with(|id| basket.selection.read().contains(id));
    // Why the last add in this row was refused, for the variable it was
    // refused for: the row may show another variable by now.
    let refusal: RwSignal<Option<(String, AddRefused)>> = RwSignal::new(None);
    let refused = Signal::derive(move || {
        let refusal = refusal.read();
        let (refused_id, why) = refusal.as_ref()?;
        id.with(|id| id == refused_id).then_some(*why)
    });
    // A live region in the row, not an `aria-describedby`: axe counts a
    // description as a checkbox's only label when that label is hidden.
    let refusal_id = format!("select-refused-{slot}");
    // Memoized so a keystroke that leaves the cut and its marks as they
    // were touches nothing in the row.
    let snippet = Memo::new(move |_| {
        let text = text.read();
        let description = text.as_ref().map_or("", |t| &t.description);
        highlighter.read().snippet(description, SNIPPET_CHARS)
    });
    let name = marked_memo(text, |t| &t.name, highlighter);
    view! {
        <li class="result" data-variable=move || id.get() class:selected=selected>
            <span id=select_name.clone() hidden>
                {move || (ui.get().browse.select_variable)(&label())}
            </span>
            <input
                class="ds-input result__select"
                type="checkbox"
                id=move || format!("select-{}", id.get())
                // Named by a hidden text rather than an aria-label, so
                // showing another variable changes a text node, not an
                // attribute Designsystemet's `:has()` rules watch (see
                // `Marked`).
                aria-labelledby=select_name.clone()
                prop:checked=selected
                on:change=move |event| {
                    let id = id.get_untracked();
                    let why = basket.toggle(&id);
                    let ticked = basket.selection.with_untracked(|b| b.contains(&id));
                    event_target::<web_sys::HtmlInputElement>(&event).set_checked(ticked);
                    refusal.set(why.map(|why| (id, why)));
                }
            />
            <div class="result__main">
                <p class="result__head">
                    <a
                        class="ds-link result__label"
                        href=details_href
                        data-carry
                        lang=lang_of(|t| t.label_lang)
                        on:click=move |_| remember_return(&id.get_untracked())
                    >
                        {show(marked_memo(text, |t| &t.label, highlighter))}
                    </a>
                </p>
                // Technical name, provider, then as much of the description
                // as fits the line.
                <p class="result__meta">
                    // One line that never breaks: a name cut short ends
                    // in an ellipsis, and is whole on the variable's page.
                    <code class="result__name">{show(name)}</code>
                    " "
                    <span class="result__provider" lang=lang_of(|t| t.provider_lang)>
                        <ProviderLink
                            id=Signal::derive(get(|t| t.provider_id.clone()))
                            name=Signal::derive(get(|t| t.provider.clone()))
                        />
                    </span>
                    " "
                    <span class="result__snippet" lang=lang_of(|t| t.description_lang)>
                        {show(snippet)}
                    </span>
                </p>
                <AddRefusal id=refusal_id refused />
            </div>
            <span class="result__units">
                <span class="ds-sr-only">{move || ui.get().browse.col_unit_types}": "</span>
                // A span of its own, so metadata text is isolated from
                // the caption (bidirectional controls stay inside).
                <span>{get(|t| t.unit_types.clone())}</span>
            </span>
            <span class="result__access">
                <span
                    class="ds-tag"
                    data-size="sm"
                    data-color=move || {
                        if text.read().as_ref().is_some_and(|t| t.open) {
                            "success"
                        } else {
                            "warning"
                        }
                    }
                >
                    {move || text.read().as_ref().map_or("", |t| t.access)}
                </span>
            </span>
        </li>
    }
}

/// Renders a highlighted text as it changes.
fn show(marked: Memo<Highlighted>) -> impl IntoView {
    view! { <Marked marked /> }
}
