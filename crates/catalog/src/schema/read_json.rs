//! How the app reads detail shards (`details/*.json`) without serde: the
//! keys the builder writes (camelCase), each optional one with its
//! default, and unknown keys skipped, as serde's derive does, so a newer
//! builder's additions do not break an older shop.

use super::details::{
    Code, DetailShard, Measure, Revision, Sentinel, ValueDomain, VariableDetails,
};
use crate::json::{json_object, FromJson, JsonError, Reader};
use crate::{DataType, MeasurementType, Text};

json_object!(lenient DetailShard {
    "schemaVersion" => schema_version, "variables" => variables,
});
json_object!(lenient VariableDetails {
    "id" => id, "population" => population [default], "spatialCoverage" => spatial_coverage,
    "revision" => revision, "measure" => measure,
});
json_object!(lenient Revision {
    "description" => description [default], "endDescription" => end_description [default],
});
json_object!(lenient Measure {
    "dataType" => data_type, "format" => format, "uriDefinition" => uri_definition [default],
    "valueDomain" => value_domain, "codeListNotIncluded" => code_list_not_included [default],
});
json_object!(lenient Code {
    "code" => code, "title" => title, "validFrom" => valid_from, "validUntil" => valid_until,
});
json_object!(lenient Sentinel { "code" => code, "title" => title });
json_object!(lenient Text { "nb" => nb, "nn" => nn, "en" => en });

/// The fields of both kinds of value domain, read in any order; `kind`
/// says which kind it is.
#[derive(Default)]
struct Domain {
    kind: String,
    codes: Option<Vec<Code>>,
    missing: Vec<Sentinel>,
    description: Text,
    measurement_type: Option<MeasurementType>,
    unit: Option<Text>,
    uri_definition: Vec<String>,
}
json_object!(lenient Domain {
    "kind" => kind, "codes" => codes, "missing" => missing [default],
    "description" => description [default], "measurementType" => measurement_type,
    "unit" => unit, "uriDefinition" => uri_definition [default],
});

impl FromJson for ValueDomain {
    fn read(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let d = Domain::read(r)?;
        match (d.kind.as_str(), d.codes) {
            ("enumerated", Some(codes)) => Ok(ValueDomain::Enumerated {
                codes,
                missing: d.missing,
            }),
            ("enumerated", None) => Err(r.error("missing field `codes`")),
            ("described", _) => Ok(ValueDomain::Described {
                description: d.description,
                measurement_type: d.measurement_type,
                unit: d.unit,
                uri_definition: d.uri_definition,
            }),
            (kind, _) => Err(r.error(format!(
                "unknown kind of value domain `{kind}`, expected `enumerated` or `described`"
            ))),
        }
    }
}

/// A closed vocabulary, read by its code as the metadata spells it.
macro_rules! by_code {
    ($($ty:ident),*) => {$(
        impl FromJson for $ty {
            fn read(r: &mut Reader<'_>) -> Result<Self, JsonError> {
                let code = r.string()?;
                $ty::from_code(&code).ok_or_else(|| r.error(format!("unknown code `{code}`")))
            }
        }
    )*};
}
by_code!(DataType, MeasurementType);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::read;

    /// Whatever the builder writes with serde reads back the same.
    #[test]
    fn shards_read_back_what_serde_writes() {
        let code = |c: &str| Code {
            code: c.into(),
            title: Text::nb(format!("Kode {c}")),
            valid_from: "2020-01-01".into(),
            valid_until: (c == "2").then(|| "2021-12-31".into()),
        };
        let details = [
            VariableDetails::default(),
            VariableDetails {
                id: "a/X".into(),
                population: Text::nb("Alle elever"),
                spatial_coverage: Some(Text::default()),
                revision: Some(Revision {
                    description: Text::nb("Ny"),
                    end_description: Text::default(),
                }),
                measure: Measure {
                    data_type: Some(DataType::String),
                    format: Some("RandomUInt48".into()),
                    uri_definition: vec!["https://example.org/def".into()],
                    value_domain: Some(ValueDomain::Enumerated {
                        codes: vec![code("1"), code("2")],
                        missing: vec![Sentinel {
                            code: "0".into(),
                            title: Text::nb("Ukjent"),
                        }],
                    }),
                    code_list_not_included: true,
                },
            },
            VariableDetails {
                measure: Measure {
                    value_domain: Some(ValueDomain::Described {
                        description: Text::nb("Kroner"),
                        measurement_type: Some(MeasurementType::Currency),
                        unit: Some(Text::nb("NOK")),
                        uri_definition: Vec::new(),
                    }),
                    ..Measure::default()
                },
                ..VariableDetails::default()
            },
        ];
        for d in details {
            let json = serde_json::to_string_pretty(&d).expect("serializes");
            assert_eq!(read::<VariableDetails>(&json), Ok(d), "{json}");
        }
    }

    #[test]
    fn bad_details_say_what_is_wrong() {
        let cases = [
            (
                r#"{"id":"a","measure":{"dataType":"TEXT"}}"#,
                "unknown code `TEXT`",
            ),
            (r#"{"measure":{}}"#, "missing field `id`"),
            (
                r#"{"id":"a","measure":{"valueDomain":{"kind":"enumerated"}}}"#,
                "missing field `codes`",
            ),
            (
                r#"{"id":"a","measure":{"valueDomain":{"kind":"listed"}}}"#,
                "unknown kind of value domain `listed`",
            ),
        ];
        for (json, message) in cases {
            let e = read::<VariableDetails>(json).expect_err(json);
            assert!(e.message.starts_with(message), "{json}: {e}");
        }
    }
}
