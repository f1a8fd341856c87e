//! The basket's share link: the basket page with the basket's own
//! parameter. It sits beside `basket/` and `browse/` because it joins
//! both: the view comes from [`Route`], the value from [`Basket`].

use crate::browse::url;
use crate::{Basket, Route};

impl Route {
    /// The query string (without `?`) of a link that shares `basket`:
    /// the basket page, then the basket's own parameter (see
    /// [`Basket::share_search_string`]), e.g. `vis=kurv&kurv=sikt.FEIDE_X`.
    /// Opening it shows the basket page with the shared basket to accept.
    pub fn basket_share_search_string(basket: &Basket) -> String {
        let mut search = url::format_pairs(&Route::Basket.to_pairs());
        let shared = basket.share_search_string();
        if !shared.is_empty() {
            search.push('&');
            search.push_str(&shared);
        }
        search
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basket_share_link_is_what_the_page_built_by_hand() {
        let cases: [(&[&str], &str); 4] = [
            (&["sikt/FEIDE_X"], "vis=kurv&kurv=sikt.FEIDE_X"),
            (
                &["sikt/B", "novari-iks/VGO_A", "sikt/A"],
                "vis=kurv&kurv=novari-iks.VGO_A~sikt.A.B",
            ),
            (
                &["kartverket/AREAL_MØ"],
                "vis=kurv&kurv=kartverket.AREAL_M%C3%98",
            ),
            (&[], "vis=kurv"),
        ];
        for (ids, expected) in cases {
            let mut basket = Basket::default();
            for id in ids {
                basket.add(id.to_string());
            }
            let search = Route::basket_share_search_string(&basket);
            assert_eq!(search, expected, "{ids:?}");
            assert_eq!(Route::from_search_string(&search), Route::Basket);
            if !ids.is_empty() {
                // The pairs the basket page used to put together itself.
                let mut pairs = Route::Basket.to_pairs();
                pairs.push((crate::BASKET_KEY.to_string(), basket.to_share_param()));
                assert_eq!(search, url::format_pairs(&pairs));
                assert_eq!(Basket::from_search_string(&search), Some(basket));
            }
        }
    }
}
