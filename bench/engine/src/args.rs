//! Command-line arguments.

use catalog::Analysis;
use std::path::PathBuf;

/// How to call the command.
pub const USAGE: &str = "usage: engine-bench --data DIR --queries FILE [--sizes 50,1000,10000,100000] [--analysis canonical|shop] [--budget-ms 10000] [--markdown FILE] [--index-out DIR]";

/// What to benchmark.
pub struct Args {
    /// Folder with `docs-<N>.json`.
    pub data: PathBuf,
    /// The query list as JSON.
    pub queries: PathBuf,
    /// Catalog sizes.
    pub sizes: Vec<usize>,
    /// The engine's rules.
    pub analysis: Analysis,
    /// No measured pass starts after this many milliseconds (per size).
    pub budget_ms: u64,
    /// Where to write the markdown table, if anywhere.
    pub markdown: Option<PathBuf>,
    /// Where to write each size's prebuilt index, if anywhere.
    pub index_out: Option<PathBuf>,
}

impl Args {
    /// Reads the arguments; an error says which one is wrong.
    pub fn parse(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
        let mut data = None;
        let mut queries = None;
        let mut parsed = Args {
            data: PathBuf::new(),
            queries: PathBuf::new(),
            sizes: vec![50, 1000, 10_000, 100_000],
            analysis: Analysis::CANONICAL,
            budget_ms: 10_000,
            markdown: None,
            index_out: None,
        };
        while let Some(flag) = args.next() {
            let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
            match flag.as_str() {
                "--data" => data = Some(PathBuf::from(value()?)),
                "--queries" => queries = Some(PathBuf::from(value()?)),
                "--markdown" => parsed.markdown = Some(PathBuf::from(value()?)),
                "--index-out" => parsed.index_out = Some(PathBuf::from(value()?)),
                "--sizes" => {
                    parsed.sizes = value()?
                        .split(',')
                        .map(|s| {
                            s.trim()
                                .parse()
                                .map_err(|_| format!("--sizes: {s:?} is not a number"))
                        })
                        .collect::<Result<_, _>>()?;
                }
                "--budget-ms" => {
                    let v = value()?;
                    parsed.budget_ms = v
                        .parse()
                        .map_err(|_| format!("--budget-ms: {v:?} is not a number"))?;
                }
                "--analysis" => {
                    parsed.analysis = match value()?.as_str() {
                        "canonical" => Analysis::CANONICAL,
                        "shop" => Analysis::SHOP,
                        other => {
                            return Err(format!("--analysis: {other:?} is not canonical or shop"))
                        }
                    }
                }
                other => return Err(format!("unknown argument {other:?}")),
            }
        }
        parsed.data = data.ok_or("--data is required")?;
        parsed.queries = queries.ok_or("--queries is required")?;
        Ok(parsed)
    }
}
