//! The table of variables, with the columns of the KUDAF demo shop.

use crate::{
    state::{use_lang, use_ui, BasketCtx, QueryCtx},
    ui::{AddRefusal, Marked, ProviderLink},
};
use catalog::{
    provider_name, unit_type_label, AddRefused, Catalog, Highlighted, Highlighter, Lang, Route,
    Variable,
};
use leptos::prelude::*;
use std::sync::Arc;

/// How many characters of the description a row shows.
const SNIPPET_CHARS: usize = 160;

/// Lists `rows` (indices into the catalog's variables) as a table, each
/// with a checkbox that puts the variable in the basket.
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
    // One highlighter per search text, shared by every row.
    let highlighter = Memo::new(move |_| Highlighter::new(&search.get()));
    view! {
        // Focusable and named, so keyboard users can scroll a wide table.
        <div
            class="table-scroll"
            tabindex="0"
            role="region"
            aria-label=move || ui.get().browse.table_caption
        >
            <table class="ds-table variable-table" data-border="true">
                <caption class="ds-sr-only">{move || ui.get().browse.table_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="variable-table__select">
                            <span class="ds-sr-only">{move || ui.get().browse.col_select}</span>
                        </th>
                        <th scope="col">{move || ui.get().browse.col_variable}</th>
                        <th scope="col">{move || ui.get().browse.col_provider}</th>
                        <th scope="col">{move || ui.get().browse.col_unit_types}</th>
                        <th scope="col">{move || ui.get().browse.col_access}</th>
                        <th scope="col">
                            <span class="ds-sr-only">{move || ui.get().browse.details}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    // One row per position on the page, not per variable:
                    // when a keystroke brings other variables onto the page,
                    // each row keeps its elements and only its texts, marks,
                    // link and checkbox change. Re-creating 25 rows of
                    // inputs and links would make the browser style and lay
                    // out the whole page again on every key.
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
                </tbody>
            </table>
        </div>
    }
}

/// What a row shows of one variable, in one language. Names are looked
/// up by id so a dangling reference shows the raw id instead of failing.
#[derive(Clone, Debug, Default, PartialEq)]
struct RowText {
    id: String,
    label: String,
    /// The `lang` of the label when it is not the page's.
    label_lang: Option<&'static str>,
    name: String,
    description: String,
    /// The `lang` of the description when it is not the page's.
    description_lang: Option<&'static str>,
    provider: String,
    provider_id: String,
    unit_types: String,
    open: bool,
    access: &'static str,
}

impl RowText {
    fn new(catalog: &Catalog, variable: &Variable, lang: Lang) -> RowText {
        let provider = provider_name(catalog, &variable.provider, lang).to_string();
        let unit_types = variable
            .unit_types
            .iter()
            .map(|id| unit_type_label(catalog, id, lang))
            .collect::<Vec<_>>()
            .join(", ");
        let label = variable.label.resolve(lang);
        let description = variable.description.resolve(lang);
        RowText {
            id: variable.id.clone(),
            label: label.text.to_string(),
            label_lang: label.lang_attr(lang),
            name: variable.name.clone(),
            description: description.text.to_string(),
            description_lang: description.lang_attr(lang),
            provider,
            provider_id: variable.provider.clone(),
            unit_types,
            open: variable.sensitivity.is_open(),
            access: variable.sensitivity.access_label(lang),
        }
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
    let id = Memo::new(move |_| {
        text.read()
            .as_ref()
            .map(|t| t.id.clone())
            .unwrap_or_default()
    });
    // Carry the browse query along so the detail page can link back to it.
    let details_href = move || query.route_href(&Route::Variable(id.get()));
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
    view! {
        <tr data-variable=move || id.get() class:selected=selected>
            <td class="variable-table__select">
                <span id=select_name.clone() hidden>
                    {move || (ui.get().browse.select_variable)(&label())}
                </span>
                <input
                    class="ds-input"
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
            </td>
            <td>
                <span
                    class="variable-label"
                    lang=move || text.read().as_ref().and_then(|t| t.label_lang)
                >
                    {marked(text, |t| &t.label, highlighter)}
                </span>
                <code class="variable-name">{marked(text, |t| &t.name, highlighter)}</code>
                <span
                    class="variable-snippet"
                    lang=move || text.read().as_ref().and_then(|t| t.description_lang)
                >
                    {show(snippet)}
                </span>
                <AddRefusal id=refusal_id refused />
            </td>
            <td data-label=move || { ui.get().browse.col_provider }>
                <ProviderLink
                    id=Signal::derive(get(|t| t.provider_id.clone()))
                    name=Signal::derive(get(|t| t.provider.clone()))
                />
            </td>
            <td data-label=move || {
                ui.get().browse.col_unit_types
            }>{get(|t| t.unit_types.clone())}</td>
            <td data-label=move || ui.get().browse.col_access>
                <span
                    class="ds-tag"
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
            </td>
            <td class="variable-table__details">
                <a class="ds-link" href=details_href>
                    {move || ui.get().browse.details}
                    <span class="ds-sr-only">{move || format!(": {}", label())}</span>
                </a>
            </td>
        </tr>
    }
}

/// One field of the row with the current search's matches marked, redrawn
/// only when the text or its matches change.
fn marked(
    text: Memo<Option<RowText>>,
    field: fn(&RowText) -> &String,
    highlighter: Memo<Highlighter>,
) -> impl IntoView {
    show(Memo::new(move |_| {
        let text = text.read();
        let text = text.as_ref().map_or("", |t| field(t).as_str());
        Highlighted {
            text: text.to_string(),
            ranges: highlighter.read().ranges(text),
        }
    }))
}

/// Renders a highlighted text as it changes.
fn show(marked: Memo<Highlighted>) -> impl IntoView {
    view! { <Marked marked /> }
}
