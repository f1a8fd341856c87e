//! Writes a hostile copy of a catalog for the end-to-end tests: the real
//! catalog plus a provider whose metadata tries every trick a malicious or
//! careless provider file could (markup, script URLs, bidi overrides, huge
//! text). Built from the catalog crate's own types, so it always has the
//! current format.
//!
//! ```sh
//! cargo run -q -p catalog --example hostile_catalog -- dist /tmp/hostile
//! ```
//!
//! reads `dist/catalog.json` and its detail shards and writes
//! `/tmp/hostile/catalog.json`, `/tmp/hostile/catalog.nbcat` and
//! `/tmp/hostile/details/*.json`, split again so every shard reference is
//! right.

use catalog::{
    Catalog, Code, Contact, DataType, Dataset, DetailShard, Measure, Provider, Revision,
    Sensitivity, Sentinel, SplitCatalog, TemporalCoverage, Temporality, Text, UnitType,
    ValueDomain, Variable, VariableDetails, BINARY_CATALOG_FILE, CATALOG_FILE,
};
use std::path::Path;
use std::process::ExitCode;

/// The provider every hostile variable belongs to.
const PROVIDER: &str = "ondsinnet";

/// Markup that would run code if it were ever parsed as HTML. Every payload
/// sets `window.__pwned` and opens a dialog; the tests check neither happens.
const SCRIPT: &str = "<script>window.__pwned=1;alert('script')</script>";
const IMG: &str = "<img src=x onerror=\"window.__pwned=1;alert('img')\">";
const SVG: &str = "<svg onload=\"window.__pwned=1;alert('svg')\"></svg>";

/// Right-to-left override and isolate characters: they reverse the text
/// after them unless the shop isolates metadata text.
const RLO: &str = "\u{202E}";
const RLI: &str = "\u{2067}";

/// Links that must never be clickable, and one that must.
const BAD_URLS: [&str; 6] = [
    "javascript:window.__pwned=1;alert('js')",
    " JaVaScRiPt:alert('js2')",
    "data:text/html,<script>alert('data')</script>",
    "vbscript:msgbox('vb')",
    "//evil.example/protocol-relative",
    "java\u{0000}script:alert('nul')",
];
const GOOD_URL: &str = "https://example.org/definisjon";

