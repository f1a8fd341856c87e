//! Writing triples in order: language-tagged texts, typed dates, periods
//! of time, themes and access rights, each the same way for every resource.

use crate::access::AccessRight;
use crate::iri::Iris;
use crate::ns::{term, DCAT, DCT, RDF, XSD};
use crate::theme::Themes;
use catalog::Text;
use oxrdf::{BlankNode, Literal, NamedNode, NamedOrBlankNode, Term, Triple};

/// Builds the triples, in the order they are written.
pub(crate) struct Writer<'a> {
    pub(crate) triples: Vec<Triple>,
    /// Triples about blank nodes, written after their resource's own so
    /// that the Turtle groups each resource's statements in one block.
    later: Vec<Triple>,
    pub(crate) iris: &'a Iris,
    periods: u64,
}

impl<'a> Writer<'a> {
    pub(crate) fn new(iris: &'a Iris) -> Writer<'a> {
        Writer {
            triples: Vec::new(),
            later: Vec::new(),
            iris,
            periods: 0,
        }
    }

    pub(crate) fn add(
        &mut self,
        subject: impl Into<NamedOrBlankNode>,
        predicate: NamedNode,
        object: impl Into<Term>,
    ) {
        self.triples
            .push(Triple::new(subject.into(), predicate, object.into()));
    }

    /// Writes the blank nodes' triples held back by [`Writer::period`].
    pub(crate) fn flush(&mut self) {
        self.triples.append(&mut self.later);
    }

    pub(crate) fn a(&mut self, subject: &NamedNode, class: NamedNode) {
        self.add(subject.clone(), term(RDF, "type"), class);
    }

    /// One language-tagged literal per language the text has; `false` when
    /// it has none.
    pub(crate) fn text(&mut self, subject: &NamedNode, predicate: NamedNode, text: &Text) -> bool {
        let mut any = false;
        for (lang, value) in [("nb", &text.nb), ("nn", &text.nn), ("en", &text.en)] {
            if let Some(value) = value.as_deref().filter(|v| !v.trim().is_empty()) {
                // "nb", "nn" and "en" are valid language tags.
                let literal = Literal::new_language_tagged_literal_unchecked(value, lang);
                self.add(subject.clone(), predicate.clone(), literal);
                any = true;
            }
        }
        any
    }

    /// A plain literal.
    pub(crate) fn plain(&mut self, subject: &NamedNode, predicate: NamedNode, value: &str) {
        self.add(
            subject.clone(),
            predicate,
            Literal::new_simple_literal(value),
        );
    }

    /// An `xsd:date` literal, when `date` is one (`YYYY-MM-DD`).
    pub(crate) fn date(
        &mut self,
        subject: impl Into<NamedOrBlankNode>,
        predicate: NamedNode,
        date: &str,
    ) {
        if is_date(date) {
            let literal = Literal::new_typed_literal(date, term(XSD, "date"));
            self.add(subject, predicate, literal);
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
        let period = BlankNode::new_unchecked(format!("tidsrom{}", self.periods));
        self.add(subject.clone(), term(DCT, "temporal"), period.clone());
        let mut later = vec![Triple::new(
            period.clone(),
            term(RDF, "type"),
            term(DCT, "PeriodOfTime"),
        )];
        for (predicate, date) in [("startDate", start), ("endDate", stop)] {
            if let Some(date) = date {
                let literal = Literal::new_typed_literal(date, term(XSD, "date"));
                later.push(Triple::new(period.clone(), term(DCAT, predicate), literal));
            }
        }
        self.later.append(&mut later);
    }

    pub(crate) fn themes(&mut self, subject: &NamedNode, themes: &Themes) {
        for eu in themes.eu_or_fallback() {
            self.add(
                subject.clone(),
                term(DCAT, "theme"),
                NamedNode::new_unchecked(eu.iri()),
            );
        }
        for los in &themes.los {
            self.add(
                subject.clone(),
                term(DCAT, "theme"),
                NamedNode::new_unchecked(los),
            );
        }
    }

    pub(crate) fn access(&mut self, subject: &NamedNode, access: Option<AccessRight>) {
        if let Some(access) = access {
            let iri = NamedNode::new_unchecked(access.iri());
            self.add(subject.clone(), term(DCT, "accessRights"), iri);
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
