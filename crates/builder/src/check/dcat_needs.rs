//! What DCAT-AP-NO 2, the profile data.norge.no harvests, needs and the
//! metadata lacks, reported by `check` as warnings: the catalog is still
//! built, and `catalog.ttl` fills the gap as `dcat` documents, but the
//! provider should add what is missing.

use crate::dialect::draft::{DraftCatalog, DraftSource, Loc};
use crate::syntax::problem::Problem;
use std::collections::BTreeSet;

/// The warnings for every source. Publisher warnings come once per
/// provider, at the first file that names it.
pub fn check(sources: &[DraftSource]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut providers_seen = BTreeSet::new();
    for source in sources {
        for catalog in &source.catalogs {
            let provider = catalog.publisher.provider_id();
            if providers_seen.insert(provider.clone()) {
                publisher(&source.file, catalog, &provider, &mut problems);
            }
            content(&source.file, catalog, &provider, &mut problems);
        }
    }
    problems
}

/// The path of a field of the object at `path`; a JSON file's variable
/// is the whole file, whose path is empty.
fn field(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

fn warn(file: &str, loc: &Loc, path: String, message: &str, provider: &Option<String>) -> Problem {
    Problem::warning(file, loc.line, path, message)
        .at_column(loc.column)
        .for_provider(provider.clone())
}

/// The publisher's organisation number and contact point.
fn publisher(
    file: &str,
    catalog: &DraftCatalog,
    provider: &Option<String>,
    problems: &mut Vec<Problem>,
) {
    // The fields sit beside the publisher's name (`publisher.name` in
    // KUDAF YAML, `name` in a provider file).
    let (loc, path) = match &catalog.publisher.name {
        Some(name) => (
            &name.loc,
            name.loc
                .path
                .rsplit_once('.')
                .map_or("", |(parent, _)| parent)
                .to_owned(),
        ),
        None => (&catalog.loc, field(&catalog.loc.path, "publisher")),
    };
    match catalog.publisher.org_number.as_deref() {
        None => problems.push(warn(
            file,
            loc,
            field(&path, "identifier"),
            "DCAT-AP-NO names a publisher by its organisation number, and none is given; \
             add the nine-digit number as identifier",
            provider,
        )),
        Some(number) if dcat::iri::organization(number).is_none() => problems.push(warn(
            file,
            loc,
            field(&path, "identifier"),
            &format!(
                "DCAT-AP-NO names a publisher by its nine-digit organisation number, and \"{number}\" is not one"
            ),
            provider,
        )),
        Some(_) => {}
    }
    if catalog.publisher.contact.is_none() {
        problems.push(warn(
            file,
            loc,
            field(&path, "contactPoint"),
            "DCAT-AP-NO recommends a contact point for every dataset, and the publisher has none",
            provider,
        ));
    }
}

/// Dataset descriptions and the variables' themes.
fn content(
    file: &str,
    catalog: &DraftCatalog,
    provider: &Option<String>,
    problems: &mut Vec<Problem>,
) {
    for dataset in &catalog.datasets {
        // The JSON dialects have no datasets; their stand-in has no id.
        if dataset.id.is_some() && dataset.description.is_empty() {
            problems.push(warn(
                file,
                &dataset.loc,
                field(&dataset.loc.path, "description"),
                "DCAT-AP-NO requires a description of every dataset, and this one has none; \
                 catalog.ttl repeats the title instead",
                provider,
            ));
        }
        for variable in &dataset.variables {
            if variable.name.is_some() && dcat::Themes::of(&variable.subject_fields).eu.is_empty() {
                problems.push(warn(
                    file,
                    &variable.loc,
                    field(&variable.loc.path, "subjectFields"),
                    &format!(
                        "DCAT-AP-NO requires an EU data theme, and no subject field maps to one; \
                         catalog.ttl files the variable under {} (docs/dcat-ap-no.md lists the subjects that map)",
                        dcat::theme::FALLBACK.code()
                    ),
                    provider,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialect::provider::Providers;
    use crate::syntax::source::from_bytes;

    /// The DCAT-AP-NO warnings `check` gives on one KUDAF YAML
    /// file, which must have no errors.
    fn warnings(yaml: &str) -> Vec<String> {
        let file = from_bytes("m.yaml", yaml.as_bytes().to_vec()).expect("readable");
        let tree = crate::dialect::detect::parse(&file).expect("parses");
        let (source, problems) =
            crate::dialect::detect::read(&file.name, &tree, &Providers::new(None));
        assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
        check(&[source]).iter().map(ToString::to_string).collect()
    }

    const COMPLETE: &str = "\
catalogs:
  - title: T
    publisher:
      name: Etaten
      identifier: \"921693230\"
      contactPoint:
        fullname: Kontakt
        mbox: kontakt@example.no
    datasets:
      - identifier: d1
        title: Datasett
        description: Om datasettet
        variables:
          - name: V
            temporalityType: FIXED
            sensitivityLevel: PUBLIC
            populationDescription: Alle
            subjectFields: [Utdanning]
            identifierVariables:
              - unitType: PERSON
            measureVariables:
              - label: V
                description: Om V
                dataType: STRING
";

    #[test]
    fn each_gap_gives_one_warning_where_the_metadata_should_fill_it() {
        let cases: Vec<(String, Vec<&str>)> = vec![
            (COMPLETE.to_owned(), vec![]),
            (
                COMPLETE.replace("      identifier: \"921693230\"\n", ""),
                vec!["m.yaml:4:13: warning: catalogs[0].publisher.identifier: DCAT-AP-NO names a publisher by its organisation number, and none is given; add the nine-digit number as identifier"],
            ),
            (
                COMPLETE.replace("\"921693230\"", "\"92169\""),
                vec!["m.yaml:4:13: warning: catalogs[0].publisher.identifier: DCAT-AP-NO names a publisher by its nine-digit organisation number, and \"92169\" is not one"],
            ),
            (
                COMPLETE.replace("      contactPoint:\n        fullname: Kontakt\n        mbox: kontakt@example.no\n", ""),
                vec!["m.yaml:4:13: warning: catalogs[0].publisher.contactPoint: DCAT-AP-NO recommends a contact point for every dataset, and the publisher has none"],
            ),
            (
                COMPLETE.replace("        description: Om datasettet\n", ""),
                vec!["m.yaml:10:9: warning: catalogs[0].datasets[0].description: DCAT-AP-NO requires a description of every dataset, and this one has none; catalog.ttl repeats the title instead"],
            ),
            (
                COMPLETE.replace("[Utdanning]", "[Ukjent]"),
                vec!["m.yaml:14:13: warning: catalogs[0].datasets[0].variables[0].subjectFields: DCAT-AP-NO requires an EU data theme, and no subject field maps to one; catalog.ttl files the variable under EDUC (docs/dcat-ap-no.md lists the subjects that map)"],
            ),
        ];
        for (yaml, expected) in cases {
            assert_eq!(warnings(&yaml), expected, "{yaml}");
        }
    }
}
