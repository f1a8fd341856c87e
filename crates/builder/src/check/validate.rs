//! The rules that span fields, variables and files, checked on the
//! dialect-neutral draft.
//!
//! Per-field rules (required fields, vocabularies, date forms, unknown
//! fields) are checked while reading, in [`crate::dialect::fields`]; what is left
//! here needs more than one value: unit types against the declarations,
//! names against each other, the parts of a measure and value domain
//! against each other. Every lookup goes through a hash map, so the cost
//! grows linearly with the number of variables.

mod identifier;
mod measure;

use crate::dialect::draft::{DraftCatalog, DraftSource, DraftVariable, Loc, Spanned};
use crate::dialect::suggest::did_you_mean;
use crate::dialect::unit_types;
use crate::syntax::problem::Problem;
use std::collections::{HashMap, HashSet};

/// Checks the rules that span fields, variables and files, and returns the
/// problems found, in no particular order.
pub fn validate(sources: &[DraftSource]) -> Vec<Problem> {
    let mut checker = Checker::default();
    for source in sources {
        checker.collect(source);
    }
    checker.check_unnamed_providers();
    for source in sources {
        checker.check(source);
    }
    checker.problems
}

/// A place in the metadata, for messages that point at another place.
#[derive(Clone, Copy, Debug)]
struct Seen<'d> {
    file: &'d str,
    line: usize,
}

impl std::fmt::Display for Seen<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// The first publisher seen with a provider id.
struct FirstPublisher<'d> {
    name: &'d str,
    org_number: Option<&'d str>,
    at: Seen<'d>,
}

/// What the first pass learns about all sources together.
#[derive(Default)]
struct Checker<'d> {
    problems: Vec<Problem>,
    publishers: HashMap<String, FirstPublisher<'d>>,
    /// Provider unit types: id → (declaring provider, where).
    unit_types: HashMap<&'d str, (Option<String>, Seen<'d>)>,
    datasets: HashMap<&'d str, Seen<'d>>,
    /// Variable names per provider, with where each is first named.
    names: HashMap<(String, &'d str), Seen<'d>>,
    /// Providers that JSON files name by id only, with the first such file.
    named_by_id: HashMap<String, &'d str>,
}

/// Where problems found now are reported.
struct Here<'d> {
    file: &'d str,
    provider: Option<String>,
}

impl<'d> Checker<'d> {
    fn error(&mut self, here: &Here, loc: &Loc, message: String) {
        let problem =
            Problem::error(here.file, loc.line, loc.path.as_str(), message).at_column(loc.column);
        self.problems
            .push(problem.for_provider(here.provider.clone()));
    }

    fn warning(&mut self, here: &Here, loc: &Loc, message: String) {
        let problem =
            Problem::warning(here.file, loc.line, loc.path.as_str(), message).at_column(loc.column);
        self.problems
            .push(problem.for_provider(here.provider.clone()));
    }

    /// First pass: providers, declared unit types, dataset identifiers and
    /// variable names, with the rules on repeats among them.
    fn collect(&mut self, source: &'d DraftSource) {
        for catalog in &source.catalogs {
            let here = Here {
                file: &source.file,
                provider: catalog.publisher.provider_id(),
            };
            self.collect_publisher(&here, catalog);
            if let (Some(id), None) = (&catalog.publisher.id, &catalog.publisher.name) {
                self.named_by_id.entry(id.clone()).or_insert(&source.file);
            }
            for unit_type in &catalog.unit_types {
                if let Some(id) = &unit_type.id {
                    self.collect_unit_type(&here, id);
                }
            }
            for dataset in &catalog.datasets {
                if let Some(id) = &dataset.id {
                    let at = self.seen(&here, &id.loc);
                    if let Some(first) = self.datasets.get(id.value.as_str()).copied() {
                        self.error(
                            &here,
                            &id.loc,
                            format!(
                                "\"{}\" is also the identifier of the dataset at {first}; dataset identifiers must be unique",
                                id.value
                            ),
                        );
                    } else {
                        self.datasets.insert(&id.value, at);
                    }
                }
                for variable in &dataset.variables {
                    self.collect_name(&here, variable);
                }
            }
        }
    }

    /// A provider that only `--provider` names has no name to show.
    fn check_unnamed_providers(&mut self) {
        let mut unnamed: Vec<(&String, &&str)> = self
            .named_by_id
            .iter()
            .filter(|(id, _)| !self.publishers.contains_key(*id))
            .collect();
        unnamed.sort();
        let problems: Vec<Problem> = unnamed
            .into_iter()
            .map(|(id, file)| {
                Problem::warning(
                    file,
                    0,
                    "",
                    format!("provider \"{id}\" is named by --provider only, so the shop shows the id as its name; describe the provider in a provider.yaml in this folder or a parent folder"),
                )
                .for_provider(Some(id.clone()))
            })
            .collect();
        self.problems.extend(problems);
    }

