//! Which view the URL shows.
//!
//! Every view lives on the one `index.html`, chosen by query parameters
//! rather than by path, so every link works when opened directly from a
//! static file server with no rewrite rules, at a host's root or under any
//! sub-path. The browse query's parameters ride along on every view, so a
//! detail page's back link returns to the exact search it came from.

use crate::browse::url::{self, keys};
use crate::Query;

/// The key naming a variable whose details are shown.
pub const VARIABLE_KEY: &str = keys::VARIABLE;
/// The key naming a provider whose page is shown.
pub const PROVIDER_KEY: &str = keys::PROVIDER_PAGE;
/// The key naming a dataset whose page is shown.
pub const DATASET_KEY: &str = keys::DATASET_PAGE;
/// The key naming another view than browse or detail.
pub const VIEW_KEY: &str = keys::VIEW;
/// The [`VIEW_KEY`] value of the basket page.
pub const BASKET_VIEW: &str = keys::BASKET_VIEW;
/// The [`VIEW_KEY`] value of the printable request draft.
pub const DRAFT_VIEW: &str = keys::DRAFT_VIEW;
/// The [`VIEW_KEY`] value of the page about KUDAF and the VIGO pilot.
pub const ABOUT_VIEW: &str = keys::ABOUT_VIEW;
/// The [`VIEW_KEY`] value of the accessibility statement.
pub const ACCESSIBILITY_VIEW: &str = keys::ACCESSIBILITY_VIEW;
/// The [`VIEW_KEY`] value of the prøverom (metadata test room).
pub const TRIAL_VIEW: &str = keys::TRIAL_VIEW;
/// Longest variable id read from a URL; longer ones cannot be real.
const MAX_ID_CHARS: usize = 400;

/// A view of the shop.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Route {
    /// The browse page (search, facets, results).
    #[default]
    Browse,
    /// The details of the variable with this id.
    Variable(String),
    /// The page of the provider with this id.
    Provider(String),
    /// The page of the dataset with this key, `<provider id>/<dataset id>`
    /// (see [`crate::Dataset::key`]).
    Dataset(String),
    /// The basket page.
    Basket,
    /// The printable request draft (søknadsutkast).
    Draft,
    /// About KUDAF and the VIGO pilot (om KUDAF og VIGO-piloten).
    About,
    /// The accessibility statement (tilgjengelighetserklæring).
    Accessibility,
    /// The prøverom, where providers check and preview their metadata.
    Trial,
}

impl Route {
    /// Reads the view from decoded pairs; junk means browse. A variable
    /// wins over a dataset, a dataset over a provider, a provider over a
    /// view name, and the last valid value of a key wins.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = &'a (String, String)>) -> Route {
        let mut variable = None;
        let mut dataset = None;
        let mut provider = None;
        let mut view = Route::Browse;
        let id = |value: &String| {
            let value = value.trim();
            (!value.is_empty() && value.chars().count() <= MAX_ID_CHARS).then(|| value.to_string())
        };
        for (key, value) in pairs {
            if key.eq_ignore_ascii_case(VARIABLE_KEY) {
                variable = id(value).or(variable);
            } else if key.eq_ignore_ascii_case(DATASET_KEY) {
                dataset = id(value).or(dataset);
            } else if key.eq_ignore_ascii_case(PROVIDER_KEY) {
                provider = id(value).or(provider);
            } else if key.eq_ignore_ascii_case(VIEW_KEY) {
                match value.trim() {
                    BASKET_VIEW => view = Route::Basket,
                    DRAFT_VIEW => view = Route::Draft,
                    ABOUT_VIEW => view = Route::About,
                    ACCESSIBILITY_VIEW => view = Route::Accessibility,
                    TRIAL_VIEW => view = Route::Trial,
                    _ => {}
                }
            }
        }
        variable
            .map(Route::Variable)
            .or(dataset.map(Route::Dataset))
            .or(provider.map(Route::Provider))
            .unwrap_or(view)
    }

    /// Reads the view from a URL's query string (with or without `?`).
    pub fn from_search_string(search: &str) -> Route {
        Route::from_pairs(&url::parse_pairs(search))
    }

    /// The route's own pairs; browse has none.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        match self {
            Route::Browse => Vec::new(),
            Route::Variable(id) => vec![(VARIABLE_KEY.into(), id.clone())],
            Route::Provider(id) => vec![(PROVIDER_KEY.into(), id.clone())],
            Route::Dataset(key) => vec![(DATASET_KEY.into(), key.clone())],
            Route::Basket => vec![(VIEW_KEY.into(), BASKET_VIEW.into())],
            Route::Draft => vec![(VIEW_KEY.into(), DRAFT_VIEW.into())],
            Route::About => vec![(VIEW_KEY.into(), ABOUT_VIEW.into())],
            Route::Accessibility => vec![(VIEW_KEY.into(), ACCESSIBILITY_VIEW.into())],
            Route::Trial => vec![(VIEW_KEY.into(), TRIAL_VIEW.into())],
        }
    }

    /// The query string (without `?`) for this view with the browse
    /// `query` carried along: route first, then the query's own pairs.
    pub fn search_string(&self, query: &Query) -> String {
        let mut pairs = self.to_pairs();
        pairs.extend(query.to_pairs());
        url::format_pairs(&pairs)
    }
}

