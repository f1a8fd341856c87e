//! Where the builder's time goes: each stage of `build` timed on its own,
//! on one thread, over a folder of metadata (by default the benchmark's
//! 100k corpus, `node bench/gen-metadata.mjs` writes it).
//!
//! ```sh
//! cargo run --release -p nettbutikk-catalog --example stages -- [dir]
//! ```
//!
//! Each stage runs over every file before the next starts, so each figure
//! is that stage's whole cost in CPU time of one core (the real command
//! parses and reads files on every core, and frees each tree as soon as
//! it is read). Output is serialized to memory, then written to a
//! temporary folder.

use nettbutikk_catalog::provider::Providers;
use nettbutikk_catalog::source::{self, SourceFile};
use nettbutikk_catalog::{assemble, dialect, output, validate};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/bench/metadata-100000".to_owned());
    let mut last = Instant::now();
    let mut lap = |stage: &str, variables: usize| {
        let elapsed = last.elapsed().as_secs_f64();
        let rate = if variables > 0 {
            format!(" ({:.0} variables/s)", variables as f64 / elapsed)
        } else {
            String::new()
        };
        println!("{stage:>28}: {:>7.3} s{rate}", elapsed);
        last = Instant::now();
    };
    let paths = source::discover(&[PathBuf::from(&dir)]).unwrap_or_else(|e| panic!("{e}"));
    let files: Vec<SourceFile> = paths
        .iter()
        .map(|p| source::read(p).unwrap_or_else(|e| panic!("{e:?}")))
        .collect();
    let bytes: usize = files.iter().map(|f| f.text.len()).sum();
    lap("read and check UTF-8", 0);
    let parsed: Vec<_> = files
        .iter()
        .map(|f| dialect::parse(f).unwrap_or_else(|p| panic!("{p}")))
        .collect();
    lap("parse into trees", 0);
    let providers = Providers::new(None);
    let read: Vec<_> = files
        .iter()
        .zip(&parsed)
        .map(|(f, tree)| dialect::read(&f.name, tree, &providers))
        .collect();
    let drafts: Vec<_> = read.into_iter().map(|(draft, _)| draft).collect();
    let variables: usize = drafts
        .iter()
        .flat_map(|d| &d.catalogs)
        .flat_map(|c| &c.datasets)
        .map(|d| d.variables.len())
        .sum();
    lap("read trees into drafts", variables);
    drop(parsed);
    lap("free the trees", variables);
    let problems = validate::validate(&drafts);
    assert!(problems.is_empty(), "{:?}", problems.first());
    lap("validate", variables);
    let split = assemble::assemble(&drafts);
    lap("assemble", variables);
    drop(drafts);
    lap("free the drafts", variables);
    let out = std::env::temp_dir().join(format!("nettbutikk-stages-{}", std::process::id()));
    std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("{e}"));
    output::write_split(&output::catalog_path(&out), &split).unwrap_or_else(|e| panic!("{e}"));
    lap("serialize and write output", variables);
    let _ = std::fs::remove_dir_all(&out);
    println!(
        "{} files, {:.1} MB, {variables} variables",
        files.len(),
        bytes as f64 / 1e6
    );
}
