//! Full-text search over the catalog's variables.
//!
//! The index is built once from a [`Catalog`]. Every language's text is
//! indexed, so a search finds a variable whatever UI language is chosen.
//! Fields and their tiers (best first):
//!
//! | tier | fields |
//! |---|---|
//! | 0 | the whole search text equals the technical name, word for word |
//! | 1 | label; the words of the technical name (`VGO_ELEV_UTDPROGRAM` → `vgo`, `elev`, `utdprogram`) |
//! | 2 | subject fields; unit types (id and label); provider name |
//! | 3 | the variable's dataset: title, description and keywords |
//! | 4 | description |
//!
//! Query semantics: the text is split into words and folded like the index
//! (see [`crate::fold`]); only the first [`MAX_WORDS`] words count. Every
//! word must match (AND); the last word matches any term it is a prefix
//! of, the others whole terms only. A word of [`TYPO_MIN_CHARS`] or more
//! folded letters and no digits also matches terms one edit away (a
//! letter deleted, inserted or substituted, or two neighbours swapped);
//! for the last word, terms with a prefix one edit away.
//!
//! Ranking, per matching variable, smaller first:
//! 1. how many words matched only with a typo;
//! 2. the best tier any word reached in it (tier 0 when the whole text is
//!    its technical name);
//! 3. the sum over the words of the best tier each reached;
//! 4. label A–Å in the UI language ([`crate::collate`]), then id.
//!
//! Performance: terms are a sorted dictionary, so a word (or prefix) is a
//! binary search and its postings one slice; typo variants are looked up
//! the same way, within the range of their unchanged prefix. No query
//! does work proportional to the dictionary.

mod analysis;
mod dictionary;
mod highlight;
mod lookup;
mod rank;
mod typo;

pub use analysis::{Analysis, Fields, NameOrder, Normalise, Prefix};
pub use highlight::{Highlighted, Highlighter, SNIPPET_CHARS};
pub use typo::TYPO_MIN_CHARS;

/// Only this many words of the search text are used: more say nothing a
/// search box needs, and the bound keeps the ranking key's fields from
/// overflowing.
pub const MAX_WORDS: usize = 32;

pub(crate) use rank::{TextHits, BUCKETS};

#[cfg(test)]
pub(crate) use rank::Tally;

use crate::engine::codec::{BytesError, Reader, Writer};
use crate::engine::keys::SortedKeys;
use crate::{Catalog, Dataset, Text};
use dictionary::{Dictionary, DictionaryBuilder};
use rank::tier;
use std::collections::HashMap;

/// The search index of a catalog.
#[derive(Clone, Debug, Default)]
pub(crate) struct SearchIndex {
    analysis: Analysis,
    docs: usize,
    dictionary: Dictionary,
    /// `(folded technical name words joined by spaces, document)`, sorted,
    /// for tier 0.
    names: SortedKeys,
}

