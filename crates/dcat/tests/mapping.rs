//! The mapping of every catalog field to DCAT-AP-NO 2, checked on the
//! Turtle parsed back: each case names a subject, a predicate and the
//! objects it must have.

use catalog::{
    Catalog, Contact, Dataset, Discontinued, Provider, Sensitivity, TemporalCoverage, Temporality,
    Text, Variable,
};
use dcat::{describe, write_turtle, BaseUrl, Options};
use oxrdf::{Graph, NamedNodeRef, Term};
use oxttl::TurtleParser;

const BASE: &str = "http://127.0.0.1:8080/shop/";
const DOC: &str = "http://127.0.0.1:8080/shop/catalog.ttl";
const DCAT: &str = "http://www.w3.org/ns/dcat#";
const DCT: &str = "http://purl.org/dc/terms/";
const FOAF: &str = "http://xmlns.com/foaf/0.1/";
const VCARD: &str = "http://www.w3.org/2006/vcard/ns#";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const ORG: &str = "https://organization-catalog.fellesdatakatalog.digdir.no/organizations/";

fn variable(name: &str, sensitivity: Sensitivity, subjects: &[&str]) -> Variable {
    Variable {
        id: Variable::make_id("novari-iks", name),
        provider: "novari-iks".into(),
        name: name.into(),
        label: Text::nb_en(format!("Etikett {name}"), format!("Label {name}")),
        description: Text::nb(format!("Beskrivelse {name}")),
        temporality: Temporality::Event,
        sensitivity,
        identifier: "PERSON".into(),
        unit_types: vec!["PERSON".into()],
        dataset: Some("ds-1".into()),
        temporal_coverage: Some(TemporalCoverage {
            start: Some("1994-08-01".into()),
            stop: None,
        }),
        subject_fields: subjects.iter().map(|s| Text::nb(*s)).collect(),
        updated: Some("2025-05-20".into()),
        link_to: None,
        identifier_for: None,
        discontinued: None,
        shard: 0,
    }
}

/// A small catalog that uses every field the description maps.
fn sample() -> Catalog {
    let mut old = variable("GAMMEL", Sensitivity::Public, &["Ukjent"]);
    old.discontinued = Some(Discontinued {
        successors: vec!["NY".into(), "FINNES_IKKE".into()],
    });
    old.temporal_coverage = Some(TemporalCoverage {
        start: Some("2000-01-01".into()),
        stop: Some("2019-12-31".into()),
    });
    old.description = Text::default();
    let mut loose = variable("LOS", Sensitivity::Nonpublic, &["Bolig"]);
    loose.dataset = None;
    loose.provider = "uten-nummer".into();
    loose.id = Variable::make_id("uten-nummer", "LOS");
    Catalog {
        providers: vec![
            Provider {
                id: "novari-iks".into(),
                name: Text::nb("Novari IKS"),
                org_number: Some("921693230".into()),
                description: None,
                contact: Some(Contact {
                    name: Some("Datadeling".into()),
                    email: Some("datadeling@example.no".into()),
                    url: Some("https://novari.no/vigo".into()),
                }),
            },
            Provider {
                id: "uten-nummer".into(),
                name: Text::nb("Uten nummer"),
                org_number: None,
                description: None,
                contact: None,
            },
        ],
        datasets: vec![Dataset {
            id: "ds-1".into(),
            provider: "novari-iks".into(),
            title: Text::nb_en("Elevdata", "Pupil data"),
            description: Text::default(),
            keywords: vec![Text::nb("elev")],
        }],
        variables: vec![
            variable(
                "NY",
                Sensitivity::PersonGeneral,
                &["Utdanning", "Grunnskole"],
            ),
            old,
            loose,
        ],
        ..Catalog::empty()
    }
}

fn parse(turtle: &str, base: &str) -> Graph {
    let mut graph = Graph::new();
    let parser = TurtleParser::new()
        .with_base_iri(base)
        .expect("a valid base IRI")
        .for_slice(turtle.as_bytes());
    for triple in parser {
        graph.insert(&triple.expect("the Turtle parses"));
    }
    graph
}

