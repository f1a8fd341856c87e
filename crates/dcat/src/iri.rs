//! The IRIs the description names things by: the catalogue's resources as
//! fragments of the Turtle document, publishers by organisation number,
//! and the shop's own pages as landing pages.

use catalog::url::{encode, format_pairs};
use oxrdf::NamedNode;

/// The Turtle file's name beside `catalog.json`.
pub const TURTLE_FILE: &str = "catalog.ttl";
/// The JSON-LD file's name beside `catalog.json`, written when the shop's
/// address is known.
pub const JSON_LD_FILE: &str = "catalog.jsonld";

/// The document IRI used while describing a catalog whose public address
/// is not known. It never reaches the output: the Turtle is then written
/// with IRIs relative to the document (`<#katalog>`), which a harvester
/// resolves against the address it fetched the file from.
const UNKNOWN_DOCUMENT: &str = "file:///catalog.ttl";

/// Where the shop is published, checked: an absolute `http` or `https`
/// address ending in `/`, without query or fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseUrl(String);

impl BaseUrl {
    /// Checks a base URL as a user gives it; a missing final `/` is added,
    /// since the shop is a folder. Errors are sentences for the user.
    pub fn parse(text: &str) -> Result<BaseUrl, String> {
        let trimmed = text.trim();
        let lower = trimmed.to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://")) {
            return Err(format!(
                "the base URL must start with https:// or http://, not \"{trimmed}\""
            ));
        }
        if trimmed.contains(['?', '#']) {
            return Err(format!(
                "the base URL is the shop's folder and cannot have a query or fragment: \"{trimmed}\""
            ));
        }
        let mut url = trimmed.to_owned();
        if !url.ends_with('/') {
            url.push('/');
        }
        match NamedNode::new(url.as_str()) {
            Ok(_) if url.len() > "https://".len() => Ok(BaseUrl(url)),
            _ => Err(format!(
                "the base URL is not a valid address: \"{trimmed}\""
            )),
        }
    }

    /// The URL, ending in `/`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Mints the IRIs of one description.
#[derive(Clone, Debug)]
pub struct Iris {
    document: String,
    base: Option<BaseUrl>,
}

impl Iris {
    /// IRIs for a shop published at `base`, or relative ones when it is
    /// not known.
    pub fn new(base: Option<&BaseUrl>) -> Iris {
        let document = match base {
            Some(base) => format!("{}{TURTLE_FILE}", base.as_str()),
            None => UNKNOWN_DOCUMENT.to_owned(),
        };
        Iris {
            document,
            base: base.cloned(),
        }
    }

    /// The Turtle document's own IRI, the base of every resource's IRI.
    pub fn document(&self) -> &str {
        &self.document
    }

    /// True when the public address is known, so IRIs are absolute and
    /// landing pages can be written.
    pub fn is_absolute(&self) -> bool {
        self.base.is_some()
    }

    /// A resource of the catalogue: `<document>#<kind>/<part>/<part>`,
    /// each part percent-encoded so that any id makes a valid IRI.
    pub fn resource(&self, kind: &str, parts: &[&str]) -> NamedNode {
        let mut iri = format!("{}#{kind}", self.document);
        for part in parts {
            iri.push('/');
            iri.push_str(&encode(part));
        }
        // The document IRI is valid and every part is percent-encoded to
        // unreserved characters, so the IRI is valid.
        NamedNode::new_unchecked(iri)
    }

    /// The shop's page for `key=value` (`?variabel=ssb/KJOENN`), when the
    /// shop's address is known.
    pub fn page(&self, key: &str, value: &str) -> Option<NamedNode> {
        let base = self.base.as_ref()?;
        Some(NamedNode::new_unchecked(format!(
            "{}?{}",
            base.as_str(),
            format_pairs(&[(key, value)])
        )))
    }

    /// The shop's front page, when its address is known.
    pub fn home(&self) -> Option<NamedNode> {
        Some(NamedNode::new_unchecked(self.base.as_ref()?.as_str()))
    }
}

