//! Hostile text in every field that reaches the Turtle: the document still
//! parses, and every literal comes back exactly as it went in.

use catalog::{Catalog, Contact, Dataset, Provider, Sensitivity, Temporality, Text, Variable};
use dcat::{describe, write_turtle, BaseUrl, Options};
use oxrdf::Graph;
use oxttl::TurtleParser;

/// The kinds of text the end-to-end tests' hostile catalog uses
/// (`crates/catalog/examples/hostile_catalog.rs`), plus what breaks Turtle
/// itself: quotes, backslashes, newlines, `>` and `"""`.
const HOSTILE: &[&str] = &[
    "<script>window.__pwned=1;alert('script')</script>",
    "<img src=x onerror=\"window.__pwned=1;alert('img')\">",
    "\u{202E}reversed\u{2067}isolated",
    "java\u{0000}script:alert('nul')",
    "line one\nline two\r\n\ttabbed",
    "quote \" and ''' and \"\"\" and \\ backslash \\u0041",
    "> . ] ; , @prefix x: <http://evil.example/> .",
    "emoji 🦀 and combining e\u{0301}",
    "\u{0007}\u{001B}[31m control",
];

fn hostile_catalog() -> Catalog {
    let provider = "ondsinnet";
    let variables = HOSTILE
        .iter()
        .enumerate()
        .map(|(i, text)| Variable {
            id: Variable::make_id(provider, text),
            provider: provider.into(),
            // The technical name goes into IRIs.
            name: (*text).into(),
            label: Text::nb_en(*text, format!("{i} {text}")),
            description: Text::nb(*text),
            temporality: Temporality::Fixed,
            sensitivity: Sensitivity::Public,
            identifier: "PERSON".into(),
            unit_types: vec!["PERSON".into()],
            dataset: Some((*text).into()),
            temporal_coverage: None,
            subject_fields: vec![Text::nb(*text)],
            updated: Some((*text).into()),
            link_to: None,
            identifier_for: None,
            discontinued: None,
            shard: 0,
        })
        .collect();
    Catalog {
        providers: vec![Provider {
            id: provider.into(),
            name: Text::nb(HOSTILE[0]),
            org_number: Some(HOSTILE[1].into()),
            description: None,
            contact: Some(Contact {
                name: Some(HOSTILE[5].into()),
                email: Some("\"><script>alert('mail')</script>@evil.example".into()),
                url: Some("javascript:window.__pwned=1".into()),
            }),
        }],
        datasets: HOSTILE
            .iter()
            .map(|text| Dataset {
                id: (*text).into(),
                provider: provider.into(),
                title: Text::nb(*text),
                description: Text::nb(*text),
                keywords: vec![Text::nb(*text)],
            })
            .collect(),
        variables,
        ..Catalog::empty()
    }
}

#[test]
fn hostile_text_round_trips_through_the_turtle() {
    let options = Options {
        base_url: BaseUrl::parse("http://127.0.0.1:8080/").ok(),
        ..Options::default()
    };
    let description = describe(&hostile_catalog(), &options);
    let turtle = description.to_turtle();
    // The fast writer writes Oxigraph's bytes, with and without a base URL.
    for described in [
        &description,
        &describe(&hostile_catalog(), &Options::default()),
    ] {
        let mut reference = Vec::new();
        described
            .write_turtle_with_oxttl(&mut reference)
            .expect("to a Vec");
        assert_eq!(described.to_turtle().as_bytes(), reference.as_slice());
    }
    // And so does the writer that makes no triples.
    for options in [options.clone(), Options::default()] {
        let mut streamed = Vec::new();
        write_turtle(&hostile_catalog(), &options, &mut streamed).expect("to a Vec");
        let described = describe(&hostile_catalog(), &options).to_turtle();
        assert_eq!(String::from_utf8(streamed).expect("UTF-8"), described);
    }
    let mut parsed = Graph::new();
    for triple in TurtleParser::new().for_slice(turtle.as_bytes()) {
        parsed.insert(&triple.unwrap_or_else(|e| panic!("{e}\n{turtle}")));
    }
    assert_eq!(parsed, description.to_graph());

    let literals: Vec<String> = parsed
        .iter()
        .filter_map(|t| match t.object {
            oxrdf::TermRef::Literal(l) => Some(l.value().to_owned()),
            _ => None,
        })
        .collect();
    for text in HOSTILE {
        assert!(literals.iter().any(|l| l == text), "{text:?} is lost");
    }
    // Nothing hostile became an IRI: no script link, no broken-out prefix,
    // no invalid date.
    for triple in parsed.iter() {
        if let oxrdf::TermRef::NamedNode(n) = triple.object {
            let iri = n.as_str();
            assert!(!iri.to_ascii_lowercase().contains("javascript"), "{iri}");
            assert!(!iri.starts_with("http://evil.example"), "{iri}");
        }
    }
    assert!(
        !turtle.contains("^^xsd:date"),
        "no hostile date is typed as one"
    );
    assert!(!parsed.iter().any(|t| matches!(t.object, oxrdf::TermRef::NamedNode(n) if n.as_str().contains("organizations/"))));
}
