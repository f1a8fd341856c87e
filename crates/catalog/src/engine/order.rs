//! The sort orders, computed once per language when the engine is built,
//! so a query sorted by name, provider or date walks a ready list (or, for
//! few rows, sorts them by their ready rank) instead of sorting labels.

use crate::engine::codec::{ensure, BytesError, Reader, Writer};
use crate::engine::search::NameOrder;
use crate::language::collate;
use crate::sorting;
use crate::{Catalog, Lang, Sort, Variable};
use std::collections::HashMap;

/// The variables in one order.
#[derive(Clone, Debug, Default)]
pub(crate) struct Order {
    /// The variables, first to last.
    pub(crate) docs: Vec<u32>,
    /// Each variable's position in `docs`, to sort a few variables
    /// without walking the whole list.
    pub(crate) rank: Vec<u32>,
}

impl Order {
    /// The order that lists `docs` (a permutation of `0..docs.len()`).
    pub(crate) fn new(docs: Vec<u32>) -> Order {
        let mut rank = vec![0u32; docs.len()];
        for (r, &doc) in docs.iter().enumerate() {
            rank[doc as usize] = r as u32;
        }
        Order { docs, rank }
    }
}

impl Order {
    /// Reads an order of `docs` documents, checking that it lists each
    /// exactly once.
    fn read(r: &mut Reader<'_>, docs: usize) -> Result<Order, BytesError> {
        let list = r.u32s("sort order")?;
        let mut seen = vec![false; docs];
        let permutation = list.len() == docs
            && list.iter().all(|&d| {
                seen.get_mut(d as usize)
                    .is_some_and(|s| !std::mem::replace(s, true))
            });
        ensure(permutation, || {
            format!("a sort order does not list each of {docs} documents once")
        })?;
        Ok(Order::new(list))
    }
}

/// The languages whose orders are stored, in slot order.
///
/// Nynorsk shares Bokmål's orders: metadata in Nynorsk is rare (a label
/// shown in Nynorsk but sorted by its Bokmål text is the one difference),
/// and a third set would add 12 bytes per variable to the prebuilt index
/// every visitor downloads.
const ORDER_LANGS: [Lang; 2] = [Lang::Nb, Lang::En];

/// The slot of `lang` in [`ORDER_LANGS`].
fn order_slot(lang: Lang) -> usize {
    match lang {
        Lang::Nb | Lang::Nn => 0,
        Lang::En => 1,
    }
}

/// Per language (see [`order_slot`]), the variables in each order.
#[derive(Clone, Debug, Default)]
pub(crate) struct Orders {
    /// Label A–Å, then id; also the relevance tie-break.
    name: [Order; 2],
    /// Provider name A–Å, then as `name`.
    provider: [Order; 2],
    /// Newest `updated` first, then undated (or malformed), then as `name`.
    updated: [Order; 2],
}

/// The label a variable is sorted and shown by: its label, or its
/// technical name when it has no label in any language.
fn sort_label(v: &Variable, lang: Lang) -> &str {
    crate::schema::labels::variable_label(v, lang)
}

impl Orders {
    /// Sorts the catalog's variables every way, in every language:
    /// O(n log n) byte comparisons of collation keys computed once.
    pub(crate) fn build(catalog: &Catalog, name_order: NameOrder) -> Orders {
        let vars = &catalog.variables;
        let mut orders = Orders::default();
        // Compact per-variable copies of what the sorts compare: reaching
        // into 100,000 scattered `Variable`s on every comparison costs a
        // cache miss each.
        let dates: Vec<u32> = vars
            .iter()
            .map(|v| date_number(v.updated.as_deref()))
            .collect();
        // Technical names are the same in every language: sort them once.
        let by_technical_name =
            (name_order == NameOrder::TechnicalName).then(|| name_docs(vars, Lang::Nb, name_order));
        for lang in ORDER_LANGS {
            let slot = order_slot(lang);
            let docs = match &by_technical_name {
                Some(docs) => docs.clone(),
                None => name_docs(vars, lang, name_order),
            };
            let name = Order::new(docs);
            let rank = &name.rank;
            let provider_rank = provider_ranks(catalog, lang);
            let of_doc: Vec<u64> = vars
                .iter()
                .map(|v| {
                    u64::from(
                        provider_rank
                            .get(v.provider.as_str())
                            .copied()
                            .unwrap_or(u32::MAX),
                    )
                })
                .collect();
            let provider =
                by_packed_key(&name.docs, |doc| (of_doc[doc] << 32) | u64::from(rank[doc]));
            let updated = by_packed_key(&name.docs, |doc| {
                (u64::from(u32::MAX - dates[doc]) << 32) | u64::from(rank[doc])
            });
            orders.provider[slot] = Order::new(provider);
            orders.updated[slot] = Order::new(updated);
            orders.name[slot] = name;
        }
        orders
    }

