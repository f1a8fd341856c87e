//! Unit tests of `highlight`, kept beside it so the module stays short.

use super::*;

fn marked(query: &str, text: &str) -> String {
    let h = Highlighter::new(query);
    mark(&Highlighted {
        text: text.to_string(),
        ranges: h.ranges(text),
    })
}

fn mark(h: &Highlighted) -> String {
    let mut out = String::new();
    let mut at = 0;
    for r in &h.ranges {
        out.push_str(&h.text[at..r.start]);
        out.push_str(&format!("[{}]", &h.text[r.clone()]));
        at = r.end;
    }
    out.push_str(&h.text[at..]);
    out
}

#[test]
fn parts_alternate_unmarked_and_marked_text() {
    // (text, ranges, parts)
    #[allow(clippy::single_range_in_vec_init)]
    let cases = [
        ("elev", vec![], vec!["elev"]),
        ("elev", vec![0..4], vec!["", "elev", ""]),
        (
            "elevene og elev",
            vec![0..4, 11..15],
            vec!["", "elev", "ene og ", "elev", ""],
        ),
        ("Lånekassen", vec![0..3], vec!["", "Lå", "nekassen"]),
        // Not on a char boundary (inside "å"), empty, out of order,
        // overlapping or past the end: skipped.
        ("Lånekassen", vec![0..2, 3..3], vec!["Lånekassen"]),
        ("abcdef", vec![3..4, 0..1, 3..5], vec!["abc", "d", "ef"]),
        ("abc", vec![1..9], vec!["abc"]),
    ];
    for (text, ranges, parts) in cases {
        let h = Highlighted {
            text: text.to_string(),
            ranges: ranges.clone(),
        };
        assert_eq!(h.parts(), parts, "{text:?} {ranges:?}");
    }
}

#[test]
fn highlights_folded_matches_in_the_original_text() {
    let cases = [
        (
            "lanekassen",
            "Stipend fra Lånekassen",
            "Stipend fra [Lånekassen]",
        ),
        ("laanekassen", "Lånekassens tall", "[Lånekassen]s tall"),
        ("la", "Lånekassen", "[Lå]nekassen"),
        ("naer", "Næringsliv", "[Nær]ingsliv"),
        ("boer", "Bør vite", "[Bør] vite"),
        ("elev vgo", "VGO_ELEV_UTDPROGRAM", "[VGO]_[ELEV]_UTDPROGRAM"),
        ("elev", "elevene og elev", "[elev]ene og [elev]"),
        ("elev skole", "elevene og elev", "elevene og [elev]"),
        ("komune", "Kommunenummer", "[Kommune]nummer"),
        ("kommuen fylke", "Kommune og fylke", "[Kommune] og [fylke]"),
        ("elv", "elev", "elev"),
        ("", "Lånekassen", "Lånekassen"),
        // `poeng` folds to `pong`: four letters, so no typo tolerance.
        (
            "poeng",
            "Grunnskolepoeng og poeng",
            "Grunnskolepoeng og [poeng]",
        ),
    ];
    for (query, text, expected) in cases {
        assert_eq!(marked(query, text), expected, "{query}");
    }
}

#[test]
fn snippets_cut_around_the_first_match_on_char_boundaries() {
    let long = format!(
        "{}Lånekassen gir stipend. {}",
        "Ære være ".repeat(30),
        "Øl ".repeat(40)
    );
    let h = Highlighter::new("lanekassen");
    let snippet = h.snippet(&long, 60);
    assert!(
        snippet.text.starts_with('…') && snippet.text.ends_with('…'),
        "{snippet:?}"
    );
    assert!(snippet.text.chars().count() <= 60, "{}", snippet.text);
    assert!(
        mark(&snippet).contains("[Lånekassen] gir"),
        "{}",
        mark(&snippet)
    );
    assert!(
        !snippet.text.contains("  "),
        "cut on word boundaries: {}",
        snippet.text
    );

    let none = Highlighter::new("nothing").snippet(&long, 30);
    assert!(
        none.text.starts_with("Ære") && none.text.ends_with('…'),
        "{none:?}"
    );
    assert!(none.ranges.is_empty());

    let short = Highlighter::new("ære").snippet("Ære være", 30);
    assert_eq!(mark(&short), "[Ære] være");
}

#[test]
fn highlights_are_split_and_moved_into_their_segments() {
    let marked = Highlighted {
        text: "VGO_ELEV_ÅR".into(),
        // "GO_E" spans a break; "ÅR" is two bytes plus one.
        ranges: vec![1..5, 9..12],
    };
    let got: Vec<(String, Vec<(usize, usize)>)> = marked
        .segments()
        .into_iter()
        .map(|h| (h.text, h.ranges.iter().map(|r| (r.start, r.end)).collect()))
        .collect();
    let expected: [(&str, &[(usize, usize)]); 3] =
        [("VGO_", &[(1, 4)]), ("ELEV_", &[(0, 1)]), ("ÅR", &[(0, 3)])];
    assert_eq!(got.len(), expected.len());
    for ((text, ranges), (want_text, want_ranges)) in got.iter().zip(expected) {
        assert_eq!((text.as_str(), ranges.as_slice()), (want_text, want_ranges));
    }
}
