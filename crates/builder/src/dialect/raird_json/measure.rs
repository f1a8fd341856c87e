//! A RAIRD variable's instance variables: the one measure, with its
//! represented variables merged into one value domain, and the unit type an
//! instance variable's `keyType` names (declaring it when it is not global).

use super::value_domain::{merge_domain, read_value_domain};
use super::{
    day, unit_types, Lang, DATA_TYPES, INSTANCE, KEY_TYPE, PERIOD, REPRESENTED, VALUE_DOMAIN,
};
use crate::dialect::draft::{DraftMeasure, DraftUnitType, DraftValueDomain, Spanned};
use crate::dialect::fields::{present, Fields, Reader};
use crate::dialect::suggest::did_you_mean;
use crate::syntax::tree::Node;
use catalog::{DataType, Text};

/// The one measure: `measureVariable` (RAIRD) or the one item of
/// `measureVariables` (kudaflib).
pub(super) fn measure_node<'n>(r: &mut Reader, f: &Fields<'n>) -> Option<(&'n Node<'n>, String)> {
    match present(f.get("measureVariable")) {
        Some(node) => Some((node, f.path("measureVariable"))),
        None if f.get("measureVariables").is_some() => r.only_item(f, "measureVariables"),
        None => {
            r.missing(f, "measureVariable");
            None
        }
    }
}

/// The unit type of an instance variable's `keyType`, declaring it when it
/// is not global.
pub(super) fn key_type(
    r: &mut Reader,
    f: &Fields,
    required: bool,
    lang: Lang,
    declared: &mut Vec<DraftUnitType>,
) -> Option<Spanned<String>> {
    if !f.has("keyType") {
        if required {
            r.missing(f, "keyType");
        }
        return None;
    }
    let key = r.sub_fields(f, "keyType", KEY_TYPE)?;
    let id = r.required_string(&key, "name")?;
    let label = lang.apply(r.text_or_empty(&key, "label"));
    let description = lang.apply(r.text_or_empty(&key, "description"));
    let known = unit_types::global().contains_key(&id.value)
        || declared
            .iter()
            .any(|u| u.id.as_ref().is_some_and(|d| d.value == id.value));
    if !known {
        // A keyType declares the unit type it names; one a letter away
        // from a global type is more likely a typo.
        if let Some(near) = did_you_mean(&id.value, &unit_types::global_ids()) {
            r.warning(
                id.loc.pos(),
                &id.loc.path,
                format!(
                    "declares the unit type \"{}\"; did you mean the global unit type \"{near}\"?",
                    id.value
                ),
            );
        }
        declared.push(DraftUnitType {
            id: Some(id.clone()),
            label: if label.is_empty() {
                Text::nb(&id.value)
            } else {
                label
            },
            description,
        });
    }
    Some(id)
}

fn data_type(code: &str) -> Option<DataType> {
    match code {
        "String" | "STRING" => Some(DataType::String),
        "Long" | "LONG" => Some(DataType::Long),
        "Double" | "DOUBLE" => Some(DataType::Double),
        "Instant" | "INSTANT" | "DATE" => Some(DataType::Date),
        "Boolean" | "BOOL" => Some(DataType::Bool),
        _ => None,
    }
}

pub(super) fn read_measure(
    r: &mut Reader,
    node: &Node,
    path: &str,
    lang: Lang,
    declared: &mut Vec<DraftUnitType>,
) -> Option<DraftMeasure> {
    let f = r.fields(node, path, INSTANCE)?;
    let label = lang.apply(r.required_text(&f, "label"));
    let link_to = key_type(r, &f, false, lang, declared);
    let data_type = r.vocab(&f, "dataType", false, &DATA_TYPES, data_type);
    let format = r.optional_string(&f, "format").map(|s| s.value);
    let uri_definition = r.strings(&f, "uriDefinition");
    let mut description = Text::default();
    let mut value_domain: Option<DraftValueDomain> = None;
    if let Some((items, list_path)) = r.list(&f, "representedVariables", true) {
        if items.is_empty() {
            r.error(
                f.loc_of("representedVariables").pos(),
                &list_path,
                "must not be empty",
            );
        }
        for (i, item) in items.iter().enumerate() {
            let Some(rep) = r.fields(item, &format!("{list_path}[{i}]"), REPRESENTED) else {
                continue;
            };
            let text = lang.apply(r.required_text(&rep, "description"));
            if description.is_empty() {
                description = text;
            }
            let period = r
                .sub_fields(&rep, "validPeriod", PERIOD)
                .map(|p| (day(r, &p, "start"), day(r, &p, "stop")));
            if let Some(domain) = r.sub_fields(&rep, "valueDomain", VALUE_DOMAIN) {
                let read = read_value_domain(r, &domain, period.unwrap_or((None, None)), lang);
                merge_domain(&mut value_domain, read);
            }
        }
    }
    // A link variable's values identify units; RAIRD gives it a data type
    // and a placeholder domain, which the catalog does not show.
    let is_link = link_to.is_some();
    Some(DraftMeasure {
        loc: f.loc(),
        label,
        description,
        data_type: data_type.filter(|_| !is_link).map(|value| Spanned {
            value,
            loc: f.loc_of("dataType"),
        }),
        format,
        uri_definition,
        link_to,
        value_domain: value_domain.filter(|_| !is_link),
    })
}
