//! How many variables per second the builder checks and assembles, per
//! dialect, on a generated corpus held in memory (so the disk is not
//! measured).
//!
//! ```sh
//! cargo run --release -p nettbutikk-catalog --example throughput -- 100000 [dialect]
//! ```
//!
//! Each dialect gets the same number of variables (default 100,000), spread
//! over providers of 1,000 variables as real metadata is: KUDAF YAML and
//! metadata-all in one file per provider, microdata-tools in one file per
//! variable with a `provider.yaml` per provider, kudaflib in one
//! `variables_metadata.json` per provider. The figure is the median of
//! three runs of the whole pipeline (`report::process`): parsing,
//! reading, validation and assembly, in CPU time of all threads (the
//! machine may be shared), to a hundredth of a second; the wall-clock
//! figure beside it shows what the threads that parse files in parallel
//! gain on an idle machine. The target of issue 6 is 100,000 variables per
//! second.

use nettbutikk_catalog::report::process;
use nettbutikk_catalog::source::{from_bytes, Rejected, SourceFile};
use std::time::{Duration, Instant};

const PER_PROVIDER: usize = 1000;

fn main() {
    let total: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    // An optional second argument keeps only the dialects whose name
    // contains it, for profiling one.
    let only = std::env::args().nth(2).unwrap_or_default();
    let providers = total.div_ceil(PER_PROVIDER);
    let clock = if cpu_time().is_some() {
        "CPU time of this process"
    } else {
        "wall-clock time"
    };
    println!("{total} variables per dialect, {providers} providers; median of 3 runs, {clock} (and wall-clock)");
    for (dialect, files) in [
        ("KUDAF YAML", kudaf_yaml(providers)),
        ("microdata-tools JSON", microdata(providers)),
        ("metadata-all JSON", metadata_all(providers)),
        ("kudaflib JSON", kudaflib(providers)),
    ] {
        if !dialect.contains(only.as_str()) {
            continue;
        }
        let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
        let mut cpu = Vec::new();
        let mut wall = Vec::new();
        for _ in 0..3 {
            let input: Vec<Result<SourceFile, Rejected>> = files
                .iter()
                .map(|(name, text)| from_bytes(name, text.clone().into_bytes()))
                .collect();
            let start = (Instant::now(), cpu_time());
            let report = process(input);
            wall.push(start.0.elapsed());
            cpu.push(match (start.1, cpu_time()) {
                (Some(before), Some(after)) => after.saturating_sub(before),
                _ => start.0.elapsed(),
            });
            let built = report.catalog.map_or(0, |c| c.catalog.variables.len());
            assert_eq!(
                built,
                providers * PER_PROVIDER,
                "{dialect}: {:?}",
                report.problems.first()
            );
        }
        let variables = (providers * PER_PROVIDER) as f64;
        let rate = variables / median(cpu);
        let wall_rate = variables / median(wall);
        let verdict = if rate >= 100_000.0 { "pass" } else { "miss" };
        println!(
            "{dialect:>22}: {rate:>9.0} variables/s ({wall_rate:.0}/s wall, {:.1} MB in {} files) target 100000/s: {verdict}",
            bytes as f64 / 1e6,
            files.len()
        );
    }
}

/// The median of three times, in seconds.
fn median(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64()
}

/// The CPU time this process has used (user and system), from
/// `/proc/self/stat`: on a shared machine, wall-clock time measures the
/// other processes too. `None` where there is no `/proc`.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name (which may hold spaces) start
    // after the last `)`; utime and stime are the 12th and 13th of them.
    let rest = &stat[stat.rfind(')')? + 2..];
    let mut fields = rest.split(' ').skip(11);
    let user: u64 = fields.next()?.parse().ok()?;
    let system: u64 = fields.next()?.parse().ok()?;
    // Linux reports clock ticks of 1/100 s to user space.
    Some(Duration::from_millis((user + system) * 10))
}

fn kudaf_yaml(providers: usize) -> Vec<(String, String)> {
    (0..providers)
        .map(|p| {
            let mut text = format!(
                "catalogs:\n  - title: Katalog {p}\n    publisher:\n      name: Tilbyder {p}\n    datasets:\n      - identifier: datasett-{p}\n        title: Datasett {p}\n        variables:\n"
            );
            for v in 0..PER_PROVIDER {
                text.push_str(&format!(
                    "          - name: VAR_{v}\n            temporalityType: FIXED\n            sensitivityLevel: PUBLIC\n            populationDescription: Alle personer i utvalget {v}\n            subjectFields: [Befolkning, Utdanning]\n            identifierVariables:\n              - unitType: PERSON\n            measureVariables:\n              - label: Variabel {v}\n                description: En generert variabel nummer {v}\n                dataType: STRING\n                valueDomain:\n                  codeList:\n                    - code: \"1\"\n                      categoryTitle: En\n                      validFrom: 2020-01-01\n                    - code: \"2\"\n                      categoryTitle: To\n                      validFrom: 2020-01-01\n"
                ));
            }
            (format!("m/tilbyder-{p}.yaml"), text)
        })
        .collect()
}

