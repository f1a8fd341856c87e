//! Unit tests of `fold`, kept beside it so the module stays short.

use super::*;

#[test]
fn contains_folded_filters_long_lists() {
    let cases = [
        ("Lånekassen", "", true),
        ("Lånekassen", "  ", true),
        ("Lånekassen", "lanekas", true),
        ("Lånekassen", "LAANEKASSEN", true),
        ("Ikke oppgitt", "oppg", true),
        ("1 = Ja", "1 = ja", true),
        ("1 = Ja", "1 ja", true),
        ("Fylke", "kommune", false),
        ("Ikke oppgitt", "oppgitt ikke", false),
    ];
    for (haystack, needle, expected) in cases {
        assert_eq!(
            contains_folded(haystack, needle),
            expected,
            "{haystack} {needle}"
        );
    }
}

#[test]
fn folds_norwegian_spellings_together() {
    let cases = [
        ("Lånekassen", "lanekassen"),
        ("laanekassen", "lanekassen"),
        ("LAANEKASSEN", "lanekassen"),
        ("lanekassen", "lanekassen"),
        ("La\u{30a}nekassen", "lanekassen"),
        ("Næringsliv", "naeringsliv"),
        ("naeringsliv", "naeringsliv"),
        ("Ærlig", "aerlig"),
        ("Bør", "bor"),
        ("boer", "bor"),
        ("bor", "bor"),
        ("Øst", "ost"),
        ("Oestlandet", "ostlandet"),
        ("skoleår", "skolear"),
        ("skoleaar", "skolear"),
        ("kroner", "kroner"),
        ("poeng", "pong"),
        ("Café", "cafe"),
        ("Müller", "muller"),
        ("Ångström", "angstrom"),
        ("Straße", "strasse"),
        ("aaa", "aa"),
        ("2002", "2002"),
        ("UTDPROGRAM", "utdprogram"),
        ("Δήμος", "δήμος"),
    ];
    for (word, folded) in cases {
        assert_eq!(fold_word(word), folded, "{word}");
    }
}

#[test]
fn splits_words_on_anything_not_alphanumeric() {
    let cases: [(&str, &[&str]); 6] = [
        ("VGO_ELEV_UTDPROGRAM", &["vgo", "elev", "utdprogram"]),
        ("  Lånekassen, 2002–03!", &["lanekassen", "2002", "03"]),
        ("e-post/adresse", &["e", "post", "adresse"]),
        ("", &[]),
        ("--", &[]),
        ("\u{30a}", &[]),
    ];
    for (text, expected) in cases {
        assert_eq!(terms(text), expected, "{text}");
    }
    assert_eq!(slug("Offentlig forvaltning"), "offentlig-forvaltning");
    assert_eq!(slug("Næringsliv"), "naeringsliv");
}

#[test]
fn a_folded_prefix_is_a_prefix_of_the_folded_word() {
    let words = [
        "laanekassen",
        "Lånekassen",
        "poeng",
        "skoleaar",
        "Oestlandet",
        "næring",
        "aaaa",
        "oeoe",
        "Straße",
    ];
    for word in words {
        let folded = fold_word(word);
        for (i, c) in word.char_indices() {
            let prefix = fold_word(&word[..i + c.len_utf8()]);
            assert!(folded.starts_with(&prefix), "{word}: {prefix} / {folded}");
        }
    }
}

#[test]
fn mapped_fold_points_back_at_the_source() {
    let cases: [(&str, &[usize]); 4] = [
        ("Lånekassen", &[1, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
        ("laane", &[1, 3, 4, 5]),
        ("Bær", &[1, 3, 3, 4]),
        ("poeng", &[1, 3, 4, 5]),
    ];
    for (word, ends) in cases {
        let (folded, got) = fold_word_mapped(word);
        assert_eq!(folded, fold_word(word), "{word}");
        assert_eq!(got, ends, "{word}");
        assert_eq!(got.len(), folded.chars().count(), "{word}");
    }
}
