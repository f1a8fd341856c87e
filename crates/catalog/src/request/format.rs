//! The structured request: the draft and the basket as JSON for the
//! providers, one file for the whole request and one per provider.
//! `docs/request-format.md` documents the shape; a test here parses its
//! example and checks that what we write has the same shape.

use super::check::coverage_years;
use super::{Draft, Years};
use crate::locate::display_name;
use crate::{unit_type_label, variable_label, Basket, Catalog, Lang, Variable};
use serde::Serialize;

/// The version of the request format; bump it on any change a reader of
/// version 1 would misread (adding an optional key is not one).
pub const REQUEST_FORMAT_VERSION: u32 = 1;

/// One file of the request, ready to download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestFile {
    /// The file name: `soknad.json` for the whole request,
    /// `soknad-<provider id>.json` for one provider's part.
    pub name: String,
    /// Pretty JSON with a final newline.
    pub json: String,
}

/// The whole request as JSON (see `docs/request-format.md`): the
/// applicant and the project from `draft`, the basket's variables by
/// provider in the basket page's order with their justifications and
/// requested years, and the ids the catalog no longer has. Texts are in
/// `lang` (falling back where the metadata lacks it); `created` is the
/// date to write (the core reads no clock), left out when `None`.
pub fn request_json(
    basket: &Basket,
    draft: &Draft,
    catalog: &Catalog,
    lang: Lang,
    created: Option<&str>,
) -> String {
    pretty(&build(basket, draft, catalog, lang, created, None))
}

/// The whole request ([`request_json`]) followed by one file per provider
/// in the basket, each of the same shape with only that provider (and
/// its ids the catalog no longer has): what the applicant sends to each
/// provider.
pub fn request_files(
    basket: &Basket,
    draft: &Draft,
    catalog: &Catalog,
    lang: Lang,
    created: Option<&str>,
) -> Vec<RequestFile> {
    let whole = build(basket, draft, catalog, lang, created, None);
    let mut files = vec![RequestFile {
        name: "soknad.json".to_string(),
        json: pretty(&whole),
    }];
    for provider in &whole.providers {
        let part = build(basket, draft, catalog, lang, created, Some(provider.id));
        files.push(RequestFile {
            name: format!("soknad-{}.json", file_safe(provider.id)),
            json: pretty(&part),
        });
    }
    files
}

/// Provider ids are `[a-z0-9-]` slugs; anything else becomes `-`, so a
/// hand-made catalog cannot make a file name with a path in it.
fn file_safe(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

fn pretty(request: &Request) -> String {
    // Serializing strings, numbers and lists cannot fail.
    let mut json = serde_json::to_string_pretty(request).unwrap_or_default();
    json.push('\n');
    json
}

fn build<'a>(
    basket: &Basket,
    draft: &'a Draft,
    catalog: &'a Catalog,
    lang: Lang,
    created: Option<&'a str>,
    only: Option<&str>,
) -> Request<'a> {
    let resolved = basket.resolve(catalog, lang);
    let project_years = draft.period.parse().unwrap_or_default();
    let mut providers: Vec<ProviderPart<'a>> = Vec::new();
    for group in &resolved.groups {
        if only.is_some_and(|p| p != group.provider) {
            continue;
        }
        let provider = catalog.provider(group.provider);
        let contact = provider.and_then(|p| p.contact.as_ref());
        let variables = group
            .variables
            .iter()
            .map(|&i| Entry::new(catalog, &catalog.variables[i], draft, lang))
            .collect();
        providers.push(ProviderPart {
            id: catalog
                .provider(group.provider)
                .map_or(group.provider, |p| p.id.as_str()),
            name: display_name(catalog, group.provider, lang),
            org_number: provider.and_then(|p| p.org_number.as_deref()),
            contact_email: contact.and_then(|c| c.email.as_deref()),
            variables,
        });
    }
    let missing = resolved
        .stale
        .into_iter()
        .filter(|id| only.is_none_or(|p| id.split_once('/').map(|s| s.0) == Some(p)))
        .collect();
    Request {
        request_format_version: REQUEST_FORMAT_VERSION,
        language: lang.code(),
        created,
        catalog_version: catalog.schema_version,
        applicant: Applicant {
            name: draft.applicant_name.trim(),
            institution: draft.institution.trim(),
            email: draft.email.trim(),
        },
        project: Project {
            title: draft.title.trim(),
            purpose: draft.purpose.trim(),
            legal_basis: draft.legal_basis.trim(),
            period: project_years,
            population: draft.population.trim(),
            sample: draft.sample.trim(),
            analysis_room: draft.analysis_room.trim(),
        },
        providers,
        missing,
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Request<'a> {
    request_format_version: u32,
    language: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    created: Option<&'a str>,
    catalog_version: u32,
    applicant: Applicant<'a>,
    project: Project<'a>,
    providers: Vec<ProviderPart<'a>>,
    missing: Vec<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Applicant<'a> {
    name: &'a str,
    institution: &'a str,
    email: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Project<'a> {
    title: &'a str,
    purpose: &'a str,
    legal_basis: &'a str,
    period: Years,
    population: &'a str,
    sample: &'a str,
    analysis_room: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ProviderPart<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    org_number: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    contact_email: Option<&'a str>,
    variables: Vec<Entry<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Entry<'a> {
    id: &'a str,
    name: &'a str,
    label: &'a str,
    description: &'a str,
    unit_types: Vec<&'a str>,
    temporality: &'static str,
    access: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    coverage: Option<Years>,
    period: Years,
    justification: String,
}

