//! The browse page's URL: a [`Query`] as query-string pairs and back.
//!
//! Writing: defaults are left out, keys come in [`Param::ALL`] order and
//! repeated values sorted, so equal queries give equal strings.
//!
//! Reading never fails; junk is dropped or clamped:
//! - unknown keys are ignored; keys are matched ignoring ASCII case;
//! - `q` longer than [`MAX_TEXT_CHARS`] chars is cut on a char boundary;
//!   several `q`s are joined with a space;
//! - facet keys may repeat and their values are merged (blank ones
//!   dropped); values the catalog does not know are kept here and ignored
//!   by the engine (see [`Query::retain_known`]);
//! - `side` below 1 becomes 1, above [`MAX_PAGE`] becomes [`MAX_PAGE`],
//!   and a non-number is ignored;
//! - `antall` becomes the nearest allowed page size, and a non-number is
//!   ignored;
//! - `valgte` is on for `1` or `true`, off for anything else;
//! - unknown `sortering` and `lang` values are ignored;
//! - for keys other than the facets, the last valid value wins;
//! - percent-encoding is decoded leniently (see [`decode`]).

pub mod keys;
mod percent;

pub use percent::{decode, encode, format_pairs, parse_pairs};

use crate::{Facet, Lang, PageSize, Param, Query, Sort, MAX_PAGE, MAX_TEXT_CHARS};

impl Query {
    /// Reads a query from decoded key–value pairs, e.g. from
    /// [`parse_pairs`] or the router's query map.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Query {
        let mut query = Query::default();
        let mut texts: Vec<String> = Vec::new();
        for (key, value) in pairs {
            let Some(param) = Param::from_key(&key) else {
                continue;
            };
            match param {
                Param::Text => texts.push(value),
                Param::Provider => add(&mut query, Facet::Provider, &value),
                Param::Temporality => add(&mut query, Facet::Temporality, &value),
                Param::UnitType => add(&mut query, Facet::UnitType, &value),
                Param::Access => add(&mut query, Facet::Access, &value),
                Param::Subject => add(&mut query, Facet::Subject, &value),
                Param::Dataset => add(&mut query, Facet::Dataset, &value),
                Param::OnlySelected => {
                    query.only_selected = matches!(value.trim(), "1" | "true");
                }
                Param::Page => {
                    if let Some((negative, n)) = parse_integer(&value) {
                        query.page = if negative {
                            1
                        } else {
                            n.clamp(1, MAX_PAGE as u64) as usize
                        };
                    }
                }
                Param::PageSize => {
                    if let Some((negative, n)) = parse_integer(&value) {
                        query.page_size = PageSize::nearest(if negative { 0 } else { n });
                    }
                }
                Param::Sort => {
                    if let Some(sort) = Sort::from_code(&value) {
                        query.sort = sort;
                    }
                }
                Param::Lang => {
                    if let Some(lang) = Lang::from_code(&value) {
                        query.lang = lang;
                    }
                }
            }
        }
        texts.retain(|t| !t.is_empty());
        query.text = truncate(&texts.join(" ")).to_string();
        query
    }

    /// Reads a query from a query string such as `?q=elev&side=2`.
    pub fn from_search_string(search: &str) -> Query {
        Query::from_pairs(parse_pairs(search))
    }

    /// The query as key–value pairs (not yet encoded), defaults left out,
    /// in a fixed order.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        let mut push =
            |param: Param, value: &str| pairs.push((param.key().to_string(), value.to_string()));
        for param in Param::ALL {
            match param {
                Param::Text if !self.text.is_empty() => push(param, truncate(&self.text)),
                Param::Provider
                | Param::Temporality
                | Param::UnitType
                | Param::Access
                | Param::Subject
                | Param::Dataset => {
                    let facet = Facet::ALL.into_iter().find(|f| f.param() == param);
                    for id in facet.map(|f| self.selection(f)).into_iter().flatten() {
                        push(param, id);
                    }
                }
                Param::OnlySelected if self.only_selected => push(param, "1"),
                Param::Page if self.page > 1 => push(param, &self.page.min(MAX_PAGE).to_string()),
                Param::PageSize if self.page_size != PageSize::default() => {
                    push(param, &self.page_size.get().to_string());
                }
                Param::Sort if self.sort != Sort::default() => push(param, self.sort.code()),
                Param::Lang if self.lang != Lang::default() => push(param, self.lang.code()),
                _ => {}
            }
        }
        pairs
    }

    /// The query as an encoded query string without the leading `?`;
    /// empty for the default query.
    pub fn to_search_string(&self) -> String {
        format_pairs(&self.to_pairs())
    }
}

/// Adds a facet value, trimmed; blank values are dropped.
fn add(query: &mut Query, facet: Facet, value: &str) {
    let value = value.trim();
    if !value.is_empty() {
        query.selection_mut(facet).insert(value.to_string());
    }
}

/// The first [`MAX_TEXT_CHARS`] chars of `text`.
fn truncate(text: &str) -> &str {
    match text.char_indices().nth(MAX_TEXT_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// Reads an optionally signed decimal integer, saturating at `u64::MAX`:
/// `Some((negative, magnitude))`, or `None` if it is not one.
fn parse_integer(text: &str) -> Option<(bool, u64)> {
    let text = text.trim();
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = digits.bytes().fold(0u64, |n, b| {
        n.saturating_mul(10).saturating_add(u64::from(b - b'0'))
    });
    Some((negative, n))
}

#[cfg(test)]
mod tests;
