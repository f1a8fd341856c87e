//! The facet values of a catalog, each with the set of its variables.

use super::{count, Access, Facet, FacetCounts, FacetValue};
use crate::engine::bitset::Bitset;
use crate::engine::codec::{ensure, BytesError, Reader, Writer};
use crate::language::collate::{self, lang_slot, LANGS};
use crate::schema::labels::label_or_id;
use crate::sorting;
use crate::{fold, Catalog, Dataset, Lang, Text};
use std::collections::{BTreeSet, HashMap};

/// One facet's values.
#[derive(Clone, Debug, Default)]
pub(crate) struct FacetTable {
    /// Value ids, by value number (first appearance in the catalog).
    ids: Vec<Box<str>>,
    /// Value labels, by value number.
    labels: Vec<Text>,
    /// Per language, each value's position in label A–Å order.
    label_rank: [Vec<u32>; 3],
    /// Per language, the values in label A–Å order (`label_rank` inverted).
    label_order: [Vec<u32>; 3],
    /// `(id, value number)`, sorted by id, for look-ups.
    by_id: Vec<(Box<str>, u32)>,
    /// Per value, its variables.
    pub(super) bits: Vec<Bitset>,
    /// Variable `d`'s values are `doc_values[doc_starts[d]..doc_starts[d + 1]]`.
    pub(super) doc_starts: Vec<u32>,
    /// Every variable's values, ascending per variable.
    pub(super) doc_values: Vec<u32>,
}

impl FacetTable {
    /// The number of the value with this id.
    fn find(&self, id: &str) -> Option<usize> {
        let i = self.by_id.partition_point(|(v, _)| &**v < id);
        let (v, n) = self.by_id.get(i)?;
        (**v == *id).then_some(*n as usize)
    }

    /// The number of values.
    pub(super) fn len(&self) -> usize {
        self.ids.len()
    }
}

/// Every facet's values.
#[derive(Clone, Debug, Default)]
pub(crate) struct FacetIndex {
    tables: [FacetTable; FACETS],
}

/// How many facets the index has a table for.
const FACETS: usize = Facet::ALL.len();

impl FacetIndex {
    /// Collects the values of every facet from the catalog's variables.
    pub(crate) fn build(catalog: &Catalog) -> FacetIndex {
        let providers: HashMap<&str, &Text> = catalog
            .providers
            .iter()
            .map(|p| (p.id.as_str(), &p.name))
            .collect();
        let unit_types: HashMap<&str, &Text> = catalog
            .unit_types
            .iter()
            .map(|u| (u.id.as_str(), &u.label))
            .collect();
        let datasets: HashMap<(&str, &str), &Text> = catalog
            .datasets
            .iter()
            .map(|d| ((d.provider.as_str(), d.id.as_str()), &d.title))
            .collect();
        let mut builders: [TableBuilder; FACETS] = Default::default();
        let mut values = Vec::new();
        for v in &catalog.variables {
            for facet in Facet::ALL {
                let b = &mut builders[facet.index()];
                match facet {
                    Facet::Provider => {
                        let label = || providers.get(v.provider.as_str()).map(|t| (*t).clone());
                        values.push(b.value(&v.provider, label));
                    }
                    Facet::Temporality => {
                        let t = v.temporality;
                        let label = || Some(Text::from_fn(|l| t.label(l)));
                        values.push(b.value(t.code(), label));
                    }
                    Facet::UnitType => {
                        for id in &v.unit_types {
                            let label = || unit_types.get(id.as_str()).map(|t| (*t).clone());
                            values.push(b.value(id, label));
                        }
                    }
                    Facet::Access => {
                        let a = Access::of(v.sensitivity);
                        let label = || Some(Text::from_fn(|l| a.label(l)));
                        values.push(b.value(a.id(), label));
                    }
                    Facet::Subject => {
                        for subject in &v.subject_fields {
                            let id = fold::slug(subject.get(Lang::Nb));
                            if !id.is_empty() {
                                values.push(b.value(&id, || Some(subject.clone())));
                            }
                        }
                    }
                    Facet::Dataset => {
                        if let Some(dataset) = v.dataset.as_deref() {
                            let key = Dataset::key_of(&v.provider, dataset);
                            let label = || {
                                let title = datasets.get(&(v.provider.as_str(), dataset));
                                title.map(|t| (*t).clone())
                            };
                            values.push(b.value(&key, label));
                        }
                    }
                }
                b.end_doc(&mut values);
            }
        }
        FacetIndex {
            tables: builders.map(TableBuilder::finish),
        }
    }

