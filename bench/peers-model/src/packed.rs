//! The packed form in which the WebAssembly adapter hands documents over:
//! one string, so crossing from JavaScript is one copy instead of a call
//! per field.
//!
//! Records end with [`RECORD`]; their fields, in the order of
//! [`crate::Doc`] (name, label, description, provider, temporality, unit
//! types, access, updated), are separated by [`FIELD`]; unit types by
//! [`LIST`]. These control characters never occur in the documents' text.

use crate::Doc;

/// Ends a record (ASCII record separator).
pub const RECORD: char = '\u{1e}';
/// Separates the fields of a record (ASCII unit separator).
pub const FIELD: char = '\u{1f}';
/// Separates the unit types of a record (ASCII group separator).
pub const LIST: char = '\u{1d}';

/// The number of fields of a record.
const FIELDS: usize = 8;

/// The documents of a packed string; an error names the record and what
/// is wrong with it.
pub fn parse_packed(packed: &str) -> Result<Vec<Doc<'_>>, String> {
    let body = packed.strip_suffix(RECORD).unwrap_or(packed);
    if body.is_empty() {
        return Ok(Vec::new());
    }
    body.split(RECORD)
        .enumerate()
        .map(|(i, record)| {
            let f: Vec<&str> = record.split(FIELD).collect();
            if f.len() != FIELDS {
                return Err(format!(
                    "packed document {i}: {} fields, expected {FIELDS}",
                    f.len()
                ));
            }
            Ok(Doc {
                name: f[0],
                label: f[1],
                description: f[2],
                provider: f[3],
                temporality: f[4],
                unit_types: f[5].split(LIST).filter(|u| !u.is_empty()).collect(),
                access: f[6],
                updated: f[7],
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_split_into_documents() {
        let packed = "A\u{1f}a\u{1f}d\u{1f}SSB\u{1f}Fast\u{1f}Person\u{1d}Elev\u{1f}Åpen\u{1f}2020-01-01\u{1e}\
                      B\u{1f}b\u{1f}\u{1f}Udir\u{1f}Forløp\u{1f}\u{1f}Begrenset\u{1f}\u{1e}";
        let docs = parse_packed(packed).expect("two records");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].unit_types, ["Person", "Elev"]);
        assert_eq!((docs[1].name, docs[1].temporality), ("B", "Forløp"));
        assert!(docs[1].unit_types.is_empty());
        assert_eq!(parse_packed(""), Ok(Vec::new()));
        assert_eq!(
            parse_packed("A\u{1f}b\u{1e}").map(|d| d.len()),
            Err("packed document 0: 2 fields, expected 8".to_string())
        );
    }
}
