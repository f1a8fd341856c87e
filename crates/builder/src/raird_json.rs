//! The generated dialect: RAIRD "metadata-all" JSON, as microdata's
//! metadata service publishes it (`dataStore` and `dataStructures`), and
//! kudaflib's `variables_metadata.json` (a list of variables of the same
//! shape). `docs/metadata-json.md` describes both.
//!
//! These files are generated, and their generators add fields over time,
//! so unknown fields are warnings here. Dates are days since 1970-01-01;
//! code lists are `{code, category}` per `representedVariables` period,
//! with `missingValues` as plain codes.

use crate::date::Date;
use crate::draft::{
    DraftCode, DraftDescribed, DraftMeasure, DraftPublisher, DraftRevision, DraftSentinel,
    DraftSource, DraftTemporalEnd, DraftUnitType, DraftValueDomain, DraftVariable, Loc, Spanned,
};
use crate::fields::{present, Fields, Reader};
use crate::provider::{no_provider, Context};
use crate::suggest::did_you_mean;
use crate::tree::{Node, Value};
use crate::{unit_types, Problem};
use catalog::{DataType, Sensitivity, Text};

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
    provider: Result<Context, String>,
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
        Err(why) => (DraftPublisher::default(), Vec::new(), Some(why)),
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
        &crate::text::LANGUAGE_CODES,
        |c| {
            crate::text::LANGUAGE_CODES
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

/// The one measure: `measureVariable` (RAIRD) or the one item of
/// `measureVariables` (kudaflib).
fn measure_node<'n>(r: &mut Reader, f: &Fields<'n>) -> Option<(&'n Node<'n>, String)> {
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
fn key_type(
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

fn read_measure(
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

/// Adds the codes of a later period to the domain of the earlier ones.
fn merge_domain(into: &mut Option<DraftValueDomain>, next: DraftValueDomain) {
    let Some(domain) = into else {
        *into = Some(next);
        return;
    };
    match (&mut domain.codes, next.codes) {
        (Some(codes), Some(more)) => codes.value.extend(more.value),
        (slot @ None, more) => *slot = more,
        _ => {}
    }
    if domain.sentinels.is_none() {
        domain.sentinels = next.sentinels;
    }
    if domain.described.is_none() {
        domain.described = next.described;
    }
}

fn read_value_domain(
    r: &mut Reader,
    f: &Fields,
    (start, stop): (Option<Spanned<Date>>, Option<Spanned<Date>>),
    lang: Lang,
) -> DraftValueDomain {
    let codes = r.items(f, "codeList", CODE, |r, item| {
        let title_key = if item.has("category") || !item.has("categoryTitle") {
            "category"
        } else {
            "categoryTitle"
        };
        let own_from = item.has("validFrom");
        let valid_from = r.date(item, "validFrom", false).or_else(|| start.clone());
        if valid_from.is_none() && !own_from {
            r.error(
                item.loc().pos(),
                &item.path("validFrom"),
                "is missing, and so is the validPeriod.start of its representedVariables item; the shop shows from when a code is valid",
            );
        }
        DraftCode {
            code: code(r, item),
            title: lang.apply(r.required_text(item, title_key)),
            valid_from,
            valid_until: r.date(item, "validUntil", false).or_else(|| stop.clone()),
        }
    });
    let sentinels = missing_values(r, f, lang);
    let first_described = f.first_of(&[
        "description",
        "unitOfMeasure",
        "measurementType",
        "measurementUnitDescription",
    ]);
    let described = first_described.map(|loc| {
        let unit = r
            .optional_text(f, "measurementUnitDescription")
            .or_else(|| r.optional_text(f, "unitOfMeasure"))
            .map(|t| lang.apply(t));
        Spanned {
            value: DraftDescribed {
                description: lang.apply(r.text_or_empty(f, "description")),
                measurement_type: r.measurement_type(f),
                unit,
                uri_definition: r.strings(f, "uriDefinition"),
            },
            loc,
        }
    });
    DraftValueDomain {
        loc: f.loc(),
        codes,
        sentinels,
        described,
    }
}

/// A code as text; RAIRD writes codes as strings, kudaflib may not.
fn code(r: &mut Reader, f: &Fields) -> Option<Spanned<String>> {
    match present(f.get("code")).map(|n| &n.value) {
        Some(Value::Number(n)) => Some(Spanned {
            value: n.clone(),
            loc: f.loc_of("code"),
        }),
        _ => r.required_string(f, "code"),
    }
}

/// `missingValues` (plain codes, RAIRD) or `sentinelAndMissingValues`
/// (`{code, categoryTitle}`, kudaflib). An empty `missingValues` is the
/// same as none.
fn missing_values(r: &mut Reader, f: &Fields, lang: Lang) -> Option<Spanned<Vec<DraftSentinel>>> {
    if f.get("sentinelAndMissingValues").is_some() {
        return r.items(f, "sentinelAndMissingValues", SENTINEL, |r, item| {
            DraftSentinel {
                code: code(r, item),
                title: lang.apply(r.required_text(item, "categoryTitle")),
            }
        });
    }
    let (items, path) = r.list(f, "missingValues", false)?;
    let loc = f.loc_of("missingValues");
    let value: Vec<DraftSentinel> = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let path = format!("{path}[{i}]");
            let code = match &item.value {
                Value::Number(n) => Some(Spanned {
                    value: n.clone(),
                    loc: Loc::at(item.pos, path),
                }),
                _ => r.string_at(item, &path),
            }?;
            Some(DraftSentinel {
                code: Some(code),
                title: Text::default(),
            })
        })
        .collect();
    (!value.is_empty()).then_some(Spanned { value, loc })
}