    /// One facet's table, for tests that count it directly.
    #[cfg(test)]
    pub(super) fn table(&self, facet: Facet) -> &FacetTable {
        &self.tables[facet.index()]
    }

    /// The value ids of a facet, by value number.
    pub(crate) fn ids(&self, facet: Facet) -> impl Iterator<Item = &str> {
        self.tables[facet.index()].ids.iter().map(|id| &**id)
    }

    /// True when the catalog has a variable with this value.
    pub(crate) fn is_known(&self, facet: Facet, id: &str) -> bool {
        self.tables[facet.index()].find(id).is_some()
    }

    /// The variables with any of the selected values (OR), ignoring ids
    /// the catalog does not know; `None` when nothing known is selected,
    /// meaning the facet does not filter.
    pub(crate) fn selection_mask(
        &self,
        facet: Facet,
        selection: &BTreeSet<String>,
    ) -> Option<Bitset> {
        let table = &self.tables[facet.index()];
        let mut mask: Option<Bitset> = None;
        for n in selection.iter().filter_map(|id| table.find(id)) {
            match mask.as_mut() {
                Some(mask) => mask.or_with(&table.bits[n]),
                None => mask = Some(table.bits[n].clone()),
            }
        }
        mask
    }

    /// The facet's values with their counts within `mask` (the variables
    /// that pass every other filter), sorted for display.
    pub(crate) fn counts(
        &self,
        facet: Facet,
        mask: &Bitset,
        selection: &BTreeSet<String>,
        lang: Lang,
    ) -> FacetCounts {
        let table = &self.tables[facet.index()];
        let counts = count::count(table, mask);
        let selected: Vec<usize> = selection.iter().filter_map(|id| table.find(id)).collect();
        let slot = lang_slot(lang);
        let (rank, order) = (&table.label_rank[slot], &table.label_order[slot]);
        // Most variables first, then A–Å, packed into one u64 per value:
        // this runs for every facet on every keystroke, and the plain
        // `[u64]` sort (shared with the result pages) needs no comparator
        // and no allocation beyond the keys.
        let mut keys: Vec<u64> = (0..table.len())
            .filter(|&n| counts[n] > 0 || selected.contains(&n))
            .map(|n| (u64::from(u32::MAX - counts[n]) << 32) | u64::from(rank[n]))
            .collect();
        keys.sort_unstable();
        FacetCounts {
            facet,
            values: keys
                .into_iter()
                .map(|key| order[(key & 0xffff_ffff) as usize] as usize)
                .map(|n| FacetValue {
                    id: table.ids[n].to_string(),
                    label: label_or_id(&table.labels[n], &table.ids[n], lang).to_string(),
                    count: counts[n] as usize,
                    selected: selected.contains(&n),
                })
                .collect(),
        }
    }
}

/// Numbers the values as they appear and lists each variable's values.
#[derive(Default)]
struct TableBuilder {
    numbers: HashMap<Box<str>, u32>,
    table: FacetTable,
}

impl TableBuilder {
    /// The number of the value `id`, adding it (with the label, if any)
    /// on first sight.
    fn value(&mut self, id: &str, label: impl FnOnce() -> Option<Text>) -> u32 {
        if let Some(&n) = self.numbers.get(id) {
            return n;
        }
        let n = self.table.ids.len() as u32;
        self.numbers.insert(id.into(), n);
        self.table.ids.push(id.into());
        self.table.labels.push(label().unwrap_or_default());
        n
    }

    /// Ends a variable, whose values are in `values` (emptied).
    fn end_doc(&mut self, values: &mut Vec<u32>) {
        sorting::sort(values);
        values.dedup();
        if self.table.doc_starts.is_empty() {
            self.table.doc_starts.push(0);
        }
        self.table.doc_values.append(values);
        self.table
            .doc_starts
            .push(self.table.doc_values.len() as u32);
    }

