//! The URL codec: generated queries round-trip, junk never panics.

use catalog::*;

#[path = "../src/testing.rs"]
mod testing;

use testing::{Rng, WORDS};

/// Text from awkward characters: URL syntax, Norwegian letters, emoji,
/// percent signs and spaces.
fn random_text(rng: &mut Rng) -> String {
    const PIECES: &[&str] = &[
        " ", "&", "=", "+", "%", "%2", "%zz", "?", "#", "/", "å", "Ø", "æ", "😀", "\u{30a}", "a b",
        "  ", ",", "é",
    ];
    let mut text = String::new();
    for _ in 0..rng.below(6) {
        let piece = if rng.chance(50) {
            *rng.pick::<&str>(WORDS)
        } else {
            *rng.pick::<&str>(PIECES)
        };
        text.push_str(piece);
    }
    text
}

fn random_query(rng: &mut Rng) -> Query {
    let mut query = Query {
        text: random_text(rng).chars().take(MAX_TEXT_CHARS).collect(),
        only_selected: rng.chance(50),
        page: if rng.chance(50) {
            1
        } else {
            1 + rng.below(MAX_PAGE)
        },
        page_size: *rng.pick(&PageSize::ALL),
        sort: *rng.pick(&Sort::ALL),
        lang: *rng.pick(&[Lang::Nb, Lang::En]),
        ..Query::default()
    };
    for facet in Facet::ALL {
        for _ in 0..rng.below(3) {
            let id = random_text(rng).trim().to_string();
            if !id.is_empty() {
                query.selection_mut(facet).insert(id);
            }
        }
    }
    query
}

#[test]
fn generated_queries_round_trip() {
    let mut rng = Rng::new(42);
    for _ in 0..2000 {
        let query = random_query(&mut rng);
        assert_eq!(
            Query::from_pairs(query.to_pairs()),
            query,
            "{:?}",
            query.to_pairs()
        );
        let search = query.to_search_string();
        assert_eq!(Query::from_search_string(&search), query, "{search}");
        assert_eq!(
            Query::from_search_string(&format!("?{search}")),
            query,
            "{search}"
        );
        // Equal queries give equal strings, whatever order the URL had.
        let mut pairs = url::parse_pairs(&search);
        pairs.reverse();
        assert_eq!(Query::from_pairs(pairs).to_search_string(), search);
    }
}

#[test]
fn any_string_parses_and_normalises_in_one_step() {
    let mut rng = Rng::new(7);
    const JUNK: &[&str] = &[
        "q",
        "side",
        "antall",
        "sortering",
        "lang",
        "valgte",
        "tilbyder",
        "emne",
        "=",
        "&",
        "%",
        "%C3",
        "%A5",
        "+",
        "-1",
        "0",
        "999999999999999999999999",
        "abc",
        "navn",
        "en",
        "1",
        "å",
        "?",
        "#",
    ];
    for _ in 0..3000 {
        let search: String = (0..rng.below(12)).map(|_| *rng.pick(JUNK)).collect();
        let query = Query::from_search_string(&search);
        assert!(query.page >= 1 && query.page <= MAX_PAGE, "{search}");
        assert!(query.text.chars().count() <= MAX_TEXT_CHARS, "{search}");
        let again = Query::from_search_string(&query.to_search_string());
        assert_eq!(again, query, "{search}");
    }
}

#[test]
fn junk_table() {
    let cases: [(&str, &str); 12] = [
        ("side=-1&antall=1000000", "antall=100"),
        ("side=abc&antall=abc&sortering=abc&lang=abc&valgte=abc", ""),
        ("side=007", "side=7"),
        ("sortering=relevans&lang=nb&antall=25&side=1", ""),
        ("q=&tilbyder=&emne=+", ""),
        ("q=%E2%82%AC+%&foo=bar", "q=%E2%82%AC+%25"),
        (
            "tilbyder=ssb&TILBYDER=sikt&tilbyder=ssb",
            "tilbyder=sikt&tilbyder=ssb",
        ),
        ("?&&=&q=elev&", "q=elev"),
        ("lang=NO&sortering=Oppdatert", "sortering=oppdatert"),
        ("valgte=1&valgte=0", ""),
        ("emne=%FF", "emne=%EF%BF%BD"),
        ("q=elev#anker", "q=elev%23anker"),
    ];
    for (search, normalised) in cases {
        assert_eq!(
            Query::from_search_string(search).to_search_string(),
            normalised,
            "{search}"
        );
    }
}

#[test]
fn unknown_ids_are_kept_by_the_codec_and_dropped_against_the_catalog() {
    let catalog = testing::generated_catalog(50, 3);
    let engine = Engine::new(&catalog);
    let mut query = Query::from_search_string(
        "tilbyder=ssb&tilbyder=finnes-ikke&tilgang=PUBLIC&tilgang=SECRET&emne=helse",
    );
    assert_eq!(query.providers.len(), 2);
    let before = engine.run(&query, [""; 0]);
    assert!(query.retain_known(&engine));
    assert_eq!(
        query.to_search_string(),
        "tilbyder=ssb&tilgang=PUBLIC&emne=helse"
    );
    assert!(!query.retain_known(&engine));
    assert_eq!(engine.run(&query, [""; 0]), before);
}
