//! A code list as a table, with a filter for long lists.

use crate::state::use_ui;
use catalog::{fold, Code, Lang, Sentinel};
use leptos::prelude::*;

/// Lists longer than this get a filter box.
const FILTER_FROM: usize = 20;

/// One row of the table, in the page's language.
#[derive(Clone)]
struct CodeRow {
    code: String,
    title: String,
    /// The title's `lang` when it is in another language than the page.
    title_lang: Option<&'static str>,
    from: String,
    until: String,
    missing: bool,
}

/// The codes of an enumerated value domain: code, title, validity, with
/// missing-value codes marked. Long lists can be filtered by code or title.
#[component]
pub fn CodeList(
    /// The codes.
    codes: Vec<Code>,
    /// The missing-value codes.
    missing: Vec<Sentinel>,
    /// The language to show titles in.
    lang: Lang,
) -> impl IntoView {
    let ui = use_ui();
    let filter = RwSignal::new(String::new());
    let total = codes.len() + missing.len();
    let rows: Vec<CodeRow> = codes
        .iter()
        .map(|c| CodeRow {
            code: c.code.clone(),
            title: c.title.get(lang).to_string(),
            title_lang: c.title.lang_attr(lang),
            from: c.valid_from.clone(),
            until: c.valid_until.clone().unwrap_or_default(),
            missing: false,
        })
        .chain(missing.iter().map(|m| CodeRow {
            code: m.code.clone(),
            title: m.title.get(lang).to_string(),
            title_lang: m.title.lang_attr(lang),
            from: String::new(),
            until: String::new(),
            missing: true,
        }))
        .collect();
    let visible = move || {
        let needle = filter.get();
        rows.iter()
            .filter(|row| {
                fold::contains_folded(&row.code, &needle)
                    || fold::contains_folded(&row.title, &needle)
            })
            .cloned()
            .collect::<Vec<_>>()
    };
    view! {
        <Show when=move || { total > FILTER_FROM }>
            <div class="ds-field code-filter">
                <label class="ds-label" for="code-filter">
                    {move || ui.get().detail.filter_codes}
                </label>
                <input
                    class="ds-input"
                    id="code-filter"
                    type="search"
                    prop:value=move || filter.get()
                    on:input=move |ev| filter.set(event_target_value(&ev))
                />
            </div>
        </Show>
        // Focusable and named, so keyboard users can scroll a wide table.
        <div
            class="table-scroll"
            tabindex="0"
            role="region"
            aria-label=move || {
                format!(
                    "{} ({})",
                    ui.get().detail.codes_shown,
                    (ui.get().detail.codes_count)(total),
                )
            }
        >
            <table class="ds-table code-table" data-border="true" data-size="sm">
                <caption class="ds-sr-only">
                    {move || {
                        format!(
                            "{} ({})",
                            ui.get().detail.codes_shown,
                            (ui.get().detail.codes_count)(total),
                        )
                    }}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{move || ui.get().detail.code}</th>
                        <th scope="col">{move || ui.get().detail.code_title}</th>
                        <th scope="col">{move || ui.get().detail.valid_from}</th>
                        <th scope="col">{move || ui.get().detail.valid_until}</th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=visible
                        key=|row| (row.code.clone(), row.from.clone(), row.missing)
                        children=move |row| {
                            view! {
                                <tr class:code-missing=row.missing>
                                    <td>
                                        <code>{row.code}</code>
                                    </td>
                                    <td>
                                        <span lang=row.title_lang>{row.title}</span>
                                        {row.missing.then(|| view! { <MissingTag /> })}
                                    </td>
                                    <td>{row.from}</td>
                                    <td>{row.until}</td>
                                </tr>
                            }
                        }
                    />
                </tbody>
            </table>
        </div>
    }
}

/// The tag that marks a missing-value code.
#[component]
fn MissingTag() -> impl IntoView {
    let ui = use_ui();
    view! {
        <span class="ds-tag code-missing__tag" data-color="neutral">
            {move || ui.get().detail.missing_code}
        </span>
    }
}
