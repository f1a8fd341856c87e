//! Where to put a reader back when they return from a detail page.
//!
//! Opening a variable from the result list and coming back (the browser's
//! Back or "Tilbake til søket") must show the list as it was: scrolled to
//! the same place, with focus on the link that was opened. The app keeps
//! one [`ReturnPoint`] in the tab's session storage; it belongs to the
//! search it was taken on and to nothing else.

use serde::{Deserialize, Serialize};

/// The session storage key of the [`ReturnPoint`].
pub const RETURN_KEY: &str = "nettbutikken.return";

/// The result list's state when a variable was opened from it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReturnPoint {
    /// The browse page's query string (`location.search`), which names the
    /// search, filters, sort, page and language.
    pub search: String,
    /// How far the page was scrolled down, in CSS pixels.
    pub scroll_y: f64,
    /// The id of the variable whose link was followed.
    pub variable: String,
}

crate::json::json_object!(lenient ReturnPoint {
    "search" => search, "scroll_y" => scroll_y, "variable" => variable,
});

impl ReturnPoint {
    /// The stored form.
    pub fn to_storage(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The point stored in `stored`, if it was taken on the browse page
    /// whose query string is `search`. Anything else (another search,
    /// text that is not a return point, a scroll that is not a finite,
    /// non-negative number) is no point at all: the page then opens at the
    /// top, as it would without one.
    pub fn for_search(stored: &str, search: &str) -> Option<ReturnPoint> {
        let point: ReturnPoint = crate::json::read(stored).ok()?;
        let sane = point.scroll_y.is_finite() && point.scroll_y >= 0.0;
        (sane && same_search(&point.search, search)).then_some(point)
    }
}

/// True when two query strings name the same page; a leading `?` and an
/// empty query are the same.
fn same_search(a: &str, b: &str) -> bool {
    a.trim_start_matches('?') == b.trim_start_matches('?')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(search: &str, scroll_y: f64) -> ReturnPoint {
        ReturnPoint {
            search: search.into(),
            scroll_y,
            variable: "novari-iks/VGO_ELEV_UTDPROGRAM".into(),
        }
    }

    #[test]
    fn a_point_is_found_only_for_its_own_search() {
        let stored = point("?q=elev&side=2", 640.0).to_storage();
        let cases = [
            ("?q=elev&side=2", true),
            ("q=elev&side=2", true),
            ("?q=elev", false),
            ("?q=elev&side=2&lang=en", false),
            ("", false),
        ];
        for (search, found) in cases {
            let got = ReturnPoint::for_search(&stored, search);
            assert_eq!(got.is_some(), found, "{search}");
            if found {
                assert_eq!(got, Some(point("?q=elev&side=2", 640.0)));
            }
        }
        let start = point("", 0.0).to_storage();
        assert!(ReturnPoint::for_search(&start, "?").is_some());
    }

    #[test]
    fn bad_stored_text_is_no_point() {
        let cases = [
            String::new(),
            "not json".to_string(),
            r#"{"search":"?q=elev"}"#.to_string(),
            r#"{"search":"?q=elev","scrollY":-5,"variable":"a/B"}"#.to_string(),
            r#"{"search":"?q=elev","scroll_y":-5.0,"variable":"a/B"}"#.to_string(),
        ];
        for stored in cases {
            assert_eq!(
                ReturnPoint::for_search(&stored, "?q=elev"),
                None,
                "{stored}"
            );
        }
    }
}
