//! The dialect-neutral draft: what a dialect reader found, before the rules
//! that span fields, variables and files are checked.
//!
//! Every dialect reader (KUDAF YAML now; microdata-tools and RAIRD JSON
//! next) produces these types, and [`crate::check::validate`] and
//! [`crate::build::assemble`] work only on them. A draft is kept even when parts
//! of it were wrong, with the wrong parts left out (`None` or empty), so
//! that one run reports every problem. Values that a later rule reports on
//! carry the [`Loc`] where the metadata states them.

use crate::dialect::date::Date;
use catalog::{DataType, MeasurementType, Sensitivity, Temporality, Text};

/// Where in a file a value is stated.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters; 0 when not known.
    pub column: usize,
    /// The field path, as in `catalogs[0].datasets[1].title`.
    pub path: String,
}

impl Loc {
    /// Where the value starts in the file, and its field path.
    pub fn at(pos: crate::syntax::tree::Pos, path: impl Into<String>) -> Loc {
        Loc {
            line: pos.line,
            column: pos.column,
            path: path.into(),
        }
    }

    /// The line and column.
    pub fn pos(&self) -> crate::syntax::tree::Pos {
        crate::syntax::tree::Pos {
            line: self.line,
            column: self.column,
        }
    }
}

/// A value with where it is stated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it is stated.
    pub loc: Loc,
}

/// Everything one source (a file) describes.
///
/// A source is also the scope of provider unit types: a variable may use
/// the global unit types and those declared in the same source.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftSource {
    /// The file, as problems name it.
    pub file: String,
    /// The catalogs in the file, in file order.
    pub catalogs: Vec<DraftCatalog>,
    /// Provider unit types declared elsewhere that this file may use: those
    /// of the provider file that names a JSON file's provider.
    pub visible_unit_types: Vec<String>,
}

impl DraftSource {
    /// A file of the JSON dialects: one catalog of `publisher`, whose
    /// variables belong to no dataset.
    pub fn of_variables(
        file: &str,
        loc: Loc,
        publisher: DraftPublisher,
        unit_types: Vec<DraftUnitType>,
        variables: Vec<DraftVariable>,
        visible_unit_types: Vec<String>,
    ) -> DraftSource {
        DraftSource {
            file: file.to_owned(),
            catalogs: vec![DraftCatalog {
                loc,
                publisher,
                unit_types,
                datasets: vec![DraftDataset {
                    variables,
                    ..DraftDataset::default()
                }],
            }],
            visible_unit_types,
        }
    }
}

/// One provider's catalog: a publisher, its unit types and datasets.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftCatalog {
    /// Where the catalog starts.
    pub loc: Loc,
    /// Who publishes it: the provider.
    pub publisher: DraftPublisher,
    /// Unit types the provider declares.
    pub unit_types: Vec<DraftUnitType>,
    /// The datasets with their variables.
    pub datasets: Vec<DraftDataset>,
}

/// A publisher, which becomes a provider.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftPublisher {
    /// The provider id when the file names it outright (a JSON file whose
    /// provider comes from a provider file or `--provider`) rather than by
    /// the publisher's name.
    pub id: Option<String>,
    /// The name; unless `id` is given, the provider id is its slug.
    pub name: Option<Spanned<Text>>,
    /// The nine-digit organisation number.
    pub org_number: Option<String>,
    /// What the publisher is.
    pub description: Text,
    /// Whom to contact.
    pub contact: Option<catalog::Contact>,
}

/// A unit type a provider declares.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftUnitType {
    /// The short name, e.g. `NOVARI_SKOLE`.
    pub id: Option<Spanned<String>>,
    /// Display name.
    pub label: Text,
    /// What one unit is.
    pub description: Text,
}

/// A dataset.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftDataset {
    /// Where the dataset starts.
    pub loc: Loc,
    /// The identifier (often a UUID).
    pub id: Option<Spanned<String>>,
    /// Title.
    pub title: Text,
    /// Description.
    pub description: Text,
    /// Keywords.
    pub keywords: Vec<Text>,
    /// The variables.
    pub variables: Vec<DraftVariable>,
}

