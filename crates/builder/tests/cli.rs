//! The binary as users and CI run it: exit codes, what is printed, that a
//! failed build leaves an existing catalog untouched, and that builds are
//! deterministic.

mod scratch;

use scratch::{listing, scratch};
use std::fs;
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

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

#[test]
fn exit_codes_tell_clean_invalid_and_cannot_run_apart() {
    let empty_dir = scratch("no-yaml");
    fs::write(empty_dir.join("notes.txt"), "not metadata").expect("writable");
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (vec!["check", "tests/fixtures/valid"], 0, "0 errors"),
        (
            // The unknown successor, and what DCAT-AP-NO needs.
            vec!["check", "tests/fixtures/invalid/unknown_successor.yaml"],
            0,
            "5 warnings",
        ),
        (
            vec!["check", "tests/fixtures/invalid/bad_vocabulary.yaml"],
            1,
            "5 errors",
        ),
        (
            vec!["check", "tests/fixtures/invalid/not_utf8.yaml"],
            1,
            "is not UTF-8",
        ),
        (
            vec!["check", "tests/fixtures/invalid/empty.yaml"],
            1,
            "the file is empty",
        ),
        (
            vec!["check", "tests/fixtures/no-such-dir"],
            2,
            "cannot read tests/fixtures/no-such-dir",
        ),
        (
            vec!["check", path(&empty_dir)],
            2,
            "found no .yaml, .yml or .json files",
        ),
        (vec![], 2, "no command given"),
        (vec!["check"], 2, "no metadata files or directories given"),
        (
            vec!["build", "tests/fixtures/valid"],
            2,
            "build needs --out <catalog.json or dir>",
        ),
        (
            vec!["check", "--verbose", "x"],
            2,
            "unknown option \"--verbose\"",
        ),
        (vec!["lint", "x"], 2, "unknown command \"lint\""),
    ];
    for (args, code, says) in cases {
        let output = run(&args);
        let printed = stdout(&output) + &stderr(&output);
        assert_eq!(output.status.code(), Some(code), "{args:?}: {printed}");
        assert!(
            printed.contains(says),
            "{args:?} should say {says:?}: {printed}"
        );
    }
}

