//! What a run found, for people (`Display`: a line per problem and per
//! provider) and for CI tools ([`Report::to_json`]).
//!
//! The pipeline's entry points are re-exported here, so that running the
//! builder and reading its report take one import.

pub use crate::pipeline::{
    check_files, check_with, process, process_with, run, run_files, run_with, Options, Report,
    Summary,
};
use crate::syntax::problem::Severity;
use std::fmt;

impl Report {
    /// The number of errors.
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.is_error()).count()
    }

    /// The number of warnings.
    pub fn warnings(&self) -> usize {
        self.problems.len() - self.errors()
    }

    /// The report as one JSON document, for `check --format json`: the
    /// problems, the summary per provider and the totals. The shape is
    /// documented in `docs/metadata-json.md`; a missing line or column is
    /// `null`.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&self.to_json_value()).unwrap_or_default()
    }

    /// [`Report::to_json`] as a value, for `build --format json` to add
    /// what it wrote.
    pub fn to_json_value(&self) -> serde_json::Value {
        let problems: Vec<serde_json::Value> = self
            .problems
            .iter()
            .map(|p| {
                serde_json::json!({
                    "severity": match p.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                    },
                    "file": p.file,
                    "line": (p.line > 0).then_some(p.line),
                    "column": p.column,
                    "path": p.path,
                    "message": p.message,
                    "provider": p.provider,
                    "text": p.to_string(),
                })
            })
            .collect();
        let providers: Vec<serde_json::Value> = self
            .providers
            .iter()
            .map(|s| {
                serde_json::json!({
                    "provider": s.provider,
                    "variables": s.variables,
                    "errors": s.errors,
                    "warnings": s.warnings,
                })
            })
            .collect();
        serde_json::json!({
            "problems": problems,
            "providers": providers,
            "total": {
                "files": self.files,
                "providers": self.providers.len(),
                "variables": self.providers.iter().map(|s| s.variables).sum::<usize>(),
                "errors": self.errors(),
                "warnings": self.warnings(),
            },
        })
    }
}

impl fmt::Display for Report {
    /// Every problem, then a line per provider, a line for problems that
    /// belong to no provider (if any) and a total line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.problems {
            writeln!(f, "{problem}")?;
        }
        for s in &self.providers {
            writeln!(
                f,
                "{}: {}, {}, {}",
                s.provider,
                count(s.variables, "variable"),
                count(s.errors, "error"),
                count(s.warnings, "warning")
            )?;
        }
        let attributed_errors: usize = self.providers.iter().map(|s| s.errors).sum();
        let attributed_warnings: usize = self.providers.iter().map(|s| s.warnings).sum();
        let (errors, warnings) = (self.errors(), self.warnings());
        if errors > attributed_errors || warnings > attributed_warnings {
            writeln!(
                f,
                "outside any provider: {}, {}",
                count(errors - attributed_errors, "error"),
                count(warnings - attributed_warnings, "warning")
            )?;
        }
        let variables: usize = self.providers.iter().map(|s| s.variables).sum();
        writeln!(
            f,
            "total: {} from {} in {}, {}, {}",
            count(variables, "variable"),
            count(self.providers.len(), "provider"),
            count(self.files, "file"),
            count(errors, "error"),
            count(warnings, "warning")
        )
    }
}

/// "1 error", "2 errors".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
