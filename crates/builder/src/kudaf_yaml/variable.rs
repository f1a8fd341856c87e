//! A KUDAF YAML variable, with its measure and value domain.

use crate::draft::{
    DraftCode, DraftDescribed, DraftMeasure, DraftRevision, DraftSentinel, DraftTemporalEnd,
    DraftValueDomain, DraftVariable, Spanned,
};
use crate::fields::{Fields, Reader};
use crate::tree::Node;
use catalog::DataType;

const VARIABLE: &[&str] = &[
    "name",
    "temporalityType",
    "sensitivityLevel",
    "populationDescription",
    "spatialCoverageDescription",
    "subjectFields",
    "temporalCoverage",
    "updatedAt",
    "dataRevision",
    "identifierVariables",
    "measureVariables",
];
const COVERAGE: &[&str] = &["start", "stop"];
const REVISION: &[&str] = &["description", "temporalEnd"];
const TEMPORAL_END: &[&str] = &["description", "successors"];
const IDENTIFIER: &[&str] = &["unitType"];
const MEASURE: &[&str] = &[
    "label",
    "description",
    "dataType",
    "format",
    "uriDefinition",
    "unitType",
    "valueDomain",
];
const VALUE_DOMAIN: &[&str] = &[
    "codeList",
    "sentinelAndMissingValues",
    "description",
    "measurementType",
    "measurementUnitDescription",
    "uriDefinition",
];
/// The value-domain fields that make it a described one.
const DESCRIBED: &[&str] = &[
    "description",
    "measurementType",
    "measurementUnitDescription",
    "uriDefinition",
];
const CODE: &[&str] = &["code", "categoryTitle", "validFrom", "validUntil"];
const SENTINEL: &[&str] = &["code", "categoryTitle"];

/// Reads the variable at `path`.
pub fn read(r: &mut Reader, node: &Node, path: &str) -> Option<DraftVariable> {
    let f = r.fields(node, path, VARIABLE)?;
    let name = r.required_string(&f, "name");
    let temporality = r.temporality(&f, "temporalityType");
    let sensitivity = r.sensitivity(&f);
    let population = r.required_text(&f, "populationDescription");
    let spatial_coverage = r.optional_text(&f, "spatialCoverageDescription");
    let subject_fields = r.text_list(&f, "subjectFields");
    let (start, stop) = match r.sub_fields(&f, "temporalCoverage", COVERAGE) {
        Some(coverage) => (
            r.date_or_datetime(&coverage, "start"),
            r.date_or_datetime(&coverage, "stop"),
        ),
        None => (None, None),
    };
    let updated = r.date_or_datetime(&f, "updatedAt").map(|d| d.value);
    let revision = read_revision(r, &f);
    let identifier = r
        .only_item(&f, "identifierVariables")
        .and_then(|(item, path)| r.fields(item, &path, IDENTIFIER))
        .and_then(|id| r.required_string(&id, "unitType"));
    let measure = r
        .only_item(&f, "measureVariables")
        .and_then(|(item, path)| read_measure(r, item, &path));
    Some(DraftVariable {
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
        measure,
    })
}

fn read_revision(r: &mut Reader, f: &Fields) -> Option<DraftRevision> {
    let revision = r.sub_fields(f, "dataRevision", REVISION)?;
    let description = r.text_or_empty(&revision, "description");
    let temporal_end = r
        .sub_fields(&revision, "temporalEnd", TEMPORAL_END)
        .map(|end| DraftTemporalEnd {
            description: r.text_or_empty(&end, "description"),
            successors: r.string_list(&end, "successors"),
        });
    Some(DraftRevision {
        description,
        temporal_end,
    })
}

fn read_measure(r: &mut Reader, node: &Node, path: &str) -> Option<DraftMeasure> {
    let f = r.fields(node, path, MEASURE)?;
    let label = r.required_text(&f, "label");
    let description = r.required_text(&f, "description");
    let data_type = r
        .vocab(
            &f,
            "dataType",
            false,
            &DataType::ALL.map(DataType::code),
            DataType::from_code,
        )
        .map(|value| Spanned {
            value,
            loc: f.loc_of("dataType"),
        });
    let format = r.optional_string(&f, "format").map(|s| s.value);
    let uri_definition = r.strings(&f, "uriDefinition");
    let link_to = r.optional_string(&f, "unitType");
    let mut value_domain = r
        .sub_fields(&f, "valueDomain", VALUE_DOMAIN)
        .map(|domain| read_value_domain(r, &domain));
    // kudaflib accepts a data type (its own example config has one) and a
    // value domain on a link variable and uses the unit type's instead;
    // microdata-tools JSON refuses them.
    let mut data_type = data_type;
    if link_to.is_some() {
        for key in ["dataType", "valueDomain"].into_iter().filter(|k| f.has(k)) {
            r.warning(
                f.loc_of(key).pos(),
                &f.path(key),
                "is ignored for a link variable (a measure that is a unit type): its values are units",
            );
        }
        data_type = None;
        value_domain = None;
    }
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

fn read_value_domain(r: &mut Reader, f: &Fields) -> DraftValueDomain {
    let codes = r.items(f, "codeList", CODE, |r, code| DraftCode {
        code: r.required_string(code, "code"),
        title: r.required_text(code, "categoryTitle"),
        valid_from: r.date(code, "validFrom", true),
        valid_until: r.date(code, "validUntil", false),
    });
    let sentinels = r.items(f, "sentinelAndMissingValues", SENTINEL, |r, s| {
        DraftSentinel {
            code: r.required_string(s, "code"),
            title: r.required_text(s, "categoryTitle"),
        }
    });
    let first_described = f.first_of(DESCRIBED);
    let described = first_described.map(|loc| Spanned {
        value: DraftDescribed {
            description: r.text_or_empty(f, "description"),
            measurement_type: r.measurement_type(f),
            unit: r.optional_text(f, "measurementUnitDescription"),
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
