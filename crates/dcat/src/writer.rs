//! Writing triples in order: language-tagged texts, typed dates, periods
//! of time, themes and access rights, each the same way for every resource.
//!
//! The triples go to a [`Sink`]: collected as RDF terms
//! ([`crate::describe`]), or written as Turtle as they come
//! ([`crate::write_turtle`]), which borrows every text from the catalog
//! instead of copying it into a term first.

use crate::access::AccessRight;
use crate::iri::Iris;
use crate::ns::{DCAT, DCT, RDF, XSD};
use crate::theme::{Matcher, FALLBACK};
use crate::turtle::{Object, Subject, TurtleWriter};
use catalog::Text;
use oxrdf::{BlankNode, Literal, NamedNode, NamedOrBlankNode, Term, Triple};
use std::io::{self, Write};

/// A term of one of the vocabularies: its namespace and local name, so
/// naming it allocates nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Vocab(pub &'static str, pub &'static str);

/// A term of a vocabulary, e.g. `v(DCAT, "Dataset")`.
pub(crate) fn v(namespace: &'static str, local: &'static str) -> Vocab {
    Vocab(namespace, local)
}

/// What a triple's object may be, borrowed for the call.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Obj<'a> {
    Iri(&'a str),
    Vocab(Vocab),
    Blank(&'a str),
    Plain(&'a str),
    Lang(&'a str, &'static str),
    /// An `xsd:date`.
    Date(&'a str),
}

/// Anything a triple's object can be made of without copying it.
pub(crate) trait AsObject {
    fn object(&self) -> Obj<'_>;
}

impl AsObject for NamedNode {
    fn object(&self) -> Obj<'_> {
        Obj::Iri(self.as_str())
    }
}

impl AsObject for &NamedNode {
    fn object(&self) -> Obj<'_> {
        Obj::Iri(self.as_str())
    }
}

impl AsObject for Vocab {
    fn object(&self) -> Obj<'_> {
        Obj::Vocab(*self)
    }
}

/// Where the triples go, in order.
pub(crate) trait Sink {
    /// Takes one triple; the subject is an IRI, or a blank node when
    /// `blank`.
    fn triple(&mut self, subject: &str, blank: bool, predicate: Vocab, object: Obj<'_>);
}

/// Collects the triples as RDF terms.
#[derive(Default)]
pub(crate) struct Collect(pub Vec<Triple>);

impl Sink for Collect {
    fn triple(&mut self, subject: &str, blank: bool, predicate: Vocab, object: Obj<'_>) {
        let subject: NamedOrBlankNode = if blank {
            BlankNode::new_unchecked(subject).into()
        } else {
            NamedNode::new_unchecked(subject).into()
        };
        let vocab = |Vocab(ns, local): Vocab| NamedNode::new_unchecked(format!("{ns}{local}"));
        let object: Term = match object {
            Obj::Iri(iri) => NamedNode::new_unchecked(iri).into(),
            Obj::Vocab(term) => vocab(term).into(),
            Obj::Blank(id) => BlankNode::new_unchecked(id).into(),
            Obj::Plain(value) => Literal::new_simple_literal(value).into(),
            // "nb", "nn" and "en" are valid language tags.
            Obj::Lang(value, lang) => {
                Literal::new_language_tagged_literal_unchecked(value, lang).into()
            }
            Obj::Date(date) => Literal::new_typed_literal(date, vocab(v(XSD, "date"))).into(),
        };
        self.0.push(Triple::new(subject, vocab(predicate), object));
    }
}

/// Writes the triples as Turtle as they come; the first error is kept
/// and the rest is not written.
pub(crate) struct Stream<W: Write> {
    writer: TurtleWriter<W>,
    /// The predicate's and a vocabulary object's IRI, made in place.
    predicate: String,
    object: String,
    pub(crate) error: Option<io::Error>,
}

impl<W: Write> Stream<W> {
    pub(crate) fn new(writer: TurtleWriter<W>) -> Stream<W> {
        Stream {
            writer,
            predicate: String::new(),
            object: String::new(),
            error: None,
        }
    }

    /// Ends the document; the first error, if any.
    pub(crate) fn finish(self) -> io::Result<W> {
        match self.error {
            Some(e) => Err(e),
            None => self.writer.finish(),
        }
    }
}

impl<W: Write> Sink for Stream<W> {
    fn triple(&mut self, subject: &str, blank: bool, predicate: Vocab, object: Obj<'_>) {
        if self.error.is_some() {
            return;
        }
        let subject = if blank {
            Subject::Blank(subject)
        } else {
            Subject::Iri(subject)
        };
        fill(&mut self.predicate, predicate);
        let object = match object {
            Obj::Iri(iri) => Object::Iri(iri),
            Obj::Vocab(term) => {
                fill(&mut self.object, term);
                Object::Iri(&self.object)
            }
            Obj::Blank(id) => Object::Blank(id),
            Obj::Plain(value) => Object::Plain(value),
            Obj::Lang(value, lang) => Object::Lang(value, lang),
            Obj::Date(date) => Object::Typed(date, XSD_DATE),
        };
        if let Err(e) = self.writer.triple(subject, &self.predicate, object) {
            self.error = Some(e);
        }
    }
}

/// `xsd:date` in full.
const XSD_DATE: &str = "http://www.w3.org/2001/XMLSchema#date";

/// `buffer` set to the term's IRI.
fn fill(buffer: &mut String, Vocab(namespace, local): Vocab) {
    buffer.clear();
    buffer.push_str(namespace);
    buffer.push_str(local);
}

/// A period of time held back until its resource's own triples are out.
struct Period {
    n: u64,
    start: Option<String>,
    stop: Option<String>,
}

/// Builds the triples, in the order they are written.
pub(crate) struct Writer<'a, S: Sink> {
    pub(crate) sink: S,
    /// Periods of time, blank nodes whose triples are written after their
    /// resource's own so that the Turtle groups each resource's statements
    /// in one block.
    later: Vec<Period>,
    pub(crate) iris: &'a Iris,
    periods: u64,
    matcher: Matcher,
}

