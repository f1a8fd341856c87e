//! The exports: the CSV reads back cell for cell under RFC 4180, the JSON
//! has the documented shape, both on generated catalogs.

// The reference sorts with the standard library, independent of the
// code under test (`catalog::sorting`).
#![allow(clippy::disallowed_methods)]

use catalog::*;
use serde_json::Value;

#[path = "../src/testing.rs"]
mod testing;

use testing::{catalog, generated_catalog, provider, variable, Rng};

/// A strict RFC 4180 reader: fields separated by `,`, records by CRLF,
/// quoted fields may hold anything with `"` doubled.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut chars = text.chars().peekable();
    loop {
        let mut cell = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next().expect("a closing quote") {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        cell.push('"');
                    }
                    '"' => break,
                    c => cell.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                assert!(
                    c != '"' && c != '\n' || cell.ends_with('\r'),
                    "bare {c:?} in {cell:?}"
                );
                if c == ',' || c == '\r' {
                    break;
                }
                cell.push(c);
                chars.next();
            }
        }
        row.push(cell);
        match chars.next() {
            Some(',') => {}
            Some('\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                rows.push(std::mem::take(&mut row));
                if chars.peek().is_none() {
                    return rows;
                }
            }
            other => panic!("unexpected {other:?} after {row:?}"),
        }
    }
}

/// What a spreadsheet shows for a defused cell.
fn shown(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

fn tricky_catalog() -> Catalog {
    let labels = [
        "Kommune, fylke",
        "=SUM(1+1)",
        "-1 = ukjent",
        "Sitat \"her\"",
        "to\nlinjer",
        "semi;kolon",
        "Ærlig østlending på åsen",
        "@navn",
        "+47",
        " mellomrom ",
    ];
    let vars = labels
        .iter()
        .enumerate()
        .map(|(i, l)| variable("p", &format!("V{i}"), Text::nb(*l), Text::default()))
        .collect();
    catalog(vec![provider("p", "Leverandør, AS")], vec![], vars)
}

#[test]
fn csv_has_bom_crlf_header_and_defused_quoted_cells() {
    let cat = tricky_catalog();
    let mut b: Basket = cat.variables.iter().map(|v| v.id.clone()).collect();
    b.add("p/BORTE");
    b.add("=cmd/X");
    for (lang, header, missing) in [
        (
            Lang::Nb,
            [
                "Datatilbyder",
                "Teknisk navn",
                "Variabelnavn",
                "Beskrivelse",
                "Enhetstyper",
                "Temporalitet",
                "Tilgjengelighet",
                "Lenke",
                "Merknad",
            ],
            "Finnes ikke lenger i katalogen",
        ),
        (
            Lang::En,
            [
                "Provider",
                "Technical name",
                "Variable name",
                "Description",
                "Unit types",
                "Temporality",
                "Access",
                "Link",
                "Note",
            ],
            "No longer in the catalog",
        ),
    ] {
        let csv = export_csv(&b, &cat, lang);
        let body = csv.strip_prefix('\u{FEFF}').expect("a byte order mark");
        assert!(csv.ends_with("\r\n"));
        let rows = read_csv(body);
        assert_eq!(rows[0], header);
        assert_eq!(rows.len(), 1 + cat.variables.len() + 2);
        let labels: Vec<&str> = rows[1..=cat.variables.len()]
            .iter()
            .map(|r| shown(&r[2]))
            .collect();
        let mut expected: Vec<&str> = cat.variables.iter().map(|v| v.label.get(lang)).collect();
        expected.sort_by(|a, b| collate::compare(a, b));
        assert_eq!(labels, expected);
        for row in &rows[1..] {
            assert_eq!(row.len(), 9);
            for cell in row {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{cell:?}"
                );
            }
        }
        let stale = &rows[rows.len() - 2..];
        let blank = ["", "", "", "", "", ""];
        assert_eq!(stale[0][..2], ["'=cmd", "X"]);
        assert_eq!(stale[1][..2], ["Leverandør, AS", "BORTE"]);
        for row in stale {
            assert_eq!(row[2..8], blank);
            assert_eq!(row[8], missing);
        }
        assert_eq!(rows[1][0], "Leverandør, AS");
        // No label in the catalog for PERSON: the id stands in.
        assert_eq!(rows[1][4], "PERSON");
        assert!(
            rows[1][7].starts_with("?variabel=p%2FV"),
            "{:?}",
            rows[1][7]
        );
    }
    let raw = export_csv(&b, &cat, Lang::Nb);
    assert!(raw.contains("\"Kommune, fylke\""));
    assert!(raw.contains(",'=SUM(1+1),") && raw.contains(",'-1 = ukjent,"));
    assert!(raw.contains("\"Sitat \"\"her\"\"\""));
    assert!(raw.contains("\"to\nlinjer\""));
    assert!(raw.contains(",Åpen,"));
}

#[test]
fn an_empty_basket_exports_just_the_header() {
    let cat = Catalog::empty();
    assert_eq!(
        export_csv(&Basket::default(), &cat, Lang::Nb),
        "\u{FEFF}Datatilbyder,Teknisk navn,Variabelnavn,Beskrivelse,Enhetstyper,Temporalitet,Tilgjengelighet,Lenke,Merknad\r\n"
    );
}

#[test]
fn json_lists_every_variable_in_order_and_the_missing_ids() {
    let cat = generated_catalog(300, 21);
    let mut rng = Rng::new(4);
    for round in 0..20 {
        let mut b = Basket::default();
        for _ in 0..rng.below(25) {
            b.add(rng.pick(&cat.variables).id.clone());
        }
        b.add(format!("ssb/GONE_{round}"));
        let lang = if round % 2 == 0 { Lang::Nb } else { Lang::En };
        let exported = (round % 3 == 0).then_some("2025-03-01");
        let json: Value =
            serde_json::from_str(&export_json(&b, &cat, lang, exported)).expect("valid JSON");
        assert_eq!(json["catalogVersion"], catalog::SCHEMA_VERSION);
        assert_eq!(json["language"], lang.code());
        assert_eq!(json.get("exported").and_then(Value::as_str), exported);
        assert_eq!(
            json["missing"],
            serde_json::json!([format!("ssb/GONE_{round}")])
        );
        let resolved = b.resolve(&cat, lang);
        let vars = json["variables"].as_array().expect("a list");
        assert_eq!(vars.len(), resolved.found());
        for (entry, i) in vars.iter().zip(resolved.positions()) {
            let v = &cat.variables[i];
            assert_eq!(entry["id"], v.id.as_str());
            assert_eq!(entry["provider"], v.provider.as_str());
            assert_eq!(
                entry["providerName"],
                cat.provider(&v.provider).expect("known").name.get(lang)
            );
            assert_eq!(entry["name"], v.name.as_str());
            assert_eq!(entry["label"], v.label.get(lang));
            assert_eq!(entry["unitTypes"], serde_json::json!(v.unit_types));
            assert_eq!(entry["sensitivity"], v.sensitivity.code());
            assert_eq!(entry["temporality"], v.temporality.code());
            assert_eq!(
                entry.get("updated").and_then(Value::as_str),
                v.updated.as_deref()
            );
        }
    }
}
