//! The one place that names the browse page's URL parameters and the
//! sort and page-size vocabularies, so the URL codec, the engine and the
//! app cannot disagree about them.

use crate::Facet;
use crate::Sort;

impl Facet {
    /// The facet's URL parameter.
    pub fn param(self) -> Param {
        match self {
            Facet::Provider => Param::Provider,
            Facet::Temporality => Param::Temporality,
            Facet::UnitType => Param::UnitType,
            Facet::Access => Param::Access,
            Facet::Subject => Param::Subject,
            Facet::Dataset => Param::Dataset,
        }
    }
}

/// A URL parameter of the browse page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Param {
    /// `q`: the search text.
    Text,
    /// `tilbyder`: a provider id (repeatable).
    Provider,
    /// `temporalitet`: a temporality code such as `FIXED` (repeatable).
    Temporality,
    /// `enhetstype`: a unit type id such as `PERSON` (repeatable).
    UnitType,
    /// `tilgang`: `PUBLIC` or `NONPUBLIC` (repeatable).
    Access,
    /// `emne`: a subject id such as `utdanning` (repeatable).
    Subject,
    /// `sett`: a dataset key, `<provider id>/<dataset id>` (repeatable).
    Dataset,
    /// `valgte=1`: show only the variables in the basket.
    OnlySelected,
    /// `side`: the page number, from 1.
    Page,
    /// `antall`: rows per page, 25, 50 or 100.
    PageSize,
    /// `sortering`: `relevans`, `navn`, `tilbyder` or `oppdatert`.
    Sort,
    /// `lang`: `en`; Bokmål is the default and never written.
    Lang,
}

impl Param {
    /// Every parameter, in the order the URL writes them.
    pub const ALL: [Param; 12] = [
        Param::Text,
        Param::Provider,
        Param::Temporality,
        Param::UnitType,
        Param::Access,
        Param::Subject,
        Param::Dataset,
        Param::OnlySelected,
        Param::Page,
        Param::PageSize,
        Param::Sort,
        Param::Lang,
    ];

    /// The key in the URL.
    pub fn key(self) -> &'static str {
        use crate::browse::url::keys;
        match self {
            Param::Text => keys::TEXT,
            Param::Provider => keys::PROVIDER,
            Param::Temporality => keys::TEMPORALITY,
            Param::UnitType => keys::UNIT_TYPE,
            Param::Access => keys::ACCESS,
            Param::Subject => keys::SUBJECT,
            Param::Dataset => keys::DATASET,
            Param::OnlySelected => keys::ONLY_SELECTED,
            Param::Page => keys::PAGE,
            Param::PageSize => keys::PAGE_SIZE,
            Param::Sort => keys::SORT,
            Param::Lang => keys::LANG,
        }
    }

    /// The parameter with this key, ignoring ASCII case and surrounding
    /// space.
    pub fn from_key(key: &str) -> Option<Param> {
        let key = key.trim();
        Param::ALL
            .into_iter()
            .find(|p| p.key().eq_ignore_ascii_case(key))
    }
}

/// The longest search text kept, in chars; longer text is cut (on a char
/// boundary), so a pasted essay cannot slow every keystroke down.
pub const MAX_TEXT_CHARS: usize = 200;

/// The largest page number a URL can ask for; the engine then clamps it to
/// the last page.
pub const MAX_PAGE: usize = 1_000_000;

/// The sorts' URL values; the orders themselves are the engine's
/// ([`Sort`]).
impl Sort {
    /// The value in the URL.
    pub fn code(self) -> &'static str {
        match self {
            Sort::Relevance => "relevans",
            Sort::Name => "navn",
            Sort::Provider => "tilbyder",
            Sort::Updated => "oppdatert",
        }
    }

    /// The sort with this URL value, ignoring ASCII case and space.
    pub fn from_code(code: &str) -> Option<Sort> {
        let code = code.trim();
        Sort::ALL
            .into_iter()
            .find(|s| s.code().eq_ignore_ascii_case(code))
    }
}

/// How many rows a page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PageSize {
    /// 25 rows; the default.
    #[default]
    P25,
    /// 50 rows.
    P50,
    /// 100 rows.
    P100,
}

impl PageSize {
    /// Every page size, smallest first.
    pub const ALL: [PageSize; 3] = [PageSize::P25, PageSize::P50, PageSize::P100];

    /// The number of rows.
    pub fn get(self) -> usize {
        match self {
            PageSize::P25 => 25,
            PageSize::P50 => 50,
            PageSize::P100 => 100,
        }
    }

    /// The allowed size nearest to `rows` (the smaller one on a tie), so a
    /// hand-edited `antall=1000000` still gives a valid page.
    pub fn nearest(rows: u64) -> PageSize {
        let mut best = PageSize::P25;
        for size in PageSize::ALL {
            if (size.get() as u64).abs_diff(rows) < (best.get() as u64).abs_diff(rows) {
                best = size;
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_codes_round_trip_and_are_unique() {
        for p in Param::ALL {
            assert_eq!(Param::from_key(p.key()), Some(p));
            assert_eq!(Param::from_key(&p.key().to_uppercase()), Some(p));
        }
        let mut keys: Vec<&str> = Param::ALL.iter().map(|p| p.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), Param::ALL.len());
        for s in Sort::ALL {
            assert_eq!(Sort::from_code(s.code()), Some(s));
        }
        assert_eq!(Sort::from_code("alfabetisk"), None);
        assert_eq!(Param::from_key("page"), None);
    }

    #[test]
    fn nearest_page_size() {
        let cases = [
            (0, 25),
            (25, 25),
            (37, 25),
            (38, 50),
            (50, 50),
            (75, 50),
            (76, 100),
            (1_000_000, 100),
            (u64::MAX, 100),
        ];
        for (rows, expected) in cases {
            assert_eq!(PageSize::nearest(rows).get(), expected, "{rows}");
        }
    }
}
