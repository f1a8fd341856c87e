//! The allowed values of a measure.

use super::{fact, facts, CodeList};
use crate::{i18n, ui::SafeLink};
use catalog::{Lang, ValueDomain};
use leptos::prelude::*;

/// A described domain as facts, an enumerated one as a code table.
#[component]
pub fn ValueDomainView(
    /// The value domain.
    domain: ValueDomain,
    /// The language to show text in.
    lang: Lang,
) -> impl IntoView {
    let ui = i18n::ui(lang);
    match domain {
        ValueDomain::Enumerated { codes, missing } => {
            view! { <CodeList codes missing lang /> }.into_any()
        }
        ValueDomain::Described {
            description,
            measurement_type,
            unit,
            uri_definition,
        } => facts((
            (!description.is_empty())
                .then(|| fact(ui.detail.description, super::clipped(description.get(lang)))),
            measurement_type.map(|m| fact(ui.detail.measurement_type, m.label(lang))),
            unit.map(|u| fact(ui.detail.unit, u.get(lang).to_string())),
            (!uri_definition.is_empty()).then(|| {
                fact(
                    ui.detail.definition,
                    uri_definition
                        .into_iter()
                        .map(|url| view! { <SafeLink url /> })
                        .collect_view(),
                )
            }),
        ))
        .into_any(),
    }
}