fn options() -> Options {
    Options {
        base_url: BaseUrl::parse(BASE).ok(),
        publisher: Some("921693230".into()),
        ..Options::default()
    }
}

/// The objects of `subject predicate`, written as Turtle terms, sorted.
fn objects(graph: &Graph, subject: &str, predicate: &str) -> Vec<String> {
    let mut found: Vec<String> = graph
        .objects_for_subject_predicate(
            NamedNodeRef::new_unchecked(subject),
            NamedNodeRef::new_unchecked(predicate),
        )
        .map(|o| match o.into_owned() {
            Term::BlankNode(_) => "_".to_owned(),
            other => other.to_string(),
        })
        .collect();
    found.sort();
    found
}

#[test]
fn every_field_maps_to_its_dcat_ap_no_property() {
    let graph = parse(&describe(&sample(), &options()).to_turtle(), DOC);
    let catalog = format!("{DOC}#katalog");
    let dataset = format!("{DOC}#datasett/novari-iks/ds-1");
    let new = format!("{DOC}#variabel/novari-iks/NY");
    let old = format!("{DOC}#variabel/novari-iks/GAMMEL");
    let loose = format!("{DOC}#variabel/uten-nummer/LOS");
    let novari = format!("{ORG}921693230");
    let contact = format!("{DOC}#kontakt/novari-iks");
    let iri = |s: &str| format!("<{s}>");
    let theme =
        |c: &str| format!("<http://publications.europa.eu/resource/authority/data-theme/{c}>");
    let access =
        |c: &str| format!("<http://publications.europa.eu/resource/authority/access-right/{c}>");
    let date = |d: &str| format!("\"{d}\"^^<http://www.w3.org/2001/XMLSchema#date>");
    let cases: Vec<(&str, String, Vec<String>)> = vec![
        // The catalogue.
        (
            RDF_TYPE,
            catalog.clone(),
            vec![iri(&format!("{DCAT}Catalog"))],
        ),
        (
            "dct:identifier",
            catalog.clone(),
            vec!["\"nettbutikken\"".into()],
        ),
        ("dct:publisher", catalog.clone(), vec![iri(&novari)]),
        ("foaf:homepage", catalog.clone(), vec![iri(BASE)]),
        ("dct:modified", catalog.clone(), vec![date("2025-05-20")]),
        (
            "dct:language",
            catalog.clone(),
            vec![
                "<http://publications.europa.eu/resource/authority/language/ENG>".into(),
                "<http://publications.europa.eu/resource/authority/language/NOB>".into(),
            ],
        ),
        (
            "dcat:dataset",
            catalog.clone(),
            vec![iri(&dataset), iri(&old), iri(&new), iri(&loose)],
        ),
        // Providers: by organisation number, or within the document.
        (RDF_TYPE, novari.clone(), vec![iri(&format!("{FOAF}Agent"))]),
        (
            "foaf:name",
            novari.clone(),
            vec!["\"Novari IKS\"@nb".into()],
        ),
        (
            "dct:identifier",
            novari.clone(),
            vec!["\"921693230\"".into()],
        ),
        (
            "foaf:name",
            format!("{DOC}#tilbyder/uten-nummer"),
            vec!["\"Uten nummer\"@nb".into()],
        ),
        (
            RDF_TYPE,
            contact.clone(),
            vec![iri(&format!("{VCARD}Organization"))],
        ),
        ("vcard:fn", contact.clone(), vec!["\"Datadeling\"".into()]),
        (
            "vcard:hasEmail",
            contact.clone(),
            vec!["<mailto:datadeling@example.no>".into()],
        ),
        (
            "vcard:hasURL",
            contact.clone(),
            vec!["<https://novari.no/vigo>".into()],
        ),
        // The dataset: its own texts, what its variables share.
        (
            RDF_TYPE,
            dataset.clone(),
            vec![iri(&format!("{DCAT}Dataset"))],
        ),
        (
            "dct:identifier",
            dataset.clone(),
            vec!["\"novari-iks/ds-1\"".into()],
        ),
        (
            "dct:title",
            dataset.clone(),
            vec!["\"Elevdata\"@nb".into(), "\"Pupil data\"@en".into()],
        ),
        // No description: the title stands in.
        (
            "dct:description",
            dataset.clone(),
            vec!["\"Elevdata\"@nb".into(), "\"Pupil data\"@en".into()],
        ),
        ("dct:publisher", dataset.clone(), vec![iri(&novari)]),
        ("dcat:contactPoint", dataset.clone(), vec![iri(&contact)]),
        ("dcat:keyword", dataset.clone(), vec!["\"elev\"@nb".into()]),
        (
            "dcat:theme",
            dataset.clone(),
            vec![
                theme("EDUC"),
                "<https://psi.norge.no/los/tema/grunnskole>".into(),
                "<https://psi.norge.no/los/tema/skole-og-utdanning>".into(),
            ],
        ),
        (
            "dct:accessRights",
            dataset.clone(),
            vec![access("NON_PUBLIC")],
        ),
        ("dct:temporal", dataset.clone(), vec!["_".into()]),
        ("dct:modified", dataset.clone(), vec![date("2025-05-20")]),
        (
            "dcat:landingPage",
            dataset.clone(),
            vec![iri(&format!("{BASE}?datasett=novari-iks%2Fds-1"))],
        ),
        ("dct:hasPart", dataset.clone(), vec![iri(&old), iri(&new)]),
        // Variables.
        (
            "dct:title",
            new.clone(),
            vec!["\"Etikett NY\"@nb".into(), "\"Label NY\"@en".into()],
        ),
        (
            "dct:description",
            new.clone(),
            vec!["\"Beskrivelse NY\"@nb".into()],
        ),
        (
            "dct:identifier",
            new.clone(),
            vec!["\"novari-iks/NY\"".into()],
        ),
        ("dct:isPartOf", new.clone(), vec![iri(&dataset)]),
        ("dct:accessRights", new.clone(), vec![access("NON_PUBLIC")]),
        (
            "dcat:keyword",
            new.clone(),
            vec!["\"Grunnskole\"@nb".into(), "\"Utdanning\"@nb".into()],
        ),
        (
            "dcat:landingPage",
            new.clone(),
            vec![iri(&format!("{BASE}?variabel=novari-iks%2FNY"))],
        ),
        // No description: the label stands in; an unknown subject falls
        // back to EDUC; only successors the catalog has are named.
        (
            "dct:description",
            old.clone(),
            vec!["\"Etikett GAMMEL\"@nb".into(), "\"Label GAMMEL\"@en".into()],
        ),
        ("dcat:theme", old.clone(), vec![theme("EDUC")]),
        ("dct:accessRights", old.clone(), vec![access("PUBLIC")]),
        ("dct:isReplacedBy", old.clone(), vec![iri(&new)]),
        ("dct:modified", old.clone(), vec![date("2025-05-20")]),
        // A variable outside any dataset, of a provider without a number.
        ("dct:isPartOf", loose.clone(), vec![]),
        (
            "dct:publisher",
            loose.clone(),
            vec![iri(&format!("{DOC}#tilbyder/uten-nummer"))],
        ),
        ("dcat:contactPoint", loose.clone(), vec![]),
        (
            "dcat:theme",
            loose.clone(),
            vec![
                theme("REGI"),
                "<https://psi.norge.no/los/tema/bygg-og-eiendom>".into(),
            ],
        ),
        (
            "dct:accessRights",
            loose.clone(),
            vec![access("RESTRICTED")],
        ),
    ];
    for (predicate, subject, expected) in cases {
        let predicate = predicate
            .replace("dcat:", DCAT)
            .replace("dct:", DCT)
            .replace("foaf:", FOAF)
            .replace("vcard:", VCARD);
        let mut expected = expected;
        expected.sort();
        assert_eq!(
            objects(&graph, &subject, &predicate),
            expected,
            "{subject} {predicate}"
        );
    }
}