    fn finish(mut self) -> FacetTable {
        if self.table.doc_starts.is_empty() {
            self.table.doc_starts.push(0);
        }
        self.table.derive();
        self.table
    }
}

impl FacetTable {
    /// Computes what follows from the ids, labels and values: the value
    /// bitsets, the id look-up and the label orders.
    fn derive(&mut self) {
        let t = self;
        let docs = t.doc_starts.len() - 1;
        t.bits = vec![Bitset::empty(docs); t.ids.len()];
        for doc in 0..docs {
            for &n in &t.doc_values[t.doc_starts[doc] as usize..t.doc_starts[doc + 1] as usize] {
                t.bits[n as usize].insert(doc);
            }
        }
        t.by_id = t.ids.iter().cloned().zip(0..).collect();
        sorting::sort(&mut t.by_id);
        for lang in LANGS {
            let keys: Vec<Vec<u8>> = (0..t.ids.len())
                .map(|n| collate::key(label_or_id(&t.labels[n], &t.ids[n], lang)))
                .collect();
            let order = sorting::order_by(t.ids.len(), &mut |a, b| {
                keys[a].cmp(&keys[b]).then_with(|| t.ids[a].cmp(&t.ids[b]))
            });
            let mut rank = vec![0; order.len()];
            for (r, &n) in order.iter().enumerate() {
                rank[n as usize] = r as u32;
            }
            t.label_rank[lang_slot(lang)] = rank;
            t.label_order[lang_slot(lang)] = order;
        }
    }

    /// Writes what [`FacetTable::derive`] cannot compute.
    fn write(&self, w: &mut Writer) {
        w.len(self.ids.len());
        for (id, label) in self.ids.iter().zip(&self.labels) {
            w.str(id);
            for text in [&label.nb, &label.nn, &label.en] {
                w.opt_str(text.as_deref());
            }
        }
        w.ascending(&self.doc_starts);
        self.doc_values.iter().for_each(|&v| w.var(v));
    }

    /// Reads a table written by [`FacetTable::write`] over `docs`
    /// documents.
    fn read(r: &mut Reader<'_>, docs: usize) -> Result<FacetTable, BytesError> {
        let count = r.len(4, "facet values")?;
        let mut t = FacetTable::default();
        for _ in 0..count {
            t.ids.push(r.str("facet value id")?.into());
            let mut text = || -> Result<Option<String>, BytesError> {
                Ok(r.opt_str("facet value label")?.map(str::to_string))
            };
            t.labels.push(Text {
                nb: text()?,
                nn: text()?,
                en: text()?,
            });
        }
        t.doc_starts = r.ascending("facet offsets")?;
        ensure(
            t.doc_starts.len() == docs + 1 && t.doc_starts[0] == 0,
            || format!("facet offsets do not fit {docs} documents"),
        )?;
        let total = t.doc_starts[docs] as usize;
        ensure(total <= r.remaining(), || {
            format!("{total} facet values exceed the data")
        })?;
        t.doc_values = r.vars(total, count as u32, "facet values")?;
        // Each value gets a bitset over every document, so many values
        // over many documents could ask for far more memory than the
        // bytes could ever describe; real catalogs stay far below this.
        let bitsets = count.saturating_mul(docs.div_ceil(8));
        ensure(bitsets <= 16 * r.total() + (1 << 20), || {
            format!(
                "{count} facet values over {docs} documents need more memory than an index of {} bytes may ask for",
                r.total()
            )
        })?;
        t.derive();
        Ok(t)
    }
}

impl FacetIndex {
    /// Writes every facet's table (see [`crate::Engine::to_bytes`]).
    pub(crate) fn write(&self, w: &mut Writer) {
        self.tables.iter().for_each(|t| t.write(w));
    }

    /// Reads the tables written by [`FacetIndex::write`].
    pub(crate) fn read(r: &mut Reader<'_>, docs: usize) -> Result<FacetIndex, BytesError> {
        let mut tables: [FacetTable; FACETS] = Default::default();
        for t in &mut tables {
            *t = FacetTable::read(r, docs)?;
        }
        Ok(FacetIndex { tables })
    }
}

#[cfg(test)]
mod tests;
