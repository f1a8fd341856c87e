//! Hostile input: every file in `tests/hostile/` (and the large ones made
//! here, too big to commit) ends in exactly the expected report, well
//! within a time and a heap limit, and the command line exits 1 on them
//! with the message, leaving an existing catalog as it was.
//!
//! The heap is measured by a counting global allocator, so the cases run
//! one at a time (see [`one_at_a_time`]). The limits are generous (a slow,
//! busy debug build passes them easily); they catch blow-ups, not
//! slowness, which the benchmarks measure.

mod scratch;

use nettbutikk_catalog::report;
use nettbutikk_catalog::source;
use peak_alloc::PeakAlloc;
use scratch::{listing, scratch};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

/// The longest any case may take: the slowest, two million values, takes
/// about 1.5 s in a debug build on a quiet machine.
const TIME_LIMIT: Duration = Duration::from_secs(10);

/// The most heap any case may use beyond its input, in bytes.
const HEAP_LIMIT: usize = 256 * 1024 * 1024;

/// Ten mebibytes, the size of the hostile long values.
const TEN_MB: usize = 10 * 1024 * 1024;

const BIN: &str = env!("CARGO_BIN_EXE_nettbutikk-catalog");

/// Serialises the tests of this binary, so that one case's heap is not
/// counted in another's.
fn one_at_a_time() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The summary of a report on one clean file of one variable.
const CLEAN: &str = "belopsetaten: 1 variable, 0 errors, 0 warnings\n\
                     total: 1 variable from 1 provider in 1 file, 0 errors, 0 warnings\n";

/// The report of a clean file saved with a byte-order mark.
const BOM: &str = "$F:1:1: warning: the file starts with a UTF-8 byte-order mark (BOM); the builder reads it, but microdata-tools refuses such files: save it as UTF-8 without BOM\n\
                   belopsetaten: 1 variable, 0 errors, 1 warning\n\
                   total: 1 variable from 1 provider in 1 file, 0 errors, 1 warning\n";

/// The tail of a report whose only problem belongs to no provider.
const ONE_ERROR: &str = "outside any provider: 1 error, 0 warnings\n\
                         total: 0 variables from 0 providers in 1 file, 1 error, 0 warnings\n";

