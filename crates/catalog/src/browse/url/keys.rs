//! Every URL query key the shop reads or writes, named once, so the URL
//! codec ([`crate::Query::to_pairs`]), the views ([`crate::Route`]) and the
//! basket share link cannot disagree about them.

/// The search text.
pub const TEXT: &str = "q";
/// A selected provider id (repeatable).
pub const PROVIDER: &str = "tilbyder";
/// A selected temporality code such as `FIXED` (repeatable).
pub const TEMPORALITY: &str = "temporalitet";
/// A selected unit type id such as `PERSON` (repeatable).
pub const UNIT_TYPE: &str = "enhetstype";
/// A selected access bucket, `PUBLIC` or `NONPUBLIC` (repeatable).
pub const ACCESS: &str = "tilgang";
/// A selected subject id such as `utdanning` (repeatable).
pub const SUBJECT: &str = "emne";
/// A selected dataset, `<provider id>/<dataset id>` (repeatable): the
/// browse page's Datasett filter. Deliberately not [`DATASET_PAGE`], which
/// opens the dataset's own page.
pub const DATASET: &str = "sett";
/// `1`: show only the variables in the basket.
pub const ONLY_SELECTED: &str = "valgte";
/// The page number, from 1.
pub const PAGE: &str = "side";
/// Rows per page: 25, 50 or 100.
pub const PAGE_SIZE: &str = "antall";
/// The order of the result list.
pub const SORT: &str = "sortering";
/// The UI language, `en`; Bokmål is the default and never written.
pub const LANG: &str = "lang";
/// The id of the variable whose details are shown.
pub const VARIABLE: &str = "variabel";
/// The id of the provider whose page is shown, e.g. `novari-iks`; the
/// browse filter on a provider is [`PROVIDER`].
pub const PROVIDER_PAGE: &str = "datatilbyder";
/// The dataset whose page is shown, `<provider id>/<dataset id>`; the
/// browse filter on a dataset is [`DATASET`].
pub const DATASET_PAGE: &str = "datasett";
/// Another view than browse or detail (see [`BASKET_VIEW`], [`DRAFT_VIEW`]).
pub const VIEW: &str = "vis";
/// The [`VIEW`] value of the basket page.
pub const BASKET_VIEW: &str = "kurv";
/// The [`VIEW`] value of the printable request draft.
pub const DRAFT_VIEW: &str = "utkast";
/// The [`VIEW`] value of the page about KUDAF and the VIGO pilot.
pub const ABOUT_VIEW: &str = "om";
/// The [`VIEW`] value of the accessibility statement.
pub const ACCESSIBILITY_VIEW: &str = "tilgjengelighet";
/// The [`VIEW`] value of the prøverom, where providers check their metadata.
pub const TRIAL_VIEW: &str = "proverom";
/// A shared basket, e.g. `?vis=kurv&kurv=sikt.FEIDE_X`.
pub const BASKET: &str = "kurv";

/// Every key, for checks that they stay distinct.
pub const ALL: [&str; 17] = [
    TEXT,
    PROVIDER,
    TEMPORALITY,
    UNIT_TYPE,
    ACCESS,
    SUBJECT,
    DATASET,
    ONLY_SELECTED,
    PAGE,
    PAGE_SIZE,
    SORT,
    LANG,
    VARIABLE,
    PROVIDER_PAGE,
    DATASET_PAGE,
    VIEW,
    BASKET,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_distinct_and_match_the_codecs() {
        let mut keys = ALL.to_vec();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), ALL.len());
        let cases = [
            (crate::Param::Text.key(), TEXT),
            (crate::Param::Lang.key(), LANG),
            (crate::VARIABLE_KEY, VARIABLE),
            (crate::PROVIDER_KEY, PROVIDER_PAGE),
            (crate::DATASET_KEY, DATASET_PAGE),
            (crate::Param::Dataset.key(), DATASET),
            (crate::VIEW_KEY, VIEW),
            (crate::BASKET_KEY, BASKET),
            (crate::BASKET_VIEW, BASKET_VIEW),
            (crate::DRAFT_VIEW, DRAFT_VIEW),
            (crate::ABOUT_VIEW, ABOUT_VIEW),
            (crate::ACCESSIBILITY_VIEW, ACCESSIBILITY_VIEW),
            (crate::TRIAL_VIEW, TRIAL_VIEW),
        ];
        for (used, named) in cases {
            assert_eq!(used, named);
        }
    }
}
