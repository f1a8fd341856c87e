//! The block reader held to yaml-rust2, and the subset it leaves alone.

use super::super::parse_with_yaml_rust2;
use super::*;
use std::path::{Path, PathBuf};

/// Every YAML file under `dir`, recursively.
fn yaml_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            yaml_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            found.push(path);
        }
    }
}

/// The repository's YAML texts: provider metadata, test fixtures and
/// hostile files (those that are not UTF-8 are skipped).
fn repository_texts() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut paths = Vec::new();
    for dir in ["metadata", "crates/builder/tests", "docs", "bench"] {
        yaml_files(&root.join(dir), &mut paths);
    }
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            Some((p.display().to_string(), text))
        })
        .collect()
}

/// Edits of `text` that make near-misses of the subset and syntax
/// errors: each line deleted, doubled, indented one or two more or one
/// less, cut in the middle, joined to the next, given a comment, a
/// `- `, a quote or a colon; every edit of every `step`th line.
fn edits(text: &str, step: usize) -> Vec<String> {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out = Vec::new();
    for i in (0..lines.len()).step_by(step) {
        let line = lines[i];
        let half = line
            .char_indices()
            .nth(line.chars().count() / 2)
            .map_or(line.len(), |(at, _)| at);
        let variants = [
            None,
            Some(format!("{line}\n{line}")),
            Some(format!(" {line}")),
            Some(format!("  {line}")),
            Some(line.strip_prefix(' ').unwrap_or(line).to_owned()),
            Some(line[..half].to_owned()),
            Some(format!(
                "{}{}",
                &line[..half],
                &line[half..].replacen(' ', "", 1)
            )),
            Some(format!("{line} # note")),
            Some(format!("{line}#x")),
            Some(format!("- {line}")),
            Some(format!("{}'{}", &line[..half], &line[half..])),
            Some(format!("{}\"{}", &line[..half], &line[half..])),
            Some(format!("{}: {}", &line[..half], &line[half..])),
            Some(line.replacen(": ", ":", 1)),
            Some(line.replacen("- ", "-", 1)),
            Some(format!("{line}:")),
            Some(format!("{line} ~")),
        ];
        for variant in variants {
            let mut edited: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
            match variant {
                None => {
                    edited.remove(i);
                }
                Some(v) => edited[i] = v,
            }
            out.push(edited.join("\n"));
        }
        if i + 1 < lines.len() {
            let mut edited: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
            let next = edited.remove(i + 1);
            edited[i].push(' ');
            edited[i].push_str(next.trim_start());
            out.push(edited.join("\n"));
        }
    }
    out
}

/// Whether the fast reader read `text`; fails when it gives another
/// tree than yaml-rust2, or a tree where yaml-rust2 finds an error.
fn agrees(name: &str, text: &str) -> bool {
    let Some(fast) = parse(text) else {
        return false;
    };
    match parse_with_yaml_rust2(text) {
        Ok(reference) => {
            let (fast, reference) = (flat(&fast), flat(&reference));
            if let Some(i) =
                (0..fast.len().max(reference.len())).find(|&i| fast.get(i) != reference.get(i))
            {
                panic!(
                    "{name}: fast {:?}, yaml-rust2 {:?} in:\n{text}",
                    fast.get(i),
                    reference.get(i)
                );
            }
        }
        Err(e) => panic!("{name}: read, but yaml-rust2 finds {e:?}:\n{text}"),
    }
    true
}

/// The tree as one line per node, to show where two trees differ.
fn flat(node: &Node) -> Vec<String> {
    let mut out = Vec::new();
    flatten(node, "", &mut out);
    out
}

fn flatten(node: &Node, path: &str, out: &mut Vec<String>) {
    let at = format!("{path} @{}:{}", node.pos.line, node.pos.column);
    match &node.value {
        Value::Seq(items) => {
            out.push(format!("{at} list"));
            for (i, item) in items.iter().enumerate() {
                flatten(item, &format!("{path}[{i}]"), out);
            }
        }
        Value::Map(entries) => {
            out.push(format!("{at} map"));
            for e in entries {
                let key = format!("{path}.{}", e.key);
                out.push(format!(
                    "{key} key @{}:{}",
                    e.key_pos.line, e.key_pos.column
                ));
                flatten(&e.value, &key, out);
            }
        }
        other => out.push(format!("{at} {other:?}")),
    }
}

#[test]
fn agrees_with_yaml_rust2() {
    let texts = repository_texts();
    assert!(texts.len() > 40, "found {} YAML files", texts.len());
    let mut read = 0;
    for (name, text) in &texts {
        read += usize::from(agrees(name, text));
    }
    // Most repository files are in the subset; the rest use block
    // scalars, anchors or are hostile.
    assert!(read * 2 > texts.len(), "read {read} of {}", texts.len());
    let (mut edited, mut edited_read) = (0, 0);
    for (name, text) in &texts {
        let step = 1 + text.len() / 4_000;
        for variant in edits(text, step) {
            edited += 1;
            edited_read += usize::from(agrees(name, &variant));
        }
    }
    // Many edits break the YAML, and some files are outside the subset
    // whatever the edit; enough are read to hold the reader to account.
    assert!(
        edited_read * 10 > edited,
        "read {edited_read} of {edited} edits"
    );
}

#[test]
fn reads_the_subset_and_leaves_the_rest() {
    let cases = [
        ("a: 1\nb:\n  - x: \"q\"\n    y:\nc: ~\n", true),
        ("list:\n- a\n- b\nnext: {k: v, w: ''}\n", true),
        ("list:\n-   a\n-  b: 1\n   c: 2\n", true),
        ("- [a, 'it''s', \"b c\"]\n- {}\n- []\n- -1\n", true),
        ("a: x # comment\n  # indented comment\nb: y#z\n", true),
        ("a: \"x\\ty\"\n", false),
        ("a: >-\n  folded\n", false),
        ("a: &x 1\nb: *x\n", false),
        ("a: one\n  two\n", false),
        ("a:\n  one\n", false),
        ("a: b: c\n", false),
        ("- - a\n", false),
        ("-\n", false),
        ("a: [x,\n  y]\n", false),
        ("---\na: 1\n", false),
        ("\"a\": 1\n", false),
        ("a:\tb\n", false),
        ("a: 1\r\n", false),
        ("# only a comment\n", false),
    ];
    for (text, in_subset) in cases {
        assert_eq!(agrees("case", text), in_subset, "{text:?}");
    }
}
