//! What a provider's page and a dataset's page show about the variables
//! under them: their datasets, how many variables each temporality and
//! unit type has, which unit types a dataset covers and the years its
//! variables have data for. Pure data; the pages only draw it.

use crate::request::coverage_span;
use crate::schema::labels::{label_or_id, unit_type_label};
use crate::{collate, Catalog, Dataset, Lang, Span, Temporality, Variable};

/// One bar of a provider's chart: a value and how many variables have it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    /// The value's id: a temporality code (`FIXED`) or a unit type id.
    pub id: String,
    /// The value's label in the language asked for.
    pub label: String,
    /// How many of the provider's variables have it.
    pub count: usize,
}

/// What a provider's page shows beside the provider's own metadata.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderProfile {
    /// How many variables the provider has.
    pub variables: usize,
    /// Its datasets, as positions in `catalog.datasets` with how many
    /// variables each has, by title A–Å.
    pub datasets: Vec<(usize, usize)>,
    /// Its variables per temporality, in [`Temporality::ALL`] order,
    /// temporalities without variables left out; the counts add up to
    /// [`ProviderProfile::variables`].
    pub by_temporality: Vec<Tally>,
    /// Its variables per unit type of their identifier (which units the
    /// rows are about), most first, then by label A–Å; the counts add up
    /// to [`ProviderProfile::variables`].
    pub by_unit_type: Vec<Tally>,
}

/// The profile of the provider `provider`; `None` when the catalog has no
/// such provider.
pub fn provider_profile(catalog: &Catalog, provider: &str, lang: Lang) -> Option<ProviderProfile> {
    catalog.provider(provider)?;
    let variables: Vec<&Variable> = catalog
        .variables
        .iter()
        .filter(|v| v.provider == provider)
        .collect();
    let by_temporality = Temporality::ALL
        .into_iter()
        .map(|t| Tally {
            id: t.code().to_string(),
            label: t.label(lang).to_string(),
            count: variables.iter().filter(|v| v.temporality == t).count(),
        })
        .filter(|t| t.count > 0)
        .collect();
    let mut by_unit_type: Vec<Tally> = Vec::new();
    for v in &variables {
        match by_unit_type.iter_mut().find(|t| t.id == v.identifier) {
            Some(tally) => tally.count += 1,
            None => by_unit_type.push(Tally {
                id: v.identifier.clone(),
                label: unit_type_label(catalog, &v.identifier, lang).to_string(),
                count: 1,
            }),
        }
    }
    crate::sorting::sort_by(&mut by_unit_type, |a, b| {
        (b.count, collate::key(&a.label), &a.id).cmp(&(a.count, collate::key(&b.label), &b.id))
    });
    let mut datasets: Vec<usize> = (0..catalog.datasets.len())
        .filter(|&i| catalog.datasets[i].provider == provider)
        .collect();
    crate::sorting::sort_by_cached_key(&mut datasets, |&i| {
        let d = &catalog.datasets[i];
        (collate::key(dataset_title(d, lang)), d.id.clone())
    });
    let datasets = datasets
        .into_iter()
        .map(|i| {
            let id = catalog.datasets[i].id.as_str();
            let count = variables
                .iter()
                .filter(|v| v.dataset.as_deref() == Some(id));
            (i, count.count())
        })
        .collect();
    Some(ProviderProfile {
        variables: variables.len(),
        datasets,
        by_temporality,
        by_unit_type,
    })
}

/// What a dataset's page shows beside the dataset's own metadata.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatasetProfile {
    /// The dataset's position in `catalog.datasets`.
    pub dataset: usize,
    /// Its variables, as positions in `catalog.variables` (catalog order).
    pub variables: Vec<usize>,
    /// The unit types of its variables' identifiers, in order of first
    /// appearance.
    pub unit_types: Vec<String>,
    /// The years from the earliest start to the latest end of its
    /// variables' temporal coverage, ongoing when any of them is; `None`
    /// when none says.
    pub coverage: Option<Span>,
    /// How many of its variables state no coverage.
    pub unknown_coverage: usize,
}

/// The profile of the dataset with this key (`<provider id>/<dataset
/// id>`); `None` when the catalog has no such dataset. `this_year` ends
/// ongoing coverage (the core reads no clock).
pub fn dataset_profile(catalog: &Catalog, key: &str, this_year: i32) -> Option<DatasetProfile> {
    let dataset = catalog.datasets.iter().position(|d| d.key() == key)?;
    let d = &catalog.datasets[dataset];
    let variables: Vec<usize> = (0..catalog.variables.len())
        .filter(|&i| {
            let v = &catalog.variables[i];
            v.provider == d.provider && v.dataset.as_deref() == Some(d.id.as_str())
        })
        .collect();
    let mut unit_types: Vec<String> = Vec::new();
    let mut spans = Vec::new();
    for &i in &variables {
        let v = &catalog.variables[i];
        if !unit_types.contains(&v.identifier) {
            unit_types.push(v.identifier.clone());
        }
        spans.extend(coverage_span(v, this_year));
    }
    let coverage = spans.iter().copied().reduce(|a, b| Span {
        from: a.from.min(b.from),
        to: a.to.max(b.to),
        ongoing: a.ongoing || b.ongoing,
    });
    Some(DatasetProfile {
        dataset,
        unknown_coverage: variables.len() - spans.len(),
        variables,
        unit_types,
        coverage,
    })
}

/// A dataset's title in `lang`, or its id when it has none.
pub fn dataset_title(dataset: &Dataset, lang: Lang) -> &str {
    label_or_id(&dataset.title, &dataset.id, lang)
}

#[cfg(test)]
mod tests;
