//! Search semantics through the public engine: folding, prefix and AND,
//! typo tolerance, ranking tiers and tie-breaks, highlighting.

use catalog::*;

#[path = "../src/testing.rs"]
mod testing;

use testing::{catalog, provider, unit_type, variable};

fn shop() -> Catalog {
    let v = |p: &str, name: &str, label: Text, description: &str| {
        variable(
            p,
            name,
            label,
            if description.is_empty() {
                Text::default()
            } else {
                Text::nb(description)
            },
        )
    };
    let mut bosted = v(
        "ssb",
        "BOSTED",
        Text::nb_en("Bostedskommune", "Municipality of residence"),
        "",
    );
    bosted.unit_types = vec!["KOMMUNE".into()];
    let mut naering = v(
        "ssb",
        "NAERING",
        Text::nb("Næringskode"),
        "Næring etter standard",
    );
    naering.subject_fields = vec![Text::nb("Næringsliv")];
    let mut vgo = v(
        "udir",
        "VGO_ELEV_UTDPROGRAM",
        Text::nb("Utdanningsprogram"),
        "Elevens program",
    );
    vgo.unit_types = vec!["ELEV".into()];
    let mut subject = v("ssb", "AREAL", Text::nb("Areal"), "");
    subject.subject_fields = vec![Text::nb("Kommune")];
    catalog(
        vec![
            provider("lanekassen", "Lånekassen"),
            provider("ssb", "Statistisk sentralbyrå"),
            provider("udir", "Utdanningsdirektoratet"),
        ],
        vec![
            unit_type("PERSON", Text::nb("Person")),
            unit_type("KOMMUNE", Text::nb_en("Kommune", "Municipality")),
            unit_type("ELEV", Text::nb("Elev")),
        ],
        vec![
            v(
                "lanekassen",
                "STIPEND",
                Text::nb("Tildelt stipend"),
                "Stipend fra Lånekassen.",
            ),
            vgo,
            v(
                "udir",
                "GRS_POENG",
                Text::nb("Grunnskolepoeng"),
                "Sum poeng fra grunnskolen",
            ),
            v("udir", "POENG", Text::nb("Poeng"), ""),
            v(
                "ssb",
                "INNTEKT",
                Text::nb("Inntekt"),
                "Samlet inntekt i norske kroner",
            ),
            naering,
            bosted,
            subject,
            v(
                "udir",
                "SKOLEAAR",
                Text::nb("Skoleår"),
                "Skoleåret eleven gikk på",
            ),
            v("ssb", "KOMMUNE", Text::nb("Kommune"), "Kommunenummer"),
            v("ssb", "KOMFYL", Text::nb("Kommune og fylke"), ""),
            v("ssb", "SKOLE_ID", Text::nb("Skole"), "Skolens kommune"),
            v("ssb", "KOMMUNA", Text::nb("Kommuna"), ""),
            v("ssb", "OESTLANDET", Text::nb("Østlandet"), ""),
            v("ssb", "BOER", Text::nb("Bør vite"), ""),
        ],
    )
}

/// The technical names of every row, in order.
fn search(engine: &Engine, catalog: &Catalog, text: &str) -> Vec<String> {
    let query = Query {
        text: text.into(),
        page_size: PageSize::P100,
        ..Query::default()
    };
    let answer = engine.run(&query, [""; 0]);
    answer
        .rows
        .iter()
        .map(|&i| catalog.variables[i].name.clone())
        .collect()
}

#[test]
fn spellings_that_fold_alike_find_the_same_variables() {
    let catalog = shop();
    let engine = Engine::new(&catalog);
    let groups: [&[&str]; 7] = [
        &[
            "Lånekassen",
            "laanekassen",
            "lanekassen",
            "LÅNEKASSEN",
            "La\u{30a}nekassen",
        ],
        &["næring", "naering", "NÆRING", "Naering"],
        &["østlandet", "oestlandet", "ostlandet"],
        &["bør", "boer", "bor"],
        &["skoleår", "skoleaar", "skolear"],
        &["poeng", "Poeng"],
        &["kroner", "KRONER"],
    ];
    for group in groups {
        let expected = search(&engine, &catalog, group[0]);
        assert!(!expected.is_empty(), "{}", group[0]);
        for spelling in group {
            assert_eq!(search(&engine, &catalog, spelling), expected, "{spelling}");
        }
    }
    assert_eq!(search(&engine, &catalog, "lanekassen"), ["STIPEND"]);
    assert_eq!(search(&engine, &catalog, "kroner"), ["INNTEKT"]);
    assert_eq!(search(&engine, &catalog, "poeng"), ["POENG", "GRS_POENG"]);
    assert_eq!(search(&engine, &catalog, "oestlandet"), ["OESTLANDET"]);
}

