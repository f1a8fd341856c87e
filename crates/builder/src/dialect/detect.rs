//! Which dialect a file is in, told from its content.
//!
//! Text that starts with `{` or `[` is parsed as JSON, anything else as
//! YAML; then the shape of the tree decides: `dataStore`/`dataStructures`
//! or a list of variables is the generated dialect ([`crate::dialect::raird_json`]),
//! a mapping with microdata-tools' fields is [`crate::dialect::microdata_json`], and
//! `catalogs` is KUDAF ([`crate::dialect::kudaf_yaml`], in YAML or JSON). Only
//! provider files are known by their name ([`crate::dialect::provider`]).

use super::{kudaf_yaml, microdata_json, provider, raird_json};
use crate::syntax::problem::Problem;
use crate::syntax::source::SourceFile;
use crate::syntax::tree::{Node, Value};
use crate::syntax::{json, yaml};

/// The dialects the builder reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// KUDAF provider YAML (or the same shape in JSON).
    Kudaf,
    /// A `provider.yaml` naming the provider of the JSON files beside it.
    ProviderFile,
    /// microdata-tools dataset metadata: one variable per file.
    Microdata,
    /// RAIRD metadata-all, or kudaflib's `variables_metadata.json`.
    Generated,
}

/// A file parsed into its tree, with its dialect.
#[derive(Debug)]
pub struct Parsed<'t> {
    /// The document.
    pub root: Node<'t>,
    /// The dialect.
    pub dialect: Dialect,
}

/// Parses `file` and tells its dialect. `Err` holds the problem that stops
/// it from being read: a syntax error, or JSON in no known dialect (a
/// warning for a catalog the builder itself wrote, so that a folder holding
/// one can still be checked).
pub fn parse(file: &SourceFile) -> Result<Parsed<'_>, Box<Problem>> {
    let name = &file.name;
    let looks_json = matches!(file.text.trim_start().as_bytes().first(), Some(b'{' | b'['));
    let is_yaml_name = {
        let lower = name.to_lowercase();
        lower.ends_with(".yaml") || lower.ends_with(".yml")
    };
    let (root, is_json) = if looks_json {
        match json::parse(&file.text) {
            Ok(root) => (root, true),
            // YAML flow style also starts with a bracket.
            Err(_) if is_yaml_name => (yaml_tree(file)?, false),
            Err(e) => {
                let problem = Problem::error(name, e.pos.line, "", e.message);
                return Err(Box::new(problem.at_column(e.pos.column)));
            }
        }
    } else {
        (yaml_tree(file)?, false)
    };
    let dialect = if provider::is_provider_file(name) {
        Dialect::ProviderFile
    } else if !is_json {
        Dialect::Kudaf
    } else if raird_json::looks_like(&root) {
        Dialect::Generated
    } else if microdata_json::looks_like(&root) {
        Dialect::Microdata
    } else if has_key(&root, "catalogs") {
        Dialect::Kudaf
    } else if has_key(&root, "schemaVersion") && has_key(&root, "variables") {
        return Err(Box::new(Problem::warning(
            name,
            0,
            "",
            "is a catalog built by nettbutikk-catalog, not metadata; it is skipped",
        )));
    } else {
        return Err(Box::new(Problem::error(
            name,
            root.pos.line,
            "",
            "is JSON in no dialect the builder reads: expected microdata-tools metadata (temporalityType, measureVariables, …), RAIRD metadata-all (dataStore, dataStructures), a kudaflib variables_metadata.json (a list of variables) or KUDAF metadata (catalogs)",
        ).at_column(root.pos.column)));
    };
    Ok(Parsed { root, dialect })
}

fn yaml_tree(file: &SourceFile) -> Result<Node<'_>, Box<Problem>> {
    yaml::parse(&file.text).map_err(|e| {
        Box::new(
            Problem::error(
                &file.name,
                e.pos.line,
                "",
                format!("invalid YAML: {}", e.message),
            )
            .at_column(e.pos.column),
        )
    })
}

fn has_key(root: &Node, key: &str) -> bool {
    matches!(&root.value, Value::Map(entries) if entries.iter().any(|e| &*e.key == key))
}

/// Reads a parsed file that is not a provider file, with the provider that
/// the JSON dialects need.
pub fn read(
    file: &str,
    parsed: &Parsed,
    providers: &provider::Providers,
) -> (crate::dialect::draft::DraftSource, Vec<Problem>) {
    match parsed.dialect {
        Dialect::Kudaf => kudaf_yaml::read_tree(file, &parsed.root),
        Dialect::ProviderFile => provider::read_file(file, &parsed.root),
        Dialect::Microdata => microdata_json::read(file, &parsed.root, providers.for_file(file)),
        Dialect::Generated => raird_json::read(file, &parsed.root, providers.for_file(file)),
    }
}