impl<'a, S: Sink> Writer<'a, S> {
    pub(crate) fn new(iris: &'a Iris, sink: S) -> Writer<'a, S> {
        Writer {
            sink,
            later: Vec::new(),
            iris,
            periods: 0,
            matcher: Matcher::default(),
        }
    }

    pub(crate) fn add(&mut self, subject: &NamedNode, predicate: Vocab, object: impl AsObject) {
        self.sink
            .triple(subject.as_str(), false, predicate, object.object());
    }

    /// Writes the blank nodes' triples held back by [`Writer::period`].
    pub(crate) fn flush(&mut self) {
        let mut id = String::new();
        for period in std::mem::take(&mut self.later) {
            id.clear();
            // Writing to a String cannot fail.
            let _ = std::fmt::Write::write_fmt(&mut id, format_args!("tidsrom{}", period.n));
            let type_ = Obj::Vocab(v(DCT, "PeriodOfTime"));
            self.sink.triple(&id, true, v(RDF, "type"), type_);
            for (predicate, date) in [("startDate", &period.start), ("endDate", &period.stop)] {
                if let Some(date) = date {
                    self.sink
                        .triple(&id, true, v(DCAT, predicate), Obj::Date(date));
                }
            }
        }
    }

    pub(crate) fn a(&mut self, subject: &NamedNode, class: Vocab) {
        self.add(subject, v(RDF, "type"), class);
    }

    /// One language-tagged literal per language the text has; `false` when
    /// it has none.
    pub(crate) fn text(&mut self, subject: &NamedNode, predicate: Vocab, text: &Text) -> bool {
        let mut any = false;
        for (lang, value) in [("nb", &text.nb), ("nn", &text.nn), ("en", &text.en)] {
            if let Some(value) = value.as_deref().filter(|v| !v.trim().is_empty()) {
                let literal = Obj::Lang(value, lang);
                self.sink
                    .triple(subject.as_str(), false, predicate, literal);
                any = true;
            }
        }
        any
    }

    /// A plain literal.
    pub(crate) fn plain(&mut self, subject: &NamedNode, predicate: Vocab, value: &str) {
        self.sink
            .triple(subject.as_str(), false, predicate, Obj::Plain(value));
    }

    /// An `xsd:date` literal, when `date` is one (`YYYY-MM-DD`).
    pub(crate) fn date(&mut self, subject: &NamedNode, predicate: Vocab, date: &str) {
        if is_date(date) {
            self.sink
                .triple(subject.as_str(), false, predicate, Obj::Date(date));
        }
    }

    /// `dct:temporal` with a `dct:PeriodOfTime` from `start` to `stop`,
    /// when either is a date.
    pub(crate) fn period(&mut self, subject: &NamedNode, start: Option<&str>, stop: Option<&str>) {
        let (start, stop) = (start.filter(|d| is_date(d)), stop.filter(|d| is_date(d)));
        if start.is_none() && stop.is_none() {
            return;
        }
        self.periods += 1;
        // Numbered, not random, blank nodes: the same catalog always gives
        // the same bytes.
        let id = format!("tidsrom{}", self.periods);
        self.sink
            .triple(subject.as_str(), false, v(DCT, "temporal"), Obj::Blank(&id));
        self.later.push(Period {
            n: self.periods,
            start: start.map(str::to_owned),
            stop: stop.map(str::to_owned),
        });
    }

    /// The EU data themes (or the fallback) and LOS themes of `subjects`.
    pub(crate) fn themes<'t>(
        &mut self,
        subject: &NamedNode,
        subjects: impl IntoIterator<Item = &'t Text>,
    ) {
        let (eu, los) = self.matcher.of(subjects);
        let eu = if eu.is_empty() { vec![FALLBACK] } else { eu };
        for eu in eu {
            let theme = Obj::Vocab(v(crate::ns::DATA_THEME, eu.code()));
            self.sink
                .triple(subject.as_str(), false, v(DCAT, "theme"), theme);
        }
        for los in los {
            let theme = Obj::Vocab(v(crate::ns::LOS_THEME, los));
            self.sink
                .triple(subject.as_str(), false, v(DCAT, "theme"), theme);
        }
    }

    pub(crate) fn access(&mut self, subject: &NamedNode, access: Option<AccessRight>) {
        if let Some(access) = access {
            let iri = Obj::Vocab(v(crate::ns::ACCESS_RIGHT, access.code()));
            self.sink
                .triple(subject.as_str(), false, v(DCT, "accessRights"), iri);
        }
    }
}

/// True for a `YYYY-MM-DD` date, the form the catalog stores.
pub(crate) fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}