#[test]
fn the_last_word_is_a_prefix_and_every_word_must_match() {
    let catalog = shop();
    let engine = Engine::new(&catalog);
    let cases: [(&str, &[&str]); 11] = [
        ("utdanningsprog", &["VGO_ELEV_UTDPROGRAM"]),
        ("utdanningsprog elev", &[]),
        ("elev utdanningsprog", &["VGO_ELEV_UTDPROGRAM"]),
        ("stipend poeng", &[]),
        ("tildelt stip", &["STIPEND"]),
        ("grunnskolep", &["GRS_POENG"]),
        ("VGO_ELEV_UTDPROGRAM", &["VGO_ELEV_UTDPROGRAM"]),
        ("vgo", &["VGO_ELEV_UTDPROGRAM"]),
        ("utdprogram", &["VGO_ELEV_UTDPROGRAM"]),
        ("vgo elev utdprog", &["VGO_ELEV_UTDPROGRAM"]),
        ("municipality", &["BOSTED"]),
    ];
    for (text, expected) in cases {
        assert_eq!(search(&engine, &catalog, text), expected, "{text}");
    }
}

#[test]
fn one_typo_is_tolerated_from_five_letters_and_ranks_below_exact() {
    let catalog = shop();
    let engine = Engine::new(&catalog);
    let cases: [(&str, bool); 11] = [
        ("stipnd", true),          // deletion, six letters
        ("stipennd", true),        // insertion
        ("tildetl stipend", true), // transposition in a non-last word
        ("sitpend", true),         // transposition at the start
        ("stxpend tildelt", true), // substitution in a non-last word
        ("tildelt stxp", false),   // a four-letter prefix gets no typo
        ("elex", false),           // four letters: exact only
        ("elv", false),
        ("stpnd", false),    // two edits
        ("stipend2", false), // digits: never a typo
        ("stipendx", true),  // the last word: a prefix one edit away
    ];
    for (text, found) in cases {
        let rows = search(&engine, &catalog, text);
        assert_eq!(
            rows.contains(&"STIPEND".to_string()),
            found,
            "{text}: {rows:?}"
        );
    }
    // `kommuna` is exact for KOMMUNA and one typo from every `kommune`.
    let rows = search(&engine, &catalog, "kommuna");
    assert_eq!(
        rows.first().map(String::as_str),
        Some("KOMMUNA"),
        "{rows:?}"
    );
    assert!(rows.contains(&"KOMMUNE".to_string()), "{rows:?}");
}

#[test]
fn ranks_by_tier_then_label() {
    let catalog = shop();
    let engine = Engine::new(&catalog);
    // Exact name; label (A–Å: "Kommune" < "Kommune og fylke"); subject and
    // unit type (A–Å: Areal < Bostedskommune); description; typo.
    let expected = [
        "KOMMUNE", "KOMFYL", "AREAL", "BOSTED", "SKOLE_ID", "KOMMUNA",
    ];
    assert_eq!(search(&engine, &catalog, "kommune"), expected);
    // Without the exact name, KOMMUNE is a label match like KOMFYL, and
    // the prefix matches KOMMUNA exactly: label A–Å decides.
    let rows = search(&engine, &catalog, "kommun");
    assert_eq!(rows[..3], ["KOMMUNA", "KOMMUNE", "KOMFYL"]);
    // Both words in the label beat one word in the label.
    assert_eq!(search(&engine, &catalog, "kommune og")[0], "KOMFYL");
}

