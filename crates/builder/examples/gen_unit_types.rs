//! Regenerates `data/unit-types.json`, the builder's table of global unit
//! types, from Statistics Norway's unit type definitions (one JSON file per
//! identifier variable, as in microdata-tools; MIT licence, see
//! `data/unit-types-LICENSE.md`) plus the unit types KUDAF adds.
//!
//! ```sh
//! cargo run -p nettbutikk-catalog --example gen_unit_types -- \
//!     path/to/unit-types > crates/builder/data/unit-types.json
//! ```
//!
//! The table is committed, so building and testing never need the source
//! definitions.

use catalog::{Text, UnitType};
use serde_json::Value;
use std::path::Path;
use std::process::ExitCode;

/// The unit types KUDAF uses beyond Statistics Norway's: id, Norwegian and
/// English label, Norwegian and English description. Each is added only if
/// the source definitions lack it.
const KUDAF_UNIT_TYPES: [(&str, &str, &str, &str, &str); 4] = [
    (
        "FYLKE",
        "Fylke",
        "County",
        "Fylke er det regionale forvaltningsområdet mellom stat og kommune, identifisert med et tosifret fylkesnummer.",
        "A county is the regional administrative area between the state and the municipalities, identified by a two-digit county number.",
    ),
    (
        "FYLKESKOMMUNE",
        "Fylkeskommune",
        "County authority",
        "Fylkeskommunen er det folkevalgte regionale forvaltningsnivået, med ansvar for blant annet videregående opplæring.",
        "The county authority is the elected regional tier of government, responsible for upper secondary education among other things.",
    ),
    (
        "ORGANISASJON",
        "Organisasjon",
        "Organisation",
        "En organisasjon, for eksempel en utdanningsinstitusjon, en etat eller et selskap, slik datatilbyderen registrerer den.",
        "An organisation, such as an educational institution, an agency or a company, as the data provider registers it.",
    ),
    (
        "VIRKSOMHET",
        "Virksomhet",
        "Establishment",
        "En virksomhet er en lokalt avgrenset enhet (underenhet) av en juridisk enhet, identifisert med organisasjonsnummer.",
        "An establishment is a locally delimited unit (sub-unit) of a legal unit, identified by an organisation number.",
    ),
];

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: gen_unit_types <directory of unit type JSON files>");
        return ExitCode::from(2);
    };
    match generate(Path::new(&dir)) {
        Ok(json) => {
            print!("{json}");
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("gen_unit_types: {why}");
            ExitCode::FAILURE
        }
    }
}

/// The table as JSON: a list sorted by id, one unit type per line.
fn generate(dir: &Path) -> Result<String, String> {
    let mut unit_types = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "json") {
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let json: Value =
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            unit_types.push(
                unit_type(&json["unitType"])
                    .ok_or_else(|| format!("{}: no unitType.shortName", path.display()))?,
            );
        }
    }
    for (id, nb, en, description_nb, description_en) in KUDAF_UNIT_TYPES {
        if !unit_types.iter().any(|u: &UnitType| u.id == id) {
            unit_types.push(UnitType {
                id: id.to_owned(),
                label: Text::nb_en(nb, en),
                description: Text::nb_en(description_nb, description_en),
                provider: None,
            });
        }
    }
    unit_types.sort_by(|a, b| a.id.cmp(&b.id));
    let lines: Result<Vec<String>, String> = unit_types
        .iter()
        .map(|u| serde_json::to_string(u).map_err(|e| e.to_string()))
        .collect();
    Ok(format!("[\n{}\n]\n", lines?.join(",\n")))
}

fn unit_type(json: &Value) -> Option<UnitType> {
    Some(UnitType {
        id: json["shortName"].as_str()?.to_owned(),
        label: text(&json["name"]),
        description: text(&json["description"]),
        provider: None,
    })
}

/// A microdata multilingual text (`[{languageCode, value}]`, `no` = `nb`).
fn text(json: &Value) -> Text {
    let mut text = Text::default();
    for item in json.as_array().into_iter().flatten() {
        let value = item["value"].as_str().map(str::to_owned);
        match item["languageCode"].as_str() {
            Some("no" | "nb") => text.nb = value,
            Some("nn") => text.nn = value,
            Some("en") => text.en = value,
            _ => {}
        }
    }
    text
}
