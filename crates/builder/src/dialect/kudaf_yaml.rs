//! The KUDAF provider YAML dialect (kudaflib's `config.yaml` form), read
//! into the dialect-neutral [draft](crate::dialect::draft).
//!
//! The field names and which of them are required are this dialect's; the
//! checking itself is done by the shared helpers in [`crate::dialect::fields`] and
//! [`crate::dialect::text`]. `docs/provider-yaml.md` describes the dialect.

mod variable;

use crate::dialect::draft::{DraftCatalog, DraftDataset, DraftPublisher, DraftSource};
use crate::dialect::fields::{present, Fields, Reader};
use crate::dialect::publisher::{publisher_fields, read_contacts, unit_types, PUBLISHER};
use crate::syntax::problem::Problem;
use crate::syntax::tree::{Node, Value};

const ROOT: &[&str] = &["catalogs"];
const CATALOG: &[&str] = &[
    "title",
    "description",
    "publisher",
    "contactPoint",
    "theme",
    "unitTypes",
    "datasets",
];
const DATASET: &[&str] = &[
    "identifier",
    "title",
    "description",
    "publisher",
    "contactPoint",
    "spatial",
    "theme",
    "keyword",
    "variables",
];

/// Reads the tree of a file in this dialect (YAML, or JSON of the same
/// shape).
///
/// Always returns a draft, with whatever could be read, and every problem
/// found on the way, so that the rules in [`crate::check::validate`] still run on
/// the rest.
pub fn read_tree(file: &str, root: &Node) -> (DraftSource, Vec<Problem>) {
    let mut draft = empty(file);
    let mut r = Reader::new(file);
    if root.value == Value::Null {
        r.error(root.pos, "catalogs", "is missing (the file has no content)");
    } else if let Some(f) = r.fields(root, "", ROOT) {
        if let Some((items, path)) = r.list(&f, "catalogs", true) {
            if items.is_empty() {
                r.error(f.loc_of("catalogs").pos(), &path, "must not be empty");
            }
            for (i, item) in items.iter().enumerate() {
                if let Some(catalog) = read_catalog(&mut r, item, &format!("{path}[{i}]")) {
                    draft.catalogs.push(catalog);
                }
            }
        }
    }
    (draft, r.problems)
}

fn empty(file: &str) -> DraftSource {
    DraftSource {
        file: file.to_owned(),
        ..DraftSource::default()
    }
}

fn read_catalog(r: &mut Reader, node: &Node, path: &str) -> Option<DraftCatalog> {
    // Problems in one catalog belong to its publisher. The publisher is
    // read first; the few problems found before its name is known are
    // attributed once it is.
    r.provider = None;
    let first_problem = r.problems.len();
    let f = r.fields(node, path, CATALOG)?;
    let publisher = read_publisher(r, &f);
    r.set_provider(publisher.provider_id(), first_problem);
    r.optional_text(&f, "title");
    r.optional_text(&f, "description");
    let catalog_contact = read_contacts(r, &f, "contactPoint");
    r.string_list(&f, "theme");
    let publisher = DraftPublisher {
        contact: publisher.contact.or(catalog_contact),
        ..publisher
    };
    let unit_types = unit_types(r, &f);
    let datasets = r
        .list(&f, "datasets", true)
        .map(|(items, path)| {
            items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| read_dataset(r, item, &format!("{path}[{i}]")))
                .collect()
        })
        .unwrap_or_default();
    Some(DraftCatalog {
        loc: f.loc(),
        publisher,
        unit_types,
        datasets,
    })
}

fn read_publisher(r: &mut Reader, catalog: &Fields) -> DraftPublisher {
    let Some(node) = present(catalog.get("publisher")) else {
        r.missing(catalog, "publisher");
        return DraftPublisher::default();
    };
    match r.fields(node, &catalog.path("publisher"), PUBLISHER) {
        Some(f) => publisher_fields(r, &f),
        None => DraftPublisher::default(),
    }
}

fn read_dataset(r: &mut Reader, node: &Node, path: &str) -> Option<DraftDataset> {
    let f = r.fields(node, path, DATASET)?;
    let id = r.required_string(&f, "identifier");
    let title = r.required_text(&f, "title");
    let description = r.text_or_empty(&f, "description");
    if let Some(publisher) = r.sub_fields(&f, "publisher", PUBLISHER) {
        // A dataset's own publisher is checked but not used: the provider
        // is the catalog's publisher.
        r.optional_text(&publisher, "name");
        r.optional_text(&publisher, "description");
        r.optional_string(&publisher, "identifier");
        r.optional_string(&publisher, "type");
        read_contacts(r, &publisher, "contactPoint");
    }
    read_contacts(r, &f, "contactPoint");
    r.optional_text(&f, "spatial");
    r.string_list(&f, "theme");
    let keywords = r.text_list(&f, "keyword");
    let variables = r
        .list(&f, "variables", true)
        .map(|(items, path)| {
            items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| variable::read(r, item, &format!("{path}[{i}]")))
                .collect()
        })
        .unwrap_or_default();
    Some(DraftDataset {
        loc: f.loc(),
        id,
        title,
        description,
        keywords,
        variables,
    })
}