/// The IRI DCAT-AP-NO 2 names an organisation by, from its organisation
/// number; `None` unless the number is nine digits.
pub fn organization(org_number: &str) -> Option<NamedNode> {
    let number = org_number.trim();
    (number.len() == 9 && number.bytes().all(|b| b.is_ascii_digit()))
        .then(|| NamedNode::new_unchecked(format!("{}{number}", crate::ns::ORGANIZATION)))
}

/// A `mailto:` IRI for an e-mail address; `None` unless it has one `@`
/// with text on both sides. Anything but letters, digits and `-._~+@` is
/// percent-encoded, so hostile text cannot break out of the IRI.
pub fn mailto(email: &str) -> Option<NamedNode> {
    let email = email.trim();
    let (local, domain) = email.split_once('@')?;
    if local.is_empty() || domain.is_empty() || domain.contains('@') {
        return None;
    }
    let mut iri = String::from("mailto:");
    for &b in email.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~+@".contains(&b) {
            iri.push(char::from(b));
        } else {
            iri.push_str(&format!("%{b:02X}"));
        }
    }
    NamedNode::new(iri).ok()
}

/// A web address given in the metadata, as an IRI; `None` unless it is a
/// valid absolute `http` or `https` address (never `javascript:` and the
/// like).
pub fn web(url: &str) -> Option<NamedNode> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return None;
    }
    NamedNode::new(url).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_checked_and_end_in_a_slash() {
        let cases = [
            (
                "https://data.example.no/butikk",
                Ok("https://data.example.no/butikk/"),
            ),
            ("http://127.0.0.1:8080/", Ok("http://127.0.0.1:8080/")),
            (" https://a.no ", Ok("https://a.no/")),
            ("ftp://a.no/", Err("must start with")),
            ("https://a.no/?x=1", Err("cannot have a query")),
            ("https://a no/", Err("not a valid address")),
            ("https://", Err("not a valid address")),
        ];
        for (input, expected) in cases {
            match (BaseUrl::parse(input), expected) {
                (Ok(url), Ok(want)) => assert_eq!(url.as_str(), want, "{input}"),
                (Err(why), Err(part)) => assert!(why.contains(part), "{input}: {why}"),
                (got, want) => panic!("{input}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn resources_pages_and_agents_have_the_expected_iris() {
        let base = BaseUrl::parse("https://data.example.no/").ok();
        let iris = Iris::new(base.as_ref());
        let cases = [
            (
                iris.resource("variabel", &["ssb", "KJOENN"]).into_string(),
                "https://data.example.no/catalog.ttl#variabel/ssb/KJOENN",
            ),
            (
                iris.resource("variabel", &["p", "a b/c<d>"]).into_string(),
                "https://data.example.no/catalog.ttl#variabel/p/a+b%2Fc%3Cd%3E",
            ),
            (
                iris.page("variabel", "ssb/KJOENN")
                    .map(NamedNode::into_string)
                    .unwrap_or_default(),
                "https://data.example.no/?variabel=ssb%2FKJOENN",
            ),
            (
                organization("921693230")
                    .map(NamedNode::into_string)
                    .unwrap_or_default(),
                "https://organization-catalog.fellesdatakatalog.digdir.no/organizations/921693230",
            ),
            (
                mailto("datadeling@example.no")
                    .map(NamedNode::into_string)
                    .unwrap_or_default(),
                "mailto:datadeling@example.no",
            ),
            (
                mailto("\"><script>@evil.example")
                    .map(NamedNode::into_string)
                    .unwrap_or_default(),
                "mailto:%22%3E%3Cscript%3E@evil.example",
            ),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
        assert_eq!(Iris::new(None).page("variabel", "ssb/KJOENN"), None);
    }

    #[test]
    fn bad_numbers_addresses_and_links_give_no_iri() {
        for number in ["92169323", "9216932300", "<img src=x>", "", "92169323a"] {
            assert_eq!(organization(number), None, "{number}");
        }
        for email in ["no-at-sign", "@example.no", "a@", "a@b@c"] {
            assert_eq!(mailto(email), None, "{email}");
        }
        for url in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "//evil.example/x",
            "data:text/html,x",
            "https://a b.no/",
        ] {
            assert_eq!(web(url), None, "{url}");
        }
        assert!(web("https://novari.no/vigo").is_some());
    }
}
