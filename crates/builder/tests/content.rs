//! The site's content (`content/`) as `build` handles it: found beside the
//! metadata or named with `--content`, every variable id checked against
//! the catalog being built, and written as `content.json` beside it.

mod scratch;

use nettbutikk_catalog::content::{Content, CONTENT_FILE, CONTENT_VERSION};
use scratch::{listing, scratch};
use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_nettbutikk-catalog");

fn build(args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("build")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

#[test]
fn the_content_beside_the_metadata_is_checked_and_written_beside_the_catalog() {
    let out = scratch("content-beside");
    // No --content: ../../content is beside ../../metadata.
    let output = build(&["../../metadata", "--out", path(&out)]);
    let printed = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{printed}");
    assert!(printed.contains(CONTENT_FILE), "{printed}");

    let text = fs::read_to_string(out.join(CONTENT_FILE)).expect("content.json");
    let content: Content = serde_json::from_str(&text).expect("content.json has the format");
    assert_eq!(content.content_version, CONTENT_VERSION);
    let catalog: Value =
        serde_json::from_str(&fs::read_to_string(out.join("catalog.json")).expect("catalog"))
            .expect("JSON");
    let ids: Vec<&str> = catalog["variables"]
        .as_array()
        .expect("variables")
        .iter()
        .filter_map(|v| v["id"].as_str())
        .collect();
    let items = &content.pilot.variable_list.items;
    assert_eq!(items.len(), 9, "Novari's phase-1 list has nine items");
    for item in items {
        for id in &item.variables {
            assert!(ids.contains(&id.as_str()), "{id} is in the catalog");
        }
    }
    assert_eq!(
        items[0].variables,
        ["novari-iks/VGO_ELEV_FNR"],
        "the pupil's fødselsnummer comes first"
    );
}

#[test]
fn a_renamed_variable_fails_the_build_naming_the_content_file_line_and_id() {
    let dir = scratch("content-renamed");
    let metadata = dir.join("metadata");
    fs::create_dir_all(&metadata).expect("writable");
    for name in listing(Path::new("../../metadata")) {
        let text = fs::read_to_string(Path::new("../../metadata").join(&name)).expect("readable");
        // The provider renames a variable the pilot page names.
        let text = text.replace("name: VGO_ELEV_FAGVALG\n", "name: VGO_ELEV_FAGVALG_LK20\n");
        fs::write(metadata.join(&name), text).expect("writable");
    }
    let out = dir.join("out");
    let pilot = Path::new("../../content/pilot.yaml");
    let text = fs::read_to_string(pilot).expect("the pilot content");
    let (line, column) = text
        .lines()
        .enumerate()
        .find_map(|(i, l)| {
            l.find("novari-iks/VGO_ELEV_FAGVALG]")
                .map(|at| (i + 1, l[..at].chars().count() + 1))
        })
        .expect("the pilot page names VGO_ELEV_FAGVALG");

    let output = build(&[
        path(&metadata),
        "--out",
        path(&out),
        "--content",
        "../../content",
    ]);
    let printed = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{printed}");
    let expected = format!(
        "../../content/pilot.yaml:{line}:{column}: variable novari-iks/VGO_ELEV_FAGVALG is not in the catalog\n"
    );
    assert!(
        printed.contains(&expected),
        "expected {expected:?} in:\n{printed}"
    );
    assert!(
        printed.ends_with("nothing written: the content has errors\n"),
        "{printed}"
    );
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn a_missing_content_folder_fails_the_build() {
    let out = scratch("content-missing");
    let output = build(&[
        "../../metadata",
        "--out",
        path(&out.join("site")),
        "--content",
        path(&out.join("no-such-folder")),
    ]);
    let printed = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{printed}");
    assert!(printed.contains("cannot read"), "{printed}");
    assert!(printed.contains("pilot.yaml"), "{printed}");
    assert!(!out.join("site").exists(), "nothing is written");
}