/// Each committed hostile file and its whole report, with `$F` for the
/// file's path.
const COMMITTED: &[(&str, &str)] = &[
    (
        "alias_bomb.yaml",
        "$F:6:8: invalid YAML: aliases expand to too many values; write the values out instead\n",
    ),
    (
        "alias_cycle.yaml",
        "$F:3:5: invalid YAML: the alias refers to a list or mapping that contains it\n",
    ),
    (
        "deep_flow.yaml",
        "$F:2:256: invalid YAML: the YAML is nested more than 64 levels deep\n",
    ),
    (
        "deep_block.yaml",
        "$F:2:129: invalid YAML: the YAML is nested more than 64 levels deep\n",
    ),
    (
        "deep_arrays.json",
        "$F:1:65: invalid JSON: the JSON is nested more than 64 levels deep\n",
    ),
    (
        "deep_objects.json",
        "$F:1:385: invalid JSON: the JSON is nested more than 64 levels deep\n",
    ),
    (
        "latin1.yaml",
        "$F: the file is not UTF-8 text (the first invalid byte is on line 3); save it as UTF-8\n",
    ),
    (
        "overlong_utf8.yaml",
        "$F: the file is not UTF-8 text (the first invalid byte is on line 2); save it as UTF-8\n",
    ),
    (
        "surrogate.json",
        "$F: the file is not UTF-8 text (the first invalid byte is on line 1); save it as UTF-8\n",
    ),
    (
        "truncated_utf8.yaml",
        "$F: the file is not UTF-8 text (the first invalid byte is on line 2); save it as UTF-8\n",
    ),
    // A byte-order mark is what Windows editors write: it is not part of
    // the text, so the file is read, with a warning, since microdata-tools
    // refuses it.
    ("bom.yaml", BOM),
    ("bom.json", BOM),
    // CRLF line ends are as good as LF, and lines are counted the same.
    ("crlf.yaml", CLEAN),
    ("crlf.json", CLEAN),
    (
        "crlf_error.yaml",
        "$F:11:30: catalogs[0].datasets[0].variables[0].temporalityType: \"ACCUMULATD\" is not one of FIXED, STATUS, ACCUMULATED, EVENT\n\
         belopsetaten: 1 variable, 1 error, 0 warnings\n\
         total: 1 variable from 1 provider in 1 file, 1 error, 0 warnings\n",
    ),
    (
        "duplicate_keys.yaml",
        "$F:12:13: catalogs[0].datasets[0].variables[0].temporalityType: is given twice (first on line 11)\n\
         belopsetaten: 1 variable, 1 error, 0 warnings\n\
         total: 1 variable from 1 provider in 1 file, 1 error, 0 warnings\n",
    ),
    (
        "duplicate_keys.json",
        "$F:16:11: catalogs[0].datasets[0].variables[0].temporalityType: is given twice (first on line 15)\n\
         belopsetaten: 1 variable, 1 error, 0 warnings\n\
         total: 1 variable from 1 provider in 1 file, 1 error, 0 warnings\n",
    ),
    // JSON says what is text and what is a number: a number is not text.
    (
        "numbers_for_strings.json",
        "$F:14:23: catalogs[0].datasets[0].variables[0].name: expected text, found a number\n\
         $F:25:28: catalogs[0].datasets[0].variables[0].measureVariables[0].label: expected text (a string, a list of strings or a list of {languageCode, value}), found a number\n\
         $F:27:31: catalogs[0].datasets[0].variables[0].measureVariables[0].dataType: expected text, found true or false\n\
         belopsetaten: 1 variable, 3 errors, 0 warnings\n\
         total: 1 variable from 1 provider in 1 file, 3 errors, 0 warnings\n",
    ),
    // YAML has no types for text fields to clash with: a plain number is
    // the text as written, which is how KUDAF files write codes (`code: 1`).
    ("numbers_for_strings.yaml", CLEAN),
    (
        "nul.yaml",
        "$F: the file contains the control character U+0000 on line 18; metadata files must be plain text\n",
    ),
    (
        "nul_only.yaml",
        "$F: the file contains the control character U+0000 on line 1; metadata files must be plain text\n",
    ),
    // Control characters written as escapes reach the values.
    (
        "escaped_nul.json",
        "$F:26:34: catalogs[0].datasets[0].variables[0].measureVariables[0].description: contains the control character U+0000; metadata text must be plain text\n\
         belopsetaten: 1 variable, 1 error, 0 warnings\n\
         total: 1 variable from 1 provider in 1 file, 1 error, 0 warnings\n",
    ),
    (
        "escaped_in_languages.json",
        "$F:29:32: catalogs[0].datasets[0].variables[0].measureVariables[0].description[0].value: contains the control character U+001B; metadata text must be plain text\n\
         $F:33:32: catalogs[0].datasets[0].variables[0].measureVariables[0].description[1].value: contains the control character U+0000; metadata text must be plain text\n\
         belopsetaten: 1 variable, 2 errors, 0 warnings\n\
         total: 1 variable from 1 provider in 1 file, 2 errors, 0 warnings\n",
    ),
    (
        "escaped_escape.yaml",
        "$F:17:24: catalogs[0].datasets[0].variables[0].measureVariables[0].label: contains the control character U+001B; metadata text must be plain text\n\
         belopsetaten: 1 variable, 1 error, 0 warnings\n\
         total: 1 variable from 1 provider in 1 file, 1 error, 0 warnings\n",
    ),
    (
        "escape_sequence.yaml",
        "$F: the file contains the control character U+001B on line 17; metadata files must be plain text\n",
    ),
];

/// The large hostile files, made here from a clean file (name, bytes,
/// whole report with `$F` for the name).
fn generated() -> Vec<(&'static str, Vec<u8>, String)> {
    let clean = fs::read_to_string("tests/fixtures/valid/described.yaml").expect("the fixture");
    let long = "x".repeat(TEN_MB);
    let with = |from: &str, to: &str| {
        assert!(clean.contains(from), "{from}");
        clean.replacen(from, to, 1).into_bytes()
    };
    let too_long = |line: &str, path: &str, chars: usize| {
        format!(
            "$F:{line}: catalogs[0].datasets[0].variables[0].{path}: is {chars} characters long; at most 100000 are allowed\n\
             belopsetaten: 1 variable, 1 error, 0 warnings\n\
             total: 1 variable from 1 provider in 1 file, 1 error, 0 warnings\n"
        )
    };
    vec![
        (
            "long_description.yaml",
            with("Samlet stipend i perioden", &long),
            too_long("18:30", "measureVariables[0].description", TEN_MB),
        ),
        (
            "long_quoted_description.yaml",
            with("Samlet stipend i perioden", &format!("\"{long}\"")),
            too_long("18:30", "measureVariables[0].description", TEN_MB),
        ),
        (
            "long_unit_type.yaml",
            with("unitType: PERSON", &format!("unitType: {long}")),
            too_long("15:27", "identifierVariables[0].unitType", TEN_MB),
        ),
        (
            "long_language_value.yaml",
            with(
                "Samlet stipend i perioden",
                &format!("[{{languageCode: nb, value: {long}}}]"),
            ),
            too_long("18:57", "measureVariables[0].description[0].value", TEN_MB),
        ),
        (
            "two_million_values.yaml",
            with(
                "[https://example.no/def/stipend]",
                &format!("[{}]", vec!["a"; 2_000_000].join(",")),
            ),
            "$F:24:3999953: invalid YAML: the file holds more than 2000000 values; split it into smaller files\n".to_owned(),
        ),
        (
            "two_million_values.json",
            format!("[{}]", vec!["1"; 2_000_000].join(",")).into_bytes(),
            "$F:1:4000000: invalid JSON: the file holds more than 2000000 values; split it into smaller files\n".to_owned(),
        ),
        (
            "long_comment.yaml",
            format!("# {long}\n{clean}").into_bytes(),
            CLEAN.to_owned(),
        ),
    ]
}

