//! The microdata-tools dialect: one variable per JSON file, named by the
//! file (`NAME.json` or `NAME/NAME.json`), checked as microdata-tools'
//! published model and metadata reader check it (`docs/metadata-json.md`).
//!
//! Unlike KUDAF YAML, texts must be lists of `{languageCode, value}`,
//! unknown fields are errors, `dataRevision` and `subjectFields` are
//! required, and codes must have the JSON type of the measure's data type
//! (numbers for LONG, strings for STRING).

use crate::draft::{
    DraftCode, DraftDescribed, DraftMeasure, DraftPublisher, DraftRevision, DraftSentinel,
    DraftSource, DraftTemporalEnd, DraftValueDomain, DraftVariable, Loc, Spanned,
};
use crate::fields::{present, Fields, Reader};
use crate::provider::{no_provider, Context};
use crate::tree::{Node, Value};
use crate::Problem;
use catalog::{DataType, Text};
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
const REVISION: &[&str] = &["description", "temporalEnd"];
const TEMPORAL_END: &[&str] = &["description", "successors"];
const IDENTIFIER: &[&str] = &["unitType"];
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
const CODE: &[&str] = &["code", "categoryTitle", "validFrom", "validUntil"];
const SENTINEL: &[&str] = &["code", "categoryTitle"];
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
    provider: Result<Context, String>,
) -> (DraftSource, Vec<Problem>) {
    let mut r = Reader::new(file);
    r.strict = true;
    let (id, visible) = match provider {
        Ok(context) => (Some(context.id), context.unit_types),
        Err(why) => {
            r.problems.push(no_provider(file, &why));
            (None, Vec::new())
        }
    };
    r.provider.clone_from(&id);
    let variable = r.fields(root, "", ROOT).map(|f| read_variable(&mut r, &f));
    let publisher = DraftPublisher {
        id,
        ..DraftPublisher::default()
    };
    let loc = Loc::at(root.pos, "");
    let variables = variable.into_iter().collect();
    let source = DraftSource::of_variables(file, loc, publisher, Vec::new(), variables, visible);
    (source, r.problems)
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

fn read_variable(r: &mut Reader, f: &Fields) -> DraftVariable {
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
    let temporality = r.temporality(f, "temporalityType");
    let sensitivity = r.sensitivity(f);
    let population = multilingual(r, f, "populationDescription", true);
    let spatial_coverage =
        Some(multilingual(r, f, "spatialCoverageDescription", false)).filter(|t| !t.is_empty());
    let subject_fields = subject_fields(r, f);
    let revision = read_revision(r, f);
    let identifier = r
        .only_item(f, "identifierVariables")
        .and_then(|(item, path)| r.fields(item, &path, IDENTIFIER))
        .and_then(|id| r.required_string(&id, "unitType"));
    let measure = r
        .only_item(f, "measureVariables")
        .and_then(|(item, path)| read_measure(r, item, &path));
    DraftVariable {
        loc: f.loc(),
        name,
        temporality,
        sensitivity,
        population,
        spatial_coverage,
        subject_fields,
        start: None,
        stop: None,
        updated: None,
        revision,
        identifier,
        measure,
    }
}

/// A multilingual text, which microdata-tools requires to be a non-empty
/// list of `{languageCode, value}`.
fn multilingual(r: &mut Reader, f: &Fields, key: &str, required: bool) -> Text {
    let Some(node) = present(f.get(key)) else {
        if required {
            r.missing(f, key);
        }
        return Text::default();
    };
    if !is_language_list(r, node, &f.path(key)) {
        return Text::default();
    }
    if required {
        r.required_text(f, key)
    } else {
        r.text_or_empty(f, key)
    }
}

/// Reports a text that is not a list of `{languageCode, value}`.
fn is_language_list(r: &mut Reader, node: &Node, path: &str) -> bool {
    const EXPECTED: &str = "a list of {languageCode, value}";
    match &node.value {
        Value::Seq(items) => match items
            .iter()
            .enumerate()
            .find(|(_, i)| !matches!(i.value, Value::Map(_)))
        {
            None => true,
            Some((i, item)) => {
                r.wrong_kind(item, &format!("{path}[{i}]"), "{languageCode, value}");
                false
            }
        },
        _ => {
            r.wrong_kind(node, path, EXPECTED);
            false
        }
    }
}

/// `subjectFields`: a non-empty list of multilingual texts.
fn subject_fields(r: &mut Reader, f: &Fields) -> Vec<Text> {
    let Some((items, path)) = r.list(f, "subjectFields", true) else {
        return Vec::new();
    };
    if items.is_empty() {
        r.error(f.loc_of("subjectFields").pos(), &path, "must not be empty");
    }
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let item_path = format!("{path}[{i}]");
            if !is_language_list(r, item, &item_path) {
                return None;
            }
            let text = r.text_at(item, &item_path);
            if text.is_empty() {
                r.error(item.pos, &item_path, "must not be empty");
            }
            Some(text).filter(|t| !t.is_empty())
        })
        .collect()
}

