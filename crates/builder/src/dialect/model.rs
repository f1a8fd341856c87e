//! The variable model that KUDAF YAML and microdata-tools JSON share:
//! KUDAF's `variables` items are microdata-tools variables with a `name`,
//! a coverage and an update date added, and looser texts.
//!
//! One reader serves both; [`Style`] says what the dialects do
//! differently. Fields are read in the same order in both, so problems are
//! listed in the order of the variable's fields. The measures stay with
//! their dialects: their fields differ and are read in another order.

use crate::dialect::draft::{
    DraftCode, DraftDescribed, DraftMeasure, DraftRevision, DraftSentinel, DraftTemporalEnd,
    DraftValueDomain, DraftVariable, Spanned,
};
use crate::dialect::fields::{present, Fields, Reader};
use crate::dialect::microdata_fields::{code, multilingual, subject_fields};
use crate::syntax::tree::Value;
use catalog::{DataType, Text};

const REVISION: &[&str] = &["description", "temporalEnd"];
const TEMPORAL_END: &[&str] = &["description", "successors"];
const IDENTIFIER: &[&str] = &["unitType"];
const CODE: &[&str] = &["code", "categoryTitle", "validFrom", "validUntil"];
const SENTINEL: &[&str] = &["code", "categoryTitle"];
const COVERAGE: &[&str] = &["start", "stop"];

/// How a dialect writes the shared model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// KUDAF YAML: any text form, few required fields, a coverage and an
    /// update date.
    Kudaf,
    /// microdata-tools JSON: texts are lists of `{languageCode, value}`,
    /// `dataRevision` and `subjectFields` are required, codes are typed by
    /// the measure's data type.
    Microdata,
}

impl Style {
    /// The text in field `key`, empty when absent (an error if
    /// `required`).
    pub fn text(self, r: &mut Reader, f: &Fields, key: &str, required: bool) -> Text {
        match (self, required) {
            (Style::Kudaf, true) => r.required_text(f, key),
            (Style::Kudaf, false) => r.text_or_empty(f, key),
            (Style::Microdata, _) => multilingual(r, f, key, required),
        }
    }

    /// The text in field `key`; `None` when absent or empty. Given but
    /// empty (`""`, `[]`) is an error, as for every text: an author who
    /// writes the field means to say something.
    fn optional_text(self, r: &mut Reader, f: &Fields, key: &str) -> Option<Text> {
        let before = r.problems.len();
        let text = self.text(r, f, key, false);
        if text.is_empty() && present(f.get(key)).is_some() && r.problems.len() == before {
            r.error(f.loc_of(key).pos(), &f.path(key), "must not be empty");
        }
        Some(text).filter(|t| !t.is_empty())
    }

    /// The value-domain fields that make it a described one.
    fn described_fields(self) -> &'static [&'static str] {
        match self {
            Style::Kudaf => &[
                "description",
                "measurementType",
                "measurementUnitDescription",
                "uriDefinition",
            ],
            Style::Microdata => &[
                "description",
                "measurementType",
                "measurementUnitDescription",
            ],
        }
    }
}

/// The variable in `f` named `name`, with its measure read by `measure`.
pub fn read_variable(
    r: &mut Reader,
    f: &Fields,
    style: Style,
    name: Option<Spanned<String>>,
    measure: impl FnOnce(&mut Reader, &crate::syntax::tree::Node, &str) -> Option<DraftMeasure>,
) -> DraftVariable {
    let temporality = r.temporality(f, "temporalityType");
    let sensitivity = r.sensitivity(f);
    let population = style.text(r, f, "populationDescription", true);
    let spatial_coverage = style.optional_text(r, f, "spatialCoverageDescription");
    let subject_fields = match style {
        Style::Kudaf => r.text_list(f, "subjectFields"),
        Style::Microdata => subject_fields(r, f),
    };
    let ((start, stop), updated) = match style {
        Style::Kudaf => (
            match r.sub_fields(f, "temporalCoverage", COVERAGE) {
                Some(coverage) => (
                    r.date_or_datetime(&coverage, "start"),
                    r.date_or_datetime(&coverage, "stop"),
                ),
                None => (None, None),
            },
            r.date_or_datetime(f, "updatedAt").map(|d| d.value),
        ),
        Style::Microdata => ((None, None), None),
    };
    let revision = read_revision(r, f, style);
    let identifier = r
        .only_item(f, "identifierVariables")
        .and_then(|(item, path)| r.fields(item, &path, IDENTIFIER))
        .and_then(|id| r.required_string(&id, "unitType"));
    let measure = r
        .only_item(f, "measureVariables")
        .and_then(|(item, path)| measure(r, item, &path));
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

/// `dataRevision`, required in microdata-tools.
fn read_revision(r: &mut Reader, f: &Fields, style: Style) -> Option<DraftRevision> {
    let strict = style == Style::Microdata;
    if strict && !f.has("dataRevision") {
        r.missing(f, "dataRevision");
        return None;
    }
    let revision = r.sub_fields(f, "dataRevision", REVISION)?;
    let description = style.text(r, &revision, "description", strict);
    let temporal_end = r
        .sub_fields(&revision, "temporalEnd", TEMPORAL_END)
        .map(|end| {
            let description = style.text(r, &end, "description", strict);
            let successors = r.string_list(&end, "successors");
            if strict
                && end
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

/// A value domain: a code list (with sentinel values) or a description;
/// microdata-tools checks the codes against the measure's `data_type`.
pub fn read_value_domain(
    r: &mut Reader,
    f: &Fields,
    style: Style,
    data_type: Option<DataType>,
) -> DraftValueDomain {
    let strict = style == Style::Microdata;
    let read_code = |r: &mut Reader, item: &Fields| match style {
        Style::Kudaf => r.required_string(item, "code"),
        Style::Microdata => code(r, item, data_type),
    };
    let codes = r.items(f, "codeList", CODE, |r, item| DraftCode {
        code: read_code(r, item),
        title: style.text(r, item, "categoryTitle", true),
        valid_from: r.date(item, "validFrom", true),
        valid_until: r.date(item, "validUntil", false),
    });
    if let (true, Some(codes), Some(data_type)) = (strict, &codes, data_type) {
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
            code: read_code(r, item),
            title: style.text(r, item, "categoryTitle", true),
        }
    });
    let described = f.first_of(style.described_fields()).map(|loc| Spanned {
        value: DraftDescribed {
            description: style.text(r, f, "description", strict && codes.is_none()),
            measurement_type: r.measurement_type(f),
            unit: style.optional_text(r, f, "measurementUnitDescription"),
            uri_definition: r.strings(f, "uriDefinition"),
        },
        loc,
    });
    DraftValueDomain {
        loc: f.loc(),
        codes,
        sentinels,
        described,
        // KUDAF and microdata-tools files are written by hand: an empty
        // code list there is a mistake, reported by the rules.
        code_list_omitted: false,
    }
}
