//! What a result row shows of one variable, in one language.

use catalog::{unit_type_label, Catalog, Highlighted, Highlighter, Lang, Variable};
use leptos::prelude::*;

/// What a row shows of one variable, in one language. Names are looked
/// up by id so a dangling reference shows the raw id instead of failing.
/// Each metadata text carries the `lang` attribute it needs when it is
/// not in the UI language (a Norwegian-only description in English).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RowText {
    /// The variable's id.
    pub id: String,
    /// Its label.
    pub label: String,
    /// The label's `lang` attribute, when it is not the UI's language.
    pub label_lang: Option<&'static str>,
    /// Its technical name.
    pub name: String,
    /// Its description.
    pub description: String,
    /// The description's `lang` attribute.
    pub description_lang: Option<&'static str>,
    /// Its provider's name (or id when the catalog has no such provider).
    pub provider: String,
    /// The provider's id, for the link to its page.
    pub provider_id: String,
    /// The provider name's `lang` attribute.
    pub provider_lang: Option<&'static str>,
    /// Its unit types' labels, joined.
    pub unit_types: String,
    /// Whether anyone may use it.
    pub open: bool,
    /// Its access as a short label.
    pub access: &'static str,
}

impl RowText {
    /// The row text of `variable` in `lang`.
    pub fn new(catalog: &Catalog, variable: &Variable, lang: Lang) -> RowText {
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
            provider_id: variable.provider.clone(),
            provider_lang,
            unit_types,
            open: variable.sensitivity.is_open(),
            access: variable.sensitivity.access_label(lang),
        }
    }
}

/// One field of the row with the current search's matches marked, redrawn
/// only when the text or its matches change.
pub fn marked_memo(
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
