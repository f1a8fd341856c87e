//! The publisher and its unit types as KUDAF YAML writes them, shared by
//! the catalogs of KUDAF files and by provider files, which name the
//! provider of the JSON files beside them in the same fields.

use crate::dialect::draft::{DraftPublisher, DraftUnitType, Spanned};
use crate::dialect::fields::{present, Fields, Reader};
use crate::syntax::tree::{Node, Value};
use catalog::{Contact, DataType};

/// The fields of a publisher.
pub const PUBLISHER: &[&str] = &["name", "description", "identifier", "type", "contactPoint"];
const CONTACT: &[&str] = &["fullname", "mbox", "landingPage"];
const UNIT_TYPE: &[&str] = &["shortName", "name", "description", "dataType"];

/// The publisher in the fields of a mapping that has the publisher fields
/// (`name`, `description`, `identifier`, `type`, `contactPoint`): a
/// catalog's `publisher`, or a provider file.
pub fn publisher_fields(r: &mut Reader, f: &Fields) -> DraftPublisher {
    let name = r.required_text(f, "name");
    let name = (!name.is_empty()).then(|| Spanned {
        value: name,
        loc: f.loc_of("name"),
    });
    let org_number = r.optional_string(f, "identifier").map(|s| s.value);
    let description = r.text_or_empty(f, "description");
    r.optional_string(f, "type");
    let contact = read_contacts(r, f, "contactPoint");
    DraftPublisher {
        id: None,
        name,
        org_number,
        description,
        contact,
    }
}

/// A contact point, or a list of them of which the first is kept.
pub fn read_contacts(r: &mut Reader, f: &Fields, key: &str) -> Option<Contact> {
    let node = present(f.get(key))?;
    let path = f.path(key);
    match &node.value {
        Value::Seq(items) => items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| read_contact(r, item, &format!("{path}[{i}]")))
            .reduce(|first, _| first),
        _ => read_contact(r, node, &path),
    }
}

fn read_contact(r: &mut Reader, node: &Node, path: &str) -> Option<Contact> {
    let f = r.fields(node, path, CONTACT)?;
    let email = r.optional_string(&f, "mbox").map(|s| {
        // DCAT writes e-mail addresses as mailto: URIs; the catalog keeps
        // the bare address.
        let value = s.value;
        match value.strip_prefix("mailto:") {
            Some(bare) => bare.to_owned(),
            None => value,
        }
    });
    Some(Contact {
        name: r.optional_string(&f, "fullname").map(|s| s.value),
        email,
        url: r.optional_string(&f, "landingPage").map(|s| s.value),
    })
}

/// The provider unit types in field `unitTypes` of `f`.
pub fn unit_types(r: &mut Reader, f: &Fields) -> Vec<DraftUnitType> {
    let Some((items, path)) = r.list(f, "unitTypes", false) else {
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| read_unit_type(r, item, &format!("{path}[{i}]")))
        .collect()
}

/// A provider unit type: `shortName`, `name`, `description`, `dataType`.
fn read_unit_type(r: &mut Reader, node: &Node, path: &str) -> Option<DraftUnitType> {
    let f = r.fields(node, path, UNIT_TYPE)?;
    let id = r.required_string(&f, "shortName");
    let label = r.required_text(&f, "name");
    let description = r.text_or_empty(&f, "description");
    r.vocab(
        &f,
        "dataType",
        false,
        &DataType::ALL.map(DataType::code),
        DataType::from_code,
    );
    Some(DraftUnitType {
        id,
        label,
        description,
    })
}
