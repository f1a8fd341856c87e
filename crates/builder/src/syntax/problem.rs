//! Problems found in the metadata, and how they are printed.

use std::fmt;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The catalog is still built; the provider should fix it some day.
    Warning,
    /// Nothing is written until it is fixed.
    Error,
}

/// One problem, pointing at the place in a file that causes it.
///
/// Printed as `<file>:<line>:<column>: <field path>: <message>` (without
/// the column where it is not known) and `warning: ` before the path for
/// warnings, so editors and CI logs can jump to the place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file as the user named it (or as found under a named directory).
    pub file: String,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column, counted in characters, where known.
    pub column: Option<usize>,
    /// The field path in the file, e.g. `catalogs[0].datasets[1].title`;
    /// empty for problems of the file as a whole.
    pub path: String,
    /// What is wrong, as a plain sentence without a final full stop.
    pub message: String,
    /// Error or warning.
    pub severity: Severity,
    /// The provider the problem belongs to, for the per-provider summary of
    /// `check`; `None` when the problem comes before the provider is known
    /// (for example a YAML syntax error). Not printed.
    pub provider: Option<String>,
}

impl Problem {
    /// An error at `line` of `file`.
    pub fn error(
        file: &str,
        line: usize,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            file: file.to_owned(),
            line,
            column: None,
            path: path.into(),
            message: message.into(),
            severity: Severity::Error,
            provider: None,
        }
    }

    /// A warning at `line` of `file`.
    pub fn warning(
        file: &str,
        line: usize,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(file, line, path, message)
        }
    }

    /// The same problem, with a column (none when `column` is 0, not
    /// known).
    pub fn at_column(self, column: usize) -> Problem {
        Problem {
            column: (column > 0).then_some(column),
            ..self
        }
    }

    /// The same problem, attributed to a provider.
    pub fn for_provider(self, provider: Option<String>) -> Problem {
        Problem { provider, ..self }
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        f.write_str(": ")?;
        if self.severity == Severity::Warning {
            f.write_str("warning: ")?;
        }
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

/// Sorts problems by file, then line, then column, keeping the order in
/// which they were found for problems at the same place, so the report
/// reads top to bottom whatever rule found each problem.
pub fn sort(problems: &mut [Problem]) {
    problems.sort_by(|a, b| {
        (&a.file, a.line, a.column.unwrap_or(0)).cmp(&(&b.file, b.line, b.column.unwrap_or(0)))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_follows_the_file_line_path_message_form() {
        let cases = [
            (
                Problem::error("a.yaml", 57, "catalogs[0].name", "is missing"),
                "a.yaml:57: catalogs[0].name: is missing",
            ),
            (
                Problem::warning("a.yaml", 3, "catalogs[0].x", "unknown field"),
                "a.yaml:3: warning: catalogs[0].x: unknown field",
            ),
            (
                Problem::error("a.yaml", 2, "", "invalid YAML: oops").at_column(4),
                "a.yaml:2:4: invalid YAML: oops",
            ),
            (
                Problem::error("a.yaml", 0, "", "the file is empty"),
                "a.yaml: the file is empty",
            ),
        ];
        for (problem, expected) in cases {
            assert_eq!(problem.to_string(), expected);
        }
    }

    #[test]
    fn sort_orders_by_place_and_is_stable() {
        let mut problems = vec![
            Problem::error("b.yaml", 1, "", "b1"),
            Problem::error("a.yaml", 9, "", "a9"),
            Problem::error("a.yaml", 2, "", "a2 first"),
            Problem::warning("a.yaml", 2, "", "a2 second"),
        ];
        sort(&mut problems);
        let order: Vec<_> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(order, ["a2 first", "a2 second", "a9", "b1"]);
    }
}
