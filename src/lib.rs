//! Nettbutikken, the KUDAF variable shop: a client-side Leptos app.
//!
//! The app only wires signals to the pure core in the `catalog` crate; all
//! catalog logic lives there and is tested natively.

pub mod components;
pub mod crash;
pub mod download;
pub mod i18n;
pub mod load;
pub mod pages;
pub mod state;

use catalog::{ReturnPoint, Route, RETURN_KEY};
use components::{CatalogCtx, DetailsCtx, SiteFooter, SiteHeader, StorageNotice};
use i18n::LangCtx;
use leptos::prelude::*;
use leptos_router::components::Router;
use pages::{BasketPage, CatalogPage, DetailPage, DraftPage};
use state::{BasketCtx, History, QueryCtx};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    // The shop is served as static files from any folder of any host, so the
    // router's base is the folder `index.html` was loaded from.
    let base = load::base_path();
    view! {
        <Router base=base>
            <Shell/>
        </Router>
    }
}

/// Header, the routed main content and the footer, with the app's contexts.
#[component]
fn Shell() -> impl IntoView {
    let query = QueryCtx::provide();
    // A memo, not a derived signal: every label of the app reads the
    // language, and must not re-render when only the rest of the query (each
    // keystroke of the search) changes.
    let lang = LangCtx::provide(Memo::new(move |_| query.query.read().lang).into()).0;
    CatalogCtx::provide();
    DetailsCtx::provide();
    BasketCtx::provide();
    restore_language(query);
    // The document's language follows the UI, for screen readers and
    // hyphenation; that is outside the reactive system, hence an effect.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
    });
    follow_route(query);
    let ui = i18n::use_ui();
    view! {
        <a class="ds-skip-link" href="#main" on:click=skip_to("main")>{move || ui.get().skip_to_main}</a>
        <SiteHeader/>
        <main id="main" tabindex="-1" class="page">
            <StorageNotice/>
            {move || match query.route.get() {
                Route::Variable(id) => view! { <DetailPage id/> }.into_any(),
                Route::Basket => view! { <BasketPage/> }.into_any(),
                Route::Draft => view! { <DraftPage/> }.into_any(),
                Route::Browse => view! { <CatalogPage/> }.into_any(),
            }}
        </main>
        <SiteFooter/>
    }
}

/// Opens the shop in the language chosen last time when the URL does not
/// name one, so the choice is remembered across visits.
fn restore_language(query: QueryCtx) {
    let current = query.query.get_untracked();
    let search = window().location().search().unwrap_or_default();
    let url_names_lang = catalog::url::parse_pairs(&search)
        .iter()
        .any(|(key, _)| key.eq_ignore_ascii_case(catalog::Param::Lang.key()));
    if let Some(stored) = state::stored_lang() {
        if !url_names_lang && stored != current.lang {
            query.update(History::Replace, |q| q.lang = stored);
        }
    }
}

/// Moves focus to the new view's main heading after a change of view, so
/// keyboard and screen reader users start there; the first load keeps the
/// browser's own focus. Coming back to the result list from a variable
/// opened there restores the list's scroll position and focuses the
/// variable's link instead ([`remember_return`]). Focus and scrolling are
/// outside the reactive system, hence an effect.
fn follow_route(query: QueryCtx) {
    Effect::new(move |previous: Option<Route>| {
        let route = query.route.get();
        let back_from_variable = matches!(previous, Some(Route::Variable(_)));
        let changed = previous.is_some_and(|p| p != route);
        let restored = changed && back_from_variable && route == Route::Browse && restore_return();
        if changed && !restored {
            // After the new view has rendered (and its catalog is there).
            set_timeout(focus_main_heading, std::time::Duration::from_millis(0));
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        route
    });
}

/// The tab's session storage, where the [`ReturnPoint`] lives.
fn session_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// Remembers the result list's scroll position and the variable whose link
/// was followed, for [`restore_return`]. Called as the link is followed.
pub fn remember_return(variable: &str) {
    let point = ReturnPoint {
        search: window().location().search().unwrap_or_default(),
        scroll_y: window().scroll_y().unwrap_or(0.0),
        variable: variable.to_string(),
    };
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(RETURN_KEY, &point.to_storage());
    }
}

/// Puts the result list back as [`remember_return`] left it, when the
/// current search is the one it was taken on: scrolls there and focuses the
/// variable's link once the list has rendered. False when there is nothing
/// to restore.
fn restore_return() -> bool {
    let search = window().location().search().unwrap_or_default();
    let Some(point) = session_storage()
        .and_then(|s| s.get_item(RETURN_KEY).ok().flatten())
        .and_then(|stored| ReturnPoint::for_search(&stored, &search))
    else {
        return false;
    };
    set_timeout(
        move || {
            let link = document()
                .query_selector_all(".result[data-variable] .result__label")
                .ok()
                .and_then(|links| {
                    (0..links.length())
                        .filter_map(|i| links.item(i))
                        .filter_map(|n| {
                            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(n).ok()
                        })
                        .find(|a| {
                            a.closest(".result")
                                .ok()
                                .flatten()
                                .and_then(|li| li.get_attribute("data-variable"))
                                .is_some_and(|id| id == point.variable)
                        })
                });
            match link {
                // Focus scrolls the link into view; the list's own place
                // is then put back (the link is on screen there too, as it
                // was clicked there).
                Some(link) => {
                    let _ = link.focus();
                    window().scroll_to_with_x_and_y(0.0, point.scroll_y);
                }
                // The variable is no longer on the page: the list's place
                // is still worth keeping, and focus goes where it would.
                None => {
                    focus_main_heading();
                    window().scroll_to_with_x_and_y(0.0, point.scroll_y);
                }
            }
        },
        std::time::Duration::from_millis(0),
    );
    true
}

/// A skip link's click: moves focus to the element with `id` (which must
/// have `tabindex="-1"` unless it is focusable itself). The router would
/// otherwise take the `#id` link as a navigation and leave focus on the
/// skip link.
pub fn skip_to(id: &'static str) -> impl Fn(leptos::ev::MouseEvent) + Clone {
    move |ev| {
        let target = document()
            .get_element_by_id(id)
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        if let Some(target) = target {
            ev.prevent_default();
            let _ = target.focus();
            target.scroll_into_view();
        }
    }
}

fn focus_main_heading() {
    let target = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .or_else(|| document().get_element_by_id("main"));
    if let Some(element) =
        target.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = element.focus();
    }
}