#[test]
fn periods_of_time_carry_typed_start_and_end_dates() {
    let turtle = describe(&sample(), &options()).to_turtle();
    // GAMMEL ran 2000–2019; the others are still running from 1994.
    assert!(
        turtle.contains("dcat:startDate \"2000-01-01\"^^xsd:date"),
        "{turtle}"
    );
    assert!(
        turtle.contains("dcat:endDate \"2019-12-31\"^^xsd:date"),
        "{turtle}"
    );
    assert!(
        turtle.contains("dcat:startDate \"1994-08-01\"^^xsd:date"),
        "{turtle}"
    );
    assert_eq!(turtle.matches("a dct:PeriodOfTime").count(), 4, "{turtle}");
}

#[test]
fn without_a_base_url_iris_are_relative_and_no_landing_page_is_written() {
    let options = Options {
        publisher: Some("921693230".into()),
        ..Options::default()
    };
    let turtle = describe(&sample(), &options).to_turtle();
    assert!(!turtle.contains("@base"), "{turtle}");
    assert!(!turtle.contains("file:"), "{turtle}");
    assert!(!turtle.contains("landingPage"), "{turtle}");
    assert!(turtle.contains("<#katalog> a dcat:Catalog"), "{turtle}");
    // A harvester resolves them against where it fetched the file.
    let graph = parse(&turtle, "https://published.example.no/catalog.ttl");
    let catalog = "https://published.example.no/catalog.ttl#katalog";
    assert_eq!(
        objects(&graph, catalog, RDF_TYPE),
        vec![format!("<{DCAT}Catalog>")]
    );
}

