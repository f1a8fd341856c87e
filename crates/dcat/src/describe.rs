//! The mapping from the shop's catalog to DCAT-AP-NO 2 triples.
//!
//! - the shop is one `dcat:Catalog`;
//! - each provider is a `foaf:Agent`, named by its organisation number's
//!   IRI, and the `dct:publisher` of its datasets and variables;
//! - each dataset is a `dcat:Dataset`, and so is each variable, the unit a
//!   researcher asks for: it is `dct:isPartOf` its dataset, which
//!   `dct:hasPart` it. A `dcat:DatasetSeries` would not fit: the
//!   specification keeps series for datasets that are the same data
//!   published again over time or space, while a variable is one column of
//!   its dataset, with its own access rights, time span and themes.

use crate::access::AccessRight;
use crate::iri::{self, Iris};
use crate::ns::{self, DCAT, DCT, FOAF, VCARD};
use crate::writer::{v, Sink, Writer};
use crate::Options;
use catalog::{Catalog, Dataset, Provider, Text, Variable};
use oxrdf::NamedNode;
use std::collections::{BTreeMap, BTreeSet};

/// The catalog-wide identifier of the catalogue itself.
const CATALOG_ID: &str = "nettbutikken";

/// What the description knows of one provider.
struct Agent {
    iri: NamedNode,
    contact: Option<NamedNode>,
}

/// Describes `catalog` as DCAT-AP-NO 2 triples, given to `sink` in order.
pub(crate) fn triples<S: Sink>(catalog: &Catalog, options: &Options, iris: &Iris, sink: S) -> S {
    let mut w = Writer::new(iris, sink);
    let agents: BTreeMap<&str, Agent> = catalog
        .providers
        .iter()
        .map(|p| (p.id.as_str(), provider(&mut w, p)))
        .collect();
    let datasets: BTreeMap<(&str, &str), &Dataset> = catalog
        .datasets
        .iter()
        .map(|d| ((d.provider.as_str(), d.id.as_str()), d))
        .collect();
    let mut members: BTreeMap<(&str, &str), Vec<&Variable>> = BTreeMap::new();
    for variable in &catalog.variables {
        if let Some(id) = variable.dataset.as_deref() {
            if datasets.contains_key(&(variable.provider.as_str(), id)) {
                members
                    .entry((variable.provider.as_str(), id))
                    .or_default()
                    .push(variable);
            }
        }
    }

    let root = iris.resource("katalog", &[]);
    let mut listed = Vec::new();
    // Each dataset's IRI, minted once for its thousands of variables.
    let mut dataset_iris: BTreeMap<(&str, &str), NamedNode> = BTreeMap::new();
    for (key, dataset_) in &datasets {
        let parts = members.get(key).map_or(&[][..], Vec::as_slice);
        let iri = dataset(&mut w, dataset_, parts, agents.get(key.0));
        dataset_iris.insert(*key, iri.clone());
        listed.push(iri);
    }
    let ids: BTreeSet<&str> = catalog.variables.iter().map(|v| v.id.as_str()).collect();
    for v in &catalog.variables {
        let part_of = v
            .dataset
            .as_deref()
            .and_then(|id| dataset_iris.get(&(v.provider.as_str(), id)))
            .cloned();
        listed.push(variable(
            &mut w,
            v,
            part_of,
            agents.get(v.provider.as_str()),
            &ids,
        ));
    }

    w.a(&root, v(DCAT, "Catalog"));
    w.plain(&root, v(DCT, "identifier"), CATALOG_ID);
    w.text(&root, v(DCT, "title"), &options.title);
    w.text(&root, v(DCT, "description"), &options.description);
    if let Some(publisher) = options.publisher.as_deref().and_then(iri::organization) {
        if !agents.values().any(|a| a.iri == publisher) {
            w.a(&publisher, v(FOAF, "Agent"));
            w.plain(
                &publisher,
                v(DCT, "identifier"),
                options.publisher.as_deref().unwrap_or_default().trim(),
            );
        }
        w.add(&root, v(DCT, "publisher"), publisher);
    }
    if let Some(home) = iris.home() {
        w.add(&root, v(FOAF, "homepage"), home);
    }
    for eu in languages(catalog, options) {
        w.add(&root, v(DCT, "language"), v(ns::LANGUAGE, eu));
    }
    // No dcat:themeTaxonomy: Digdir's shapes warn about any value but a
    // EuroVoc one, and the themes are from the EU data themes and LOS.
    if let Some(modified) = catalog
        .variables
        .iter()
        .filter_map(|v| v.updated.as_deref())
        .max()
    {
        w.date(&root, v(DCT, "modified"), modified);
    }
    for member in listed {
        w.add(&root, v(DCAT, "dataset"), member);
    }
    w.sink
}

