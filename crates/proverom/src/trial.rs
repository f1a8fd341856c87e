//! Running the builder on in-memory files and turning its report into the
//! core's `trial` types: the command line's text and JSON unchanged, each
//! problem with its excerpt, the summary lines split off.

use crate::bundled::BUNDLED;
use catalog::trial::{excerpt, TrialBuild, TrialProblem, TrialReport};
use nettbutikk_catalog::report::{self, Options, Report};
use nettbutikk_catalog::Severity;
use std::collections::HashMap;

/// `nettbutikk-catalog check` on `files` (name, bytes), with `--provider`
/// when `provider` is given.
pub fn check(files: Vec<(String, Vec<u8>)>, provider: Option<String>) -> TrialReport {
    let texts = texts(&files);
    let report = report::check_files(files, &options(provider));
    trial_report(&report, &texts)
}

/// `nettbutikk-catalog build` on `files`, merged with the shop's own
/// metadata when `merge`: its report and, without errors, the catalog and
/// its shards.
pub fn build(
    mut files: Vec<(String, Vec<u8>)>,
    provider: Option<String>,
    merge: bool,
) -> TrialBuild {
    if merge {
        let bundled = BUNDLED.iter().map(|(n, b)| ((*n).to_owned(), b.to_vec()));
        files.splice(0..0, bundled);
    }
    let texts = texts(&files);
    let report = report::run_files(files, &options(provider));
    let trial = trial_report(&report, &texts);
    match report.catalog {
        Some(split) => {
            let nbcat = split.catalog.to_bytes();
            let mut files = split.files().into_iter();
            let catalog = files.next().map(|(_, json)| json);
            TrialBuild {
                report: trial,
                written: true,
                catalog,
                shards: files.collect(),
                nbcat,
            }
        }
        None => TrialBuild {
            report: trial,
            ..TrialBuild::default()
        },
    }
}

fn options(provider: Option<String>) -> Options {
    Options {
        provider: provider.filter(|p| !p.trim().is_empty()),
    }
}

/// The text of each file by name, for the excerpts (the builder rejects
/// what is not UTF-8 before any line is named).
fn texts(files: &[(String, Vec<u8>)]) -> HashMap<String, String> {
    files
        .iter()
        .map(|(name, bytes)| {
            let text = String::from_utf8_lossy(bytes);
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned();
            (name.clone(), text)
        })
        .collect()
}

fn trial_report(report: &Report, texts: &HashMap<String, String>) -> TrialReport {
    let text = report.to_string();
    let mut summary: Vec<String> = text
        .lines()
        .skip(report.problems.len())
        .map(str::to_owned)
        .collect();
    let total = summary.pop().unwrap_or_default();
    let outside =
        (summary.len() > report.providers.len()).then(|| summary.pop().unwrap_or_default());
    let providers = report
        .providers
        .iter()
        .map(|s| s.provider.clone())
        .zip(summary)
        .collect();
    let problems = report
        .problems
        .iter()
        .take(TrialReport::SHOWN)
        .map(|p| TrialProblem {
            text: p.to_string(),
            file: p.file.clone(),
            line: p.line,
            column: p.column,
            error: p.severity == Severity::Error,
            provider: p.provider.clone(),
            excerpt: texts
                .get(&p.file)
                .map(|t| excerpt(t, p.line))
                .unwrap_or_default(),
        })
        .collect();
    let mut files: Vec<String> = texts.keys().cloned().collect();
    files.sort();
    TrialReport {
        json: report.to_json(),
        text,
        problems,
        providers,
        outside,
        total,
        files,
        variables: report.providers.iter().map(|s| s.variables).sum(),
        errors: report.errors(),
        warnings: report.warnings(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BROKEN: &str = "catalogs:\n  - title: x\n    foo: 1\n";

    #[test]
    fn the_report_is_the_command_lines() {
        let files = vec![("lim-inn.yaml".to_owned(), BROKEN.as_bytes().to_vec())];
        let native = report::check_files(files.clone(), &Options::default());
        let trial = check(files, None);
        assert_eq!(trial.text, native.to_string());
        assert_eq!(trial.json, native.to_json());
        assert_eq!(trial.problems.len(), native.problems.len());
        assert!(trial.errors() > 0);
        let last = trial.text.lines().last().unwrap_or_default();
        assert_eq!(trial.total, last);
        let marked = trial
            .problems
            .iter()
            .find(|p| p.line == 3)
            .map(|p| &p.excerpt);
        let lines: Vec<usize> = marked
            .map(|e| e.lines.iter().map(|l| l.number).collect())
            .unwrap_or_default();
        assert_eq!(lines, [1, 2, 3], "{:#?}", trial.problems);
    }

    #[test]
    fn only_the_first_problems_are_sent_but_all_are_counted() {
        let many: String = (0..600).map(|i| format!("k{i}: 1\n")).collect();
        let files = vec![("x.yaml".to_owned(), many.into_bytes())];
        let native = report::check_files(files.clone(), &Options::default());
        let trial = check(files, None);
        assert_eq!(trial.problems.len(), TrialReport::SHOWN);
        assert_eq!(trial.errors + trial.warnings, native.problems.len());
        assert!(native.problems.len() > TrialReport::SHOWN);
        assert!(trial.not_shown() > 0);
    }

    #[test]
    fn the_bundled_metadata_builds_and_merging_it_twice_clashes() {
        let bundled: Vec<(String, Vec<u8>)> = BUNDLED
            .iter()
            .map(|(n, b)| ((*n).to_owned(), b.to_vec()))
            .collect();
        assert!(bundled.len() >= 5);
        let alone = build(bundled.clone(), None, false);
        assert_eq!(alone.report.errors(), 0, "{}", alone.report.text);
        assert!(alone.catalog.is_some());
        assert!(!alone.shards.is_empty());
        let renamed: Vec<(String, Vec<u8>)> = bundled
            .into_iter()
            .map(|(n, b)| (n.replace("metadata/", "mine/"), b))
            .collect();
        let merged = build(renamed, None, true);
        assert!(merged.report.errors() > 0, "{}", merged.report.text);
        assert!(merged.catalog.is_none());
    }
}