#[test]
fn highlights_map_folded_matches_back() {
    let catalog = shop();
    let h = Highlighter::new("lanekassen stip");
    let description = catalog.variables[0].description.get(Lang::Nb);
    let ranges = h.ranges(description);
    let marked: Vec<&str> = ranges.iter().map(|r| &description[r.clone()]).collect();
    assert_eq!(marked, ["Stip", "Lånekassen"]);
    let snippet = h.snippet(description, search::SNIPPET_CHARS);
    assert_eq!(snippet.text, description);
}

#[test]
fn highlights_split_and_normalise_words_as_the_engine_does() {
    let text = "Lånekassen: stipend-og lån";
    let marked = |h: &Highlighter| -> Vec<String> {
        h.ranges(text)
            .into_iter()
            .map(|r| text[r].to_string())
            .collect()
    };
    let cases: [(&str, Analysis, &[&str]); 6] = [
        // The shop folds å to a and lets only the last word be a prefix.
        ("la", Analysis::SHOP, &["Lå", "lå"]),
        ("stip lanekassen", Analysis::SHOP, &["Lånekassen"]),
        ("stipnd", Analysis::SHOP, &["stipend"]),
        // The canonical rules keep diacritics, make every word a prefix
        // and tolerate no typo.
        ("la", Analysis::CANONICAL, &[]),
        ("stip lå", Analysis::CANONICAL, &["Lå", "stip", "lå"]),
        ("stipnd", Analysis::CANONICAL, &[]),
    ];
    for (query, analysis, expected) in cases {
        let h = Highlighter::with_analysis(query, analysis);
        assert_eq!(marked(&h), expected, "{query} {analysis:?}");
        let engine = Engine::with_analysis(&shop(), analysis);
        assert_eq!(engine.highlighter(query), h, "{query}");
    }
    assert!(Highlighter::default().is_empty());
}

#[test]
fn characters_invisible_inside_a_word_are_ignored() {
    let catalog = shop();
    let engine = Engine::new(&catalog);
    let expected = search(&engine, &catalog, "Lånekassen");
    assert_eq!(expected, ["STIPEND"]);
    for spelling in [
        "Låne\u{200B}kassen",
        "Låne\u{AD}kassen",
        "Låne\u{2060}kassen",
        "\u{FEFF}Lånekassen",
        "Lånekas\u{200B}",
    ] {
        assert_eq!(
            search(&engine, &catalog, spelling),
            expected,
            "{spelling:?}"
        );
    }
    // Invisible characters in the indexed text are ignored the same way.
    let mut hidden = catalog.clone();
    hidden.variables[0].description = Text::nb("Stipend fra Låne\u{AD}kassen.");
    let engine = Engine::new(&hidden);
    assert_eq!(search(&engine, &hidden, "lanekassen"), ["STIPEND"]);
}

#[test]
fn datasets_are_searched_between_subjects_and_descriptions() {
    let mut catalog = shop();
    catalog.datasets = vec![Dataset {
        id: "pilot".into(),
        provider: "udir".into(),
        title: Text::nb("Elever (VIGO-piloten)"),
        description: Text::nb("I pilotfasen er alle data syntetiske."),
        keywords: vec![Text::nb("kommune")],
    }];
    let index = |name: &str| {
        catalog
            .variables
            .iter()
            .position(|v| v.name == name)
            .expect("in the catalog")
    };
    let (poeng, skole_id) = (index("POENG"), index("SKOLE_ID"));
    catalog.variables[poeng].dataset = Some("pilot".into());
    catalog.variables[skole_id].dataset = Some("pilot".into());
    let engine = Engine::new(&catalog);
    // Dataset title, description and keywords all find its variables.
    for text in ["VIGO", "pilot", "syntetisk", "syntetiske data"] {
        let mut found = search(&engine, &catalog, text);
        found.sort();
        assert_eq!(found, ["POENG", "SKOLE_ID"], "{text}");
    }
    // "kommune": label and name first, then subject and unit type, then the
    // dataset's keyword (POENG), then the typo (KOMMUNA).
    let kommune = search(&engine, &catalog, "kommune");
    let at = |name: &str| kommune.iter().position(|n| n == name).expect(name);
    assert!(at("AREAL") < at("POENG"), "{kommune:?}");
    assert!(at("BOSTED") < at("POENG"), "{kommune:?}");
    assert!(at("POENG") < at("KOMMUNA"), "{kommune:?}");
}
