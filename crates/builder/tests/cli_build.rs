//! `build` as CI runs it: `--out` may name a folder that does not exist
//! yet, `--format json` prints a machine-readable summary, and `--version`
//! names the program.

mod scratch;

use scratch::{listing, scratch};
use serde_json::{json, Value};
use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_nettbutikk-catalog");

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

#[test]
fn out_creates_a_missing_folder_or_the_folder_of_a_catalog_file() {
    let dir = scratch("build-missing-out");
    let cases = [
        (dir.join("new"), dir.join("new")),
        (dir.join("a/b/c"), dir.join("a/b/c")),
        (dir.join("d/e/katalog.json"), dir.join("d/e")),
    ];
    for (out, folder) in cases {
        assert!(!folder.exists(), "{}", folder.display());
        let output = run(&["build", "tests/fixtures/valid", "--out", path(&out)]);
        assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
        let mut files = listing(&folder);
        files.retain(|f| f != "catalog.json" && f != "katalog.json");
        assert_eq!(
            files,
            [
                "catalog.nbcat",
                "catalog.ttl",
                "details",
                "engine.nbix",
                "search.nbix"
            ],
            "{}",
            out.display()
        );
    }
}

#[test]
fn out_below_a_file_cannot_run_and_says_why() {
    let dir = scratch("build-out-below-file");
    let file = dir.join("plain.txt");
    std::fs::write(&file, "not a folder").expect("writable");
    let output = run(&[
        "build",
        "tests/fixtures/valid",
        "--out",
        path(&file.join("dist")),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.starts_with(&format!(
            "nettbutikk-catalog: cannot create the folder {}",
            file.join("dist").display()
        )),
        "{said}"
    );
}

#[test]
fn build_format_json_prints_the_check_report_and_what_was_written() {
    let dir = scratch("build-json");
    let out = dir.join("dist");
    let output = run(&[
        "build",
        "tests/fixtures/mixed",
        "--out",
        path(&out),
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let report: Value = serde_json::from_str(&stdout(&output)).expect("the output is JSON");
    let check = run(&["check", "tests/fixtures/mixed", "--format", "json"]);
    let mut expected: Value = serde_json::from_str(&stdout(&check)).expect("JSON");
    // `check` adds what DCAT-AP-NO needs; `build` says that under
    // written.dcat instead, so the rest of the report is the same.
    without_dcat_warnings(&mut expected);
    expected["written"] = json!({
        "catalog": out.join("catalog.json").display().to_string(),
        "binary": "catalog.nbcat",
        "details": "details",
        "shards": report["written"]["shards"],
        "index": "engine.nbix",
        "textIndex": "search.nbix",
        "dcat": {
            "turtle": out.join("catalog.ttl").display().to_string(),
            "json_ld": null,
            "lacks": report["written"]["dcat"]["lacks"],
        },
    });
    assert_eq!(report, expected);
    // Without --base-url and --publisher the description says what it lacks.
    assert_eq!(
        report["written"]["dcat"]["lacks"].as_array().map(Vec::len),
        Some(2)
    );
    assert!(report["written"]["shards"].as_u64().is_some_and(|n| n > 0));
    assert_eq!(report["total"]["variables"], 4);

    let failed = run(&[
        "build",
        "tests/fixtures/invalid/empty_strings.yaml",
        "--out",
        path(&dir.join("never")),
        "--format=json",
    ]);
    assert_eq!(failed.status.code(), Some(1));
    let report: Value = serde_json::from_str(&stdout(&failed)).expect("the output is JSON");
    assert_eq!(report["total"]["errors"], 7);
    assert_eq!(report.get("written"), None, "nothing was written");
    assert!(!dir.join("never").exists());
}

#[test]
fn version_prints_the_name_and_version_alone() {
    for flag in ["--version", "-V"] {
        let output = run(&[flag]);
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(
            stdout(&output),
            format!("nettbutikk-catalog {}\n", env!("CARGO_PKG_VERSION"))
        );
        assert!(output.stderr.is_empty());
    }
}

/// Drops `check`'s DCAT-AP-NO warnings from a JSON report and counts the
/// warnings again.
fn without_dcat_warnings(report: &mut Value) {
    let problems = report["problems"].as_array_mut().expect("problems");
    let mut dropped: Vec<String> = Vec::new();
    problems.retain(|p| {
        let dcat = p["message"]
            .as_str()
            .is_some_and(|m| m.contains("DCAT-AP-NO"));
        if dcat {
            dropped.push(p["provider"].as_str().unwrap_or_default().to_owned());
        }
        !dcat
    });
    for provider in report["providers"].as_array_mut().expect("providers") {
        let name = provider["provider"].as_str().unwrap_or_default().to_owned();
        let fewer = dropped.iter().filter(|d| **d == name).count() as u64;
        let warnings = provider["warnings"].as_u64().expect("a count");
        provider["warnings"] = json!(warnings - fewer);
    }
    let total = report["total"]["warnings"].as_u64().expect("a count");
    report["total"]["warnings"] = json!(total - dropped.len() as u64);
}
