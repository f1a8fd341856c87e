//! Where the builder's time goes: each stage of `check` and `build` timed
//! on its own, on one thread, over a folder of metadata (by default the
//! benchmark's 100k corpus, `node bench/gen-metadata.mjs` writes it).
//!
//! ```sh
//! cargo run --release -p nettbutikk-catalog --example stages -- [dir]
//! ```
//!
//! Each stage runs over every file before the next starts, on one thread,
//! so each figure is that stage's whole cost in CPU time (the real command
//! parses and reads files on every core, frees each tree as soon as it
//! is read, and writes its outputs side by side; `check` stops after the
//! DCAT-AP-NO warnings). Each output is then made on its own in memory,
//! and last the real writer writes them all to a temporary folder.

use nettbutikk_catalog::output;
use nettbutikk_catalog::source::{self, SourceFile};
use nettbutikk_catalog::stages::{self, Providers};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The command's allocator, so the figures are the command's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/bench/metadata-100000".to_owned());
    let mut last = (Instant::now(), cpu_time());
    let mut lap = |stage: &str, variables: usize| {
        let wall = last.0.elapsed().as_secs_f64();
        let cpu = cpu_time().saturating_sub(last.1).as_secs_f64();
        let rate = if variables > 0 && cpu > 0.0 {
            format!(" ({:.0} variables per CPU-second)", variables as f64 / cpu)
        } else {
            String::new()
        };
        println!("{stage:>44}: {cpu:>6.2} s CPU, {wall:>6.2} s wall{rate}");
        last = (Instant::now(), cpu_time());
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
        .map(|f| stages::parse(f).unwrap_or_else(|p| panic!("{p}")))
        .collect();
    lap("parse into trees", 0);
    let providers = Providers::new(None);
    let read: Vec<_> = files
        .iter()
        .zip(&parsed)
        .map(|(f, tree)| stages::read(&f.name, tree, &providers))
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
    let problems = stages::validate(&drafts);
    assert!(problems.is_empty(), "{:?}", problems.first());
    lap("validate", variables);
    let warnings = stages::dcat_needs(&drafts);
    lap("(check only) DCAT-AP-NO warnings", variables);
    drop(warnings);
    let mut split = stages::assemble(drafts);
    lap("(build only) assemble, consuming the drafts", variables);
    let (browse, text, reference) = catalog::Engine::prebuilt(&split.catalog);
    let index = [browse, text].concat();
    lap("search index (engine.nbix and search.nbix)", variables);
    split.catalog.index = Some(reference);
    let binary = split.catalog.to_bytes();
    lap("binary catalog (catalog.nbcat)", variables);
    let json = serde_json::to_vec(&split.catalog).unwrap_or_default();
    lap("catalog.json, compact", variables);
    let shards: usize = split
        .shards
        .iter()
        .map(|s| serde_json::to_vec(s).map_or(0, |v| v.len()))
        .sum();
    lap("detail shards, compact", variables);
    let mut turtle = Vec::new();
    dcat::write_turtle(&split.catalog, &dcat::Options::default(), &mut turtle)
        .unwrap_or_else(|e| panic!("{e}"));
    lap("DCAT-AP-NO, described into catalog.ttl", variables);
    let description = dcat::describe(&split.catalog, &dcat::Options::default());
    lap("(with --base-url) DCAT-AP-NO triples", variables);
    drop(description);
    let out = std::env::temp_dir().join(format!("nettbutikk-stages-{}", std::process::id()));
    std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("{e}"));
    output::write_split(&output::catalog_path(&out), &mut split).unwrap_or_else(|e| panic!("{e}"));
    lap("the real writer, all but catalog.ttl", variables);
    let _ = std::fs::remove_dir_all(&out);
    println!(
        "{} files, {:.1} MB, {variables} variables; {:.1} MB index, {:.1} MB nbcat, \
         {:.1} MB json, {:.1} MB shards, {:.1} MB turtle",
        files.len(),
        bytes as f64 / 1e6,
        index.len() as f64 / 1e6,
        binary.len() as f64 / 1e6,
        json.len() as f64 / 1e6,
        shards as f64 / 1e6,
        turtle.len() as f64 / 1e6,
    );
}

/// The CPU time this process has used (user and system), from
/// `/proc/self/stat`, in clock ticks of 1/100 s; zero where there is no
/// `/proc`. The machine may be shared, so wall-clock time is shown beside.
fn cpu_time() -> Duration {
    let ticks = || -> Option<u64> {
        let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
        let rest = &stat[stat.rfind(')')? + 2..];
        let mut fields = rest.split(' ').skip(11);
        Some(fields.next()?.parse::<u64>().ok()? + fields.next()?.parse::<u64>().ok()?)
    };
    Duration::from_millis(ticks().unwrap_or(0) * 10)
}
