//! The CSV export, for spreadsheet programs.
//!
//! - UTF-8 with a byte order mark (U+FEFF): without it Excel reads the
//!   file as the local 8-bit code page and garbles æ, ø and å.
//! - Comma-separated, RFC 4180: a cell with `"`, `,`, `;`, CR or LF, or
//!   with space at either end, is put in double quotes, with `"` doubled.
//!   `;` is quoted too because Norwegian spreadsheet settings use it as the
//!   separator, so such cells stay whole either way. (A `sep=,` first line
//!   would make Excel split on commas everywhere, but Excel then ignores
//!   the byte order mark, which is worse.)
//! - Lines end in CRLF, the last one too.
//! - Formula injection (OWASP, "CSV Injection"): a cell starting with `=`,
//!   `+`, `-`, `@`, tab or CR could run as a formula when opened, and
//!   labels come from providers' metadata, not from us. Such a cell gets a
//!   leading `'`, which spreadsheets show as text; the cell is then quoted
//!   as usual. A label such as `-1 = ukjent` thus reads `'-1 = ukjent`.

use crate::locate::display_name;
use crate::{unit_type_label, url, Basket, Catalog, Lang, VARIABLE_KEY};

/// The basket as a CSV file (see the module notes above for the
/// format) with relative links (`?variabel=<id>`); the same as
/// [`export_csv_linked`] with an empty base. Prefer that one in the app,
/// since a relative link does not work once the file leaves the site.
pub fn export_csv(basket: &Basket, catalog: &Catalog, lang: Lang) -> String {
    export_csv_linked(basket, catalog, lang, "")
}

/// The basket as a CSV file (see the module notes above for the format),
/// with a header row and every text in `lang`:
///
/// | nb | en |
/// | --- | --- |
/// | Datatilbyder | Provider |
/// | Teknisk navn | Technical name |
/// | Variabelnavn | Variable name |
/// | Beskrivelse | Description |
/// | Enhetstyper | Unit types |
/// | Temporalitet | Temporality |
/// | Tilgjengelighet | Access |
/// | Lenke | Link |
/// | Merknad | Note |
///
/// One row per variable in the basket page's order. Labels, as the screen
/// shows them, not codes: unit types by label (the id where the catalog
/// has none) joined by `, `, temporality as "Forløp" ("Event"), access
/// as "Åpen"/"Begrenset" ("Open"/"Restricted"). The link is
/// [`variable_link`] of `base` (the shop's address, e.g.
/// `https://example.org/nettbutikk/`). Ids the catalog no longer has come
/// last, with the provider and technical name read from the id, the other
/// cells empty and the note "Finnes ikke lenger i katalogen" ("No longer
/// in the catalog"). Discontinued variables get the note "Avsluttet"
/// ("Discontinued").
pub fn export_csv_linked(basket: &Basket, catalog: &Catalog, lang: Lang, base: &str) -> String {
    let words = Words::of(lang);
    let mut out = String::from('\u{FEFF}');
    write_row(&mut out, &words.header);
    let resolved = basket.resolve(catalog, lang);
    for i in resolved.positions() {
        let v = &catalog.variables[i];
        let units: Vec<&str> = v
            .unit_types
            .iter()
            .map(|u| unit_type_label(catalog, u, lang))
            .collect();
        write_row(
            &mut out,
            &[
                display_name(catalog, &v.provider, lang),
                &v.name,
                v.label.get(lang),
                v.description.get(lang),
                &units.join(", "),
                v.temporality.label(lang),
                v.sensitivity.access_label(lang),
                &variable_link(base, &v.id),
                if v.is_discontinued() {
                    words.discontinued
                } else {
                    ""
                },
            ],
        );
    }
    for id in &resolved.stale {
        let (provider, name) = id.split_once('/').unwrap_or(("", id));
        let provider = if provider.is_empty() {
            provider
        } else {
            display_name(catalog, provider, lang)
        };
        write_row(
            &mut out,
            &[provider, name, "", "", "", "", "", "", words.missing],
        );
    }
    out
}

/// The address of a variable's detail page: `base` without its query and
/// fragment, then `?variabel=<id>` (percent-encoded). An empty `base`
/// gives the relative link.
pub fn variable_link(base: &str, id: &str) -> String {
    let base = base.split(['?', '#']).next().unwrap_or_default();
    format!("{base}?{}", url::format_pairs(&[(VARIABLE_KEY, id)]))
}