    /// Writes every order (see [`crate::Engine::to_bytes`]); the ranks
    /// are recomputed on reading.
    pub(crate) fn write(&self, w: &mut Writer) {
        for set in [&self.name, &self.provider, &self.updated] {
            set.iter().for_each(|order| w.u32s(&order.docs));
        }
    }

    /// Reads the orders written by [`Orders::write`].
    pub(crate) fn read(r: &mut Reader<'_>, docs: usize) -> Result<Orders, BytesError> {
        let mut orders = Orders::default();
        for set in [&mut orders.name, &mut orders.provider, &mut orders.updated] {
            for order in set.iter_mut() {
                *order = Order::read(r, docs)?;
            }
        }
        Ok(orders)
    }

    /// The order of a sort in a language; [`Sort::Relevance`] gives the
    /// name order, its tie-break.
    pub(crate) fn get(&self, sort: Sort, lang: Lang) -> &Order {
        let slot = order_slot(lang);
        match sort {
            Sort::Relevance | Sort::Name => &self.name[slot],
            Sort::Provider => &self.provider[slot],
            Sort::Updated => &self.updated[slot],
        }
    }
}

/// `docs` ordered by `key`, whose low 32 bits are the document's rank in
/// the name order, so keys are distinct and the order is total.
///
/// Sorting the keys themselves (then reading each document back from its
/// rank) uses the plain `[u64]` sort that the result pages share, instead
/// of one more copy of the sort for a key closure.
fn by_packed_key(docs: &[u32], key: impl Fn(usize) -> u64) -> Vec<u32> {
    let mut keys: Vec<u64> = docs.iter().map(|&doc| key(doc as usize)).collect();
    keys.sort_unstable();
    keys.iter()
        .map(|&k| docs[(k & 0xffff_ffff) as usize])
        .collect()
}

/// The variables in [`Sort::Name`] order. Ids are unique, so the order is
/// total.
fn name_docs(vars: &[Variable], lang: Lang, name_order: NameOrder) -> Vec<u32> {
    match name_order {
        NameOrder::Label => {
            let labels: Vec<&str> = vars.iter().map(|v| sort_label(v, lang)).collect();
            let keys: Vec<Vec<u8>> = labels.iter().map(|l| collate::key(l)).collect();
            sorting::order_by(vars.len(), &mut |a, b| {
                (&keys[a], labels[a], &vars[a].id).cmp(&(&keys[b], labels[b], &vars[b].id))
            })
        }
        NameOrder::TechnicalName => {
            // Compact keys: comparing inside 100,000 scattered variables
            // costs a cache miss per comparison.
            let keys: Vec<(&str, &str)> = vars.iter().map(|v| (&*v.name, &*v.id)).collect();
            sorting::order_by(vars.len(), &mut |a, b| keys[a].cmp(&keys[b]))
        }
    }
}

/// A `YYYY-MM-DD` date as the number `YYYYMMDD`, which sorts like the
/// date; 0 (sorted last) for a missing or malformed date.
fn date_number(date: Option<&str>) -> u32 {
    let Some(date) = date else { return 0 };
    let digits: Vec<u32> = date
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| u32::from(b - b'0'))
        .collect();
    let well_formed = date.len() == 10
        && digits.len() == 8
        && date.as_bytes()[4] == b'-'
        && date.as_bytes()[7] == b'-';
    if well_formed {
        digits.iter().fold(0, |n, d| n * 10 + d)
    } else {
        0
    }
}

/// Each provider's position in provider-name A–Å order (the id where the
/// name is empty). Variables of providers missing from the catalog sort
/// last.
fn provider_ranks(catalog: &Catalog, lang: Lang) -> HashMap<&str, u32> {
    let mut providers: Vec<(Vec<u8>, &str)> = catalog
        .providers
        .iter()
        .map(|p| {
            let name = crate::schema::labels::label_or_id(&p.name, &p.id, lang);
            (collate::key(name), p.id.as_str())
        })
        .collect();
    sorting::sort(&mut providers);
    providers
        .into_iter()
        .zip(0..)
        .map(|((_, id), r)| (id, r))
        .collect()
}
