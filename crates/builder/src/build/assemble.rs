//! Drafts that passed validation, assembled into the catalog and its detail
//! shards.

use crate::dialect::draft::{
    DraftCatalog, DraftDataset, DraftMeasure, DraftRevision, DraftSource, DraftValueDomain,
    DraftVariable,
};
use crate::dialect::unit_types;
use catalog::{
    Catalog, Code, Dataset, Discontinued, Measure, Provider, Revision, Sentinel, SplitCatalog,
    TemporalCoverage, UnitType, ValueDomain, Variable, VariableDetails, SCHEMA_VERSION,
};
use std::collections::{BTreeSet, HashMap};

/// Builds the catalog and its detail shards from drafts that
/// [`crate::check::validate`] found free of errors.
///
/// Every list is sorted (providers, unit types and datasets by id,
/// variables by provider and name, see [`SplitCatalog::new`] for the
/// shards), so the same metadata gives the same
/// catalog whatever the order of files. Where a provider or unit type is
/// described more than once, the first description in file order is kept.
/// Parts that validation would have rejected (a variable without a name,
/// say) are left out rather than guessed.
///
/// The drafts are consumed: their texts move into the catalog instead of
/// being copied (100,000 variables hold millions of them).
pub fn assemble(sources: Vec<DraftSource>) -> SplitCatalog {
    let mut providers: HashMap<String, Provider> = HashMap::new();
    let mut declared: HashMap<String, UnitType> = HashMap::new();
    let mut datasets = Vec::new();
    let mut variables = Vec::new();
    for catalog in sources.into_iter().flat_map(|s| s.catalogs) {
        let Some(provider_id) = catalog.publisher.provider_id() else {
            continue;
        };
        merge_provider(&mut providers, &provider_id, &catalog);
        for unit_type in catalog.unit_types {
            let Some(id) = unit_type.id else { continue };
            if unit_types::global().contains_key(&id.value) {
                continue;
            }
            declared
                .entry(id.value.clone())
                .or_insert_with(|| UnitType {
                    id: id.value,
                    label: unit_type.label,
                    description: unit_type.description,
                    provider: Some(provider_id.clone()),
                });
        }
        for mut dataset in catalog.datasets {
            let before = variables.len();
            let dataset_id = dataset.id.as_ref().map(|id| id.value.as_str());
            variables.extend(
                std::mem::take(&mut dataset.variables)
                    .into_iter()
                    .filter_map(|v| variable(&provider_id, dataset_id, v)),
            );
            if variables.len() > before {
                // JSON dialects describe variables without a dataset.
                datasets.extend(make_dataset(&provider_id, dataset));
            }
        }
    }

    let used_providers: BTreeSet<&str> =
        variables.iter().map(|(v, _)| v.provider.as_str()).collect();
    let mut providers: Vec<Provider> = providers
        .into_values()
        .filter(|p| used_providers.contains(p.id.as_str()))
        .map(|mut p| {
            // Named only by `--provider`: the id is all there is to show
            // (validation warns about it).
            if p.name.is_empty() {
                p.name = catalog::Text::nb(&p.id);
            }
            p
        })
        .collect();
    providers.sort_by(|a, b| a.id.cmp(&b.id));

    let used_unit_types: BTreeSet<&str> = variables
        .iter()
        .flat_map(|(v, _)| &v.unit_types)
        .map(String::as_str)
        .collect();
    let unit_types: Vec<UnitType> = used_unit_types
        .into_iter()
        .filter_map(|id| {
            unit_types::global()
                .get(id)
                .or_else(|| declared.get(id))
                .cloned()
        })
        .collect();
    let variables = sorted(variables);

    datasets.sort_by(|a, b| a.id.cmp(&b.id));
    let head = Catalog {
        schema_version: SCHEMA_VERSION,
        providers,
        unit_types,
        datasets,
        variables: Vec::new(),
        detail_shards: Vec::new(),
        index: None,
    };
    SplitCatalog::new(head, variables)
}

/// Adds the catalog's publisher, or fills in what an earlier mention of
/// the same provider left out.
fn merge_provider(providers: &mut HashMap<String, Provider>, id: &str, catalog: &DraftCatalog) {
    let publisher = &catalog.publisher;
    let provider = providers.entry(id.to_owned()).or_insert_with(|| Provider {
        id: id.to_owned(),
        name: catalog::Text::default(),
        org_number: None,
        description: None,
        contact: None,
    });
    // JSON files may name a provider by id only, before or after the file
    // that describes it.
    if provider.name.is_empty() {
        if let Some(name) = &publisher.name {
            provider.name = name.value.clone();
        }
    }
    if provider.org_number.is_none() {
        provider.org_number.clone_from(&publisher.org_number);
    }
    if provider.description.is_none() && !publisher.description.is_empty() {
        provider.description = Some(publisher.description.clone());
    }
    if provider.contact.is_none() {
        provider.contact.clone_from(&publisher.contact);
    }
}