/// The fixed texts in one language.
struct Words {
    header: [&'static str; 9],
    discontinued: &'static str,
    missing: &'static str,
}

impl Words {
    fn of(lang: Lang) -> Words {
        match lang {
            Lang::Nb => Words {
                header: [
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
                discontinued: "Avsluttet",
                missing: "Finnes ikke lenger i katalogen",
            },
            Lang::Nn => Words {
                header: [
                    "Datatilbydar",
                    "Teknisk namn",
                    "Variabelnamn",
                    "Skildring",
                    "Einingstypar",
                    "Temporalitet",
                    "Tilgjenge",
                    "Lenkje",
                    "Merknad",
                ],
                discontinued: "Avslutta",
                missing: "Finst ikkje lenger i katalogen",
            },
            Lang::En => Words {
                header: [
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
                discontinued: "Discontinued",
                missing: "No longer in the catalog",
            },
        }
    }
}

fn write_row(out: &mut String, cells: &[&str]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_cell(out, cell);
    }
    out.push_str("\r\n");
}

/// Writes one cell, defused against formulas and quoted where needed.
fn write_cell(out: &mut String, cell: &str) {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = cell.contains(['"', ',', ';', '\r', '\n'])
        || cell.starts_with(char::is_whitespace)
        || cell.ends_with(char::is_whitespace);
    if quote {
        out.push('"');
    }
    if risky {
        out.push('\'');
    }
    if quote {
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{catalog, provider, unit_type, variable};
    use crate::{Discontinued, Temporality, Text};

    #[test]
    fn rows_use_labels_and_link_to_the_detail_page() {
        let mut v = variable(
            "novari-iks",
            "VGO_ELEV_SKOLE",
            Text::nb_en("Elevens skole", "The pupil's school"),
            Text::nb("Skolen eleven går på, per 1. oktober."),
        );
        v.unit_types = vec!["PERSON".into(), "SKOLE".into()];
        v.temporality = Temporality::Event;
        v.discontinued = Some(Discontinued::default());
        let cat = catalog(
            vec![provider("novari-iks", "Novari IKS")],
            vec![unit_type("PERSON", Text::nb_en("Person", "Person (en)"))],
            vec![v],
        );
        let basket: Basket = ["novari-iks/VGO_ELEV_SKOLE", "sikt/GONE"]
            .map(String::from)
            .into_iter()
            .collect();
        let nb = export_csv_linked(
            &basket,
            &cat,
            Lang::Nb,
            "https://example.org/butikk/?q=x#top",
        );
        assert_eq!(
            nb,
            "\u{FEFF}Datatilbyder,Teknisk navn,Variabelnavn,Beskrivelse,Enhetstyper,Temporalitet,Tilgjengelighet,Lenke,Merknad\r\n\
             Novari IKS,VGO_ELEV_SKOLE,Elevens skole,\"Skolen eleven går på, per 1. oktober.\",\"Person, SKOLE\",Forløp,Åpen,https://example.org/butikk/?variabel=novari-iks%2FVGO_ELEV_SKOLE,Avsluttet\r\n\
             sikt,GONE,,,,,,,Finnes ikke lenger i katalogen\r\n"
        );
        let en = export_csv(&basket, &cat, Lang::En);
        let row = en.lines().nth(1).expect("a row");
        assert_eq!(
            row,
            "Novari IKS,VGO_ELEV_SKOLE,The pupil's school,\"Skolen eleven går på, per 1. oktober.\",\"Person (en), SKOLE\",Event,Open,?variabel=novari-iks%2FVGO_ELEV_SKOLE,Discontinued"
        );
    }

    #[test]
    fn every_language_has_its_own_words() {
        let mut v = variable(
            "novari-iks",
            "VGO_ELEV_SKOLE",
            Text {
                nb: Some("Elevens skole".into()),
                nn: Some("Skulen til eleven".into()),
                en: Some("The pupil's school".into()),
            },
            Text::nb("Skolen eleven går på."),
        );
        v.temporality = Temporality::Event;
        v.discontinued = Some(Discontinued::default());
        let cat = catalog(vec![provider("novari-iks", "Novari IKS")], vec![], vec![v]);
        let basket: Basket = ["novari-iks/VGO_ELEV_SKOLE", "sikt/GONE"]
            .map(String::from)
            .into_iter()
            .collect();
        let cases = [
            (
                Lang::Nb,
                concat!(
                    "Datatilbyder,Teknisk navn,Variabelnavn,Beskrivelse,Enhetstyper,",
                    "Temporalitet,Tilgjengelighet,Lenke,Merknad"
                ),
                "Elevens skole,Skolen eleven går på.,PERSON,Forløp,Åpen",
                ",Avsluttet",
                "Finnes ikke lenger i katalogen",
            ),
            (
                Lang::Nn,
                concat!(
                    "Datatilbydar,Teknisk namn,Variabelnamn,Skildring,Einingstypar,",
                    "Temporalitet,Tilgjenge,Lenkje,Merknad"
                ),
                "Skulen til eleven,Skolen eleven går på.,PERSON,Forløp,Open",
                ",Avslutta",
                "Finst ikkje lenger i katalogen",
            ),
            (
                Lang::En,
                concat!(
                    "Provider,Technical name,Variable name,Description,Unit types,",
                    "Temporality,Access,Link,Note"
                ),
                "The pupil's school,Skolen eleven går på.,PERSON,Event,Open",
                ",Discontinued",
                "No longer in the catalog",
            ),
        ];
        for (lang, header, cells, note, missing) in cases {
            let csv = export_csv(&basket, &cat, lang);
            let lines: Vec<&str> = csv.trim_start_matches('\u{FEFF}').lines().collect();
            assert_eq!(lines[0], header, "{lang:?}");
            assert!(lines[1].contains(cells), "{lang:?}: {}", lines[1]);
            assert!(lines[1].ends_with(note), "{lang:?}: {}", lines[1]);
            assert!(lines[2].ends_with(missing), "{lang:?}: {}", lines[2]);
        }
    }

    #[test]
    fn cells_are_quoted_and_defused() {
        let cases = [
            ("", ""),
            ("Kommune", "Kommune"),
            ("Ærlig østlending på ski", "Ærlig østlending på ski"),
            ("a,b", "\"a,b\""),
            ("a;b", "\"a;b\""),
            ("si \"hei\"", "\"si \"\"hei\"\"\""),
            ("to\nlinjer", "\"to\nlinjer\""),
            ("cr\rlf", "\"cr\rlf\""),
            (" kant", "\" kant\""),
            ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
            ("+47", "'+47"),
            ("-1 = ukjent", "'-1 = ukjent"),
            ("@cmd", "'@cmd"),
            ("\tfane", "\"'\tfane\""),
            ("\rretur", "\"'\rretur\""),
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
            ),
            ("a=b", "a=b"),
            ("VGO_ELEV-2", "VGO_ELEV-2"),
        ];
        for (cell, expected) in cases {
            let mut out = String::new();
            write_cell(&mut out, cell);
            assert_eq!(out, expected, "{cell:?}");
        }
    }
}
