//! A code list as a table, with a filter for long lists.

use crate::state::use_ui;
use catalog::{fold, Code, Lang, Sentinel};
use leptos::prelude::*;

/// Lists longer than this get a filter box.
const FILTER_FROM: usize = 20;

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
    let rows: Vec<(String, String, String, String, bool)> = codes
        .iter()
        .map(|c| {
            (
                c.code.clone(),
                c.title.get(lang).to_string(),
                c.valid_from.clone(),
                c.valid_until.clone().unwrap_or_default(),
                false,
            )
        })
        .chain(missing.iter().map(|m| {
            (
                m.code.clone(),
                m.title.get(lang).to_string(),
                String::new(),
                String::new(),
                true,
            )
        }))
        .collect();
    let visible = move || {
        let needle = filter.get();
        rows.iter()
            .filter(|(code, title, ..)| {
                fold::contains_folded(code, &needle) || fold::contains_folded(title, &needle)
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
                        key=|row| (row.0.clone(), row.2.clone(), row.4)
                        children=move |(code, title, from, until, is_missing)| {
                            view! {
                                <tr class:code-missing=is_missing>
                                    <td>
                                        <code>{code}</code>
                                    </td>
                                    <td>{title} {is_missing.then(|| view! { <MissingTag /> })}</td>
                                    <td>{from}</td>
                                    <td>{until}</td>
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
