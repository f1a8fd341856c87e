//! The draft on paper: one section per provider, each on a new page with
//! the date, every field (blank ones said so) and its variables. Shown only when printing, so
//! the form's screen-only help and buttons never reach the paper.

use crate::state::{use_lang, BasketCtx};
use crate::{i18n, ui::today};
use catalog::{Catalog, DraftField};
use leptos::prelude::*;
use std::sync::Arc;

/// The printed request.
#[component]
pub fn PrintedDraft(
    /// The loaded catalog.
    catalog: Arc<Catalog>,
) -> impl IntoView {
    let lang = use_lang();
    let ctx = BasketCtx::expect();
    move || {
        let lang = lang.get();
        let ui = i18n::ui(lang);
        let draft = ctx.draft.read();
        let basket = ctx.selection.read();
        let filled = |text: &str| {
            if text.trim().is_empty() {
                ui.draft.not_filled.to_string()
            } else {
                text.to_string()
            }
        };
        let fields = || {
            DraftField::ALL
                .into_iter()
                .map(|field| {
                    view! {
                        <dt>{(ui.draft.label)(field)}</dt>
                        <dd>{filled(draft.get(field))}</dd>
                    }
                })
                .collect_view()
        };
        let resolved = basket.resolve(&catalog, lang);
        let providers = resolved
            .groups
            .iter()
            .map(|group| {
                let provider = catalog.provider(group.provider);
                let org = provider.and_then(|p| p.org_number.clone());
                let email = provider
                    .and_then(|p| p.contact.as_ref())
                    .and_then(|c| c.email.clone());
                let rows = group
                    .variables
                    .iter()
                    .filter_map(|&i| catalog.variables.get(i))
                    .map(|v| {
                        let period = draft.period_of(&v.id);
                        let period = match (period.from.trim(), period.to.trim()) {
                            ("", "") => ui.draft.not_filled.to_string(),
                            (from, to) => format!("{from}–{to}"),
                        };
                        view! {
                            <tr>
                                <td>
                                    <span lang=v
                                        .label
                                        .lang_attr(lang)>{v.label.get(lang).to_string()}</span>
                                    <br />
                                    <code>{v.name.clone()}</code>
                                </td>
                                <td>{filled(&draft.variable(&v.id).justification)}</td>
                                <td>{period}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="print-provider" data-provider=group.provider.to_string()>
                        <h2 class="ds-heading" data-size="sm">
                            {(ui.draft.to_provider)(group.name)}
                        </h2>
                        <p class="ds-paragraph">
                            {org.map(|o| format!("{}: {o}", ui.detail.org_number))}
                            {email.map(|e| format!(" · {}: {e}", ui.detail.contact))}
                        </p>
                        <p class="ds-paragraph">{(ui.draft.printed)(&today())}</p>
                        <dl class="print-fields">{fields()}</dl>
                        <table
                            class="ds-table print-table draft-table"
                            data-border="true"
                            data-size="sm"
                        >
                            <thead>
                                <tr>
                                    <th scope="col">{ui.browse.col_variable}</th>
                                    <th scope="col">{ui.draft.justification}</th>
                                    <th scope="col">{ui.draft.variable_period}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </section>
                }
            })
            .collect_view();
        view! { <div class="print-only print-draft">{providers}</div> }
    }
}