fn read_revision(r: &mut Reader, f: &Fields) -> Option<DraftRevision> {
    if !f.has("dataRevision") {
        r.missing(f, "dataRevision");
        return None;
    }
    let revision = r.sub_fields(f, "dataRevision", REVISION)?;
    let description = multilingual(r, &revision, "description", true);
    let temporal_end = r
        .sub_fields(&revision, "temporalEnd", TEMPORAL_END)
        .map(|end| {
            let description = multilingual(r, &end, "description", true);
            let successors = r.string_list(&end, "successors");
            if end
                .get("successors")
                .is_some_and(|n| n.value == Value::Seq(Vec::new()))
            {
                r.error(
                    end.loc_of("successors").pos(),
                    &end.path("successors"),
                    "must not be empty; leave it out when there is no successor",
                );
            }
            DraftTemporalEnd {
                description,
                successors,
            }
        });
    Some(DraftRevision {
        description,
        temporal_end,
    })
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
    let value_domain = r
        .sub_fields(&f, "valueDomain", VALUE_DOMAIN)
        .map(|domain| read_value_domain(r, &domain, data_type.as_ref().map(|d| d.value)));
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

fn read_value_domain(r: &mut Reader, f: &Fields, data_type: Option<DataType>) -> DraftValueDomain {
    let codes = r.items(f, "codeList", CODE, |r, item| DraftCode {
        code: code(r, item, data_type),
        title: multilingual(r, item, "categoryTitle", true),
        valid_from: r.date(item, "validFrom", true),
        valid_until: r.date(item, "validUntil", false),
    });
    if let (Some(codes), Some(data_type)) = (&codes, data_type) {
        if !matches!(data_type, DataType::String | DataType::Long) {
            r.error(
                codes.loc.pos(),
                &codes.loc.path,
                format!(
                    "a code list needs the measure's dataType to be STRING or LONG, not {}",
                    data_type.code()
                ),
            );
        }
    }
    let sentinels = r.items(f, "sentinelAndMissingValues", SENTINEL, |r, item| {
        DraftSentinel {
            code: code(r, item, data_type),
            title: multilingual(r, item, "categoryTitle", true),
        }
    });
    let first_described = f.first_of(&[
        "description",
        "measurementType",
        "measurementUnitDescription",
    ]);
    let described = first_described.map(|loc| Spanned {
        value: DraftDescribed {
            description: multilingual(r, f, "description", codes.is_none()),
            measurement_type: r.measurement_type(f),
            unit: Some(multilingual(r, f, "measurementUnitDescription", false))
                .filter(|t| !t.is_empty()),
            uri_definition: r.strings(f, "uriDefinition"),
        },
        loc,
    });
    DraftValueDomain {
        loc: f.loc(),
        codes,
        sentinels,
        described,
    }
}

/// A code: text or a whole number, of the JSON type the data type needs.
fn code(r: &mut Reader, f: &Fields, data_type: Option<DataType>) -> Option<Spanned<String>> {
    let node = present(f.get("code"));
    let path = f.path("code");
    let (text, is_number) = match node.map(|n| &n.value) {
        None => {
            r.missing(f, "code");
            return None;
        }
        Some(Value::Number(n)) => (n.clone(), true),
        Some(Value::Scalar(s)) if s.is_empty() => {
            r.error(f.loc_of("code").pos(), &path, "must not be empty");
            return None;
        }
        Some(Value::Scalar(s)) => (s.clone(), false),
        Some(_) => {
            if let Some(node) = node {
                r.wrong_kind(node, &path, "text or a number");
            }
            return None;
        }
    };
    let line = f.loc_of("code").pos();
    match (data_type, is_number) {
        (Some(DataType::Long), false) => r.error(
            line,
            &path,
            format!("\"{text}\" is text, but the measure's dataType is LONG; write the code as a number, without quotes"),
        ),
        (Some(DataType::String), true) => r.error(
            line,
            &path,
            format!("{text} is a number, but the measure's dataType is STRING; write the code in double quotes"),
        ),
        _ => {}
    }
    Some(Spanned {
        value: text,
        loc: f.loc_of("code"),
    })
}
