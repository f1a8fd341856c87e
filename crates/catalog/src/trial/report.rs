//! A check's report as the prøverom shows it: the command line's text, its
//! JSON, each problem with its place, and the problems grouped per
//! provider and file under the command line's summary lines.

use super::excerpt::Excerpt;
use crate::json::json_object;
use serde::{Deserialize, Serialize};

/// What `nettbutikk-catalog check` found in the files the provider gave.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrialReport {
    /// The report exactly as `check` prints it.
    pub text: String,
    /// The report exactly as `check --format json` prints it.
    pub json: String,
    /// The problems in the report's order: every one, or the first
    /// [`TrialReport::SHOWN`] when there are more (`text` and `json` have
    /// all of them).
    pub problems: Vec<TrialProblem>,
    /// How many errors the report has in all.
    pub errors: usize,
    /// How many warnings the report has in all.
    pub warnings: usize,
    /// Per provider id (sorted), its summary line as `check` prints it.
    pub providers: Vec<(String, String)>,
    /// The line for problems outside any provider, when there are some.
    pub outside: Option<String>,
    /// The total line.
    pub total: String,
    /// The files read, in the order the builder read them.
    pub files: Vec<String>,
    /// The variables described, over every provider.
    pub variables: usize,
}

/// One problem, as printed and where it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrialProblem {
    /// The line `check` prints for it.
    pub text: String,
    /// The file, as the report names it.
    pub file: String,
    /// 1-based line; 0 for the file as a whole.
    pub line: usize,
    /// 1-based column, where known.
    pub column: Option<usize>,
    /// An error (else a warning).
    pub error: bool,
    /// The provider it belongs to, when known.
    pub provider: Option<String>,
    /// The line with its neighbours.
    pub excerpt: Excerpt,
}

/// What `build` made of the files: its report and, without errors, the
/// files it would write. The checker first sends it without the files
/// (`catalog` empty, `written` set), which a page asks for only to show or
/// download them, so a large catalog never crosses to the page unasked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrialBuild {
    /// The build's report (with the bundled catalog's files when merged,
    /// so a clash reads as `build` prints it).
    pub report: TrialReport,
    /// Whether the build has files to write (no errors).
    pub written: bool,
    /// `catalog.json`, when there are no errors and it was asked for.
    pub catalog: Option<String>,
    /// The detail shards beside it, as (path, JSON).
    pub shards: Vec<(String, String)>,
    /// `catalog.nbcat`, the catalog as the shop reads it, when `catalog` is
    /// there. Not in the JSON: the checker hands it over as bytes.
    #[serde(skip)]
    pub nbcat: Vec<u8>,
}

/// The problems of one provider (or of none), per file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderGroup {
    /// The provider id; `None` for problems outside any provider.
    pub provider: Option<String>,
    /// The summary line `check` prints for it.
    pub summary: String,
    /// Its files with problems, in the report's order.
    pub files: Vec<FileGroup>,
}

/// The problems of one file within a [`ProviderGroup`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileGroup {
    /// The file, as the report names it.
    pub file: String,
    /// Indexes into [`TrialReport::problems`].
    pub problems: Vec<usize>,
}

impl TrialReport {
    /// The most problems the page is sent and shows; a file with thousands
    /// of problems must not stall the page, and the full list is in the
    /// report's text.
    pub const SHOWN: usize = 500;

    /// The number of errors.
    pub fn errors(&self) -> usize {
        self.errors
    }

    /// How many problems the report has that are not in `problems`.
    pub fn not_shown(&self) -> usize {
        (self.errors + self.warnings).saturating_sub(self.problems.len())
    }