/// The EU language codes of the languages the catalogue's texts are in.
fn languages(catalog: &Catalog, options: &Options) -> Vec<&'static str> {
    let mut found = [false; 3];
    let mut mark = |text: &Text| {
        for (i, value) in [&text.nb, &text.nn, &text.en].into_iter().enumerate() {
            found[i] |= value.as_deref().is_some_and(|v| !v.trim().is_empty());
        }
    };
    mark(&options.title);
    mark(&options.description);
    catalog.datasets.iter().for_each(|d| mark(&d.title));
    catalog.variables.iter().for_each(|v| mark(&v.label));
    ["NOB", "NNO", "ENG"]
        .into_iter()
        .zip(found)
        .filter_map(|(code, yes)| yes.then_some(code))
        .collect()
}

/// A provider: the agent and its contact point.
fn provider<S: Sink>(w: &mut Writer<'_, S>, provider: &Provider) -> Agent {
    let iri = provider
        .org_number
        .as_deref()
        .and_then(iri::organization)
        .unwrap_or_else(|| w.iris.resource("tilbyder", &[&provider.id]));
    w.a(&iri, v(FOAF, "Agent"));
    if !w.text(&iri, v(FOAF, "name"), &provider.name) {
        w.plain(&iri, v(FOAF, "name"), &provider.id);
    }
    if let Some(number) = provider
        .org_number
        .as_deref()
        .filter(|n| iri::organization(n).is_some())
    {
        w.plain(&iri, v(DCT, "identifier"), number.trim());
    }
    let contact = provider.contact.as_ref().map(|contact| {
        let node = w.iris.resource("kontakt", &[&provider.id]);
        w.a(&node, v(VCARD, "Organization"));
        match contact.name.as_deref().filter(|n| !n.trim().is_empty()) {
            Some(name) => w.plain(&node, v(VCARD, "fn"), name),
            None => {
                if !w.text(&node, v(VCARD, "fn"), &provider.name) {
                    w.plain(&node, v(VCARD, "fn"), &provider.id);
                }
            }
        }
        if let Some(email) = contact.email.as_deref().and_then(iri::mailto) {
            w.add(&node, v(VCARD, "hasEmail"), email);
        }
        if let Some(url) = contact.url.as_deref().and_then(iri::web) {
            w.add(&node, v(VCARD, "hasURL"), url);
        }
        node
    });
    Agent { iri, contact }
}

/// What a dataset and a variable both state: publisher and contact point.
fn publisher<S: Sink>(w: &mut Writer<'_, S>, subject: &NamedNode, agent: Option<&Agent>) {
    if let Some(agent) = agent {
        w.add(subject, v(DCT, "publisher"), &agent.iri);
        if let Some(contact) = &agent.contact {
            w.add(subject, v(DCAT, "contactPoint"), contact);
        }
    }
}