/// The size of the huge description, in bytes.
const HUGE: usize = 100 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: hostile_catalog CATALOG_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    match run(Path::new(input), Path::new(output)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the catalog in `input`, poisons it and writes it, re-split into
/// shards, to `output`.
fn run(input: &Path, output: &Path) -> Result<(), String> {
    let (head, variables) = read(input)?;
    let split = poison(head, variables);
    for (name, json) in split.files() {
        let path = output.join(&name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    // The app reads the catalog in bytes.
    let path = output.join(BINARY_CATALOG_FILE);
    std::fs::write(&path, split.catalog.to_bytes()).map_err(|e| format!("{}: {e}", path.display()))
}

/// The catalog in `dir` and every variable paired with its details from
/// the shard its summary names.
fn read(dir: &Path) -> Result<(Catalog, Vec<(Variable, VariableDetails)>), String> {
    let read_text = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path)
            .map(|text| (path.display().to_string(), text))
            .map_err(|e| format!("{}: {e}", path.display()))
    };
    let (path, text) = read_text(CATALOG_FILE)?;
    let mut catalog = Catalog::from_json(&text).map_err(|e| format!("{path}: {e}"))?;
    let shards = catalog
        .detail_shards
        .iter()
        .map(|name| {
            let (path, text) = read_text(name)?;
            DetailShard::from_json(&text).map_err(|e| format!("{path}: {e}"))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let variables = std::mem::take(&mut catalog.variables)
        .into_iter()
        .map(|v| {
            let details = shards
                .get(v.shard as usize)
                .and_then(|shard| shard.get(&v.id))
                .cloned()
                .ok_or_else(|| format!("{}: no details for {} in shard {}", path, v.id, v.shard))?;
            Ok((v, details))
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok((catalog, variables))
}

fn both(text: &str) -> Text {
    Text::nb_en(text, text)
}

/// One unbroken "word" and a long run of words: neither may widen the page.
fn huge_description() -> String {
    let word = "A".repeat(HUGE / 2);
    let words = "lang tekst ".repeat(HUGE / 2 / 11);
    format!("{IMG}{word} {words}")
}

/// Adds the hostile provider, its unit type, dataset and variables (with
/// hostile details too) and splits the result into catalog and shards.
fn poison(mut catalog: Catalog, mut variables: Vec<(Variable, VariableDetails)>) -> SplitCatalog {
    catalog.providers.push(Provider {
        id: PROVIDER.into(),
        name: both(&format!("{RLO}Ondsinnet AS{SCRIPT}")),
        org_number: Some(IMG.into()),
        description: Some(both(&format!("{SVG}{RLI}بيانات خبيثة"))),
        contact: Some(Contact {
            name: Some(format!("{RLO}Kontakt{IMG}")),
            email: Some("\"><script>alert('mail')</script>@evil.example".into()),
            url: Some(BAD_URLS[0].into()),
        }),
    });
    let unit_type = format!("{}_ENHET", PROVIDER.to_uppercase());
    catalog.unit_types.push(UnitType {
        id: unit_type.clone(),
        label: both(&format!("{RLO}Enhet{SCRIPT}")),
        description: both(IMG),
        provider: Some(PROVIDER.into()),
    });
    let dataset = format!("{PROVIDER}-datasett");
    catalog.datasets.push(Dataset {
        id: dataset.clone(),
        provider: PROVIDER.into(),
        title: both(&format!("{SCRIPT}Datasett")),
        description: both(SVG),
        keywords: vec![both(IMG)],
    });
    let mut uris: Vec<String> = BAD_URLS.iter().map(|u| u.to_string()).collect();
    uris.push(GOOD_URL.into());
    let markup = Variable {
        id: Variable::make_id(PROVIDER, "MARKUP"),
        provider: PROVIDER.into(),
        name: "MARKUP".into(),
        label: both(&format!("Markup {SCRIPT}{IMG}")),
        description: both(&huge_description()),
        temporality: Temporality::Event,
        sensitivity: Sensitivity::Public,
        identifier: unit_type.clone(),
        unit_types: vec![unit_type.clone()],
        dataset: Some(dataset.clone()),
        temporal_coverage: Some(TemporalCoverage {
            start: Some("<b>2020</b>".into()),
            stop: None,
        }),
        subject_fields: vec![both(&format!("{RLO}Emne{SCRIPT}"))],
        updated: Some(SCRIPT.into()),
        link_to: None,
        identifier_for: None,
        discontinued: None,
        // Set by `SplitCatalog::new`.
        shard: 0,
    };
    let markup_details = VariableDetails {
        id: markup.id.clone(),
        population: both(&format!("{SVG}Alle")),
        spatial_coverage: Some(both(IMG)),
        revision: Some(Revision {
            description: both(IMG),
            end_description: both(&format!("{RLO}Slutt{SVG}")),
        }),
        measure: Measure {
            code_list_not_included: false,
            data_type: Some(DataType::String),
            format: Some(SVG.into()),
            uri_definition: uris.clone(),
            value_domain: Some(ValueDomain::Enumerated {
                codes: vec![
                    Code {
                        code: SCRIPT.into(),
                        title: both(IMG),
                        valid_from: "2020-01-01".into(),
                        valid_until: None,
                    },
                    Code {
                        code: format!("{RLO}01"),
                        title: both(&format!("{RLO}Tittel")),
                        valid_from: "2020-01-01".into(),
                        valid_until: Some("<i>".into()),
                    },
                ],
                missing: vec![Sentinel {
                    code: "-1".into(),
                    title: both(SVG),
                }],
            }),
        },
    };
    let mut bidi = markup.clone();
    bidi.id = Variable::make_id(PROVIDER, "BIDI");
    bidi.name = "BIDI".into();
    bidi.label = both(&format!("{RLO}Bidi-variabel"));
    bidi.description = both(&format!("{RLI}عربي{RLO} tekst"));
    let mut bidi_details = markup_details.clone();
    bidi_details.id.clone_from(&bidi.id);
    bidi_details.population = both(&format!("{RLI}السكان{RLO} alle"));
    bidi_details.measure.value_domain = Some(ValueDomain::Described {
        description: both(&format!("{RLO}Verdier{IMG}")),
        measurement_type: None,
        unit: Some(both(SCRIPT)),
        uri_definition: uris,
    });
    variables.push((markup, markup_details));
    variables.push((bidi, bidi_details));
    // Keep the format's sort orders, which the shop may rely on.
    catalog::sorting::sort_by(&mut catalog.providers, |a, b| a.id.cmp(&b.id));
    catalog::sorting::sort_by(&mut catalog.unit_types, |a, b| a.id.cmp(&b.id));
    catalog::sorting::sort_by(&mut catalog.datasets, |a, b| a.id.cmp(&b.id));
    // Sorts the variables and assigns the shards.
    SplitCatalog::new(catalog, variables)
}
