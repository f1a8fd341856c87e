//! The draft's checklist: what is missing, each line a link that moves
//! the focus to the field that fixes it, and an honest "ready" line.

use crate::state::use_ui;
use crate::{i18n, state::use_lang};
use catalog::{Catalog, CheckItem, Checklist, FieldId, Lang, PeriodEnd, Problem, Severity};
use leptos::prelude::*;
use std::sync::Arc;

/// The checklist in a polite live region, so a screen reader hears what
/// changed as the user types, without losing the focus.
#[component]
pub fn ChecklistView(
    /// The loaded catalog, for the variables' labels.
    catalog: Arc<Catalog>,
    /// The checklist, derived from the draft and the basket.
    checklist: Memo<Checklist>,
) -> impl IntoView {
    let ui = use_ui();
    let lang = use_lang();
    let status = move || {
        checklist.with(|c| {
            let ui = ui.get();
            let missing = c.required().count();
            if missing == 0 {
                ui.draft.ready.to_string()
            } else {
                (ui.draft.not_ready)(missing)
            }
        })
    };
    let ready = move || checklist.with(Checklist::ready);
    let list = move |severity: Severity| {
        let catalog = catalog.clone();
        move || {
            let lang = lang.get();
            let items = checklist.with(|c| {
                c.items
                    .iter()
                    .filter(|i| i.severity == severity)
                    .map(|item| line(item, &catalog, lang))
                    .collect::<Vec<_>>()
            });
            (!items.is_empty()).then(|| {
                let heading = (severity == Severity::Advice).then(|| {
                    view! {
                        <h3 class="ds-heading" data-size="2xs">
                            {i18n::ui(lang).draft.advice_heading}
                        </h3>
                    }
                });
                view! {
                    {heading}
                    <ul class="checklist__list" data-severity=format!("{severity:?}")>
                        {items}
                    </ul>
                }
            })
        }
    };
    view! {
        <section class="checklist no-print" aria-labelledby="checklist-heading">
            <h2 class="ds-heading" data-size="xs" id="checklist-heading">
                {move || ui.get().draft.checklist_heading}
            </h2>
            <div aria-live="polite" class="checklist__live">
                <p
                    class="ds-alert checklist__status"
                    data-color=move || if ready() { "success" } else { "warning" }
                    data-ready=move || ready().to_string()
                >
                    {status}
                </p>
                {list(Severity::Required)}
                {list(Severity::Advice)}
            </div>
        </section>
    }
}

/// The message of `item`, naming the variables it is about.
pub fn message(item: &CheckItem, catalog: &Catalog, lang: Lang) -> String {
    let label = |id: &str| {
        catalog
            .variables
            .iter()
            .find(|v| v.id == id)
            .map(|v| v.label.get(lang).to_string())
            .unwrap_or_else(|| id.to_string())
    };
    let names = match (&item.problem, &item.field) {
        (Problem::JustificationsMissing { ids }, _) | (Problem::NotInCatalog { ids }, _) => ids
            .iter()
            .map(|id| label(id))
            .collect::<Vec<_>>()
            .join(", "),
        (Problem::IdentifierMissing { candidates, .. }, _) => candidates
            .iter()
            .map(|id| label(id))
            .collect::<Vec<_>>()
            .join(", "),
        (_, FieldId::VariablePeriod(id, _)) | (_, FieldId::Justification(id)) => label(id),
        (_, FieldId::Draft(field)) => (i18n::ui(lang).draft.label)(*field).to_string(),
        _ => String::new(),
    };
    // The unit type by its label ("Foretak"), not its id ("FORETAK").
    let problem = match &item.problem {
        Problem::IdentifierMissing {
            unit_type,
            candidates,
        } => Problem::IdentifierMissing {
            unit_type: catalog::unit_type_label(catalog, unit_type, lang).to_string(),
            candidates: candidates.clone(),
        },
        other => other.clone(),
    };
    (i18n::ui(lang).draft.problem)(&problem, &names)
}

/// The message for one field, when the checklist has one: an item whose
/// field it is, or a missing justification among several.
pub fn field_error(
    checklist: &Checklist,
    field: &FieldId,
    catalog: &Catalog,
    lang: Lang,
) -> Option<String> {
    checklist
        .items
        .iter()
        .find_map(|item| match (&item.problem, field) {
            (Problem::JustificationsMissing { ids }, FieldId::Justification(id)) => ids
                .contains(id)
                .then(|| i18n::ui(lang).draft.justification_missing.to_string()),
            (
                Problem::Empty(_)
                | Problem::IdentifierMissing { .. }
                | Problem::NotInCatalog { .. },
                _,
            ) => None,
            _ => (&item.field == field).then(|| message(item, catalog, lang)),
        })
}

/// One line: a link to the field, or for missing justifications a link
/// per variable.
fn line(item: &CheckItem, catalog: &Catalog, lang: Lang) -> impl IntoView {
    let text = message(item, catalog, lang);
    let fields: Vec<FieldId> = match &item.problem {
        Problem::JustificationsMissing { ids } => ids
            .iter()
            .map(|id| FieldId::Justification(id.clone()))
            .collect(),
        _ => vec![item.field.clone()],
    };
    if fields.len() == 1 {
        return view! { <li data-problem=item.problem.code()>{focus_link(&fields[0], text)}</li> }
            .into_any();
    }
    let ui = i18n::ui(lang);
    let links = fields
        .iter()
        .map(|field| {
            let name = match field {
                FieldId::Justification(id) | FieldId::VariablePeriod(id, PeriodEnd::From) => {
                    catalog
                        .variables
                        .iter()
                        .find(|v| &v.id == id)
                        .map(|v| v.label.get(lang).to_string())
                        .unwrap_or_else(|| id.clone())
                }
                _ => ui.draft.justification.to_string(),
            };
            view! { <li>{focus_link(field, name)}</li> }
        })
        .collect_view();
    let count = (ui.draft.problem)(&item.problem, "");
    let count = count.trim_end_matches([':', ' ']).to_string();
    view! { <li data-problem=item.problem.code()>{count} <ul>{links}</ul></li> }.into_any()
}

/// A link that moves the focus to the field's input (and scrolls to it)
/// without touching the URL, which only `state/url.rs` changes.
fn focus_link(field: &FieldId, text: String) -> impl IntoView {
    let id = field.dom_id();
    let href = format!("#{id}");
    view! {
        <a
            class="ds-link"
            href=href
            data-field=id.clone()
            on:click=move |ev| {
                ev.prevent_default();
                if let Some(el) = document().get_element_by_id(&id) {
                    el.scroll_into_view();
                    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                        let _ = el.focus();
                    }
                }
            }
        >
            {text}
        </a>
    }
}