/// A dataset, with what its variables share: themes, access rights,
/// time span and last update.
fn dataset<S: Sink>(
    w: &mut Writer<'_, S>,
    dataset: &Dataset,
    parts: &[&Variable],
    agent: Option<&Agent>,
) -> NamedNode {
    let iri = w
        .iris
        .resource("datasett", &[&dataset.provider, &dataset.id]);
    w.a(&iri, v(DCAT, "Dataset"));
    w.plain(
        &iri,
        v(DCT, "identifier"),
        &format!("{}/{}", dataset.provider, dataset.id),
    );
    if !w.text(&iri, v(DCT, "title"), &dataset.title) {
        w.plain(&iri, v(DCT, "title"), &dataset.id);
    }
    // A description is mandatory; the title stands in for a missing one
    // (`check` warns about it).
    if !w.text(&iri, v(DCT, "description"), &dataset.description)
        && !w.text(&iri, v(DCT, "description"), &dataset.title)
    {
        w.plain(&iri, v(DCT, "description"), &dataset.id);
    }
    publisher(w, &iri, agent);
    for keyword in &dataset.keywords {
        w.text(&iri, v(DCAT, "keyword"), keyword);
    }
    w.themes(&iri, parts.iter().flat_map(|v| &v.subject_fields));
    w.access(
        &iri,
        AccessRight::of_all(parts.iter().map(|v| v.sensitivity)),
    );
    let start = parts
        .iter()
        .map(|v| {
            v.temporal_coverage
                .as_ref()
                .and_then(|t| t.start.as_deref())
        })
        .collect::<Option<Vec<_>>>()
        .and_then(|starts| starts.into_iter().min());
    // The dataset ends when its last variable does; one still running
    // keeps it open.
    let stop = parts
        .iter()
        .map(|v| v.temporal_coverage.as_ref().and_then(|t| t.stop.as_deref()))
        .collect::<Option<Vec<_>>>()
        .and_then(|stops| stops.into_iter().max());
    w.period(&iri, start, stop);
    if let Some(updated) = parts.iter().filter_map(|v| v.updated.as_deref()).max() {
        w.date(&iri, v(DCT, "modified"), updated);
    }
    if let Some(page) = w
        .iris
        .page("datasett", &format!("{}/{}", dataset.provider, dataset.id))
    {
        w.add(&iri, v(DCAT, "landingPage"), page);
    }
    for part in parts {
        let part = w.iris.resource("variabel", &[&part.provider, &part.name]);
        w.add(&iri, v(DCT, "hasPart"), part);
    }
    w.flush();
    iri
}

/// A variable, as a dataset of its own.
fn variable<S: Sink>(
    w: &mut Writer<'_, S>,
    variable: &Variable,
    part_of: Option<NamedNode>,
    agent: Option<&Agent>,
    ids: &BTreeSet<&str>,
) -> NamedNode {
    let iri = w
        .iris
        .resource("variabel", &[&variable.provider, &variable.name]);
    w.a(&iri, v(DCAT, "Dataset"));
    w.plain(&iri, v(DCT, "identifier"), &variable.id);
    if !w.text(&iri, v(DCT, "title"), &variable.label) {
        w.plain(&iri, v(DCT, "title"), &variable.name);
    }
    if !w.text(&iri, v(DCT, "description"), &variable.description)
        && !w.text(&iri, v(DCT, "description"), &variable.label)
    {
        w.plain(&iri, v(DCT, "description"), &variable.name);
    }
    publisher(w, &iri, agent);
    for subject in &variable.subject_fields {
        w.text(&iri, v(DCAT, "keyword"), subject);
    }
    w.themes(&iri, &variable.subject_fields);
    w.access(&iri, Some(AccessRight::of(variable.sensitivity)));
    if let Some(coverage) = &variable.temporal_coverage {
        w.period(&iri, coverage.start.as_deref(), coverage.stop.as_deref());
    }
    if let Some(updated) = variable.updated.as_deref() {
        w.date(&iri, v(DCT, "modified"), updated);
    }
    if let Some(page) = w.iris.page(catalog::VARIABLE_KEY, &variable.id) {
        w.add(&iri, v(DCAT, "landingPage"), page);
    }
    if let Some(dataset) = part_of {
        w.add(&iri, v(DCT, "isPartOf"), dataset);
    }
    for successor in variable.successors() {
        // Only successors the catalog has: the shapes require a dataset.
        if ids.contains(Variable::make_id(&variable.provider, successor).as_str()) {
            let next = w
                .iris
                .resource("variabel", &[&variable.provider, successor]);
            w.add(&iri, v(DCT, "isReplacedBy"), next);
        }
    }
    w.flush();
    iri
}