/// The JSON of one microdata-tools variable.
fn microdata_variable(v: usize) -> String {
    format!(
        r#"{{
  "temporalityType": "FIXED",
  "sensitivityLevel": "PUBLIC",
  "populationDescription": [{{"languageCode": "no", "value": "Alle personer i utvalget {v}"}}],
  "subjectFields": [[{{"languageCode": "no", "value": "Befolkning"}}], [{{"languageCode": "no", "value": "Utdanning"}}]],
  "dataRevision": {{"description": [{{"languageCode": "no", "value": "Første publisering"}}]}},
  "identifierVariables": [{{"unitType": "PERSON"}}],
  "measureVariables": [{{
    "name": [{{"languageCode": "no", "value": "Variabel {v}"}}],
    "description": [{{"languageCode": "no", "value": "En generert variabel nummer {v}"}}],
    "dataType": "STRING",
    "valueDomain": {{"codeList": [
      {{"code": "1", "categoryTitle": [{{"languageCode": "no", "value": "En"}}], "validFrom": "2020-01-01"}},
      {{"code": "2", "categoryTitle": [{{"languageCode": "no", "value": "To"}}], "validFrom": "2020-01-01"}}
    ]}}
  }}]
}}
"#
    )
}

fn microdata(providers: usize) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for p in 0..providers {
        files.push((
            format!("m/tilbyder-{p}/provider.yaml"),
            format!("name: Tilbyder {p}\n"),
        ));
        for v in 0..PER_PROVIDER {
            files.push((
                format!("m/tilbyder-{p}/VAR_{v}/VAR_{v}.json"),
                microdata_variable(v),
            ));
        }
    }
    files
}

/// One metadata-all data structure or kudaflib variable.
fn structure(v: usize, kudaflib: bool) -> String {
    let (temporality, measure_open, measure_close) = if kudaflib {
        ("temporalityType", "\"measureVariables\": [", "]")
    } else {
        ("temporality", "\"measureVariable\": ", "")
    };
    format!(
        r#"{{"name": "VAR_{v}", "{temporality}": "FIXED", "sensitivityLevel": "PUBLIC",
  "populationDescription": "Alle personer i utvalget {v}", "subjectFields": ["Befolkning", "Utdanning"],
  "temporalCoverage": {{"start": 3653, "stop": 18262}},
  "identifierVariables": [{{"name": "PERSONID_1", "label": "Person", "dataType": "Long",
    "keyType": {{"name": "PERSON", "label": "Person", "description": "En person"}},
    "representedVariables": [{{"description": "Personidentifikator", "validPeriod": {{"start": 3653}}, "valueDomain": {{"description": "N/A", "unitOfMeasure": "N/A"}}}}]}}],
  {measure_open}{{"name": "VAR_{v}", "label": "Variabel {v}", "dataType": "String",
    "representedVariables": [{{"description": "En generert variabel nummer {v}", "validPeriod": {{"start": 3653}},
      "valueDomain": {{"codeList": [{{"code": "1", "category": "En"}}, {{"code": "2", "category": "To"}}], "missingValues": ["9"]}}}}]}}{measure_close},
  "attributeVariables": []}}"#
    )
}

fn metadata_all(providers: usize) -> Vec<(String, String)> {
    (0..providers)
        .map(|p| {
            let structures: Vec<String> = (0..PER_PROVIDER).map(|v| structure(v, false)).collect();
            let text = format!(
                "{{\"dataStore\": {{\"name\": \"no.test.{p}\", \"label\": \"Tilbyder {p}\", \"description\": \"Generert\", \"languageCode\": \"no\"}},\n\"dataStructures\": [\n{}\n]}}\n",
                structures.join(",\n")
            );
            (format!("m/metadata-all-{p}.json"), text)
        })
        .collect()
}

fn kudaflib(providers: usize) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for p in 0..providers {
        files.push((
            format!("m/tilbyder-{p}/provider.json"),
            format!("{{\"name\": \"Tilbyder {p}\"}}\n"),
        ));
        let variables: Vec<String> = (0..PER_PROVIDER).map(|v| structure(v, true)).collect();
        files.push((
            format!("m/tilbyder-{p}/variables_metadata.json"),
            format!("[\n{}\n]\n", variables.join(",\n")),
        ));
    }
    files
}