    fn seen(&self, here: &Here<'d>, loc: &Loc) -> Seen<'d> {
        Seen {
            file: here.file,
            line: loc.line,
        }
    }

    fn collect_publisher(&mut self, here: &Here<'d>, catalog: &'d DraftCatalog) {
        let Some(name) = &catalog.publisher.name else {
            return;
        };
        let name_text = name.value.get(catalog::Lang::Nb);
        let Some(id) = here.provider.clone() else {
            self.error(
                here,
                &name.loc,
                format!(
                    "\"{name_text}\" gives an empty provider id; the name needs letters or digits"
                ),
            );
            return;
        };
        let org_number = catalog.publisher.org_number.as_deref();
        let at = self.seen(here, &name.loc);
        match self.publishers.get_mut(&id) {
            None => {
                self.publishers.insert(
                    id,
                    FirstPublisher {
                        name: name_text,
                        org_number,
                        at,
                    },
                );
            }
            Some(first) => match (first.org_number, org_number) {
                (Some(a), Some(b)) if a != b => {
                    let message = format!(
                        "\"{name_text}\" (organisation number {b}) gives the provider id \"{id}\", which \"{}\" at {} (organisation number {a}) already has; two publishers cannot share an id",
                        first.name, first.at
                    );
                    self.error(here, &name.loc, message);
                }
                (None, Some(b)) => first.org_number = Some(b),
                _ => {}
            },
        }
    }

    fn collect_unit_type(&mut self, here: &Here<'d>, id: &'d Spanned<String>) {
        if unit_types::global().contains_key(&id.value) {
            self.warning(
                here,
                &id.loc,
                format!(
                    "\"{}\" is a global unit type; this declaration is ignored",
                    id.value
                ),
            );
            return;
        }
        let at = self.seen(here, &id.loc);
        match self.unit_types.get(id.value.as_str()) {
            None => {
                self.unit_types
                    .insert(&id.value, (here.provider.clone(), at));
            }
            Some((provider, first)) if *provider != here.provider => {
                let message = format!(
                    "unit type \"{}\" is also declared by another provider ({}) at {first}; provider unit types must have unique names",
                    id.value,
                    provider.as_deref().unwrap_or("unknown")
                );
                self.error(here, &id.loc, message);
            }
            Some(_) => {}
        }
    }

    fn collect_name(&mut self, here: &Here<'d>, variable: &'d DraftVariable) {
        let (Some(provider), Some(name)) = (&here.provider, &variable.name) else {
            return;
        };
        let at = self.seen(here, &name.loc);
        let key = (provider.clone(), name.value.as_str());
        if let Some(first) = self.names.get(&key).copied() {
            self.error(
                here,
                &name.loc,
                format!(
                    "\"{}\" is also the name of the variable at {first}; names must be unique within provider {provider}",
                    name.value
                ),
            );
        } else {
            self.names.insert(key, at);
        }
    }

    /// Second pass: the rules on each variable.
    fn check(&mut self, source: &'d DraftSource) {
        // Provider unit types are visible in the file that declares them.
        let declared: HashSet<&str> = source
            .catalogs
            .iter()
            .flat_map(|c| &c.unit_types)
            .filter_map(|u| u.id.as_ref())
            .map(|id| id.value.as_str())
            .chain(source.visible_unit_types.iter().map(String::as_str))
            .collect();
        let place = if source.file.to_lowercase().ends_with(".json") {
            "in this file or its provider file"
        } else {
            "under unitTypes in this file"
        };
        for catalog in &source.catalogs {
            let here = Here {
                file: &source.file,
                provider: catalog.publisher.provider_id(),
            };
            for variable in catalog.datasets.iter().flat_map(|d| &d.variables) {
                if let Some(identifier) = &variable.identifier {
                    self.check_unit_type(&here, identifier, &declared, place);
                }
                if let Some(measure) = &variable.measure {
                    if let Some(link) = &measure.link_to {
                        self.check_unit_type(&here, link, &declared, place);
                    }
                    self.check_measure(&here, measure);
                }
                if let (Some(start), Some(stop)) = (&variable.start, &variable.stop) {
                    if stop.value < start.value {
                        let message =
                            format!("{} is before the start, {}", stop.value, start.value);
                        self.error(&here, &stop.loc, message);
                    }
                }
                self.check_successors(&here, variable);
                self.check_identifier_for(&here, variable);
            }
        }
    }

    fn check_unit_type(
        &mut self,
        here: &Here,
        id: &Spanned<String>,
        declared: &HashSet<&str>,
        place: &str,
    ) {
        if unit_types::global().contains_key(&id.value) || declared.contains(id.value.as_str()) {
            return;
        }
        let mut candidates = unit_types::global_ids();
        candidates.extend(declared.iter().copied());
        let hint = did_you_mean(&id.value, &candidates)
            .map(|near| format!("; did you mean \"{near}\"?"))
            .unwrap_or_default();
        let mut own: Vec<&str> = declared.iter().copied().collect();
        own.sort_unstable();
        let own = if own.is_empty() {
            String::new()
        } else {
            format!(" and those declared {place}: {}", own.join(", "))
        };
        let message = format!(
            "\"{}\" is neither a global unit type nor declared {place}; allowed are the global unit types {}{own}{hint}",
            id.value,
            unit_types::global_ids().join(", ")
        );
        self.error(here, &id.loc, message);
    }

    fn check_successors(&mut self, here: &Here, variable: &DraftVariable) {
        let Some(provider) = &here.provider else {
            return;
        };
        let successors = variable
            .revision
            .iter()
            .flat_map(|r| &r.temporal_end)
            .flat_map(|end| &end.successors);
        for successor in successors {
            if !self
                .names
                .contains_key(&(provider.clone(), successor.value.as_str()))
            {
                let message = format!(
                    "successor \"{}\" is not a variable of provider {provider}",
                    successor.value
                );
                self.warning(here, &successor.loc, message);
            }
        }
    }
}
