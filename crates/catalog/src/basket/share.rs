//! The share link: a basket as the value of one URL parameter.
//!
//! Ids are `<provider>/<name>`, so the value groups names by provider:
//! `novari-iks.VGO_A.VGO_B~sikt.FEIDE_X`. Groups are joined by `~`, and in
//! a group the provider comes first and every part is joined by `.`.
//! Both are unreserved URL characters that the percent-encoder
//! ([`crate::url::encode`]) leaves alone, so the usual ASCII ids travel
//! unescaped and a link stays short (`:` `,` `;` would each cost three
//! chars). Provider ids are `[a-z0-9-]` slugs, but names may hold `.` or
//! `~`, so inside a part `%`, `+`, `.` and `~` are written `%25`, `%2B`,
//! `%2E` and `%7E`, and read back with [`crate::url::decode`]; the
//! encoder then escapes that `%` once more, which only such rare names pay.
//! Non-ASCII letters such as `Ø` are left to the encoder, like in every
//! other parameter.
//!
//! The value is never trimmed (the URL parser already splits parameters
//! cleanly), and the value never ends in `.` or `~`, which mail and chat
//! programs tend to cut off a link.

use super::Basket;
use crate::url;

/// The URL parameter that carries a shared basket, e.g.
/// `?vis=kurv&kurv=sikt.FEIDE_X`.
pub const BASKET_KEY: &str = url::keys::BASKET;

/// Joins groups.
const GROUP: char = '~';
/// Joins a provider and its names.
const PART: char = '.';

impl Basket {
    /// The share parameter's value, not yet percent-encoded (like the
    /// values of [`crate::Query::to_pairs`]): put it in the pairs given to
    /// [`url::format_pairs`] under [`BASKET_KEY`], or use
    /// [`Basket::share_search_string`]. Empty for an empty basket.
    ///
    /// Ids without a `/` cannot be catalog ids and are left out.
    pub fn to_share_param(&self) -> String {
        let mut out = String::new();
        let mut current: Option<&str> = None;
        // Ids are sorted, so each provider's ids are consecutive: all of
        // them share the prefix `<provider>/`.
        for (provider, name) in self.ids().filter_map(split) {
            if current != Some(provider) {
                if current.is_some() {
                    out.push(GROUP);
                }
                escape_into(&mut out, provider);
                current = Some(provider);
            }
            out.push(PART);
            escape_into(&mut out, name);
        }
        out
    }

    /// `kurv=<encoded value>`, ready to append to a query string; empty for
    /// an empty basket.
    pub fn share_search_string(&self) -> String {
        match self.to_share_param() {
            value if value.is_empty() => String::new(),
            value => url::format_pairs(&[(BASKET_KEY, value)]),
        }
    }

    /// Reads a share parameter's decoded value. Never fails: malformed
    /// parts (a group without a provider or names, an empty name, a
    /// provider with `/`) are skipped, and the bounds of [`Basket::add`]
    /// apply.
    pub fn from_share_param(value: &str) -> Basket {
        let mut basket = Basket::default();
        for group in value.split(GROUP) {
            let mut parts = group.split(PART);
            let provider = url::decode(parts.next().unwrap_or_default());
            if provider.trim().is_empty() || provider.contains('/') {
                continue;
            }
            for name in parts.filter(|n| !n.is_empty()) {
                if basket.is_full() {
                    return basket;
                }
                basket.add(format!("{provider}/{}", url::decode(name)));
            }
        }
        basket
    }

    /// The shared basket in a query string (with or without `?`), or
    /// `None` when it has no [`BASKET_KEY`] parameter, so the app can tell
    /// "no shared basket" from "a shared basket that turned out empty".
    /// Several parameters are merged; the key ignores ASCII case.
    pub fn from_search_string(search: &str) -> Option<Basket> {
        let mut found: Option<Basket> = None;
        for (key, value) in url::parse_pairs(search) {
            if key.trim().eq_ignore_ascii_case(BASKET_KEY) {
                let shared = Basket::from_share_param(&value);
                found.get_or_insert_with(Basket::default).merge(&shared);
            }
        }
        found
    }
}

/// `(provider, name)` of an id, when both are non-empty.
fn split(id: &str) -> Option<(&str, &str)> {
    id.split_once('/')
        .filter(|(provider, name)| !provider.is_empty() && !name.is_empty())
}

fn escape_into(out: &mut String, part: &str) {
    for c in part.chars() {
        match c {
            '%' => out.push_str("%25"),
            '+' => out.push_str("%2B"),
            '.' => out.push_str("%2E"),
            '~' => out.push_str("%7E"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn basket(ids: &[&str]) -> Basket {
        ids.iter().map(|id| id.to_string()).collect()
    }

    #[test]
    fn groups_by_provider_and_escapes_only_what_it_must() {
        let cases: [(&[&str], &str, &str); 6] = [
            (&[], "", ""),
            (&["sikt/FEIDE_X"], "sikt.FEIDE_X", "kurv=sikt.FEIDE_X"),
            (
                &["sikt/FEIDE_X", "novari-iks/VGO_B", "novari-iks/VGO_A"],
                "novari-iks.VGO_A.VGO_B~sikt.FEIDE_X",
                "kurv=novari-iks.VGO_A.VGO_B~sikt.FEIDE_X",
            ),
            (
                &["kartverket/AREAL_MØ-2"],
                "kartverket.AREAL_MØ-2",
                "kurv=kartverket.AREAL_M%C3%98-2",
            ),
            (
                &["p/a.b~c+d%e f", "p/x/y"],
                "p.a%2Eb%7Ec%2Bd%25e f.x/y",
                "kurv=p.a%252Eb%257Ec%252Bd%2525e+f.x%2Fy",
            ),
            (&["no-slash", "/X", "p/"], "", ""),
        ];
        for (ids, value, search) in cases {
            let b = basket(ids);
            assert_eq!(b.to_share_param(), value, "{ids:?}");
            assert_eq!(b.share_search_string(), search, "{ids:?}");
            let shareable: Basket = b
                .ids()
                .filter(|id| split(id).is_some())
                .map(String::from)
                .collect();
            assert_eq!(Basket::from_share_param(value), shareable, "{value}");
            assert_eq!(
                Basket::from_search_string(search),
                (!search.is_empty()).then_some(shareable)
            );
        }
    }

    #[test]
    fn providers_that_prefix_each_other_stay_separate() {
        let b = basket(&["a/X", "a-b/Y", "a/Z", "a-b/W"]);
        assert_eq!(b.to_share_param(), "a-b.W.Y~a.X.Z");
        assert_eq!(Basket::from_share_param(&b.to_share_param()), b);
    }
}
