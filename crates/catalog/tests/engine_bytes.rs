//! The engine's byte form: a round trip answers every query exactly like
//! the engine that wrote it, and malformed bytes are errors, not panics.

use catalog::*;

#[path = "../src/testing.rs"]
mod testing;

use testing::{generated_catalog, random_basket, random_query, Rng};

#[test]
fn a_round_trip_gives_identical_answers() {
    for analysis in [Analysis::SHOP, Analysis::CANONICAL] {
        for (n, seed) in [(0, 11), (1, 12), (64, 13), (600, 14)] {
            let catalog = generated_catalog(n, seed);
            let engine = Engine::with_analysis(&catalog, analysis);
            let bytes = engine.to_bytes();
            let loaded = Engine::from_bytes(&bytes).expect("bytes the engine wrote");
            assert_eq!(loaded.to_bytes(), bytes, "n={n}: the form is stable");
            let mut rng = Rng::new(seed);
            let basket = random_basket(&mut rng, &catalog);
            for round in 0..150 {
                let query = random_query(&mut rng, &catalog);
                let typos = rng.chance(50);
                assert_eq!(
                    loaded.run_with_typos(&query, &basket, typos),
                    engine.run_with_typos(&query, &basket, typos),
                    "{analysis:?} n={n} round={round} {query:?}"
                );
            }
            for v in &catalog.variables {
                assert_eq!(loaded.position(&v.id), engine.position(&v.id));
            }
        }
    }
}

