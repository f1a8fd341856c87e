//! The applicant's and the project's fields of the draft.

use super::checklist::field_error;
use super::field::{DraftInput, Kind};
use crate::{i18n, state::use_lang};
use catalog::{Catalog, Checklist, Draft, DraftEdit, DraftField, FieldId, Lang};
use leptos::prelude::*;
use std::sync::Arc;

/// The field whose [`DraftField::key`] is `key`.
fn field_of(key: &str) -> Option<DraftField> {
    DraftField::ALL.into_iter().find(|f| f.key() == key)
}

fn value(draft: &Draft, key: &str) -> String {
    field_of(key)
        .map(|f| draft.get(f).to_string())
        .unwrap_or_default()
}

fn edit(key: &str, text: String) -> DraftEdit {
    // Every key comes from `DraftField::ALL`, so the fallback is never used.
    DraftEdit::Field(field_of(key).unwrap_or(DraftField::Title), text)
}

/// How each field is entered.
fn kind(field: DraftField) -> Kind {
    match field {
        DraftField::Email => Kind::Email,
        DraftField::PeriodFrom | DraftField::PeriodTo => Kind::Year,
        DraftField::Purpose
        | DraftField::LegalBasis
        | DraftField::Population
        | DraftField::Sample => Kind::Area,
        _ => Kind::Line,
    }
}

/// The inputs of `fields` in a fieldset with a legend.
#[component]
pub fn ProjectFields(
    /// The loaded catalog, for messages naming variables.
    catalog: Arc<Catalog>,
    /// The draft's checklist.
    checklist: Memo<Checklist>,
    /// The fieldset's legend.
    legend: fn(Lang) -> &'static str,
    /// The fields, in form order.
    fields: &'static [DraftField],
) -> impl IntoView {
    let lang = use_lang();
    let inputs = fields
        .iter()
        .map(|&field| {
            let catalog = catalog.clone();
            let id = FieldId::Draft(field);
            let dom_id = id.dom_id();
            let error = Signal::derive(move || {
                checklist.with(|c| field_error(c, &id, &catalog, lang.get()))
            });
            view! {
                <DraftInput
                    id=dom_id
                    label=Signal::derive(move || {
                        (i18n::ui(lang.get()).draft.label)(field).to_string()
                    })
                    help=Signal::derive(move || {
                        (i18n::ui(lang.get()).draft.help)(field).map(str::to_string)
                    })
                    required=field == DraftField::Purpose
                    kind=kind(field)
                    value=value
                    key=field.key()
                    edit=edit
                    error
                />
            }
        })
        .collect_view();
    view! {
        <fieldset class="ds-fieldset draft-fieldset">
            <legend class="ds-heading" data-size="xs">
                {move || legend(lang.get())}
            </legend>
            {inputs}
        </fieldset>
    }
}