fn make_dataset(provider: &str, dataset: DraftDataset) -> Option<Dataset> {
    Some(Dataset {
        id: dataset.id?.value,
        provider: provider.to_owned(),
        title: dataset.title,
        description: dataset.description,
        keywords: dataset.keywords,
    })
}

/// The variables in the order of [`SplitCatalog::new`] (by provider, then
/// name), sorted by index: the entries are large, and a sort that moves
/// them took a fifth of the assembly. `SplitCatalog::new` then finds them
/// in order.
fn sorted(variables: Vec<(Variable, VariableDetails)>) -> Vec<(Variable, VariableDetails)> {
    let mut order: Vec<usize> = (0..variables.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&variables[a].0, &variables[b].0);
        (&a.provider, &a.name).cmp(&(&b.provider, &b.name))
    });
    let mut slots: Vec<Option<(Variable, VariableDetails)>> =
        variables.into_iter().map(Some).collect();
    order.iter().filter_map(|&i| slots[i].take()).collect()
}

/// A variable's summary and details; the shard and the details' id are set
/// by [`SplitCatalog::new`].
fn variable(
    provider: &str,
    dataset: Option<&str>,
    draft: DraftVariable,
) -> Option<(Variable, VariableDetails)> {
    let name = draft.name?.value;
    let identifier = draft.identifier?.value;
    let mut draft_measure = draft.measure?;
    let link_to = draft_measure.link_to.as_ref().map(|l| l.value.clone());
    let mut unit_types = vec![identifier.clone()];
    // A link between two units of one type (a municipality and its
    // successor) names that type once: the list is a set for the facets.
    unit_types.extend(link_to.clone().filter(|to| *to != identifier));
    let temporal_coverage =
        (draft.start.is_some() || draft.stop.is_some()).then(|| TemporalCoverage {
            start: draft.start.as_ref().map(|d| d.value.to_string()),
            stop: draft.stop.as_ref().map(|d| d.value.to_string()),
        });
    let summary = Variable {
        id: Variable::make_id(provider, &name),
        provider: provider.to_owned(),
        name,
        // Moved, not copied: the measure's details do not repeat them.
        label: std::mem::take(&mut draft_measure.label),
        description: std::mem::take(&mut draft_measure.description),
        temporality: draft.temporality?,
        sensitivity: draft.sensitivity?,
        identifier,
        unit_types,
        dataset: dataset.map(str::to_owned),
        temporal_coverage,
        subject_fields: draft.subject_fields,
        updated: draft.updated.map(|d| d.to_string()),
        link_to,
        identifier_for: draft.identifier_for.map(|id| id.value),
        discontinued: draft.revision.as_ref().and_then(discontinued),
        shard: 0,
    };
    let details = VariableDetails {
        id: String::new(),
        population: draft.population,
        spatial_coverage: draft.spatial_coverage,
        revision: draft.revision.map(revision),
        measure: measure(draft_measure),
    };
    Some((summary, details))
}

fn discontinued(draft: &DraftRevision) -> Option<Discontinued> {
    let end = draft.temporal_end.as_ref()?;
    Some(Discontinued {
        successors: end.successors.iter().map(|s| s.value.clone()).collect(),
    })
}

fn revision(draft: DraftRevision) -> Revision {
    Revision {
        description: draft.description,
        end_description: draft
            .temporal_end
            .map(|end| end.description)
            .unwrap_or_default(),
    }
}

fn measure(draft: DraftMeasure) -> Measure {
    // A link variable has neither a data type nor a value domain; the
    // rules made sure none was given.
    let is_link = draft.link_to.is_some();
    let code_list_not_included = !is_link
        && draft
            .value_domain
            .as_ref()
            .is_some_and(|d| d.code_list_omitted);
    Measure {
        code_list_not_included,
        data_type: draft
            .data_type
            .as_ref()
            .map(|d| d.value)
            .filter(|_| !is_link),
        format: draft.format,
        uri_definition: draft.uri_definition,
        value_domain: draft
            .value_domain
            .filter(|_| !is_link)
            .and_then(value_domain),
    }
}

fn value_domain(draft: DraftValueDomain) -> Option<ValueDomain> {
    if let Some(codes) = draft.codes {
        let codes = codes
            .value
            .into_iter()
            .filter_map(|c| {
                Some(Code {
                    code: c.code?.value,
                    title: c.title,
                    valid_from: c.valid_from?.value.to_string(),
                    valid_until: c.valid_until.map(|d| d.value.to_string()),
                })
            })
            .collect();
        let missing = draft
            .sentinels
            .into_iter()
            .flat_map(|s| s.value)
            .filter_map(|s| {
                Some(Sentinel {
                    code: s.code?.value,
                    title: s.title,
                })
            })
            .collect();
        return Some(ValueDomain::Enumerated { codes, missing });
    }
    let described = draft.described?.value;
    Some(ValueDomain::Described {
        description: described.description,
        measurement_type: described.measurement_type,
        unit: described.unit,
        uri_definition: described.uri_definition,
    })
}
