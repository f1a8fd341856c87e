//! What the user asks the browse page: search text, facet selections,
//! basket filter, sort and page. The URL is its serialized form (see
//! [`crate::url`]) and [`crate::Engine::run`] answers it.

mod chips;
mod intent;
mod params;

pub use chips::{chips, Chip, ChipKind};
pub use intent::QueryIntent;
pub use params::{PageSize, Param, MAX_PAGE, MAX_TEXT_CHARS};

use crate::{fold, Engine, Facet, Lang, Sort};
use std::collections::BTreeSet;

/// A browse query. Facet selections hold catalog ids: provider ids,
/// temporality codes (`FIXED` ...), unit type ids, `PUBLIC`/`NONPUBLIC`
/// subject ids and dataset keys (see [`crate::Facet`]).
///
/// Values are ORed within a facet and the facets ANDed. Ids the catalog
/// does not know are ignored by the engine (as if absent);
/// [`Query::retain_known`] removes them, e.g. to tidy the URL.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Query {
    /// The search text as typed.
    pub text: String,
    /// Selected provider ids.
    pub providers: BTreeSet<String>,
    /// Selected temporality codes.
    pub temporalities: BTreeSet<String>,
    /// Selected unit type ids.
    pub unit_types: BTreeSet<String>,
    /// Selected access buckets: `PUBLIC` and/or `NONPUBLIC`.
    pub access: BTreeSet<String>,
    /// Selected subject ids.
    pub subjects: BTreeSet<String>,
    /// Selected dataset keys, `<provider id>/<dataset id>`.
    pub datasets: BTreeSet<String>,
    /// Show only variables in the basket.
    pub only_selected: bool,
    /// The page, from 1; the engine clamps it to the pages there are.
    pub page: usize,
    /// Rows per page.
    pub page_size: PageSize,
    /// The requested order; see [`Query::effective_sort`].
    pub sort: Sort,
    /// The UI language: labels shown, and the language A–Å sorts by.
    pub lang: Lang,
}

impl Default for Query {
    fn default() -> Query {
        Query {
            text: String::new(),
            providers: BTreeSet::new(),
            temporalities: BTreeSet::new(),
            unit_types: BTreeSet::new(),
            access: BTreeSet::new(),
            subjects: BTreeSet::new(),
            datasets: BTreeSet::new(),
            only_selected: false,
            page: 1,
            page_size: PageSize::default(),
            sort: Sort::default(),
            lang: Lang::default(),
        }
    }
}

impl Query {
    /// The selected ids of one facet.
    pub fn selection(&self, facet: Facet) -> &BTreeSet<String> {
        match facet {
            Facet::Provider => &self.providers,
            Facet::Temporality => &self.temporalities,
            Facet::UnitType => &self.unit_types,
            Facet::Access => &self.access,
            Facet::Subject => &self.subjects,
            Facet::Dataset => &self.datasets,
        }
    }

    /// The selected ids of one facet, to change.
    pub fn selection_mut(&mut self, facet: Facet) -> &mut BTreeSet<String> {
        match facet {
            Facet::Provider => &mut self.providers,
            Facet::Temporality => &mut self.temporalities,
            Facet::UnitType => &mut self.unit_types,
            Facet::Access => &mut self.access,
            Facet::Subject => &mut self.subjects,
            Facet::Dataset => &mut self.datasets,
        }
    }

    /// Selects or unselects a facet value and goes back to page 1, as a
    /// changed filter changes which rows page 2 would show.
    pub fn toggle(&mut self, facet: Facet, id: &str) {
        *self = self.apply(QueryIntent::Toggle(facet, id.to_string()));
    }

    /// True when any facet value is selected.
    pub fn has_selection(&self) -> bool {
        Facet::ALL.iter().any(|&f| !self.selection(f).is_empty())
    }

    /// True when the search text has a word to search for (punctuation or
    /// space alone does not filter).
    pub fn has_text(&self) -> bool {
        fold::word_spans(&self.text).any(|span| !fold::fold_word(&self.text[span]).is_empty())
    }

    /// The order actually used: [`Sort::Relevance`] needs search text, so
    /// without it the list is sorted by [`Sort::Name`].
    pub fn effective_sort(&self) -> Sort {
        match self.sort {
            Sort::Relevance if !self.has_text() => Sort::Name,
            sort => sort,
        }
    }

    /// Removes selected ids that `engine`'s catalog does not have (stale
    /// or hand-edited links); true when something was removed. The engine
    /// ignores such ids anyway, so this only tidies the query.
    pub fn retain_known(&mut self, engine: &Engine) -> bool {
        let mut changed = false;
        for facet in Facet::ALL {
            let selection = self.selection_mut(facet);
            let before = selection.len();
            selection.retain(|id| engine.is_known(facet, id));
            changed |= selection.len() != before;
        }
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relevance_needs_text() {
        let cases = [
            ("", Sort::Relevance, Sort::Name),
            ("  -- ", Sort::Relevance, Sort::Name),
            ("elev", Sort::Relevance, Sort::Relevance),
            ("", Sort::Updated, Sort::Updated),
            ("elev", Sort::Name, Sort::Name),
            ("elev", Sort::Provider, Sort::Provider),
        ];
        for (text, sort, expected) in cases {
            let query = Query {
                text: text.into(),
                sort,
                ..Query::default()
            };
            assert_eq!(query.effective_sort(), expected, "{text:?} {sort:?}");
        }
    }

    #[test]
    fn toggle_selects_unselects_and_resets_the_page() {
        let mut query = Query {
            page: 4,
            ..Query::default()
        };
        query.toggle(Facet::Provider, "sikt");
        assert!(query.providers.contains("sikt") && query.has_selection());
        assert_eq!(query.page, 1);
        query.toggle(Facet::Provider, "sikt");
        assert!(!query.has_selection());
        assert_eq!(Query::default().page, 1);
    }
}