/// A variable.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftVariable {
    /// Where the variable starts.
    pub loc: Loc,
    /// The technical name.
    pub name: Option<Spanned<String>>,
    /// How the value relates to time.
    pub temporality: Option<Temporality>,
    /// Who may see the data.
    pub sensitivity: Option<Sensitivity>,
    /// Which units are covered.
    pub population: Text,
    /// Geography.
    pub spatial_coverage: Option<Text>,
    /// Topics.
    pub subject_fields: Vec<Text>,
    /// First and last date with data.
    pub start: Option<Spanned<Date>>,
    /// Last date with data.
    pub stop: Option<Spanned<Date>>,
    /// Last update.
    pub updated: Option<Date>,
    /// Revision notes.
    pub revision: Option<DraftRevision>,
    /// The unit type of the identifier.
    pub identifier: Option<Spanned<String>>,
    /// On a unit type's identifier variable (KUDAF YAML's
    /// `identifierFor`): the unit type whose identifier it is.
    pub identifier_for: Option<Spanned<String>>,
    /// The measure.
    pub measure: Option<DraftMeasure>,
}

/// Notes on a variable's version and its discontinuation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftRevision {
    /// What changed.
    pub description: Text,
    /// Set when the variable is discontinued.
    pub temporal_end: Option<DraftTemporalEnd>,
}

/// Discontinuation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftTemporalEnd {
    /// Why and when.
    pub description: Text,
    /// Names of the replacing variables.
    pub successors: Vec<Spanned<String>>,
}

/// The measured value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftMeasure {
    /// Where the measure starts.
    pub loc: Loc,
    /// The variable's label.
    pub label: Text,
    /// The variable's description.
    pub description: Text,
    /// The type of the values.
    pub data_type: Option<Spanned<DataType>>,
    /// A format hint.
    pub format: Option<String>,
    /// Links to a formal definition.
    pub uri_definition: Vec<String>,
    /// For a link variable: the unit type the value identifies.
    pub link_to: Option<Spanned<String>>,
    /// The allowed values, as stated; which kind it is, is decided by the
    /// rules.
    pub value_domain: Option<DraftValueDomain>,
}

/// A value domain as stated: possibly a code list, possibly a description,
/// possibly (wrongly) both.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftValueDomain {
    /// Where the value domain starts.
    pub loc: Loc,
    /// The code list, where one is given.
    pub codes: Option<Spanned<Vec<DraftCode>>>,
    /// Sentinel and missing values, where given.
    pub sentinels: Option<Spanned<Vec<DraftSentinel>>>,
    /// The description fields, where any is given.
    pub described: Option<Spanned<DraftDescribed>>,
    /// The source left the code list out (an empty `codeList` in what
    /// microdata's metadata service answers without code lists).
    pub code_list_omitted: bool,
}

/// One code of a code list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftCode {
    /// The code.
    pub code: Option<Spanned<String>>,
    /// What it means.
    pub title: Text,
    /// First valid date.
    pub valid_from: Option<Spanned<Date>>,
    /// Last valid date.
    pub valid_until: Option<Spanned<Date>>,
}

/// A sentinel or missing value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftSentinel {
    /// The code.
    pub code: Option<Spanned<String>>,
    /// What it means.
    pub title: Text,
}

/// The fields of a described value domain.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftDescribed {
    /// What the values are.
    pub description: Text,
    /// What kind of quantity.
    pub measurement_type: Option<MeasurementType>,
    /// The unit.
    pub unit: Option<Text>,
    /// Links to a formal definition.
    pub uri_definition: Vec<String>,
}

impl DraftPublisher {
    /// The provider id: the one given outright, or else the slug of the
    /// name (its Norwegian form, falling back to the others). `None` when the name is missing or has no
    /// letters or digits.
    pub fn provider_id(&self) -> Option<String> {
        if let Some(id) = &self.id {
            return Some(id.clone());
        }
        let name = self.name.as_ref()?;
        Some(crate::dialect::slug::slug(
            name.value.get(catalog::Lang::Nb),
        ))
        .filter(|id| !id.is_empty())
    }
}
