//! What a user does to the browse query, as data: the search box, a facet
//! checkbox, a filter chip, "Nullstill alle", the basket switch, the sort
//! and page-size menus and the pager each send one [`QueryIntent`], and
//! [`Query::apply`] is the one place that says what it changes.

use crate::{Facet, PageSize, Query, Sort};

/// One change to the browse query.
///
/// Every intent but [`QueryIntent::Page`] changes which rows a page
/// shows, so applying it goes back to page 1: page 3 of the old list is
/// meaningless for the new one.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum QueryIntent {
    /// The search box's new text, as typed.
    SetText(String),
    /// Removes the search text (its filter chip).
    ClearText,
    /// Selects a facet value, or unselects it when selected.
    Toggle(Facet, String),
    /// Unselects a facet value (its filter chip); nothing when it was not
    /// selected.
    Remove(Facet, String),
    /// Shows only the basket's variables, or every variable.
    OnlySelected(bool),
    /// Removes the search text, every facet selection and the basket
    /// filter; keeps the language, the sort and the page size, which are
    /// how the user reads the list rather than what is in it.
    ClearFilters,
    /// Orders the list differently.
    Sort(Sort),
    /// Shows a different number of rows per page.
    PageSize(PageSize),
    /// Goes to a page (from 1; the engine clamps it to the pages there
    /// are). The only intent that keeps the filters' page rule out.
    Page(usize),
}

impl Query {
    /// The query after `intent`, back on page 1 unless the intent is
    /// [`QueryIntent::Page`].
    pub fn apply(&self, intent: QueryIntent) -> Query {
        let mut next = self.clone();
        match intent {
            QueryIntent::SetText(text) => next.text = text,
            QueryIntent::ClearText => next.text.clear(),
            QueryIntent::Toggle(facet, id) => {
                let selection = next.selection_mut(facet);
                if !selection.remove(&id) {
                    selection.insert(id);
                }
            }
            QueryIntent::Remove(facet, id) => {
                next.selection_mut(facet).remove(&id);
            }
            QueryIntent::OnlySelected(on) => next.only_selected = on,
            QueryIntent::ClearFilters => {
                next = Query {
                    lang: self.lang,
                    sort: self.sort,
                    page_size: self.page_size,
                    ..Query::default()
                };
            }
            QueryIntent::Sort(sort) => next.sort = sort,
            QueryIntent::PageSize(size) => next.page_size = size,
            QueryIntent::Page(page) => {
                next.page = page.max(1);
                return next;
            }
        }
        next.page = 1;
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    /// A query on page 4 with something in every part.
    fn busy() -> Query {
        let mut query = Query {
            text: "elev".into(),
            only_selected: true,
            page: 4,
            page_size: PageSize::P50,
            sort: Sort::Updated,
            lang: Lang::En,
            ..Query::default()
        };
        query.providers.insert("sikt".into());
        query.access.insert("PUBLIC".into());
        query
    }

    #[test]
    fn each_intent_changes_its_part_and_the_page() {
        type Change = fn(&mut Query);
        let cases: Vec<(QueryIntent, Change)> = vec![
            (QueryIntent::SetText("lån".into()), |q| {
                q.text = "lån".into()
            }),
            (QueryIntent::SetText("elev".into()), |_| {}),
            (QueryIntent::ClearText, |q| q.text.clear()),
            (QueryIntent::Toggle(Facet::Provider, "ssb".into()), |q| {
                q.providers.insert("ssb".into());
            }),
            (QueryIntent::Toggle(Facet::Provider, "sikt".into()), |q| {
                q.providers.clear();
            }),
            (
                QueryIntent::Toggle(Facet::Subject, "utdanning".into()),
                |q| {
                    q.subjects.insert("utdanning".into());
                },
            ),
            (QueryIntent::Remove(Facet::Access, "PUBLIC".into()), |q| {
                q.access.clear();
            }),
            (
                QueryIntent::Remove(Facet::Access, "NONPUBLIC".into()),
                |_| {},
            ),
            (QueryIntent::OnlySelected(false), |q| {
                q.only_selected = false
            }),
            (QueryIntent::ClearFilters, |q| {
                q.text.clear();
                q.providers.clear();
                q.access.clear();
                q.only_selected = false;
            }),
            (QueryIntent::Sort(Sort::Name), |q| q.sort = Sort::Name),
            (QueryIntent::PageSize(PageSize::P100), |q| {
                q.page_size = PageSize::P100;
            }),
        ];
        for (intent, change) in cases {
            let mut expected = busy();
            change(&mut expected);
            expected.page = 1;
            assert_eq!(busy().apply(intent.clone()), expected, "{intent:?}");
        }
    }

    #[test]
    fn the_page_intent_keeps_everything_else() {
        let cases = [(2, 2), (1, 1), (0, 1), (usize::MAX, usize::MAX)];
        for (page, expected) in cases {
            let next = busy().apply(QueryIntent::Page(page));
            assert_eq!(
                next,
                Query {
                    page: expected,
                    ..busy()
                },
                "{page}"
            );
        }
    }

    #[test]
    fn clearing_keeps_how_the_list_is_read() {
        let cleared = busy().apply(QueryIntent::ClearFilters);
        assert!(!cleared.has_text() && !cleared.has_selection() && !cleared.only_selected);
        assert_eq!(
            (cleared.lang, cleared.sort, cleared.page_size),
            (Lang::En, Sort::Updated, PageSize::P50)
        );
    }
}
