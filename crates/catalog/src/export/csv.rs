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
use crate::{Basket, Catalog, Lang};

/// The basket as a CSV file (see the module notes above for the
/// format), with a header row in `lang`:
///
/// | nb | en |
/// | --- | --- |
/// | Datatilbyder | Provider |
/// | Teknisk navn | Technical name |
/// | Variabelnavn | Variable name |
/// | Enhetstyper | Unit types |
/// | Tilgjengelighet | Access |
/// | Merknad | Note |
///
/// One row per variable in the basket page's order; unit types are ids
/// joined by `, `; access is "Åpen"/"Begrenset" ("Open"/"Restricted").
/// Ids the catalog no longer has come last, with the provider and
/// technical name read from the id, the other cells empty and the note
/// "Finnes ikke lenger i katalogen" ("No longer in the catalog").
/// Discontinued variables get the note "Avsluttet" ("Discontinued").
pub fn export_csv(basket: &Basket, catalog: &Catalog, lang: Lang) -> String {
    let words = Words::of(lang);
    let mut out = String::from('\u{FEFF}');
    write_row(&mut out, &words.header);
    let resolved = basket.resolve(catalog, lang);
    for i in resolved.positions() {
        let v = &catalog.variables[i];
        write_row(
            &mut out,
            &[
                display_name(catalog, &v.provider, lang),
                &v.name,
                v.label.get(lang),
                &v.unit_types.join(", "),
                v.sensitivity.access_label(lang),
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
        write_row(&mut out, &[provider, name, "", "", "", words.missing]);
    }
    out
}

/// The fixed texts in one language.
struct Words {
    header: [&'static str; 6],
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
                    "Enhetstyper",
                    "Tilgjengelighet",
                    "Merknad",
                ],
                discontinued: "Avsluttet",
                missing: "Finnes ikke lenger i katalogen",
            },
            Lang::En => Words {
                header: [
                    "Provider",
                    "Technical name",
                    "Variable name",
                    "Unit types",
                    "Access",
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