#[test]
fn malformed_bytes_are_errors_that_say_what_is_wrong() {
    let engine = Engine::new(&generated_catalog(40, 3));
    let bytes = engine.to_bytes();
    let text_len = engine.to_parts().1.len();
    let message = |bytes: &[u8]| Engine::from_bytes(bytes).err().map(|e| e.to_string());
    let mut other_version = bytes.clone();
    other_version[4] = 99;
    let mut trailing = bytes.clone();
    trailing.push(0);
    let cases: [(&[u8], &str); 4] = [
        (
            b"{\"schemaVersion\":1}",
            "engine index: not a Nettbutikken engine index (no NBIX header)",
        ),
        (
            &other_version,
            &format!("engine index: format version 99, this build reads version {INDEX_VERSION}"),
        ),
        (
            &bytes[..9],
            "engine index: truncated at byte 8 (reading variable count)",
        ),
        (
            &trailing,
            &format!(
                "engine index: text part: {} bytes, but the browse part names one of {} bytes",
                text_len + 1,
                text_len
            ),
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(message(input).as_deref(), Some(expected));
    }
    // Every cut and every flipped byte is an error or a valid engine,
    // never a panic.
    for cut in 0..bytes.len() {
        assert!(Engine::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    for at in 0..bytes.len() {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0xa5;
        if let Ok(engine) = Engine::from_bytes(&flipped) {
            engine.run(&Query::default(), None::<&str>);
        }
    }
}

/// `catalog` naming `bytes` as its index, as the builder writes it.
fn naming(catalog: &Catalog, bytes: &[u8]) -> Catalog {
    Catalog {
        index: Some(IndexRef::of(bytes)),
        ..catalog.clone()
    }
}

#[test]
fn an_index_is_used_only_for_its_own_catalog() {
    let (bytes, _, reference) = Engine::prebuilt(&generated_catalog(50, 21));
    let catalog = Catalog {
        index: Some(reference),
        ..generated_catalog(50, 21)
    };
    let loaded = Engine::from_browse_bytes_for(&catalog, &bytes).expect("its own catalog");
    assert_eq!(loaded.len(), 50);
    let message = |catalog: &Catalog, bytes: &[u8]| {
        Engine::from_browse_bytes_for(catalog, bytes)
            .err()
            .map(|e| e.to_string())
    };
    let canonical = Engine::with_analysis(&catalog, Analysis::CANONICAL)
        .to_parts()
        .0;
    let mut flipped = bytes.clone();
    flipped[bytes.len() / 2] ^= 1;
    let trailing = [&bytes[..], &[0]].concat();
    let unnamed = Catalog {
        index: None,
        ..catalog.clone()
    };
    let cases = [
        (
            &unnamed,
            &bytes[..],
            "engine index: the catalog names no index".to_string(),
        ),
        (
            &catalog,
            &bytes[1..],
            format!(
                "engine index: {} bytes, but the catalog names an index of {} bytes",
                bytes.len() - 1,
                bytes.len()
            ),
        ),
        (
            &catalog,
            &flipped,
            format!(
                "engine index: fingerprint {}, but the catalog names {}",
                fingerprint(&flipped),
                fingerprint(&bytes)
            ),
        ),
        (
            &naming(&catalog, &trailing),
            &trailing,
            "engine index: 1 bytes after the end".to_string(),
        ),
        (
            &naming(&generated_catalog(49, 21), &bytes),
            &bytes,
            "engine index: built for other variables (50 in the index, 49 in the catalog)".into(),
        ),
        (
            &naming(&catalog, &canonical),
            &canonical,
            "engine index: built with other rules than the shop's".into(),
        ),
    ];
    for (catalog, bytes, expected) in cases {
        assert_eq!(message(catalog, bytes), Some(expected));
    }
}

#[test]
fn a_text_part_is_attached_only_to_its_own_browse_part_and_catalog() {
    let (bytes, text, reference) = Engine::prebuilt(&generated_catalog(50, 21));
    let catalog = Catalog {
        index: Some(reference),
        ..generated_catalog(50, 21)
    };
    let browse = || Engine::from_browse_bytes_for(&catalog, &bytes).expect("its own catalog");
    let whole = Engine::new(&catalog);
    let engine = browse();
    assert!(!engine.has_text());
    engine
        .attach_text_for(&catalog, &text)
        .expect("its own text part");
    assert!(engine.has_text());
    let query = Query {
        text: "elev".into(),
        ..Query::default()
    };
    assert_eq!(
        engine.run(&query, None::<&str>),
        whole.run(&query, None::<&str>)
    );
    let message = |catalog: &Catalog, engine: &Engine, text: &[u8]| {
        engine
            .attach_text_for(catalog, text)
            .err()
            .map(|e| e.to_string())
    };
    assert_eq!(
        message(&catalog, &engine, &text).as_deref(),
        Some("engine index: the text part is there already")
    );
    let mut flipped = text.clone();
    flipped[text.len() / 2] ^= 1;
    let mut reordered = catalog.clone();
    reordered.variables.swap(0, 1);
    let cases = [
        (
            &catalog,
            &text[1..],
            format!(
                "engine index: text part: {} bytes, but the browse part names one of {} bytes",
                text.len() - 1,
                text.len()
            ),
        ),
        (
            &catalog,
            &flipped[..],
            format!(
                "engine index: text part: fingerprint {}, but the browse part names {}",
                fingerprint(&flipped),
                fingerprint(&text)
            ),
        ),
        (
            &reordered,
            &text[..],
            "engine index: text part: built for other variables than the catalog's".into(),
        ),
    ];
    for (catalog, text, expected) in cases {
        let engine = browse();
        assert_eq!(message(catalog, &engine, text), Some(expected));
        assert!(!engine.has_text(), "an error leaves the engine as it was");
    }
    // Without its text part, a query with words or the basket filter is
    // answered without them, and the engine says it needs the text part.
    let engine = browse();
    assert!(engine.needs_text(&query));
    assert!(!engine.needs_text(&Query::default()));
    assert_eq!(
        engine.run(&Query::default(), None::<&str>),
        whole.run(&Query::default(), None::<&str>)
    );
    assert_eq!(engine.position(&catalog.variables[0].id), None);
    engine.build_text(&catalog);
    assert_eq!(
        engine.run(&query, None::<&str>),
        whole.run(&query, None::<&str>)
    );
    assert_eq!(engine.position(&catalog.variables[0].id), Some(0));
}
