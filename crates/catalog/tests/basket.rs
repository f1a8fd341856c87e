//! The basket: saved form, share links and resolving, on hand-picked junk
//! and generated baskets.

use catalog::*;

#[path = "../src/testing.rs"]
mod testing;

use testing::{generated_catalog, Rng, WORDS};

fn basket(ids: &[&str]) -> Basket {
    ids.iter().map(|id| id.to_string()).collect()
}

#[test]
fn corrupt_storage_is_an_error_with_a_message() {
    let invalid = || Err::<Vec<String>, _>("invalid");
    let many: Vec<String> = (0..Basket::MAX_IDS + 50)
        .map(|i| format!("\"p/V{i}\""))
        .collect();
    let huge = format!("{{\"version\":1,\"variables\":[{}]}}", many.join(","));
    let long = "x".repeat(Basket::MAX_ID_CHARS + 1);
    let with_long = format!("{{\"version\":1,\"variables\":[\"{long}\",\"a/X\"]}}");
    let cases: Vec<(&str, Result<Vec<String>, &str>)> = vec![
        ("", invalid()),
        ("   ", invalid()),
        ("null", invalid()),
        ("[]", invalid()),
        ("[\"a/X\"]", invalid()),
        ("\"a/X\"", invalid()),
        ("{}", invalid()),
        ("{\"version\":2}", Err("version 2")),
        ("{\"version\":2,\"variables\":[\"a/X\"]}", Err("version 2")),
        ("{\"version\":0,\"variables\":[]}", Err("version 0")),
        ("{\"version\":\"1\",\"variables\":[]}", invalid()),
        ("{\"version\":1.5,\"variables\":[]}", invalid()),
        ("{\"version\":-1,\"variables\":[]}", invalid()),
        ("{\"version\":1}", invalid()),
        ("{\"version\":1,\"variables\":null}", invalid()),
        ("{\"version\":1,\"variables\":\"a/X\"}", invalid()),
        ("{\"version\":1,\"variables\":[\"a/X\",", invalid()),
        ("{\"version\":1,\"variables\":[\"a/X\",2]}", invalid()),
        ("{\"version\":1,\"variables\":[null]}", invalid()),
        ("{\"version\":1,\"variables\":[[\"a/X\"]]}", invalid()),
        ("{\"ids\":[\"a/X\"]}", invalid()),
        ("<html>", invalid()),
        ("{\"version\":1,\"variables\":[]}", Ok(vec![])),
        (
            "{\"version\":1,\"variables\":[\"b/Y\",\"a/X\",\"b/Y\",\"\"],\"extra\":true}",
            Ok(vec!["a/X".into(), "b/Y".into()]),
        ),
        (
            "{\"variables\":[\"sikt/FØDSELSÅR\"],\"version\":1}",
            Ok(vec!["sikt/FØDSELSÅR".into()]),
        ),
        (&with_long, Ok(vec!["a/X".into()])),
    ];
    for (text, expected) in cases {
        let got = Basket::from_storage(text);
        match (&got, &expected) {
            (Ok(b), Ok(ids)) => assert_eq!(&b.ids().collect::<Vec<_>>(), ids, "{text}"),
            (Err(e @ BasketError::UnsupportedVersion { found }), Err(why)) => {
                assert_eq!(*why, format!("version {found}"), "{text}");
                assert!(e.to_string().contains("another version"), "{e}");
            }
            (Err(e @ BasketError::Invalid(_)), Err("invalid")) => {
                assert!(
                    e.to_string()
                        .starts_with("the saved basket could not be read ("),
                    "{e}"
                );
            }
            _ => panic!("{text}: got {got:?}, expected {expected:?}"),
        }
    }
    let big = Basket::from_storage(&huge).expect("a huge list still reads");
    assert_eq!(big.len(), Basket::MAX_IDS);
}

/// An id from awkward characters: separators of the share format, URL
/// syntax, Norwegian letters, combining marks, spaces.
fn random_name(rng: &mut Rng) -> String {
    const PIECES: &[&str] = &[
        "_", "-", ".", "~", "%", "%2E", "+", " ", "/", "Ø", "æ", "å", "Å", "\u{30a}", "😀", "&",
        "=", "?", "#", ",", ";", ":",
    ];
    let mut name = String::new();
    for _ in 0..1 + rng.below(5) {
        let piece = if rng.chance(60) {
            rng.pick::<&str>(WORDS).to_uppercase()
        } else {
            rng.pick::<&str>(PIECES).to_string()
        };
        name.push_str(&piece);
    }
    name
}

fn random_basket(rng: &mut Rng) -> Basket {
    const PROVIDERS: &[&str] = &["sikt", "novari-iks", "a", "a-b", "ssb", "udir"];
    (0..rng.below(12))
        .map(|_| format!("{}/{}", rng.pick(PROVIDERS), random_name(rng)))
        .collect()
}