#[test]
fn the_same_catalog_gives_the_same_bytes() {
    let a = describe(&sample(), &options()).to_turtle();
    let b = describe(&sample(), &options()).to_turtle();
    assert_eq!(a, b);
    // Written as it is described, without the triples, the same bytes,
    // with and without the shop's address; and those of Oxigraph's writer.
    for options in [options(), Options::default()] {
        let described = describe(&sample(), &options);
        let mut streamed = Vec::new();
        write_turtle(&sample(), &options, &mut streamed).expect("to a Vec");
        assert_eq!(
            String::from_utf8(streamed).expect("UTF-8"),
            described.to_turtle()
        );
        let mut reference = Vec::new();
        described
            .write_turtle_with_oxttl(&mut reference)
            .expect("to a Vec");
        assert_eq!(described.to_turtle().into_bytes(), reference);
    }
    assert_eq!(
        describe(&sample(), &options()).to_graph().len(),
        describe(&sample(), &options()).triples().len()
    );
}

#[test]
fn the_json_ld_holds_the_same_graph_and_needs_the_base_url() {
    let description = describe(&sample(), &options());
    let json = description.to_json_ld().expect("written with a base URL");
    let mut parsed = Graph::new();
    for quad in oxjsonld::JsonLdParser::new().for_slice(json.as_bytes()) {
        let quad = quad.expect("the JSON-LD parses");
        parsed.insert(oxrdf::TripleRef::new(
            quad.subject.as_ref(),
            quad.predicate.as_ref(),
            quad.object.as_ref(),
        ));
    }
    // Blank node labels differ after a round trip; compare the counts and
    // every triple without one.
    let graph = description.to_graph();
    assert_eq!(parsed.len(), graph.len());
    for triple in graph
        .iter()
        .filter(|t| !t.subject.is_blank_node() && !t.object.is_blank_node())
    {
        assert!(parsed.contains(triple), "{triple}");
    }
    let without_base = Options {
        base_url: None,
        ..options()
    };
    assert_eq!(describe(&sample(), &without_base).to_json_ld(), None);
}
