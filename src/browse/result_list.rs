//! The result list: one compact line per variable, a card on narrow
//! screens.

use crate::{
    state::{remember_return, use_lang, use_ui, BasketCtx, QueryCtx},
    ui::Marked,
};
use catalog::{unit_type_label, Catalog, Highlighted, Highlighter, Lang, Route, Variable};
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
    // One highlighter per search text, shared by every row.
    let highlighter = Memo::new(move |_| Highlighter::new(&search.get()));
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

/// What a row shows of one variable, in one language. Names are looked
/// up by id so a dangling reference shows the raw id instead of failing.
/// Each metadata text carries the `lang` attribute it needs when it is
/// not in the UI language (a Norwegian-only description in English).
#[derive(Clone, Debug, Default, PartialEq)]
struct RowText {
    id: String,
    label: String,
    label_lang: Option<&'static str>,
    name: String,
    description: String,
    description_lang: Option<&'static str>,
    provider: String,
    provider_lang: Option<&'static str>,
    unit_types: String,
    open: bool,
    access: &'static str,
}

impl RowText {
    fn new(catalog: &Catalog, variable: &Variable, lang: Lang) -> RowText {
        let (provider, provider_lang) = catalog
            .provider(&variable.provider)
            .map(|p| {
                let name = p.name.resolve(lang);
                (name.text.to_string(), name.lang_attr(lang))
            })
            .unwrap_or_else(|| (variable.provider.clone(), None));
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
            provider_lang,
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
    let lang_of = move |field: fn(&RowText) -> Option<&'static str>| {
        move || text.read().as_ref().and_then(field)
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
                on:change=move |_| {
                    let id = id.get_untracked();
                    basket.update(|b| b.toggle(&id));
                }
            />
            <div class="result__main">
                <p class="result__head">
                    <a
                        class="ds-link result__label"
                        href=details_href
                        lang=lang_of(|t| t.label_lang)
                        on:click=move |_| remember_return(&id.get_untracked())
                    >
                        {show(marked_memo(text, |t| &t.label, highlighter))}
                    </a>
                </p>
                // Technical name, provider, then as much of the description
                // as fits the line.
                <p class="result__meta">
                    <code class="result__name">
                        <NameSegments name />
                    </code>
                    " "
                    <span class="result__provider" lang=lang_of(|t| t.provider_lang)>
                        {get(|t| t.provider.clone())}
                    </span>
                    " "
                    <span class="result__snippet" lang=lang_of(|t| t.description_lang)>
                        {show(snippet)}
                    </span>
                </p>
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

/// A technical name cut after each underscore ([`Highlighted::segments`]),
/// each part followed by a line break opportunity, so long names wrap only
/// there. Parts are positional slots like [`Marked`]'s, never fewer than
/// the row has had, so the next variable's name refills them.
#[component]
fn NameSegments(
    /// The technical name with the search's matches.
    name: Memo<Highlighted>,
) -> impl IntoView {
    let segments = Memo::new(move |previous: Option<&Vec<Highlighted>>| {
        let mut segments = name.read().segments();
        let keep = previous.map_or(0, Vec::len);
        if segments.len() < keep {
            segments.resize(keep, Highlighted::default());
        }
        segments
    });
    view! {
        <For
            each=move || 0..segments.read().len()
            key=|slot| *slot
            children=move |slot| {
                let marked = Memo::new(move |_| {
                    segments.read().get(slot).cloned().unwrap_or_default()
                });
                view! {
                    <Marked marked />
                    <wbr />
                }
            }
        />
    }
}

/// One field of the row with the current search's matches marked, redrawn
/// only when the text or its matches change.
fn marked_memo(
    text: Memo<Option<RowText>>,
    field: fn(&RowText) -> &String,
    highlighter: Memo<Highlighter>,
) -> Memo<Highlighted> {
    Memo::new(move |_| {
        let text = text.read();
        let text = text.as_ref().map_or("", |t| field(t).as_str());
        Highlighted {
            text: text.to_string(),
            ranges: highlighter.read().ranges(text),
        }
    })
}

/// Renders a highlighted text as it changes.
fn show(marked: Memo<Highlighted>) -> impl IntoView {
    view! { <Marked marked /> }
}
