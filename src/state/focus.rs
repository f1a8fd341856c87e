//! Focus and scrolling across views: the main heading after a change of
//! view, the skip links, and the way back to the result list (its scroll
//! position and the link that was opened, kept as a [`ReturnPoint`] in the
//! tab's session storage). Focus and scrolling are outside the reactive
//! system, hence effects and event handlers; the location is read only
//! through [`super::url`].

use super::url::{current_search, QueryCtx};
use catalog::{ReturnPoint, Route, RETURN_KEY};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus to the new view's main heading after a change of view, so
/// keyboard and screen reader users start there; the first load keeps the
/// browser's own focus. Coming back to the result list from a variable
/// opened there restores the list's scroll position and focuses the
/// variable's link instead ([`remember_return`]).
pub fn follow_route(query: QueryCtx) {
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
        search: current_search(),
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
    let search = current_search();
    let Some(point) = session_storage()
        .and_then(|s| s.get_item(RETURN_KEY).ok().flatten())
        .and_then(|stored| ReturnPoint::for_search(&stored, &search))
    else {
        return false;
    };
    set_timeout(
        move || {
            match result_link(&point.variable) {
                // Focus scrolls the link into view; the list's own place
                // is then put back (the link is on screen there too, as it
                // was clicked there).
                Some(link) => {
                    let _ = link.focus();
                }
                // The variable is no longer on the page: the list's place
                // is still worth keeping, and focus goes where it would.
                None => focus_main_heading(),
            }
            window().scroll_to_with_x_and_y(0.0, point.scroll_y);
        },
        std::time::Duration::from_millis(0),
    );
    true
}

/// The label link of `variable`'s row in the result list, if it is shown.
fn result_link(variable: &str) -> Option<web_sys::HtmlElement> {
    let links = document()
        .query_selector_all(".result[data-variable] .result__label")
        .ok()?;
    (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|a| {
            a.closest(".result")
                .ok()
                .flatten()
                .and_then(|li| li.get_attribute("data-variable"))
                .is_some_and(|id| id == variable)
        })
}

/// A skip link's click: moves focus to the element with `id` (which must
/// have `tabindex="-1"` unless it is focusable itself). The router would
/// otherwise take the `#id` link as a navigation and leave focus on the
/// skip link.
pub fn skip_to(id: &'static str) -> impl Fn(leptos::ev::MouseEvent) + Clone {
    move |ev| {
        let target = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(target) = target {
            ev.prevent_default();
            let _ = target.focus();
            target.scroll_into_view();
        }
    }
}

/// Focuses the main heading of the view (or `main` when it has none).
fn focus_main_heading() {
    let target = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .or_else(|| document().get_element_by_id("main"));
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Focuses the element `selector` finds once the change that triggered
/// this has rendered (the button that was pressed may be gone with it).
pub fn focus_later(selector: &'static str) {
    set_timeout(
        move || {
            let element = document()
                .query_selector(selector)
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(element) = element {
                let _ = element.focus();
            }
        },
        std::time::Duration::from_millis(0),
    );
}
