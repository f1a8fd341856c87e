//! The one door to the URL: every read of the location and every change
//! of it goes through this file. The rest of the app sees a [`QueryCtx`]
//! (the browse query and the view), the shared basket a link carries, and
//! links built from them.

use catalog::{Basket, Query, QueryIntent, Route};
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
    /// The basket a share link carries (`?kurv=…`), if any.
    pub shared_basket: Memo<Option<Basket>>,
    navigate: StoredValue<Navigate>,
    path: Memo<String>,
    search: Memo<String>,
    /// The query with its search text left out: what links marked
    /// `data-carry` redraw on (see [`QueryCtx::carried_href`]).
    untexted: Memo<Query>,
}

impl QueryCtx {
    /// Derives the query from the router's location and provides it.
    /// Call inside the `<Router>`.
    pub fn provide() -> QueryCtx {
        let location = use_location();
        let search = location.search;
        let query = Memo::new(move |_| Query::from_search_string(&search.read()));
        let route = Memo::new(move |_| Route::from_search_string(&search.read()));
        let shared_basket = Memo::new(move |_| Basket::from_search_string(&search.read()));
        let navigate = use_navigate();
        let untexted = Memo::new(move |_| Query {
            text: String::new(),
            ..query.get()
        });
        let ctx = QueryCtx {
            query,
            route,
            shared_basket,
            navigate: StoredValue::new(Arc::new(navigate)),
            path: location.pathname,
            search,
            untexted,
        };
        provide_context(ctx);
        carry_text_into_links(ctx);
        ctx
    }

    /// The browse query context.
    ///
    /// # Panics
    ///
    /// When no ancestor called [`QueryCtx::provide`] (the app's shell
    /// does).
    pub fn expect() -> QueryCtx {
        use_context::<QueryCtx>()
            .expect("QueryCtx is missing: call QueryCtx::provide() inside the <Router>")
    }

    /// The current query string (without `?`), for rules of the core that
    /// read it whole, such as [`catalog::ShareOffer::analyse`].
    pub fn search(&self) -> Memo<String> {
        self.search
    }

    /// Whether the URL names a language (`?lang=…`), read once: the
    /// remembered choice applies only when it does not.
    pub fn names_lang_untracked(&self) -> bool {
        catalog::url::parse_pairs(&self.search.get_untracked())
            .iter()
            .any(|(key, _)| key.eq_ignore_ascii_case(catalog::Param::Lang.key()))
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

    /// Applies `intent` to the current query (the core's rule, which also
    /// goes back to page 1 where the list changes) and shows the result.
    pub fn apply(&self, intent: QueryIntent, history: History) {
        self.set(&self.query.get_untracked().apply(intent), history);
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

    /// A link to `route` with another browse `query`, for `<a href>`: e.g.
    /// browse filtered to one provider.
    pub fn link(&self, route: &Route, query: &Query) -> String {
        self.href_to(route, query)
    }

    /// A link to `route` with the current browse query for a link marked
    /// `data-carry`: redrawn when anything but the search text changes.
    /// The text typed since is written into the link when someone can
    /// follow it (see `carry_text_into_links`), so a keystroke does not
    /// rewrite, and make the browser restyle, every link on the page.
    pub fn carried_href(&self, route: &Route) -> String {
        self.href_to(route, &self.carried_query())
    }

    /// The current browse query, for a `data-carry` link that changes more
    /// than the view (a page number): tracks all of it but the text.
    pub fn carried_query(&self) -> Query {
        // Read, not only tracked: `track` would leave the memo unevaluated,
        // so it would report a change when the link next checks it.
        self.untexted.with(|_| ());
        self.query.get_untracked()
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

/// The moments a link can be followed, opened or copied: the pointer
/// comes over it or presses it, it takes focus, its menu opens, it is
/// clicked (before the router follows it) or dragged.
const LINK_MOMENTS: [&str; 7] = [
    "pointerover",
    "pointerdown",
    "focusin",
    "contextmenu",
    "click",
    "auxclick",
    "dragstart",
];

/// Listens, once for the app and before anything else sees the event, for
/// the moments a link marked `data-carry` can be used, and writes the
/// current search text into it ([`catalog::link_with_text`]).
fn carry_text_into_links(ctx: QueryCtx) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let refresh = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let link = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[data-carry]").ok().flatten());
        let Some(link) = link else { return };
        let Some(href) = link.get_attribute("href") else {
            return;
        };
        let fresh = ctx
            .query
            .try_with_untracked(|q| catalog::link_with_text(&href, &q.text));
        if let Some(fresh) = fresh.filter(|fresh| *fresh != href) {
            let _ = link.set_attribute("href", &fresh);
        }
    });
    for moment in LINK_MOMENTS {
        // Capturing on the window runs before the router's click handler.
        let _ = window().add_event_listener_with_callback_and_bool(
            moment,
            refresh.as_ref().unchecked_ref(),
            true,
        );
    }
    // Listens as long as the page lives, like the router's own handlers.
    refresh.forget();
}

/// The full address that opens the basket page with `basket` in it, for
/// another person to open.
pub fn share_link(basket: &Basket) -> String {
    let location = window().location();
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    format!("{base}?{}", Route::basket_share_search_string(basket))
}

/// The shop's own address (origin and path, no query), for links to
/// variables in exported files.
pub fn site_base() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The address of the page as it is now, for a reload link that works even
/// when the app has stopped.
pub fn current_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The page's query string as it is now (`location.search`), which names
/// the search a [`catalog::ReturnPoint`] belongs to.
pub fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// How a URL change enters the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A new entry the back button returns from.
    Push,
    /// Replaces the current entry.
    Replace,
}

/// The folder `index.html` was loaded from, without the trailing slash
/// (`""` at the root of a host, `"/nettbutikken"` under a sub-path). The
/// router uses it as its base so one build serves from any folder.
pub fn base_path() -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    folder_of(&path).to_string()
}

/// The folder part of a URL path, without the trailing slash.
fn folder_of(path: &str) -> &str {
    match path.rfind('/') {
        Some(i) => &path[..i],
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_of_strips_the_file_and_trailing_slash() {
        let cases = [
            ("/", ""),
            ("/index.html", ""),
            ("/nettbutikken/", "/nettbutikken"),
            ("/nettbutikken/index.html", "/nettbutikken"),
            ("", ""),
        ];
        for (path, folder) in cases {
            assert_eq!(folder_of(path), folder, "{path}");
        }
    }
}
