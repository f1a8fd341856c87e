//! Unit tests of the URL codec, kept beside it so the module stays short.

use super::*;

fn parse(search: &str) -> Query {
    Query::from_search_string(search)
}

#[test]
fn writes_defaults_as_nothing_and_the_rest_in_a_fixed_order() {
    assert_eq!(Query::default().to_search_string(), "");
    let mut query = Query {
        text: "Lånekassen stipend".into(),
        only_selected: true,
        page: 3,
        page_size: PageSize::P100,
        sort: Sort::Updated,
        lang: Lang::En,
        ..Query::default()
    };
    query
        .providers
        .extend(["sikt".to_string(), "lanekassen".to_string()]);
    query.access.insert("PUBLIC".into());
    query.subjects.insert("offentlig-forvaltning".into());
    assert_eq!(
        query.to_search_string(),
        "q=L%C3%A5nekassen+stipend&tilbyder=lanekassen&tilbyder=sikt&tilgang=PUBLIC\
         &emne=offentlig-forvaltning&valgte=1&side=3&antall=100&sortering=oppdatert&lang=en"
    );
    assert_eq!(parse(&query.to_search_string()), query);
}

#[test]
fn junk_is_ignored_or_clamped() {
    let long = "å".repeat(250);
    let cases: Vec<(String, Query)> = vec![
        ("?side=-1".into(), Query::default()),
        ("side=0".into(), Query::default()),
        ("side=abc".into(), Query::default()),
        (
            "side=2&side=abc".into(),
            Query {
                page: 2,
                ..Query::default()
            },
        ),
        (
            "side=99999999999999999999999".into(),
            Query {
                page: MAX_PAGE,
                ..Query::default()
            },
        ),
        (
            "side=+7".into(),
            Query {
                page: 7,
                ..Query::default()
            },
        ),
        ("side=1.5".into(), Query::default()),
        (
            "antall=1000000".into(),
            Query {
                page_size: PageSize::P100,
                ..Query::default()
            },
        ),
        ("antall=-5".into(), Query::default()),
        (
            "antall=49".into(),
            Query {
                page_size: PageSize::P50,
                ..Query::default()
            },
        ),
        ("antall=mange".into(), Query::default()),
        ("sortering=tilfeldig".into(), Query::default()),
        (
            "sortering=NAVN".into(),
            Query {
                sort: Sort::Name,
                ..Query::default()
            },
        ),
        ("lang=sv".into(), Query::default()),
        ("lang=nb".into(), Query::default()),
        (
            "lang=en".into(),
            Query {
                lang: Lang::En,
                ..Query::default()
            },
        ),
        ("valgte=ja".into(), Query::default()),
        (
            "valgte=true".into(),
            Query {
                only_selected: true,
                ..Query::default()
            },
        ),
        ("ukjent=1&=&&&q".into(), Query::default()),
        (
            format!("q={long}"),
            Query {
                text: "å".repeat(200),
                ..Query::default()
            },
        ),
        (
            "q=a&q=b+c".into(),
            Query {
                text: "a b c".into(),
                ..Query::default()
            },
        ),
        (
            "q=100%&q=%zz".into(),
            Query {
                text: "100% %zz".into(),
                ..Query::default()
            },
        ),
        (
            "Q=elev".into(),
            Query {
                text: "elev".into(),
                ..Query::default()
            },
        ),
    ];
    for (search, expected) in cases {
        assert_eq!(parse(&search), expected, "{search}");
    }
}

#[test]
fn repeated_facet_keys_merge() {
    let query = parse(
        "tilbyder=sikt&tilbyder=ssb&tilbyder=sikt&tilbyder=+&emne=a&emne=b&tilgang=NONPUBLIC",
    );
    let providers: Vec<&str> = query.providers.iter().map(String::as_str).collect();
    assert_eq!(providers, ["sikt", "ssb"]);
    assert_eq!(query.subjects.len(), 2);
    assert!(query.access.contains("NONPUBLIC"));
    assert_eq!(
        query.to_search_string(),
        "tilbyder=sikt&tilbyder=ssb&tilgang=NONPUBLIC&emne=a&emne=b"
    );
}
