//! Describes Nettbutikken's catalog in DCAT-AP-NO 2, the Norwegian profile
//! of DCAT that the national data catalogue (Felles datakatalog,
//! data.norge.no) harvests.
//!
//! Pure: [`describe`] turns a [`catalog::Catalog`] into RDF triples, and
//! [`Description::to_turtle`] writes them with the Oxigraph project's Turtle
//! serializer, which escapes every literal and IRI. The builder writes the
//! result as `catalog.ttl` beside `catalog.json`; `docs/dcat-ap-no.md` has
//! the mapping table.
//!
//! ```
//! use catalog::Catalog;
//! use dcat::{describe, BaseUrl, Options};
//!
//! let base = BaseUrl::parse("https://data.example.no/").ok();
//! let options = Options { base_url: base, ..Options::default() };
//! let turtle = describe(&Catalog::empty(), &options).to_turtle();
//! assert!(turtle.contains("<https://data.example.no/catalog.ttl#katalog> a dcat:Catalog"));
//! ```
#![deny(missing_docs)]

pub mod access;
mod describe;
pub mod iri;
pub mod ns;
pub mod theme;
mod turtle;
mod writer;

pub use access::AccessRight;
pub use iri::{BaseUrl, JSON_LD_FILE, TURTLE_FILE};
pub use theme::{EuTheme, Themes};

use catalog::Text;
use oxjsonld::JsonLdSerializer;
use oxrdf::{Graph, GraphNameRef, NamedNode, QuadRef, Triple};
use oxttl::TurtleSerializer;
use std::io::{self, Write};

/// What the catalog itself does not say: where the shop is published, who
/// publishes it, and its title and description.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The shop's public address; without it the IRIs are relative to the
    /// Turtle file and no landing pages are written.
    pub base_url: Option<BaseUrl>,
    /// The organisation number of whoever publishes the shop, the
    /// catalogue's `dct:publisher` (mandatory in DCAT-AP-NO 2).
    pub publisher: Option<String>,
    /// The catalogue's title.
    pub title: Text,
    /// The catalogue's description.
    pub description: Text,
}

impl Default for Options {
    /// No address and no publisher; the shop's own title and description.
    fn default() -> Options {
        Options {
            base_url: None,
            publisher: None,
            title: Text::nb_en(
                "Nettbutikken – variabler i KUDAF",
                "Nettbutikken – variables in KUDAF",
            ),
            description: Text::nb_en(
                "Variabler som datatilbydere i kunnskapssektoren beskriver i KUDAF \
                 (Kunnskapssektorens datafellesskap). Forskere finner variablene i \
                 Nettbutikken og søker om tilgang til dem.",
                "Variables that data providers in the Norwegian education sector describe \
                 in KUDAF (Kunnskapssektorens datafellesskap). Researchers find the \
                 variables in Nettbutikken and apply for access to them.",
            ),
        }
    }
}

/// A catalog described in DCAT-AP-NO 2.
#[derive(Clone, Debug)]
pub struct Description {
    triples: Vec<Triple>,
    iris: iri::Iris,
}

/// Describes `catalog` in DCAT-AP-NO 2: the catalogue, its providers as
/// publishers, and each dataset and each variable as a `dcat:Dataset`.
pub fn describe(catalog: &catalog::Catalog, options: &Options) -> Description {
    let iris = iri::Iris::new(options.base_url.as_ref());
    Description {
        triples: describe::triples(catalog, options, &iris, writer::Collect::default()).0,
        iris,
    }
}

/// [`describe`] written straight into `out` as Turtle, the bytes of
/// [`Description::to_turtle`], without making the triples first: every
/// text is borrowed from the catalog as it is written (at 100,000
/// variables, two million triples). Give a buffered writer.
pub fn write_turtle(
    catalog: &catalog::Catalog,
    options: &Options,
    mut out: impl Write,
) -> io::Result<()> {
    let iris = iri::Iris::new(options.base_url.as_ref());
    out.write_all(turtle_prelude(&iris).as_bytes())?;
    let base = relative_base(&iris);
    let writer = turtle::TurtleWriter::new(out, &ns::PREFIXES, base);
    let stream = describe::triples(catalog, options, &iris, writer::Stream::new(writer));
    stream.finish()?.flush()
}

/// The document IRI that IRIs are written relative to, when the shop's
/// address is not known.
fn relative_base(iris: &iri::Iris) -> Option<oxiri::Iri<String>> {
    if iris.is_absolute() {
        return None;
    }
    oxiri::Iri::parse(iris.document().to_owned()).ok()
}

/// The `@prefix` lines, as Oxigraph's serializer writes them (in its
/// order).
fn turtle_prelude(iris: &iri::Iris) -> String {
    let probe = Description {
        triples: vec![Triple::new(
            NamedNode::new_unchecked("urn:x-prelude:s"),
            NamedNode::new_unchecked("urn:x-prelude:p"),
            NamedNode::new_unchecked("urn:x-prelude:o"),
        )],
        iris: iris.clone(),
    };
    let mut bytes = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = probe.write_turtle_with_oxttl(&mut bytes);
    String::from_utf8_lossy(&bytes)
        .lines()
        .filter(|line| line.starts_with("@prefix "))
        .map(|line| format!("{line}\n"))
        .collect()
}

