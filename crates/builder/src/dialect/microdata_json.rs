//! The microdata-tools dialect: one variable per JSON file, named by the
//! file (`NAME.json` or `NAME/NAME.json`), checked as microdata-tools'
//! published model and metadata reader check it (`docs/metadata-json.md`).
//!
//! Unlike KUDAF YAML, texts must be lists of `{languageCode, value}`,
//! unknown fields are errors, `dataRevision` and `subjectFields` are
//! required, and codes must have the JSON type of the measure's data type
//! (numbers for LONG, strings for STRING).

use crate::dialect::draft::{
    DraftMeasure, DraftPublisher, DraftSource, DraftVariable, Loc, Spanned,
};
use crate::dialect::fields::{Fields, Reader};
use crate::dialect::microdata_fields::multilingual;
use crate::dialect::model::{read_value_domain, read_variable, Style};
use crate::dialect::provider::{no_provider, Context, NoProvider};
use crate::dialect::unit_types;
use crate::syntax::problem::Problem;
use crate::syntax::tree::{Node, Value};
use catalog::DataType;
use std::path::Path;

const ROOT: &[&str] = &[
    "temporalityType",
    "sensitivityLevel",
    "populationDescription",
    "spatialCoverageDescription",
    "subjectFields",
    "dataRevision",
    "identifierVariables",
    "measureVariables",
];
const MEASURE: &[&str] = &[
    "unitType",
    "name",
    "description",
    "dataType",
    "uriDefinition",
    "format",
    "valueDomain",
];
const VALUE_DOMAIN: &[&str] = &[
    "description",
    "measurementType",
    "measurementUnitDescription",
    "uriDefinition",
    "codeList",
    "sentinelAndMissingValues",
];
/// microdata-tools' data types: KUDAF's BOOL is not one of them.
const DATA_TYPES: [&str; 4] = ["STRING", "LONG", "DATE", "DOUBLE"];

/// True when a JSON tree looks like a microdata-tools variable: a mapping
/// with any of its top-level fields.
pub fn looks_like(root: &Node) -> bool {
    match &root.value {
        Value::Map(entries) => entries.iter().any(|e| ROOT.contains(&&*e.key)),
        _ => false,
    }
}

/// Reads the variable in `file`, whose provider is `provider` (or why it
/// has none).
pub fn read(
    file: &str,
    root: &Node,
    provider: Result<Context, NoProvider>,
) -> (DraftSource, Vec<Problem>) {
    let mut r = Reader::new(file);
    r.strict = true;
    let (id, visible) = match provider {
        Ok(context) => (Some(context.id), context.unit_types),
        Err(why) => {
            r.problems.push(no_provider(file, &why.to_string()));
            (None, Vec::new())
        }
    };
    r.provider.clone_from(&id);
    let variable = r
        .fields(root, "", ROOT)
        .map(|f| read_file_variable(&mut r, &f));
    if let Some(variable) = &variable {
        warn_kudaf_unit_types(&mut r, variable);
    }
    let publisher = DraftPublisher {
        id,
        ..DraftPublisher::default()
    };
    let loc = Loc::at(root.pos, "");
    let variables = variable.into_iter().collect();
    let source = DraftSource::of_variables(file, loc, publisher, Vec::new(), variables, visible);
    (source, r.problems)
}

/// Warns about the unit types KUDAF adds to microdata's list: the catalog
/// takes them, but microdata.no, which reads the same files, does not know
/// them.
fn warn_kudaf_unit_types(r: &mut Reader, variable: &DraftVariable) {
    let link = variable.measure.as_ref().and_then(|m| m.link_to.as_ref());
    for id in variable.identifier.iter().chain(link) {
        if unit_types::KUDAF_ADDED.contains(&id.value.as_str()) {
            r.warning(
                id.loc.pos(),
                &id.loc.path,
                format!(
                    "\"{}\" is a unit type KUDAF adds to microdata's list; the catalog takes it, but microdata.no will refuse it",
                    id.value
                ),
            );
        }
    }
}

/// The variable name: the file name without `.json`.
fn name_of(file: &str) -> Option<String> {
    let stem = Path::new(file).file_stem()?.to_str()?.trim();
    (!stem.is_empty()).then(|| stem.to_owned())
}

/// microdata-tools' rule for dataset names: uppercase ASCII letters,
/// digits and `_`, not starting with a digit or `_`.
fn is_dataset_name(name: &str) -> bool {
    name.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

/// The variable of a file, named by the file.
fn read_file_variable(r: &mut Reader, f: &Fields) -> DraftVariable {
    let name = name_of(r.file()).map(|value| Spanned {
        value,
        loc: Loc {
            line: 1,
            column: 0,
            path: "(the file name)".to_owned(),
        },
    });
    if let Some(name) = name.as_ref().filter(|n| !is_dataset_name(&n.value)) {
        r.error(
            name.loc.pos(),
            &name.loc.path,
            format!(
                "\"{}\" is not a microdata-tools variable name: use A-Z, 0-9 and _, starting with a letter",
                name.value
            ),
        );
    }
    read_variable(r, f, Style::Microdata, name, read_measure)
}

fn read_measure(r: &mut Reader, node: &Node, path: &str) -> Option<DraftMeasure> {
    let f = r.fields(node, path, MEASURE)?;
    let label = multilingual(r, &f, "name", true);
    let description = multilingual(r, &f, "description", true);
    let link_to = r.optional_string(&f, "unitType");
    let required = link_to.is_none();
    let data_type = r
        .vocab(&f, "dataType", required, &DATA_TYPES, |c| {
            DataType::from_code(c).filter(|d| *d != DataType::Bool)
        })
        .map(|value| Spanned {
            value,
            loc: f.loc_of("dataType"),
        });
    if required && !f.has("valueDomain") {
        r.error(
            f.loc().pos(),
            &f.path("valueDomain"),
            "is missing; a measure without unitType needs one",
        );
    }
    let format = r.optional_string(&f, "format").map(|s| s.value);
    let uri_definition = r.strings(&f, "uriDefinition");
    let value_domain = r.sub_fields(&f, "valueDomain", VALUE_DOMAIN).map(|domain| {
        read_value_domain(
            r,
            &domain,
            Style::Microdata,
            data_type.as_ref().map(|d| d.value),
        )
    });
    Some(DraftMeasure {
        loc: f.loc(),
        label,
        description,
        data_type,
        format,
        uri_definition,
        link_to,
        value_domain,
    })
}
