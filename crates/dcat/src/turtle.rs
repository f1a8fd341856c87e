//! The Turtle writer: the bytes of Oxigraph's `oxttl` serializer, written
//! straight into a buffered writer.
//!
//! `oxttl` formats every term through `Display` and allocates for each
//! subject, predicate and local name; at 100,000 variables (two million
//! triples) that was half of writing `catalog.ttl`. This writer follows
//! the same rules (prefixed names where the local name allows, `a` for
//! `rdf:type`, `;` and `,` for a repeated subject and predicate, the same
//! escapes, IRIs relative to the document when there is no base URL)
//! with buffers it reuses. The prelude (the `@prefix` lines) is `oxttl`'s
//! own, and `tests/turtle.rs` checks that both write the same bytes.

use oxiri::Iri;
use oxrdf::vocab::{rdf, xsd};
use oxrdf::{LiteralRef, NamedOrBlankNodeRef, TermRef, TripleRef};
use std::io::{self, Write};

/// A subject: an IRI or a blank node's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Subject<'a> {
    Iri(&'a str),
    Blank(&'a str),
}

/// An object: an IRI, a blank node's id or a literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Object<'a> {
    Iri(&'a str),
    Blank(&'a str),
    /// A simple literal (`xsd:string`).
    Plain(&'a str),
    /// A language-tagged literal: value and tag.
    Lang(&'a str, &'a str),
    /// A literal of another datatype: value and datatype IRI.
    Typed(&'a str, &'a str),
}

impl<'a> Subject<'a> {
    /// The subject of a triple; `None` for a kind this writer does not
    /// know (RDF 1.2's), which `oxttl` then writes.
    pub(crate) fn of(node: NamedOrBlankNodeRef<'a>) -> Option<Subject<'a>> {
        match node {
            NamedOrBlankNodeRef::NamedNode(n) => Some(Subject::Iri(n.as_str())),
            NamedOrBlankNodeRef::BlankNode(b) => Some(Subject::Blank(b.as_str())),
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }
}

impl<'a> Object<'a> {
    /// The object of a triple; `None` for a kind this writer does not know.
    pub(crate) fn of(term: TermRef<'a>) -> Option<Object<'a>> {
        match term {
            TermRef::NamedNode(n) => Some(Object::Iri(n.as_str())),
            TermRef::BlankNode(b) => Some(Object::Blank(b.as_str())),
            TermRef::Literal(l) => Object::literal(l),
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }

    fn literal(literal: LiteralRef<'a>) -> Option<Object<'a>> {
        if let Some(language) = literal.language() {
            return (literal.datatype() == rdf::LANG_STRING)
                .then_some(Object::Lang(literal.value(), language));
        }
        Some(match literal.datatype() {
            xsd::STRING => Object::Plain(literal.value()),
            datatype => Object::Typed(literal.value(), datatype.as_str()),
        })
    }
}

/// Writes triples in order as Turtle into `out`.
pub(crate) struct TurtleWriter<W: Write> {
    out: W,
    /// (prefix name, namespace), longest namespace first, as `oxttl`.
    prefixes: Vec<(&'static str, &'static str)>,
    /// The document IRI that IRIs are written relative to, when there is
    /// no base URL.
    base: Option<Iri<String>>,
    /// The current subject and predicate, as written.
    subject: String,
    predicate: String,
    /// Whether the current subject is a blank node.
    blank: bool,
    /// Whether a statement is open (its final `.` not yet written).
    open: bool,
    /// A local name being escaped.
    local: String,
}

impl<W: Write> TurtleWriter<W> {
    /// A writer into `out`, whose prelude (the `@prefix` lines) has been
    /// written already; IRIs relative to `base` when there is one.
    pub(crate) fn new(
        out: W,
        prefixes: &[(&'static str, &'static str)],
        base: Option<Iri<String>>,
    ) -> TurtleWriter<W> {
        let mut prefixes = prefixes.to_vec();
        prefixes.sort_by_key(|(_, namespace)| std::cmp::Reverse(namespace.len()));
        TurtleWriter {
            out,
            prefixes,
            base,
            subject: String::new(),
            predicate: String::new(),
            blank: false,
            open: false,
            local: String::new(),
        }
    }

    /// Writes one triple.
    pub(crate) fn triple(
        &mut self,
        subject: Subject<'_>,
        predicate: &str,
        object: Object<'_>,
    ) -> io::Result<()> {
        let subject_text = match subject {
            Subject::Iri(iri) | Subject::Blank(iri) => iri,
        };
        let blank = matches!(subject, Subject::Blank(_));
        let same_subject = self.open && self.blank == blank && self.subject == subject_text;
        if same_subject && self.predicate == predicate {
            self.out.write_all(b" , ")?;
        } else if same_subject {
            self.out.write_all(b" ;\n\t")?;
            self.write_predicate(predicate)?;
            self.out.write_all(b" ")?;
        } else {
            if self.open {
                self.out.write_all(b" .\n")?;
            }
            self.write_subject(subject)?;
            self.out.write_all(b" ")?;
            self.write_predicate(predicate)?;
            self.out.write_all(b" ")?;
        }
        if !same_subject {
            self.subject.clear();
            self.subject.push_str(subject_text);
            self.blank = blank;
            self.open = true;
        }
        if self.predicate != predicate {
            self.predicate.clear();
            self.predicate.push_str(predicate);
        }
        self.write_object(object)
    }

    /// Ends the last statement and returns the writer.
    pub(crate) fn finish(mut self) -> io::Result<W> {
        if self.open {
            self.out.write_all(b" .\n")?;
        }
        Ok(self.out)
    }

    fn write_subject(&mut self, subject: Subject<'_>) -> io::Result<()> {
        match subject {
            Subject::Iri(iri) => self.write_iri(iri),
            Subject::Blank(id) => write!(self.out, "_:{id}"),
        }
    }

    fn write_predicate(&mut self, predicate: &str) -> io::Result<()> {
        if predicate == rdf::TYPE.as_str() {
            self.out.write_all(b"a")
        } else {
            self.write_iri(predicate)
        }
    }

    fn write_object(&mut self, object: Object<'_>) -> io::Result<()> {
        match object {
            Object::Iri(iri) => self.write_iri(iri),
            Object::Blank(id) => write!(self.out, "_:{id}"),
            Object::Plain(value) => quoted(&mut self.out, value),
            Object::Lang(value, language) => {
                quoted(&mut self.out, value)?;
                write!(self.out, "@{language}")
            }
            Object::Typed(value, datatype) => {
                let inline = match datatype {
                    d if d == xsd::BOOLEAN.as_str() => matches!(value, "true" | "false"),
                    d if d == xsd::INTEGER.as_str() => is_integer(value),
                    d if d == xsd::DECIMAL.as_str() => is_decimal(value),
                    d if d == xsd::DOUBLE.as_str() => is_double(value),
                    _ => false,
                };
                if inline {
                    return self.out.write_all(value.as_bytes());
                }
                quoted(&mut self.out, value)?;
                self.out.write_all(b"^^")?;
                self.write_iri(datatype)
            }
        }
    }

    /// An IRI as a prefixed name when a namespace and the local name
    /// allow, else in angle brackets, relative to the document when there
    /// is no base URL.
    fn write_iri(&mut self, iri: &str) -> io::Result<()> {
        for &(name, namespace) in &self.prefixes {
            if let Some(local) = iri.strip_prefix(namespace) {
                if local.is_empty() {
                    return write!(self.out, "{name}:");
                }
                if escape_local_name(local, &mut self.local) {
                    return write!(self.out, "{name}:{}", self.local);
                }
            }
        }
        self.out.write_all(b"<")?;
        match &self.base {
            Some(base) => self.out.write_all(relative(base, iri).as_bytes())?,
            None => self.out.write_all(iri.as_bytes())?,
        }
        self.out.write_all(b">")
    }
}

/// `iri` relative to `base`, as `oxttl` writes it: only an IRI of the
/// base's scheme can be written shorter, and a fragment of the document
/// itself (the common case) is just the fragment.
fn relative<'a>(base: &Iri<String>, iri: &'a str) -> std::borrow::Cow<'a, str> {
    if let Some(fragment) = iri.strip_prefix(base.as_str()) {
        if fragment.starts_with('#') && base.query().is_none() && base.fragment().is_none() {
            return fragment.into();
        }
    }
    let same_scheme = iri
        .split_once(':')
        .is_some_and(|(scheme, _)| scheme == base.scheme());
    if same_scheme {
        if let Ok(relative) = base.relativize(&Iri::parse_unchecked(iri)) {
            return relative.into_inner().into();
        }
    }
    iri.into()
}

/// A literal's value in double quotes, escaped as N-Triples and `oxrdf`
/// escape it.
fn quoted(out: &mut impl Write, value: &str) -> io::Result<()> {
    out.write_all(b"\"")?;
    let mut plain = 0;
    for (i, c) in value.char_indices() {
        let escape: Option<&[u8]> = match c {
            '\u{8}' => Some(b"\\b"),
            '\t' => Some(b"\\t"),
            '\n' => Some(b"\\n"),
            '\u{C}' => Some(b"\\f"),
            '\r' => Some(b"\\r"),
            '"' => Some(b"\\\""),
            '\\' => Some(b"\\\\"),
            '\0'..='\u{1F}' | '\u{7F}' | '\u{FFFE}' | '\u{FFFF}' => Some(b""),
            _ => None,
        };
        if let Some(escape) = escape {
            out.write_all(&value.as_bytes()[plain..i])?;
            if escape.is_empty() {
                write!(out, "\\u{:04X}", u32::from(c))?;
            } else {
                out.write_all(escape)?;
            }
            plain = i + c.len_utf8();
        }
    }
    out.write_all(&value.as_bytes()[plain..])?;
    out.write_all(b"\"")
}

/// Escapes a local name into `out` as `oxttl` does; `false` when it
/// cannot be one (the IRI is then written whole).
fn escape_local_name(value: &str, out: &mut String) -> bool {
    out.clear();
    let mut chars = value.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if is_pn_chars_u(first) || first == ':' || first.is_ascii_digit() {
        out.push(first);
    } else if can_be_escaped(first) {
        out.push('\\');
        out.push(first);
    } else {
        return false;
    }
    while let Some(c) = chars.next() {
        if is_pn_chars(c) || c == ':' || (c == '.' && !chars.as_str().is_empty()) {
            out.push(c);
        } else if can_be_escaped(c) {
            out.push('\\');
            out.push(c);
        } else {
            return false;
        }
    }
    true
}

/// Turtle's `PN_CHARS_BASE` (production 163s).
fn is_pn_chars_base(c: char) -> bool {
    matches!(c,
        'A'..='Z'
        | 'a'..='z'
        | '\u{00C0}'..='\u{00D6}'
        | '\u{00D8}'..='\u{00F6}'
        | '\u{00F8}'..='\u{02FF}'
        | '\u{0370}'..='\u{037D}'
        | '\u{037F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{2070}'..='\u{218F}'
        | '\u{2C00}'..='\u{2FEF}'
        | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}'
        | '\u{FDF0}'..='\u{FFFD}'
        | '\u{10000}'..='\u{EFFFF}')
}

/// `PN_CHARS_U` (158s).
fn is_pn_chars_u(c: char) -> bool {
    is_pn_chars_base(c) || c == '_'
}

/// `PN_CHARS` (160s).
fn is_pn_chars(c: char) -> bool {
    is_pn_chars_u(c)
        || matches!(c, '-' | '0'..='9' | '\u{00B7}' | '\u{0300}'..='\u{036F}' | '\u{203F}'..='\u{2040}')
}

/// The characters a local name may hold escaped (`PN_LOCAL_ESC`, 172s).
fn can_be_escaped(c: char) -> bool {
    matches!(
        c,
        '_' | '~'
            | '.'
            | '-'
            | '!'
            | '$'
            | '&'
            | '\''
            | '('
            | ')'
            | '*'
            | '+'
            | ','
            | ';'
            | '='
            | '/'
            | '?'
            | '#'
            | '@'
            | '%'
    )
}

/// Strips one leading sign.
fn unsigned(value: &[u8]) -> &[u8] {
    value
        .strip_prefix(b"+")
        .or_else(|| value.strip_prefix(b"-"))
        .unwrap_or(value)
}

/// Leading ASCII digits and the rest.
fn digits(value: &[u8]) -> (usize, &[u8]) {
    let n = value.iter().take_while(|b| b.is_ascii_digit()).count();
    (n, &value[n..])
}

/// Turtle's `INTEGER` (19).
fn is_integer(value: &str) -> bool {
    let (n, rest) = digits(unsigned(value.as_bytes()));
    n > 0 && rest.is_empty()
}

/// Turtle's `DECIMAL` (20).
fn is_decimal(value: &str) -> bool {
    let (_, rest) = digits(unsigned(value.as_bytes()));
    let Some(rest) = rest.strip_prefix(b".") else {
        return false;
    };
    let (n, rest) = digits(rest);
    n > 0 && rest.is_empty()
}

/// Turtle's `DOUBLE` (21).
fn is_double(value: &str) -> bool {
    let (before, rest) = digits(unsigned(value.as_bytes()));
    let (after, rest) = match rest.strip_prefix(b".") {
        Some(rest) => digits(rest),
        None => (0, rest),
    };
    let Some(rest) = rest.strip_prefix(b"e").or_else(|| rest.strip_prefix(b"E")) else {
        return false;
    };
    let (n, rest) = digits(unsigned(rest));
    (before > 0 || after > 0) && n > 0 && rest.is_empty()
}

/// Whether this writer knows every kind of term of `triples` (all but
/// RDF 1.2's).
pub(crate) fn knows<'a>(mut triples: impl Iterator<Item = TripleRef<'a>>) -> bool {
    triples.all(|t| Subject::of(t.subject).is_some() && Object::of(t.object).is_some())
}

#[cfg(test)]
mod tests {
    use crate::iri::{BaseUrl, Iris};
    use crate::Description;
    use oxrdf::{BlankNode, Literal, NamedNode, Triple};

    fn iri(text: &str) -> NamedNode {
        NamedNode::new_unchecked(text)
    }

    /// Both writers over the same triples, with and without a base URL.
    fn both(triples: &[Triple]) -> Vec<(String, String)> {
        let base = BaseUrl::parse("https://shop.example/nb/").ok();
        [None, base.as_ref()]
            .into_iter()
            .map(|base| {
                let description = Description {
                    triples: triples.to_vec(),
                    iris: Iris::new(base),
                };
                let (mut fast, mut reference) = (Vec::new(), Vec::new());
                description.write_turtle(&mut fast).expect("to a Vec");
                description
                    .write_turtle_with_oxttl(&mut reference)
                    .expect("to a Vec");
                let text = |b: Vec<u8>| String::from_utf8(b).expect("UTF-8");
                (text(fast), text(reference))
            })
            .collect()
    }

    #[test]
    fn every_kind_of_term_is_written_as_oxttl_writes_it() {
        let dct = |local: &str| iri(&format!("{}{local}", crate::ns::DCT));
        let doc = "file:///catalog.ttl";
        let s = iri(&format!("{doc}#variabel/a/b"));
        let blank = BlankNode::new_unchecked("tidsrom1");
        let typed = |value: &str, datatype: &str| {
            Literal::new_typed_literal(value, iri(&format!("{}{datatype}", crate::ns::XSD)))
        };
        let objects: Vec<oxrdf::Term> = vec![
            iri("http://www.w3.org/ns/dcat#Dataset").into(),
            Literal::new_simple_literal(
                "plain \"quoted\" \\ tab\t nl\n cr\r \u{1} \u{7f} \u{fffe} æøå",
            )
            .into(),
            Literal::new_language_tagged_literal_unchecked("tekst", "nb").into(),
            typed("2024-01-31", "date").into(),
            typed("12", "integer").into(),
            typed("-1.5", "decimal").into(),
            typed("1.5e3", "double").into(),
            typed("true", "boolean").into(),
            typed("yes", "boolean").into(),
            typed("1.", "decimal").into(),
            blank.clone().into(),
            iri(&format!("{doc}#datasett/x")).into(),
            iri("file:///other/place.ttl#y").into(),
            iri("file:///catalog.ttl?q#z").into(),
            iri("mailto:a@example.no").into(),
            iri("https://psi.norge.no/los/tema/skole").into(),
            dct("").into(),
            dct("a.b").into(),
            dct("ends.").into(),
            dct("with/slash").into(),
            dct("1st").into(),
            dct("-dash").into(),
            dct("sp ace").into(),
        ];
        let mut triples = Vec::new();
        for (i, object) in objects.into_iter().enumerate() {
            // Runs of one subject and predicate, and of one subject.
            let predicate = dct(if i % 3 == 0 { "title" } else { "description" });
            triples.push(Triple::new(s.clone(), predicate, object));
        }
        triples.push(Triple::new(blank.clone(), dct("title"), iri(doc)));
        triples.push(Triple::new(
            s.clone(),
            crate::ns::term(crate::ns::RDF, "type"),
            dct("x"),
        ));
        triples.push(Triple::new(
            iri("urn:isbn:1"),
            dct("title"),
            iri("urn:isbn:2"),
        ));
        for (fast, reference) in both(&triples) {
            assert_eq!(fast, reference);
        }
        assert_eq!(both(&[]), vec![(String::new(), String::new()); 2]);
    }
}