impl Description {
    /// The triples, in the order they are written.
    pub fn triples(&self) -> &[Triple] {
        &self.triples
    }

    /// The triples as an RDF graph.
    pub fn to_graph(&self) -> Graph {
        self.triples.iter().collect()
    }

    /// The Turtle document. With a base URL every IRI is absolute;
    /// without one the catalogue's own resources are relative to the
    /// document (`<#katalog>`), for the harvester to resolve against the
    /// address it fetched the file from.
    pub fn to_turtle(&self) -> String {
        let mut bytes = Vec::new();
        // Writing to a Vec cannot fail, and the serializer writes UTF-8.
        let _ = self.write_turtle(&mut bytes);
        String::from_utf8(bytes).unwrap_or_default()
    }

    /// [`Description::to_turtle`] written straight into `out`, as it is
    /// serialized: at 100,000 variables the document is over 100 MB, which
    /// a string would first hold and then copy. Give a buffered writer.
    ///
    /// The bytes are those of [`Description::write_turtle_with_oxttl`],
    /// written with buffers reused from triple to triple.
    pub fn write_turtle(&self, mut out: impl Write) -> io::Result<()> {
        if self.triples.is_empty() || !turtle::knows(self.triples.iter().map(Triple::as_ref)) {
            // Without triples oxttl writes nothing, not even the prefixes.
            return self.write_turtle_with_oxttl(out);
        }
        let base = relative_base(&self.iris);
        out.write_all(turtle_prelude(&self.iris).as_bytes())?;
        let mut writer = turtle::TurtleWriter::new(out, &ns::PREFIXES, base);
        for t in &self.triples {
            if let (Some(subject), Some(object)) = (
                turtle::Subject::of(t.subject.as_ref()),
                turtle::Object::of(t.object.as_ref()),
            ) {
                writer.triple(subject, t.predicate.as_str(), object)?;
            }
        }
        writer.finish()?.flush()
    }

    /// The Turtle document as Oxigraph's serializer writes it: the
    /// reference [`Description::write_turtle`] is checked against.
    pub fn write_turtle_with_oxttl(&self, out: impl Write) -> io::Result<()> {
        let mut serializer = TurtleSerializer::new();
        for (prefix, namespace) in ns::PREFIXES {
            serializer = match serializer.clone().with_prefix(prefix, namespace) {
                Ok(with) => with,
                Err(_) => serializer,
            };
        }
        let out = if self.iris.is_absolute() {
            SkipLine::none(out)
        } else {
            // Relative IRIs are written against the stand-in document IRI,
            // and its `@base` line is left out.
            serializer = match serializer.clone().with_base_iri(self.iris.document()) {
                Ok(with) => with,
                Err(_) => serializer,
            };
            SkipLine::new(out, format!("@base <{}> .\n", self.iris.document()))
        };
        let mut writer = serializer.for_writer(out);
        for triple in &self.triples {
            writer.serialize_triple(triple)?;
        }
        writer.finish()?.finish()
    }

    /// The same triples as JSON-LD, when the shop's address is known:
    /// JSON-LD has no relative form that needs no base, so without one
    /// only the Turtle is written.
    pub fn to_json_ld(&self) -> Option<String> {
        if !self.iris.is_absolute() {
            return None;
        }
        let mut serializer = JsonLdSerializer::new();
        for (prefix, namespace) in ns::PREFIXES {
            serializer = match serializer.clone().with_prefix(prefix, namespace) {
                Ok(with) => with,
                Err(_) => serializer,
            };
        }
        let mut writer = serializer.for_writer(Vec::new());
        for triple in &self.triples {
            let quad = QuadRef::new(
                triple.subject.as_ref(),
                triple.predicate.as_ref(),
                triple.object.as_ref(),
                GraphNameRef::DefaultGraph,
            );
            // Writing to a Vec cannot fail.
            let _ = writer.serialize_quad(quad);
        }
        String::from_utf8(writer.finish().ok()?).ok()
    }
}

/// A writer that leaves out its first line when that line is `line`, and
/// passes everything else through: the serializer's `@base` line, which
/// a document of relative IRIs must not have.
struct SkipLine<W> {
    inner: W,
    /// The line to leave out, empty when there is none.
    line: Vec<u8>,
    /// The bytes held back while they may still be that line.
    held: Vec<u8>,
    /// Whether the start has been decided.
    decided: bool,
}

impl<W: Write> SkipLine<W> {
    fn new(inner: W, line: String) -> SkipLine<W> {
        SkipLine {
            inner,
            line: line.into_bytes(),
            held: Vec::new(),
            decided: false,
        }
    }

    fn none(inner: W) -> SkipLine<W> {
        SkipLine {
            inner,
            line: Vec::new(),
            held: Vec::new(),
            decided: true,
        }
    }

    /// Writes what is still held (a document shorter than the line) and
    /// flushes.
    fn finish(mut self) -> io::Result<()> {
        if !self.decided {
            self.inner.write_all(&self.held)?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Write for SkipLine<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.decided {
            return self.inner.write(buf);
        }
        self.held.extend_from_slice(buf);
        if self.held.len() >= self.line.len() || !self.line.starts_with(&self.held) {
            self.decided = true;
            let held = std::mem::take(&mut self.held);
            let rest = held.strip_prefix(self.line.as_slice()).unwrap_or(&held);
            self.inner.write_all(rest)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