    /// The problems per provider (in the summary's order, those outside any
    /// provider last) and per file. Every provider has a group, a clean one
    /// with no files, so each summary line is shown.
    pub fn groups(&self) -> Vec<ProviderGroup> {
        let mut groups: Vec<ProviderGroup> = self
            .providers
            .iter()
            .map(|(id, line)| ProviderGroup {
                provider: Some(id.clone()),
                summary: line.clone(),
                files: Vec::new(),
            })
            .collect();
        let outside = groups.len();
        groups.push(ProviderGroup {
            provider: None,
            summary: self.outside.clone().unwrap_or_default(),
            files: Vec::new(),
        });
        for (i, problem) in self.problems.iter().enumerate() {
            let at = problem
                .provider
                .as_ref()
                .and_then(|id| self.providers.iter().position(|(p, _)| p == id))
                .unwrap_or(outside);
            let files = &mut groups[at].files;
            match files.iter_mut().find(|f| f.file == problem.file) {
                Some(group) => group.problems.push(i),
                None => files.push(FileGroup {
                    file: problem.file.clone(),
                    problems: vec![i],
                }),
            }
        }
        if groups[outside].files.is_empty() {
            groups.pop();
        }
        groups
    }
}

// How the app reads the checker's answers (JSON the checker writes with
// serde), without serde.
json_object!(lenient TrialReport {
    "text" => text, "json" => json, "problems" => problems, "errors" => errors,
    "warnings" => warnings, "providers" => providers, "outside" => outside, "total" => total,
    "files" => files, "variables" => variables,
});
json_object!(lenient TrialProblem {
    "text" => text, "file" => file, "line" => line, "column" => column, "error" => error,
    "provider" => provider, "excerpt" => excerpt,
});
json_object!(lenient TrialBuild {
    "report" => report, "written" => written, "catalog" => catalog, "shards" => shards,
    "nbcat" => nbcat [default],
});

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(file: &str, provider: Option<&str>) -> TrialProblem {
        TrialProblem {
            text: format!("{file}:1: x: y"),
            file: file.to_owned(),
            line: 1,
            column: None,
            error: true,
            provider: provider.map(str::to_owned),
            excerpt: Excerpt::default(),
        }
    }

    fn shown(report: &TrialReport) -> Vec<String> {
        report
            .groups()
            .iter()
            .map(|g| {
                let files: Vec<String> = g
                    .files
                    .iter()
                    .map(|f| format!("{}{:?}", f.file, f.problems))
                    .collect();
                format!("{:?} [{}] {}", g.provider, g.summary, files.join(" "))
            })
            .collect()
    }

    #[test]
    fn problems_are_grouped_per_provider_then_file() {
        let providers = vec![
            (
                "a".to_owned(),
                "a: 1 variable, 2 errors, 0 warnings".to_owned(),
            ),
            (
                "b".to_owned(),
                "b: 3 variables, 0 errors, 0 warnings".to_owned(),
            ),
        ];
        let cases: [(Vec<TrialProblem>, Option<&str>, &[&str]); 3] = [
            (
                vec![problem("x.yaml", Some("a")), problem("y.yaml", Some("a"))],
                None,
                &[
                    "Some(\"a\") [a: 1 variable, 2 errors, 0 warnings] x.yaml[0] y.yaml[1]",
                    "Some(\"b\") [b: 3 variables, 0 errors, 0 warnings] ",
                ],
            ),
            (
                vec![
                    problem("x.yaml", Some("a")),
                    problem("z.yaml", None),
                    problem("x.yaml", Some("a")),
                    problem("w.yaml", Some("gone")),
                ],
                Some("outside any provider: 2 errors, 0 warnings"),
                &[
                    "Some(\"a\") [a: 1 variable, 2 errors, 0 warnings] x.yaml[0, 2]",
                    "Some(\"b\") [b: 3 variables, 0 errors, 0 warnings] ",
                    "None [outside any provider: 2 errors, 0 warnings] z.yaml[1] w.yaml[3]",
                ],
            ),
            (
                Vec::new(),
                None,
                &[
                    "Some(\"a\") [a: 1 variable, 2 errors, 0 warnings] ",
                    "Some(\"b\") [b: 3 variables, 0 errors, 0 warnings] ",
                ],
            ),
        ];
        for (problems, outside, expected) in cases {
            let report = TrialReport {
                problems,
                providers: providers.clone(),
                outside: outside.map(str::to_owned),
                ..TrialReport::default()
            };
            assert_eq!(shown(&report), expected);
        }
    }
}
