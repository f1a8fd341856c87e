//! The vocabularies the description uses, as namespace IRIs and terms.
//!
//! Only the terms DCAT-AP-NO 2 uses for what the catalog holds are here;
//! [`PREFIXES`] names them in the Turtle so that people can read it.

use oxrdf::NamedNode;

/// DCAT 2.
pub const DCAT: &str = "http://www.w3.org/ns/dcat#";
/// Dublin Core terms.
pub const DCT: &str = "http://purl.org/dc/terms/";
/// FOAF, for agents and homepages.
pub const FOAF: &str = "http://xmlns.com/foaf/0.1/";
/// vCard, for contact points.
pub const VCARD: &str = "http://www.w3.org/2006/vcard/ns#";
/// XML Schema datatypes.
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
/// RDF itself (`rdf:type`).
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// The EU access-right vocabulary.
pub const ACCESS_RIGHT: &str = "http://publications.europa.eu/resource/authority/access-right/";
/// The EU data-theme vocabulary.
pub const DATA_THEME: &str = "http://publications.europa.eu/resource/authority/data-theme/";
/// The EU language vocabulary.
pub const LANGUAGE: &str = "http://publications.europa.eu/resource/authority/language/";
/// LOS, the Norwegian vocabulary of public services and resources.
pub const LOS_THEME: &str = "https://psi.norge.no/los/tema/";
/// Organisations registered in Enhetsregisteret, named by organisation
/// number as DCAT-AP-NO 2 prescribes for publishers (Datasett – utgiver,
/// note 3): `<ORGANIZATION><orgnr>`.
pub const ORGANIZATION: &str =
    "https://organization-catalog.fellesdatakatalog.digdir.no/organizations/";

/// The prefixes written at the top of the Turtle.
pub const PREFIXES: [(&str, &str); 6] = [
    ("dcat", DCAT),
    ("dct", DCT),
    ("foaf", FOAF),
    ("vcard", VCARD),
    ("xsd", XSD),
    ("rdf", RDF),
];

/// A term of a namespace, e.g. `term(DCAT, "Dataset")`.
pub fn term(namespace: &str, local: &str) -> NamedNode {
    // Every namespace above and every local name the crate passes is a
    // fixed, valid IRI; nothing from the metadata goes through here.
    NamedNode::new_unchecked(format!("{namespace}{local}"))
}
