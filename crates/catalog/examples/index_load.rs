//! How long the app's start-up steps take natively on a built catalog:
//! reading `catalog.json` and `catalog.nbcat` (what the app reads),
//! building the engine from it, and reading the
//! prebuilt index instead (its browse part, `Engine::from_browse_bytes_for`,
//! which the first page waits for, and its text part,
//! `Engine::attach_text_for`), each the median of several runs, so changes
//! to the index format can be compared.
//!
//! ```sh
//! cargo run --release -p catalog --example index_load -- DIR [RUNS [STEP]]
//! ```
//!
//! `DIR` is a builder output (`catalog.json`, `catalog.nbcat`,
//! `engine.nbix` and `search.nbix`); `STEP`
//! runs only the steps whose name contains it (e.g. `from_bytes`, to
//! profile just that).

use catalog::{Catalog, Engine, BINARY_CATALOG_FILE, INDEX_FILE, TEXT_INDEX_FILE};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: index_load DIR [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(7);
    let only = args.next().unwrap_or_default();
    let dir = std::path::Path::new(&dir);
    let read = |name: &str| {
        std::fs::read(dir.join(name)).unwrap_or_else(|e| {
            eprintln!("index_load: {}: {e}", dir.join(name).display());
            std::process::exit(2);
        })
    };
    let json = String::from_utf8_lossy(&read("catalog.json")).into_owned();
    let browse = read(INDEX_FILE);
    let text = read(TEXT_INDEX_FILE);
    let bytes = [&browse[..], &text[..]].concat();
    let binary = read(BINARY_CATALOG_FILE);
    let catalog = match Catalog::from_json(&json) {
        Ok(catalog) => catalog,
        Err(e) => {
            eprintln!("index_load: {e}");
            std::process::exit(1);
        }
    };
    println!(
        "{} variables; catalog.json {:.1} MB, {BINARY_CATALOG_FILE} {:.1} MB, {INDEX_FILE} {:.1} MB, {TEXT_INDEX_FILE} {:.1} MB; median of {runs} runs:",
        catalog.variables.len(),
        json.len() as f64 / 1e6,
        binary.len() as f64 / 1e6,
        browse.len() as f64 / 1e6,
        text.len() as f64 / 1e6
    );
    let report = |name: &str, runs: usize, step: &mut dyn FnMut() -> Option<usize>| {
        if name.contains(&only) {
            report(name, runs, step);
        }
    };
    report("Catalog::from_json", runs, &mut || {
        Catalog::from_json(&json).map(|c| c.variables.len()).ok()
    });
    if Catalog::from_bytes(&binary).as_ref() != Ok(&catalog) {
        eprintln!("index_load: {BINARY_CATALOG_FILE} is not the catalog of catalog.json");
        std::process::exit(1);
    }
    report("Catalog::from_bytes", runs, &mut || {
        Catalog::from_bytes(&binary).map(|c| c.variables.len()).ok()
    });
    report("Engine::new", runs.min(3), &mut || {
        Some(Engine::new(&catalog).len())
    });
    report("Engine::from_bytes", runs, &mut || {
        Engine::from_bytes(&bytes).map(|e| e.len()).ok()
    });
    report("Engine::from_browse_bytes_for", runs, &mut || {
        Engine::from_browse_bytes_for(&catalog, &browse)
            .map(|e| e.len())
            .ok()
    });
    report("Engine::attach_text_for", runs, &mut || {
        let engine = Engine::from_browse_bytes_for(&catalog, &browse).ok()?;
        engine.attach_text_for(&catalog, &text).ok()?;
        Some(engine.len())
    });
}

/// Runs `step` `runs` times and prints the median and fastest wall time (the fastest is the least
/// disturbed by other load on a shared machine); a step that
/// fails is reported and ends the program.
fn report(name: &str, runs: usize, step: &mut dyn FnMut() -> Option<usize>) {
    let mut times: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let started = Instant::now();
            if step().is_none() {
                eprintln!("index_load: {name} failed");
                std::process::exit(1);
            }
            started.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    catalog::sorting::sort_by(&mut times, f64::total_cmp);
    println!(
        "  {name:24} {:8.1} ms (fastest {:.1} ms)",
        times[times.len() / 2],
        times[0]
    );
}