impl<'a> Entry<'a> {
    fn new(catalog: &'a Catalog, v: &'a Variable, draft: &Draft, lang: Lang) -> Entry<'a> {
        Entry {
            id: &v.id,
            name: &v.name,
            label: variable_label(v, lang),
            description: v.description.get(lang),
            unit_types: v
                .unit_types
                .iter()
                .map(|u| unit_type_label(catalog, u, lang))
                .collect(),
            temporality: v.temporality.label(lang),
            access: v.sensitivity.access_label(lang),
            coverage: coverage_years(v),
            // Ends that are not years yet are left out; the checklist
            // holds the request back until they are.
            period: draft.period_of(&v.id).parse().unwrap_or_default(),
            justification: draft.variable(&v.id).justification.trim().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::{Period, VariableRequest};
    use crate::testing::{catalog, provider, unit_type, variable};
    use crate::{Contact, Sensitivity, TemporalCoverage, Temporality, Text};
    use serde_json::Value;

    const DOC: &str = include_str!("../../../../docs/request-format.md");

    /// The first ```json block of the document.
    fn documented_example() -> Value {
        let start = DOC.find("```json\n").expect("an example") + "```json\n".len();
        let end = start + DOC[start..].find("```").expect("a closed example");
        serde_json::from_str(&DOC[start..end]).expect("the example is JSON")
    }

    /// The shape of a JSON value: keys and the types of their values,
    /// with every list reduced to the shape of its first item.
    fn shape(value: &Value) -> Value {
        match value {
            Value::Object(map) => {
                Value::Object(map.iter().map(|(k, v)| (k.clone(), shape(v))).collect())
            }
            Value::Array(items) => Value::Array(items.iter().take(1).map(shape).collect()),
            Value::String(_) => "string".into(),
            Value::Number(_) => "number".into(),
            Value::Bool(_) => "bool".into(),
            Value::Null => "null".into(),
        }
    }

    fn fixture() -> (Basket, Draft, Catalog) {
        let mut elev = variable(
            "novari-iks",
            "VGO_ELEV_UTDPROGRAM",
            Text::nb_en("Utdanningsprogram", "Education programme"),
            Text::nb("Utdanningsprogrammet eleven er tatt inn på."),
        );
        elev.temporality = Temporality::Event;
        elev.sensitivity = Sensitivity::Nonpublic;
        elev.temporal_coverage = Some(TemporalCoverage {
            start: Some("1994-08-01".into()),
            stop: None,
        });
        let mut novari = provider("novari-iks", "Novari IKS");
        novari.org_number = Some("923869000".into());
        novari.contact = Some(Contact {
            email: Some("kudaf@novari.no".into()),
            ..Contact::default()
        });
        let cat = catalog(
            vec![novari, provider("ssb", "Statistisk sentralbyrå")],
            vec![unit_type("PERSON", Text::nb_en("Person", "Person"))],
            vec![
                elev,
                variable("ssb", "INNTEKT", Text::nb("Inntekt"), Text::default()),
            ],
        );
        let basket: Basket = ["novari-iks/VGO_ELEV_UTDPROGRAM", "ssb/INNTEKT", "sikt/GONE"]
            .map(String::from)
            .into_iter()
            .collect();
        let mut draft = Draft {
            applicant_name: "Kari Nordmann".into(),
            institution: "Universitetet i Oslo".into(),
            email: "kari.nordmann@uio.no".into(),
            title: "Frafall i videregående opplæring".into(),
            purpose: "Studere sammenhengen mellom utdanningsprogram og frafall.".into(),
            legal_basis: "GDPR art. 6(1)(e) og art. 9(2)(j)".into(),
            period: Period::years("2015", "2020"),
            population: "Elever i videregående opplæring 2015–2020".into(),
            sample: "Alle elever i tre fylker".into(),
            analysis_room: "Sikker analyseplattform".into(),
            ..Draft::default()
        };
        draft.variables.insert(
            "novari-iks/VGO_ELEV_UTDPROGRAM".into(),
            VariableRequest {
                justification: "Programmet er studiens forklaringsvariabel.".into(),
                period: Period::years("2016", ""),
            },
        );
        (basket, draft, cat)
    }

    #[test]
    fn writes_the_documented_shape() {
        let (basket, draft, cat) = fixture();
        let json = request_json(&basket, &draft, &cat, Lang::Nb, Some("2026-12-06"));
        let written: Value = serde_json::from_str(&json).expect("JSON");
        assert_eq!(shape(&written), shape(&documented_example()));
        assert_eq!(written["requestFormatVersion"], 1);
        let first = &written["providers"][0]["variables"][0];
        assert_eq!(first["unitTypes"][0], "Person");
        assert_eq!(first["temporality"], "Forløp");
        assert_eq!(first["access"], "Begrenset");
        assert_eq!(
            first["period"],
            serde_json::json!({"from": 2016, "to": 2020})
        );
        assert_eq!(first["coverage"], serde_json::json!({"from": 1994}));
        assert_eq!(written["missing"], serde_json::json!(["sikt/GONE"]));
        let en = request_json(&basket, &draft, &cat, Lang::En, None);
        let en: Value = serde_json::from_str(&en).expect("JSON");
        assert_eq!(
            en["providers"][0]["variables"][0]["label"],
            "Education programme"
        );
        assert_eq!(en["providers"][0]["variables"][0]["temporality"], "Event");
        assert!(en.get("created").is_none());
    }

    #[test]
    fn the_request_follows_the_language() {
        let (basket, draft, cat) = fixture();
        let cases = [
            (Lang::Nb, "Forløp", "Begrenset"),
            (Lang::Nn, "Forløp", "Avgrensa"),
            (Lang::En, "Event", "Restricted"),
        ];
        for (lang, temporality, access) in cases {
            // The whole request and Novari's file start with Novari's variable.
            let files = request_files(&basket, &draft, &cat, lang, None);
            for file in files.iter().filter(|f| f.name != "soknad-ssb.json") {
                let json: Value = serde_json::from_str(&file.json).expect("JSON");
                assert_eq!(json["language"], lang.code(), "{}", file.name);
                let first = &json["providers"][0]["variables"][0];
                assert_eq!(first["temporality"], temporality, "{lang:?} {}", file.name);
                assert_eq!(first["access"], access, "{lang:?} {}", file.name);
            }
        }
    }

    #[test]
    fn one_file_per_provider() {
        let (basket, draft, cat) = fixture();
        let files = request_files(&basket, &draft, &cat, Lang::Nb, None);
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            ["soknad.json", "soknad-novari-iks.json", "soknad-ssb.json"]
        );
        for file in &files[1..] {
            let part: Value = serde_json::from_str(&file.json).expect("JSON");
            assert_eq!(part["providers"].as_array().map(Vec::len), Some(1));
            assert_eq!(part["missing"], serde_json::json!([]));
            assert_eq!(part["project"]["purpose"], draft.purpose);
        }
        assert_eq!(file_safe("../x"), "---x");
    }
}
