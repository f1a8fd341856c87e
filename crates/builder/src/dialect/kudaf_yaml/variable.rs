//! A KUDAF YAML variable: the shared [model](crate::dialect::model) with KUDAF's
//! fields and measure.

use crate::dialect::draft::{DraftMeasure, DraftVariable, Spanned};
use crate::dialect::fields::Reader;
use crate::dialect::model::{read_value_domain, read_variable, Style};
use crate::syntax::tree::Node;
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
    "identifierFor",
    "measureVariables",
];
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

/// Reads the variable at `path`.
pub fn read(r: &mut Reader, node: &Node, path: &str) -> Option<DraftVariable> {
    let f = r.fields(node, path, VARIABLE)?;
    let name = r.required_string(&f, "name");
    let mut variable = read_variable(r, &f, Style::Kudaf, name, read_measure);
    // KUDAF YAML's own addition: marks a unit type's identifier variable.
    variable.identifier_for = r.optional_string(&f, "identifierFor");
    Some(variable)
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
        .map(|domain| read_value_domain(r, &domain, Style::Kudaf, None));
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
