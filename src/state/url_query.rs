//! The browse query, read from and written to the URL.

use catalog::{Query, Route};
use leptos::prelude::*;
use leptos_router::{
    hooks::{use_location, use_navigate},
    NavigateOptions,
};
use std::sync::Arc;

/// The router's navigate function, stored so the context stays `Copy`.
type Navigate = Arc<dyn Fn(&str, NavigateOptions) + Send + Sync>;

/// The browse query as the URL holds it, and a way to change it.
///
/// Derived from the location, never stored beside it, so back/forward, a
/// reload and a copied link all show the same view.
#[derive(Clone, Copy)]
pub struct QueryCtx {
    /// The query in the current URL.
    pub query: Memo<Query>,
    /// The view in the current URL.
    pub route: Memo<Route>,
    navigate: StoredValue<Navigate>,
    path: Memo<String>,
}

impl QueryCtx {
    /// Derives the query from the router's location and provides it.
    /// Call inside the `<Router>`.
    pub fn provide() -> QueryCtx {
        let location = use_location();
        let search = location.search;
        let query = Memo::new(move |_| Query::from_search_string(&search.read()));
        let route = Memo::new(move |_| Route::from_search_string(&search.read()));
        let navigate = use_navigate();
        let ctx = QueryCtx {
            query,
            route,
            navigate: StoredValue::new(Arc::new(navigate)),
            path: location.pathname,
        };
        provide_context(ctx);
        ctx
    }

    /// The browse query context.
    pub fn expect() -> QueryCtx {
        expect_context::<QueryCtx>()
    }

    /// Shows `query` in the current view: a new history entry, or a
    /// replaced one for changes too small to go back to one by one (each
    /// keystroke of the search).
    pub fn set(&self, query: &Query, history: History) {
        self.show(&self.route.get_untracked(), query, history);
    }

    /// Shows another view, carrying the browse query along.
    pub fn go(&self, route: &Route, history: History) {
        self.show(route, &self.query.get_untracked(), history);
    }

    fn show(&self, route: &Route, query: &Query, history: History) {
        let search = route.search_string(query);
        // Keep the current path (the folder the shop is served from) and
        // change only the query, so one build works under any sub-path.
        let path = self.path.get_untracked();
        let url = if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        };
        let options = NavigateOptions {
            resolve: false,
            replace: history == History::Replace,
            scroll: false,
            ..NavigateOptions::default()
        };
        self.navigate.with_value(|navigate| navigate(&url, options));
    }

    /// Changes the current query with `change` and shows the result.
    pub fn update(&self, history: History, change: impl FnOnce(&mut Query)) {
        let mut query = self.query.get_untracked();
        change(&mut query);
        self.set(&query, history);
    }

    /// A link to the current view with `query`, for `<a href>`.
    pub fn href(&self, query: &Query) -> String {
        self.href_to(&self.route.get(), query)
    }

    /// A link to `route` with the current browse query, for `<a href>`.
    pub fn route_href(&self, route: &Route) -> String {
        self.href_to(route, &self.query.get())
    }

    fn href_to(&self, route: &Route, query: &Query) -> String {
        let search = route.search_string(query);
        let path = self.path.get();
        if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        }
    }
}

/// How a URL change enters the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A new entry the back button returns from.
    Push,
    /// Replaces the current entry.
    Replace,
}
