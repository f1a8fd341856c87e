//! `engine-bench`: the catalog engine natively, on the peer benchmark's
//! data and queries, printing per size the build and load times, the size
//! of the prebuilt index, memory, and median/p95 per query group.
//!
//! ```text
//! engine-bench --data DIR --queries FILE [--sizes 50,1000,10000,100000]
//!              [--analysis canonical|shop] [--budget-ms 10000] [--markdown FILE]
//!              [--index-out DIR]
//! ```
//!
//! `DIR` holds `docs-<N>.json` from the benchmark's `gen.mjs`; `FILE` is its
//! query list as JSON (`bench/engine.sh` writes both). Latency is taken
//! like the peer harness does: two warm-up passes over the query list,
//! then passes until 20 are done or the time budget is spent (at least
//! three), every query execution one sample. `--index-out` also writes
//! each size's prebuilt index (`index-<N>.bin`, [`Engine::to_bytes`]).

mod args;
mod input;
mod stats;

use args::Args;
use catalog::Engine;
use input::{load_docs, load_queries, BenchQuery};
use stats::Summary;
use std::time::Instant;

fn main() {
    let args = match Args::parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("engine-bench: {message}\n{}", args::USAGE);
            std::process::exit(2);
        }
    };
    if let Err(message) = run(&args) {
        eprintln!("engine-bench: {message}");
        std::process::exit(1);
    }
}

/// Benchmarks every size and prints (and optionally writes) the table.
fn run(args: &Args) -> Result<(), String> {
    let queries = load_queries(&args.queries)?;
    let mut table = String::from(
        "| N | build ms (CPU) | index bytes | from_bytes ms (CPU) | RSS Δ MB | core median ms | core p95 ms | text | text+facets | facets | all | fuzzy median ms |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    print!("{table}");
    let mut totals = String::new();
    for &n in &args.sizes {
        let path = args.data.join(format!("docs-{n}.json"));
        let rss_before = stats::rss_bytes();
        let docs = load_docs(&path)?;
        let catalog = peers_model::build_catalog(docs.iter().map(input::JsonDoc::doc))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let (started, cpu) = (Instant::now(), stats::thread_cpu_ms());
        let built = Engine::with_analysis(&catalog, args.analysis);
        let build_ms = ms(started);
        let build_cpu_ms = stats::thread_cpu_ms() - cpu;
        let bytes = built.to_bytes();
        if let Some(dir) = &args.index_out {
            let out = dir.join(format!("index-{n}.bin"));
            std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
        }
        let (started, cpu) = (Instant::now(), stats::thread_cpu_ms());
        let engine = Engine::from_bytes(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        let load_ms = ms(started);
        let load_cpu_ms = stats::thread_cpu_ms() - cpu;
        drop(built);
        drop(catalog);
        drop(docs);
        let rss = stats::rss_bytes().saturating_sub(rss_before) as f64 / 1e6;
        let samples = measure(&engine, &queries, args.budget_ms);
        let summary = Summary::of(&queries, &samples);
        let line = format!(
            "| {n} | {build_ms:.1} ({build_cpu_ms:.0}) | {} | {load_ms:.2} ({load_cpu_ms:.0}) | {rss:.1} | {} | {} | {} | {} | {} | {} | {} |\n",
            bytes.len(),
            fmt(summary.core.median),
            fmt(summary.core.p95),
            fmt(summary.group("text")),
            fmt(summary.group("text+facets")),
            fmt(summary.group("facets")),
            fmt(summary.group("all")),
            fmt(summary.group("fuzzy")),
        );
        print!("{line}");
        table.push_str(&line);
        totals.push_str(&format!(
            "\nN = {n}, per query:\n\n{}",
            per_query(&engine, &queries, &samples)
        ));
    }
    println!("{totals}");
    if let Some(path) = &args.markdown {
        std::fs::write(path, format!("{table}\n{totals}"))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// A markdown table of each query's hits, median and p95.
fn per_query(engine: &Engine, queries: &[BenchQuery], samples: &[Vec<f64>]) -> String {
    let mut out = String::from(
        "| query | group | text | hits | median ms | p95 ms |\n|---|---|---|---:|---:|---:|\n",
    );
    for (q, s) in queries.iter().zip(samples) {
        let hits = engine.run_with_typos(&q.query, None::<&str>, q.fuzzy).total;
        let spread = stats::Spread::of(s.clone());
        out.push_str(&format!(
            "| {} | {} | {:?} | {hits} | {} | {} |\n",
            q.id,
            q.group,
            q.query.text,
            fmt(spread.median),
            fmt(spread.p95)
        ));
    }
    out
}

/// The time since `started`, in milliseconds.
fn ms(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1e3
}

/// A latency in milliseconds with three significant digits.
fn fmt(ms: f64) -> String {
    if ms >= 100.0 {
        format!("{ms:.0}")
    } else if ms >= 10.0 {
        format!("{ms:.1}")
    } else if ms >= 1.0 {
        format!("{ms:.2}")
    } else {
        format!("{ms:.3}")
    }
}

/// Per query, its latencies in milliseconds over the measured passes.
fn measure(engine: &Engine, queries: &[BenchQuery], budget_ms: u64) -> Vec<Vec<f64>> {
    const WARMUP: usize = 2;
    const MAX_PASSES: usize = 20;
    const MIN_PASSES: usize = 3;
    let mut sink = 0usize;
    for _ in 0..WARMUP {
        for q in queries {
            sink ^= engine.run_with_typos(&q.query, None::<&str>, q.fuzzy).total;
        }
    }
    let mut samples = vec![Vec::new(); queries.len()];
    let started = Instant::now();
    for pass in 0..MAX_PASSES {
        if pass >= MIN_PASSES && started.elapsed().as_millis() as u64 > budget_ms {
            break;
        }
        for (q, out) in queries.iter().zip(&mut samples) {
            let t = Instant::now();
            let answer = engine.run_with_typos(&q.query, None::<&str>, q.fuzzy);
            out.push(ms(t));
            sink ^= answer.total ^ answer.rows.len();
        }
    }
    // Keeps the answers observable, so no run can be optimised away.
    std::hint::black_box(sink);
    samples
}