/// The same link (`path?query string`, as [`Route::search_string`] builds
/// it) with `text` as the search text it carries, everything else kept: a
/// link drawn a few keystrokes ago, brought up to what has been typed
/// since, at the moment someone can follow it. Redrawing every link of the
/// result list on each keystroke would restyle each of them.
pub fn link_with_text(href: &str, text: &str) -> String {
    let (path, search) = href.split_once('?').unwrap_or((href, ""));
    let mut query = Query::from_search_string(search);
    query.text = text.to_string();
    let search = Route::from_search_string(search).search_string(&query);
    if search.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{search}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_views_and_ignores_junk() {
        let long = "x".repeat(MAX_ID_CHARS + 1);
        let cases = [
            ("", Route::Browse),
            ("q=elev", Route::Browse),
            (
                "variabel=novari-iks%2FVGO_A",
                Route::Variable("novari-iks/VGO_A".into()),
            ),
            ("variabel=sikt/X&vis=kurv", Route::Variable("sikt/X".into())),
            ("vis=kurv&q=x", Route::Basket),
            ("VIS=utkast", Route::Draft),
            ("vis=nonsense", Route::Browse),
            ("vis=om", Route::About),
            ("vis=tilgjengelighet&lang=en", Route::Accessibility),
            ("vis=%20om%20", Route::About),
            ("vis=proverom", Route::Trial),
            ("vis=Om", Route::Browse),
            ("variabel=sikt/X&vis=om", Route::Variable("sikt/X".into())),
            ("variabel=", Route::Browse),
            ("datatilbyder=sikt", Route::Provider("sikt".into())),
            ("datatilbyder=%20&vis=kurv", Route::Basket),
            ("datasett=sikt%2Fd-1", Route::Dataset("sikt/d-1".into())),
            (
                "datasett=sikt/d-1&datatilbyder=sikt",
                Route::Dataset("sikt/d-1".into()),
            ),
            (
                "datasett=sikt/d-1&variabel=sikt/X",
                Route::Variable("sikt/X".into()),
            ),
            (
                "variabel=sikt/X&variabel=",
                Route::Variable("sikt/X".into()),
            ),
            ("tilbyder=sikt&sett=sikt/d-1", Route::Browse),
            ("variabel=%20%20", Route::Browse),
            (
                "variabel=kartverket%2FAREAL_M%C3%98",
                Route::Variable("kartverket/AREAL_MØ".into()),
            ),
        ];
        for (search, route) in cases {
            assert_eq!(Route::from_search_string(search), route, "{search}");
        }
        assert_eq!(
            Route::from_search_string(&format!("variabel={long}")),
            Route::Browse
        );
    }

    #[test]
    fn round_trips_with_the_browse_query() {
        let mut query = Query::from_search_string("q=elev&tilbyder=novari-iks&sett=sikt/a&side=2");
        query.page = 2;
        for route in [
            Route::Browse,
            Route::Variable("novari-iks/LENKEVAR_ID-NØKKEL".into()),
            Route::Provider("novari-iks".into()),
            Route::Dataset("novari-iks/9e1c-Ø".into()),
            Route::Basket,
            Route::Draft,
            Route::About,
            Route::Accessibility,
            Route::Trial,
        ] {
            let search = route.search_string(&query);
            assert_eq!(Route::from_search_string(&search), route, "{search}");
            assert_eq!(Query::from_search_string(&search), query, "{search}");
        }
    }

    #[test]
    fn a_link_takes_the_text_typed_since_and_keeps_the_rest() {
        let cases = [
            // (link, text now, link now)
            (
                "/?variabel=sikt%2FX&q=el",
                "elev",
                "/?variabel=sikt%2FX&q=elev",
            ),
            (
                "/?variabel=sikt%2FX&q=elev",
                "elev",
                "/?variabel=sikt%2FX&q=elev",
            ),
            (
                "/?variabel=sikt%2FX",
                "lånekassen",
                "/?variabel=sikt%2FX&q=l%C3%A5nekassen",
            ),
            ("/?variabel=sikt%2FX&q=elev", "", "/?variabel=sikt%2FX"),
            (
                "/shop/index.html?q=e&side=3",
                "el",
                "/shop/index.html?q=el&side=3",
            ),
            (
                "/?q=e&tilbyder=sikt&lang=en",
                "ele",
                "/?q=ele&tilbyder=sikt&lang=en",
            ),
            ("/?vis=om&q=e", "a&b=c", "/?vis=om&q=a%26b%3Dc"),
            ("/?q=e", "", "/"),
            ("/", "elev", "/?q=elev"),
        ];
        for (link, text, expected) in cases {
            assert_eq!(link_with_text(link, text), expected, "{link} + {text}");
        }
    }
}