#[test]
fn generated_baskets_round_trip_through_storage_and_share_links() {
    let mut rng = Rng::new(2024);
    for _ in 0..2000 {
        let b = random_basket(&mut rng);
        assert_eq!(Basket::from_storage(&b.to_storage()).as_ref(), Ok(&b));
        let value = b.to_share_param();
        assert_eq!(Basket::from_share_param(&value), b, "{value}");
        // Through a whole URL: encoded, then parsed like the app does.
        let search = format!("?vis=kurv&{}&q=elev", b.share_search_string());
        let read = Basket::from_search_string(&search);
        assert_eq!(read, (!b.is_empty()).then(|| b.clone()), "{search}");
        assert!(!value.ends_with(['.', '~']), "{value}");
        let encoded = b.share_search_string();
        assert!(
            encoded
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || b"-._~%+=".contains(&c)),
            "{encoded}"
        );
    }
}

#[test]
fn share_links_of_real_ids_are_compact() {
    let catalog = generated_catalog(200, 3);
    let b: Basket = catalog
        .variables
        .iter()
        .take(40)
        .map(|v| v.id.clone())
        .collect();
    let value = b.to_share_param();
    let ids_len: usize = b.ids().map(str::len).sum();
    assert!(value.len() < ids_len, "{} vs {ids_len}", value.len());
    assert_eq!(Basket::from_share_param(&value), b);
}

#[test]
fn junk_share_values_never_panic_and_keep_what_is_whole() {
    let cases: &[(&str, &[&str])] = &[
        ("", &[]),
        ("~", &[]),
        ("...~~..", &[]),
        ("sikt", &[]),
        ("sikt.", &[]),
        (".X", &[]),
        ("sikt..X..Y.", &["sikt/X", "sikt/Y"]),
        ("sikt.X~~ssb.Y~", &["sikt/X", "ssb/Y"]),
        ("a%2Fb.X~ok.Y", &["ok/Y"]),
        ("sikt.%zz%", &["sikt/%zz%"]),
        ("sikt.%C3", &["sikt/\u{fffd}"]),
        ("sikt.A+B", &["sikt/A B"]),
        ("sikt:FEIDE_X,Y;ssb:Z", &[]),
        (
            "novari-iks.VGO_A.VGO_B~sikt.FEIDE_X",
            &["novari-iks/VGO_A", "novari-iks/VGO_B", "sikt/FEIDE_X"],
        ),
        ("  .X", &[]),
    ];
    for (value, ids) in cases {
        assert_eq!(Basket::from_share_param(value), basket(ids), "{value}");
    }
    let long = format!("p.{}.OK", "X".repeat(Basket::MAX_ID_CHARS));
    assert_eq!(Basket::from_share_param(&long), basket(&["p/OK"]));
    let flood: String = (0..Basket::MAX_IDS + 10)
        .map(|i| format!("p.V{i}~"))
        .collect();
    assert_eq!(Basket::from_share_param(&flood).len(), Basket::MAX_IDS);
    assert_eq!(Basket::from_search_string("q=elev"), None);
    assert_eq!(Basket::from_search_string("kurv="), Some(Basket::default()));
    assert_eq!(
        Basket::from_search_string("KURV=a.X&kurv=b.Y&kurv=a.X"),
        Some(basket(&["a/X", "b/Y"]))
    );
    let mut rng = Rng::new(9);
    for _ in 0..2000 {
        let junk: String = (0..rng.below(30))
            .map(|_| *rng.pick(&['.', '~', '%', 'a', 'Ø', '/', '+', '2', 'E', ' ']))
            .collect();
        let b = Basket::from_share_param(&junk);
        assert!(b.ids().all(|id| id.contains('/')), "{junk}");
    }
}

#[test]
fn resolving_lists_stale_ids_and_every_found_one_once() {
    let catalog = generated_catalog(400, 11);
    let mut rng = Rng::new(5);
    for _ in 0..50 {
        let mut b = Basket::default();
        for _ in 0..rng.below(30) {
            b.add(rng.pick(&catalog.variables).id.clone());
        }
        b.add(format!("sikt/BORTE_{}", rng.below(5)));
        let r = b.resolve(&catalog, Lang::Nb);
        assert_eq!(r.found() + r.stale.len(), b.len());
        assert!(r.stale.iter().all(|id| id.starts_with("sikt/BORTE_")));
        let mut seen: Vec<&str> = r
            .positions()
            .map(|i| catalog.variables[i].id.as_str())
            .collect();
        seen.extend(r.stale.iter().map(String::as_str));
        seen.sort_unstable();
        assert_eq!(seen, b.ids().collect::<Vec<_>>());
        for g in &r.groups {
            assert_eq!(
                g.name,
                catalog
                    .provider(g.provider)
                    .map_or("", |p| p.name.get(Lang::Nb))
            );
            assert!(g
                .variables
                .iter()
                .all(|&i| catalog.variables[i].provider == g.provider));
            let labels: Vec<&str> = g
                .variables
                .iter()
                .map(|&i| catalog.variables[i].label.get(Lang::Nb))
                .collect();
            assert!(
                labels
                    .windows(2)
                    .all(|w| collate::compare(w[0], w[1]).is_le()),
                "{labels:?}"
            );
        }
        let names: Vec<&str> = r.groups.iter().map(|g| g.name).collect();
        assert!(
            names
                .windows(2)
                .all(|w| collate::compare(w[0], w[1]).is_lt()),
            "{names:?}"
        );
    }
}
