//! The generated dialect: RAIRD "metadata-all" JSON, as microdata's
//! metadata service publishes it (`dataStore` and `dataStructures`), and
//! kudaflib's `variables_metadata.json` (a list of variables of the same
//! shape). `docs/metadata-json.md` describes both.
//!
//! These files are generated, and their generators add fields over time,
//! so unknown fields are warnings here. Dates are days since 1970-01-01;
//! code lists are `{code, category}` per `representedVariables` period,
//! with `missingValues` as plain codes.

mod measure;
mod value_domain;

use super::unit_types;
use crate::dialect::date::Date;
use crate::dialect::draft::{
    DraftPublisher, DraftRevision, DraftSource, DraftTemporalEnd, DraftUnitType, DraftVariable,
    Loc, Spanned,
};
use crate::dialect::fields::{present, Fields, Reader};
use crate::dialect::provider::{no_provider, Context, NoProvider};
use crate::syntax::problem::Problem;
use crate::syntax::tree::{Node, Value};
use catalog::{Sensitivity, Text};
use measure::{key_type, measure_node, read_measure};

const ROOT: &[&str] = &["dataStore", "dataStructures", "languages"];
const DATA_STORE: &[&str] = &["name", "label", "description", "languageCode"];
/// The fields of a data structure (RAIRD) and of a kudaflib variable,
/// which differ in a few names (`temporality`, `measureVariable`).
const STRUCTURE: &[&str] = &[
    "name",
    "temporality",
    "temporalityType",
    "languageCode",
    "sensitivityLevel",
    "populationDescription",
    "spatialCoverageDescription",
    "subjectFields",
    "temporalCoverage",
    "temporalStatusDates",
    "updatedAt",
    "dataRevision",
    "dataRetrievalUrl",
    "identifierVariables",
    "measureVariable",
    "measureVariables",
    "attributeVariables",
];
const PERIOD: &[&str] = &["start", "stop"];
const REVISION: &[&str] = &["description", "temporalEndOfSeries"];
const INSTANCE: &[&str] = &[
    "name",
    "label",
    "variableRole",
    "dataType",
    "format",
    "keyType",
    "uriDefinition",
    "notPseudonym",
    "representedVariables",
];
const KEY_TYPE: &[&str] = &["name", "label", "description"];
const REPRESENTED: &[&str] = &["description", "validPeriod", "valueDomain"];
const VALUE_DOMAIN: &[&str] = &[
    "description",
    "unitOfMeasure",
    "measurementType",
    "measurementUnitDescription",
    "uriDefinition",
    "codeList",
    "missingValues",
    "sentinelAndMissingValues",
];
const CODE: &[&str] = &[
    "code",
    "category",
    "categoryTitle",
    "validFrom",
    "validUntil",
];
const SENTINEL: &[&str] = &["code", "categoryTitle"];
/// RAIRD writes data types in Sikt's form (`Long`), kudaflib in KUDAF's
/// (`LONG`); both are read.
const DATA_TYPES: [&str; 11] = [
    "String", "Long", "Double", "Instant", "Boolean", "STRING", "LONG", "DOUBLE", "DATE", "BOOL",
    "INSTANT",
];

/// True when a JSON tree is metadata-all (a mapping with `dataStore` or
/// `dataStructures`) or a kudaflib variable list (a list whose first item
/// has `identifierVariables`).
pub fn looks_like(root: &Node) -> bool {
    match &root.value {
        Value::Map(entries) => entries
            .iter()
            .any(|e| matches!(&*e.key, "dataStore" | "dataStructures")),
        Value::Seq(items) => items.first().is_some_and(|item| match &item.value {
            Value::Map(entries) => entries.iter().any(|e| &*e.key == "identifierVariables"),
            _ => false,
        }),
        _ => false,
    }
}

/// Reads a metadata-all file or a kudaflib variable list. The provider is
/// `provider` when a provider file or `--provider` gives one, else the
/// file's `dataStore`.
pub fn read(
    file: &str,
    root: &Node,
    provider: Result<Context, NoProvider>,
) -> (DraftSource, Vec<Problem>) {
    let mut r = Reader::new(file);
    let (mut publisher, visible, why) = match provider {
        Ok(context) => (
            DraftPublisher {
                id: Some(context.id),
                ..DraftPublisher::default()
            },
            context.unit_types,
            None,
        ),
        Err(why) => (DraftPublisher::default(), Vec::new(), Some(why.to_string())),
    };
    let mut unit_types = Vec::new();
    let mut language = Lang::Nb;
    let structures: Option<(&[Node], String)> = match &root.value {
        Value::Seq(items) => Some((items, String::new())),
        _ => r.fields(root, "", ROOT).and_then(|f| {
            if publisher.id.is_none() {
                if let Some(store) = r.sub_fields(&f, "dataStore", DATA_STORE) {
                    language = read_language(&mut r, &store);
                    publisher.name = Some(r.required_text(&store, "label"))
                        .filter(|t| !t.is_empty())
                        .map(|value| Spanned {
                            value: language.apply(value),
                            loc: store.loc_of("label"),
                        });
                    publisher.description = language.apply(r.text_or_empty(&store, "description"));
                }
            }
            r.list(&f, "dataStructures", true)
        }),
    };
    r.provider = publisher.provider_id();
    if r.provider.is_none() {
        let why = why.unwrap_or_else(|| "this file names no provider".to_owned());
        r.problems.push(no_provider(
            file,
            &format!("{why} (a metadata-all file may name it in dataStore.label)"),
        ));
    }
    let mut variables = Vec::new();
    if let Some((items, list_path)) = structures {
        for (i, node) in items.iter().enumerate() {
            let path = format!("{list_path}[{i}]");
            if let Some(f) = r.fields(node, &path, STRUCTURE) {
                let structure_language = read_language(&mut r, &f).or(language);
                variables.push(read_structure(
                    &mut r,
                    &f,
                    structure_language,
                    &mut unit_types,
                ));
            }
        }
    }
    let loc = Loc::at(root.pos, "");
    let source = DraftSource::of_variables(file, loc, publisher, unit_types, variables, visible);
    (source, r.problems)
}