impl SearchIndex {
    /// Indexes every variable of `catalog` by the rules of `analysis`:
    /// O(tokens) hashing plus one sort of the distinct terms.
    pub(crate) fn build(catalog: &Catalog, analysis: Analysis) -> SearchIndex {
        let mut terms = Terms {
            analysis,
            builder: DictionaryBuilder::default(),
            buf: String::new(),
        };
        let all_fields = analysis.fields == Fields::All;
        // Provider names, unit types and subjects repeat across thousands
        // of variables: fold them once and keep their term numbers.
        let providers: HashMap<&str, Vec<u32>> = catalog
            .providers
            .iter()
            .filter(|_| all_fields)
            .map(|p| (p.id.as_str(), terms.all(p.name.values())))
            .collect();
        let unit_types: HashMap<&str, Vec<u32>> = catalog
            .unit_types
            .iter()
            .filter(|_| all_fields)
            .map(|u| {
                (
                    u.id.as_str(),
                    terms.all(std::iter::once(u.id.as_str()).chain(u.label.values())),
                )
            })
            .collect();
        // A dataset's texts are shared by all its variables, like the
        // provider's name.
        let datasets: HashMap<&str, Vec<u32>> = catalog
            .datasets
            .iter()
            .filter(|_| all_fields)
            .map(|d| (d.id.as_str(), terms.all(dataset_texts(d))))
            .collect();
        let mut subjects: HashMap<&str, Vec<u32>> = HashMap::new();
        let mut names = Vec::with_capacity(catalog.variables.len());
        for (doc, v) in catalog.variables.iter().enumerate() {
            names.push((terms.add_name(&v.name, doc), doc as u32));
            v.label
                .values()
                .for_each(|s| terms.add(s, doc, tier::LABEL));
            v.description
                .values()
                .for_each(|s| terms.add(s, doc, tier::DESCRIPTION));
            if !all_fields {
                continue;
            }
            for text in v.subject_fields.iter().flat_map(Text::values) {
                let ids = subjects.entry(text).or_insert_with(|| terms.all([text]));
                ids.iter()
                    .for_each(|&id| terms.builder.add(id, doc, tier::CONTEXT));
            }
            for id in &v.unit_types {
                match unit_types.get(id.as_str()) {
                    Some(ids) => ids
                        .iter()
                        .for_each(|&t| terms.builder.add(t, doc, tier::CONTEXT)),
                    None => terms.add(id, doc, tier::CONTEXT),
                }
            }
            for &id in providers.get(v.provider.as_str()).into_iter().flatten() {
                terms.builder.add(id, doc, tier::CONTEXT);
            }
            let dataset = v.dataset.as_deref().and_then(|d| datasets.get(d));
            for &id in dataset.into_iter().flatten() {
                terms.builder.add(id, doc, tier::DATASET);
            }
        }
        SearchIndex {
            analysis,
            docs: catalog.variables.len(),
            dictionary: terms.builder.finish(),
            names: SortedKeys::new(names),
        }
    }
}

impl SearchIndex {
    /// The rules the index was built with, which the query must follow.
    pub(crate) fn analysis(&self) -> &Analysis {
        &self.analysis
    }

    /// Writes the index (see [`crate::Engine::to_bytes`]).
    pub(crate) fn write(&self, w: &mut Writer) {
        w.u8(self.analysis.to_byte());
        self.dictionary.write(w);
        self.names.write(w);
    }

    /// Reads an index written by [`SearchIndex::write`] over `docs`
    /// documents.
    pub(crate) fn read(r: &mut Reader<'_>, docs: usize) -> Result<SearchIndex, BytesError> {
        let byte = r.u8("analysis")?;
        let analysis = Analysis::from_byte(byte)
            .ok_or_else(|| BytesError::new(format!("unknown analysis {byte:#x}")))?;
        let dictionary = Dictionary::read(r, docs)?;
        let names = SortedKeys::read(r, docs, false, "names")?;
        Ok(SearchIndex {
            analysis,
            docs,
            dictionary,
            names,
        })
    }
}

/// Every searchable text of a dataset, in every language.
fn dataset_texts(dataset: &Dataset) -> impl Iterator<Item = &str> {
    dataset
        .title
        .values()
        .chain(dataset.description.values())
        .chain(dataset.keywords.iter().flat_map(Text::values))
}

/// Normalises text into the dictionary builder through one reused buffer.
struct Terms {
    analysis: Analysis,
    builder: DictionaryBuilder,
    buf: String,
}

impl Terms {
    /// Adds every word of `text` to `doc` in a field of `tier`.
    fn add(&mut self, text: &str, doc: usize, tier: u8) {
        let builder = &mut self.builder;
        self.analysis.each_word(text, &mut self.buf, |word| {
            let id = builder.intern(word);
            builder.add(id, doc, tier);
        });
    }

    /// Adds the words of a technical name at the label tier, and returns
    /// them joined by spaces: the key of tier 0.
    fn add_name(&mut self, name: &str, doc: usize) -> Box<str> {
        let mut key = String::with_capacity(name.len());
        let builder = &mut self.builder;
        self.analysis.each_word(name, &mut self.buf, |word| {
            let id = builder.intern(word);
            builder.add(id, doc, tier::LABEL);
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(word);
        });
        key.into_boxed_str()
    }

    /// The term numbers of every word of some texts, for texts that many
    /// variables share.
    fn all<'t>(&mut self, texts: impl IntoIterator<Item = &'t str>) -> Vec<u32> {
        let mut ids = Vec::new();
        for text in texts {
            let builder = &mut self.builder;
            self.analysis
                .each_word(text, &mut self.buf, |word| ids.push(builder.intern(word)));
        }
        ids
    }
}