/// Runs the pipeline on one file, asserting the time and heap limits, and
/// returns the report as printed with the name replaced by `$F`.
fn report_within_limits(name: &str, bytes: Vec<u8>) -> String {
    let size = bytes.len();
    HEAP.reset_peak_usage();
    let heap_before = HEAP.current_usage();
    let started = Instant::now();
    let report = report::process(vec![source::from_bytes(name, bytes)]);
    let printed = report.to_string();
    let elapsed = started.elapsed();
    let heap = HEAP.peak_usage().saturating_sub(heap_before);
    drop(report);
    // Shown with --nocapture; docs/robustness.md quotes these figures.
    eprintln!(
        "{name}: {size} bytes, {elapsed:?}, {} KB of heap",
        heap / 1024
    );
    assert!(
        elapsed < TIME_LIMIT,
        "{name} ({size} bytes) took {elapsed:?}"
    );
    assert!(
        heap < HEAP_LIMIT,
        "{name} ({size} bytes) used {} MB of heap",
        heap / (1024 * 1024)
    );
    printed.replace(name, "$F")
}

/// The whole expected report for an expected problem list or summary.
fn expected(problems_or_summary: &str) -> String {
    if problems_or_summary.contains("\ntotal: ") {
        problems_or_summary.to_owned()
    } else {
        format!("{problems_or_summary}{ONE_ERROR}")
    }
}

/// Runs every case (name, bytes, expected report with `$F`) within the
/// limits and fails listing every report that differs.
fn assert_reports(cases: impl IntoIterator<Item = (String, Vec<u8>, String)>) {
    let mut wrong = Vec::new();
    for (name, bytes, report) in cases {
        let got = report_within_limits(&name, bytes);
        if got != expected(&report) {
            wrong.push(format!("{name}:\n{got}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "unexpected reports:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn committed_hostile_files_end_in_their_report_within_limits() {
    let _serial = one_at_a_time();
    let dir = Path::new("tests/hostile");
    let mut listed: Vec<&str> = COMMITTED.iter().map(|(name, _)| *name).collect();
    listed.sort_unstable();
    assert_eq!(
        listing(dir),
        listed,
        "every hostile file has an expected report"
    );
    assert_reports(COMMITTED.iter().map(|(name, report)| {
        let path = dir.join(name);
        let bytes = fs::read(&path).expect("readable");
        (path.display().to_string(), bytes, (*report).to_owned())
    }));
}

#[test]
fn large_generated_files_end_in_their_report_within_limits() {
    let _serial = one_at_a_time();
    assert_reports(
        generated()
            .into_iter()
            .map(|(name, bytes, report)| (name.to_owned(), bytes, report)),
    );
}

#[test]
fn the_command_line_exits_1_and_keeps_the_old_catalog() {
    let _serial = one_at_a_time();
    let dir = scratch("hostile-cli");
    let out = dir.join("catalog.json");
    fs::write(&out, "the previous catalog\n").expect("writable");
    let big = generated()
        .into_iter()
        .find(|(name, ..)| *name == "long_description.yaml")
        .expect("generated");
    let big_path = dir.join(big.0);
    fs::write(&big_path, &big.1).expect("writable");
    let cases = [
        (
            PathBuf::from("tests/hostile/alias_bomb.yaml"),
            "aliases expand to too many values",
        ),
        (
            PathBuf::from("tests/hostile/deep_block.yaml"),
            "nested more than 64 levels deep",
        ),
        (
            PathBuf::from("tests/hostile/nul.yaml"),
            "the control character U+0000 on line 18",
        ),
        (big_path, "is 10485760 characters long; at most 100000"),
    ];
    for (input, says) in cases {
        let input = input.to_str().expect("a UTF-8 path");
        let out_arg = out.to_str().expect("a UTF-8 path");
        for args in [vec!["check", input], vec!["build", input, "--out", out_arg]] {
            let output = Command::new(BIN).args(&args).output().expect("runs");
            let stdout = String::from_utf8_lossy(&output.stdout);
            assert_eq!(output.status.code(), Some(1), "{args:?}: {stdout}");
            assert!(
                stdout.contains(says),
                "{args:?} should say {says:?}: {stdout}"
            );
            assert_eq!(
                fs::read_to_string(&out).expect("still there"),
                "the previous catalog\n",
                "{args:?}"
            );
        }
    }
}