#[test]
fn argument_errors_print_the_usage_and_help_prints_it_alone() {
    let help = run(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).starts_with("Usage:"), "{}", stdout(&help));
    assert!(stderr(&help).is_empty());

    let wrong = run(&["build", "--out"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(stdout(&wrong).is_empty());
    assert!(
        stderr(&wrong).starts_with("nettbutikk-catalog: --out needs a file or directory name\n")
    );
    assert!(stderr(&wrong).contains("Usage:"));
}

#[test]
fn check_prints_problems_then_a_summary_per_provider() {
    let output = run(&["check", "tests/fixtures/invalid/unknown_fields.yaml"]);
    let f = "tests/fixtures/invalid/unknown_fields.yaml";
    let dcat = "DCAT-AP-NO";
    let expected = format!(
        "{f}:5:13: warning: catalogs[0].publisher.identifier: {dcat} names a publisher by its organisation number, and none is given; add the nine-digit number as identifier\n\
         {f}:5:13: warning: catalogs[0].publisher.contactPoint: {dcat} recommends a contact point for every dataset, and the publisher has none\n\
         {f}:6:7: warning: catalogs[0].publisher.homepage: unknown field; it is ignored\n\
         {f}:8:9: warning: catalogs[0].datasets[0].description: {dcat} requires a description of every dataset, and this one has none; catalog.ttl repeats the title instead\n\
         {f}:11:13: catalogs[0].datasets[0].variables[0].temporalityType: is missing\n\
         {f}:11:13: warning: catalogs[0].datasets[0].variables[0].subjectFields: {dcat} requires an EU data theme, and no subject field maps to one; catalog.ttl files the variable under EDUC (docs/dcat-ap-no.md lists the subjects that map)\n\
         {f}:12:13: warning: catalogs[0].datasets[0].variables[0].temporalitytype: unknown field; did you mean \"temporalityType\"?\n\
         {f}:18:17: catalogs[0].datasets[0].variables[0].measureVariables[0].description: is missing\n\
         {f}:19:17: warning: catalogs[0].datasets[0].variables[0].measureVariables[0].descripton: unknown field; did you mean \"description\"?\n\
         testetaten: 1 variable, 2 errors, 7 warnings\n\
         total: 1 variable from 1 provider in 1 file, 2 errors, 7 warnings\n"
    );
    assert_eq!(stdout(&output), expected);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn check_prints_the_same_report_as_json_for_ci_tools() {
    let file = "tests/fixtures/microdata/invalid/UNKNOWN_UNIT_TYPE.json";
    let output = run(&["check", file, "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value =
        serde_json::from_str(&stdout(&output)).expect("the report is JSON");
    let message = "\"PERSONN\" is neither a global unit type nor declared in this file or its provider file; allowed are the global unit types BEDRIFT, BK_HELSESTASJONSKONSULTASJON, BRUKSENHET, FAMILIE, FENGSLINGER_TILGANG, FORETAK, FYLKE, FYLKESKOMMUNE, HKDIR_HYU_OPPMELDING, HKDIR_STUDIESOKNAD, HUSHOLDNING, JOBB, KJORETOY, KOMMUNE, KRG_KREFTTILFELLE, KURS, MALEPUNKT, NPR_EPISODE, NPR_PROSEDYRE, NPR_SYKEHUSOPPHOLD, ORGANISASJON, PERSON, SOESKEN, SOSTIL, TRAFIKKULYKKE, TRAFIKKULYKKE_PERSON, VIRKSOMHET and those declared in this file or its provider file: TESTETATEN_KONTOR; did you mean \"PERSON\"?";
    // The file's subject fields map to no EU data theme: a DCAT-AP-NO
    // warning, which comes first (line 1, the whole file).
    let theme = "DCAT-AP-NO requires an EU data theme, and no subject field maps to one; catalog.ttl files the variable under EDUC (docs/dcat-ap-no.md lists the subjects that map)";
    let expected = serde_json::json!({
        "problems": [{
            "severity": "warning",
            "file": file,
            "line": 1,
            "column": 1,
            "path": "subjectFields",
            "message": theme,
            "provider": "testetaten",
            "text": format!("{file}:1:1: warning: subjectFields: {theme}"),
        }, {
            "severity": "error",
            "file": file,
            "line": 28,
            "column": 19,
            "path": "identifierVariables[0].unitType",
            "message": message,
            "provider": "testetaten",
            "text": format!("{file}:28:19: identifierVariables[0].unitType: {message}"),
        }],
        "providers": [{"provider": "testetaten", "variables": 1, "errors": 1, "warnings": 1}],
        "total": {"files": 2, "providers": 1, "variables": 1, "errors": 1, "warnings": 1},
    });
    assert_eq!(report, expected);

    let clean = run(&["check", "tests/fixtures/mixed", "--format=json"]);
    assert_eq!(clean.status.code(), Some(0));
    let report: serde_json::Value =
        serde_json::from_str(&stdout(&clean)).expect("the report is JSON");
    assert_eq!(report["total"]["variables"], 4);
    assert_eq!(report["total"]["errors"], 0);
    // Only what DCAT-AP-NO needs and the fixtures lack.
    let problems = report["problems"].as_array().expect("an array");
    assert_eq!(problems.len(), 8);
    assert!(problems.iter().all(|p| p["severity"] == "warning"
        && p["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("DCAT-AP-NO "))));
}

#[test]
fn a_mixed_folder_builds_into_one_catalog() {
    let dir = scratch("build-mixed");
    let out = dir.join("catalog.json");
    let output = run(&["build", "tests/fixtures/mixed", "--out", path(&out)]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let json = fs::read_to_string(&out).expect("the catalog was written");
    let catalog = catalog::Catalog::from_json(&json).expect("a readable catalog");
    let providers: Vec<&str> = catalog.providers.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        providers,
        ["blandeetaten", "generatorbyraet", "kudafetaten"]
    );
    // A catalog the builder wrote is skipped when a folder holding it is
    // checked again.
    let again = run(&["check", path(&dir)]);
    assert_eq!(again.status.code(), Some(0), "{}", stdout(&again));
    assert!(stdout(&again)
        .contains("is a catalog built by nettbutikk-catalog, not metadata; it is skipped"));
}

#[test]
fn a_file_over_20_mb_is_rejected_with_a_sentence() {
    let dir = scratch("too-large");
    let file = dir.join("huge.yaml");
    let mut text = String::from("catalogs: []\n");
    text.push_str(&"# padding\n".repeat(2 * 1024 * 1024 + 1));
    fs::write(&file, text).expect("writable");
    let output = run(&["check", path(&file)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).starts_with(&format!(
            "{}: the file is larger than 20 MB; metadata files must be smaller\n",
            file.display()
        )),
        "{}",
        stdout(&output)
    );
}

/// Reads a build's catalog and checks that `details/` holds exactly the
/// shards it names, each readable and holding its variables' details, and
/// that the search index beside it is the one it names.
fn read_build(dir: &Path) -> catalog::Catalog {
    let json = fs::read_to_string(dir.join("catalog.json")).expect("the catalog was written");
    let catalog = catalog::Catalog::from_json(&json).expect("a readable catalog");
    let index = fs::read(dir.join(catalog::INDEX_FILE)).expect("the index was written");
    let text = fs::read(dir.join(catalog::TEXT_INDEX_FILE)).expect("its text part was written");
    let engine = catalog::Engine::from_browse_bytes_for(&catalog, &index)
        .and_then(|engine| engine.attach_text_for(&catalog, &text).map(|()| engine));
    assert!(
        engine.is_ok(),
        "the index belongs to the catalog: {engine:?}"
    );
    let mut named: Vec<String> = catalog.detail_shards.clone();
    named.sort();
    let written: Vec<String> = listing(&dir.join("details"))
        .into_iter()
        .map(|name| format!("details/{name}"))
        .collect();
    assert_eq!(written, named, "details/ holds exactly the named shards");
    for v in &catalog.variables {
        let shard_path = catalog.shard_path(v).expect("a named shard");
        let json = fs::read_to_string(dir.join(shard_path)).expect("the shard was written");
        let shard = catalog::DetailShard::from_json(&json).expect("a readable shard");
        assert!(shard.get(&v.id).is_some(), "{} in {shard_path}", v.id);
    }
    catalog
}

#[test]
fn build_writes_the_catalog_and_its_shards_and_nothing_else() {
    let dir = scratch("build-ok");
    let out = dir.join("catalog.json");
    let output = run(&["build", "tests/fixtures/valid", "--out", path(&out)]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(
        stdout(&output).ends_with(&format!(
            "wrote {} and catalog.nbcat, 7 shards in details/ and the search index engine.nbix and search.nbix\n",
            out.display()
        )),
        "{}",
        stdout(&output)
    );
    assert_eq!(read_build(&dir).variables.len(), 9);
    assert_eq!(
        listing(&dir),
        [
            "catalog.json",
            "catalog.nbcat",
            "catalog.ttl",
            "details",
            "engine.nbix",
            "search.nbix"
        ],
        "no temporary file is left"
    );
    // Without --base-url and --publisher the description lacks what only
    // the operator knows, and the build says so.
    let printed = stdout(&output);
    assert!(
        printed.contains("warning: catalog.ttl has no landing pages"),
        "{printed}"
    );
    assert!(
        printed.contains("warning: catalog.ttl names no publisher"),
        "{printed}"
    );
}

#[test]
fn out_may_name_a_folder_and_a_rebuild_leaves_no_stale_shard() {
    let dir = scratch("build-dir");
    fs::create_dir(dir.join("details")).expect("writable");
    fs::write(dir.join("details/old-provider-0.json"), "stale").expect("writable");
    let output = run(&[
        "build",
        "tests/fixtures/valid/code_list.yaml",
        "--out",
        path(&dir),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(read_build(&dir).variables.len(), 1);
    let output = run(&[
        "build",
        "tests/fixtures/valid",
        "--out",
        path(&dir),
        "--stats",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(read_build(&dir).variables.len(), 9);
    assert_eq!(
        listing(&dir),
        [
            "catalog.json",
            "catalog.nbcat",
            "catalog.ttl",
            "details",
            "engine.nbix",
            "search.nbix"
        ]
    );
    let printed = stdout(&output);
    assert!(printed.contains("sizes for 9 variables:"), "{printed}");
    assert!(printed.contains("  catalog.json: "), "{printed}");
    assert!(printed.contains("  details (7 shards): "), "{printed}");
    assert!(printed.contains("  engine.nbix: "), "{printed}");
    assert!(printed.contains("  search.nbix: "), "{printed}");
}

#[test]
fn on_errors_an_existing_output_stays_as_it_was() {
    let dir = scratch("build-fails");
    let out = dir.join("catalog.json");
    fs::write(&out, "the previous catalog\n").expect("writable");
    fs::create_dir(dir.join("details")).expect("writable");
    fs::write(dir.join("details/x-0.json"), "the previous shard\n").expect("writable");
    fs::write(dir.join("engine.nbix"), "the previous index\n").expect("writable");
    for input in [
        "tests/fixtures/invalid/long_codes.yaml",
        "tests/fixtures/invalid/yaml_syntax.yaml",
        "tests/fixtures/invalid/not_utf8.yaml",
    ] {
        let output = run(&["build", input, "--out", path(&out)]);
        assert_eq!(output.status.code(), Some(1), "{input}");
        assert!(stdout(&output).ends_with("nothing written: the metadata has errors\n"));
        let kept = fs::read_to_string(&out).expect("still there");
        assert_eq!(kept, "the previous catalog\n", "{input}");
        let shard = fs::read_to_string(dir.join("details/x-0.json")).expect("still there");
        assert_eq!(shard, "the previous shard\n", "{input}");
        let index = fs::read_to_string(dir.join("engine.nbix")).expect("still there");
        assert_eq!(index, "the previous index\n", "{input}");
        assert_eq!(
            listing(&dir),
            ["catalog.json", "details", "engine.nbix"],
            "{input}: no temporary file"
        );
    }
    // A missing folder is created (tests/cli_build.rs); one below a file
    // cannot be.
    let unwritable = out.join("below-a-file").join("catalog.json");
    let output = run(&["build", "tests/fixtures/valid", "--out", path(&unwritable)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cannot create the folder"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn builds_are_byte_identical_whatever_the_order_of_inputs() {
    let dir = scratch("determinism");
    let first = dir.join("first");
    let second = dir.join("second");
    let reversed = dir.join("reversed");
    for out in [&first, &second, &reversed] {
        fs::create_dir(out).expect("writable");
    }
    let files = [
        "tests/fixtures/valid/text_forms.yaml",
        "tests/fixtures/valid/multiple_catalogs.yaml",
        "tests/fixtures/valid/provider_unit_types.yaml",
        "tests/fixtures/valid/code_list.yaml",
    ];
    for out in [&first, &second] {
        let mut args = vec!["build"];
        args.extend(files);
        args.extend(["--out", path(out)]);
        assert_eq!(run(&args).status.code(), Some(0));
    }
    let mut args = vec!["build", "--out", path(&reversed)];
    args.extend(files.iter().rev());
    assert_eq!(run(&args).status.code(), Some(0));
    // Every file of the three builds, by its path in the build.
    let contents = |root: &Path| -> Vec<(String, Vec<u8>)> {
        let catalog = read_build(root);
        [
            "catalog.json",
            catalog::BINARY_CATALOG_FILE,
            catalog::INDEX_FILE,
            catalog::TEXT_INDEX_FILE,
        ]
        .map(str::to_owned)
        .into_iter()
        .chain(catalog.detail_shards)
        .map(|p| {
            let bytes = fs::read(root.join(&p)).expect("built");
            (p, bytes)
        })
        .collect()
    };
    let first = contents(&first);
    assert!(
        first.len() > 3,
        "catalog.json, the index and several shards"
    );
    assert_eq!(first, contents(&second));
    assert_eq!(first, contents(&reversed));
}

#[test]
fn with_a_base_url_the_description_is_also_written_as_json_ld() {
    let dir = scratch("build-dcat");
    let with_base = run(&[
        "build",
        "tests/fixtures/valid",
        "--out",
        path(&dir),
        "--base-url",
        "http://127.0.0.1:8080/",
        "--publisher",
        "921693230",
    ]);
    assert_eq!(with_base.status.code(), Some(0), "{}", stdout(&with_base));
    assert!(!stdout(&with_base).contains("warning: catalog.ttl"));
    assert_eq!(
        listing(&dir),
        [
            "catalog.json",
            "catalog.jsonld",
            "catalog.nbcat",
            "catalog.ttl",
            "details",
            "engine.nbix",
            "search.nbix"
        ]
    );
    let turtle = fs::read_to_string(dir.join("catalog.ttl")).expect("written");
    assert!(turtle.contains("dcat:landingPage <http://127.0.0.1:8080/?variabel="));
    // Without the address the JSON-LD of the earlier build is removed.
    let without = run(&["build", "tests/fixtures/valid", "--out", path(&dir)]);
    assert_eq!(without.status.code(), Some(0), "{}", stdout(&without));
    assert_eq!(
        listing(&dir),
        [
            "catalog.json",
            "catalog.nbcat",
            "catalog.ttl",
            "details",
            "engine.nbix",
            "search.nbix"
        ]
    );
}