/// The language that plain-text fields are in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    Nb,
    Nn,
    En,
}

impl Lang {
    /// Moves plain (Norwegian Bokmål) text into this language.
    fn apply(self, text: Text) -> Text {
        match self {
            Lang::Nb => text,
            Lang::Nn if text.nn.is_none() => Text {
                nn: text.nb,
                nb: None,
                en: text.en,
            },
            Lang::En if text.en.is_none() => Text {
                en: text.nb,
                nb: None,
                nn: text.nn,
            },
            _ => text,
        }
    }

    fn or(self, fallback: Lang) -> Lang {
        if self == Lang::Nb {
            fallback
        } else {
            self
        }
    }
}

fn read_language(r: &mut Reader, f: &Fields) -> Lang {
    let code = r.vocab(
        f,
        "languageCode",
        false,
        &crate::dialect::text::LANGUAGE_CODES,
        |c| {
            crate::dialect::text::LANGUAGE_CODES
                .contains(&c)
                .then(|| c.to_owned())
        },
    );
    match code.as_deref() {
        Some("nn") => Lang::Nn,
        Some("en") => Lang::En,
        _ => Lang::Nb,
    }
}

fn read_structure(
    r: &mut Reader,
    f: &Fields,
    lang: Lang,
    declared: &mut Vec<DraftUnitType>,
) -> DraftVariable {
    let name = r.required_string(f, "name");
    let temporality_key = if f.has("temporality") || !f.has("temporalityType") {
        "temporality"
    } else {
        "temporalityType"
    };
    let temporality = r.temporality(f, temporality_key);
    let sensitivity = if f.has("sensitivityLevel") {
        r.sensitivity(f)
    } else {
        // Older metadata-all files have no sensitivity; microdata.no's
        // data is not open.
        r.warning(
            f.loc().pos(),
            &f.path("sensitivityLevel"),
            "is missing; the variable is shown as NONPUBLIC (Begrenset)",
        );
        Some(Sensitivity::Nonpublic)
    };
    let population = lang.apply(r.required_text(f, "populationDescription"));
    let spatial_coverage = r
        .optional_text(f, "spatialCoverageDescription")
        .map(|t| lang.apply(t));
    let subject_fields = subject_fields(r, f, lang);
    let (start, stop) = match r.sub_fields(f, "temporalCoverage", PERIOD) {
        Some(period) => (day(r, &period, "start"), day(r, &period, "stop")),
        None => (None, None),
    };
    let updated = r.date_or_datetime(f, "updatedAt").map(|d| d.value);
    let revision = r.sub_fields(f, "dataRevision", REVISION).map(|rev| {
        let description = lang.apply(r.text_or_empty(&rev, "description"));
        let ended = matches!(
            present(rev.get("temporalEndOfSeries")).map(|n| &n.value),
            Some(Value::Bool(true))
        );
        DraftRevision {
            description,
            temporal_end: ended.then(DraftTemporalEnd::default),
        }
    });
    let identifier = r
        .only_item(f, "identifierVariables")
        .and_then(|(node, path)| {
            let id = r.fields(node, &path, INSTANCE)?;
            let key_type = key_type(r, &id, true, lang, declared)?;
            Some(key_type)
        });
    let measure =
        measure_node(r, f).and_then(|(node, path)| read_measure(r, node, &path, lang, declared));
    DraftVariable {
        loc: f.loc(),
        name,
        temporality,
        sensitivity,
        population,
        spatial_coverage,
        subject_fields,
        start,
        stop,
        updated,
        revision,
        identifier,
        identifier_for: None,
        measure,
    }
}

/// Subject fields: plain strings, or `{languageCode, value}` items each
/// naming one subject (kudaflib).
fn subject_fields(r: &mut Reader, f: &Fields, lang: Lang) -> Vec<Text> {
    let Some((items, path)) = r.list(f, "subjectFields", false) else {
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let item_path = format!("{path}[{i}]");
            match &item.value {
                Value::Map(_) => {
                    let wrapped = Node {
                        pos: item.pos,
                        value: Value::Seq(vec![item.clone()]),
                    };
                    r.text_at(&wrapped, &item_path)
                }
                _ => lang.apply(r.text_at(item, &item_path)),
            }
        })
        .filter(|t| !t.is_empty())
        .collect()
}

/// A date written as days since 1970-01-01, or as `YYYY-MM-DD`.
fn day(r: &mut Reader, f: &Fields, key: &str) -> Option<Spanned<Date>> {
    let node = present(f.get(key))?;
    let loc = f.loc_of(key);
    match &node.value {
        Value::Number(n) => {
            let date = n.parse::<i64>().ok().and_then(Date::from_days);
            if date.is_none() {
                r.error(
                    loc.pos(),
                    &loc.path,
                    format!("{n} is not a date: expected a whole number of days since 1970-01-01"),
                );
            }
            date.map(|value| Spanned { value, loc })
        }
        _ => {
            let text = r.optional_string(f, key)?;
            let date = Date::parse(&text.value);
            if date.is_none() {
                r.error(
                    text.loc.pos(),
                    &text.loc.path,
                    format!("\"{}\" is not a date: expected a whole number of days since 1970-01-01, or YYYY-MM-DD", text.value),
                );
            }
            date.map(|value| Spanned {
                value,
                loc: text.loc,
            })
        }
    }
}
