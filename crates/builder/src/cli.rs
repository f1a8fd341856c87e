//! The command line: `build` and `check`, their arguments ([`parse`]) and
//! running them ([`run`]).

mod args;

pub use args::{parse, Command, Format, UsageError};

use crate::build::output::{catalog_path, write_split, DETAILS_DIR};
use crate::build::stats::Sizes;
use crate::pipeline;
use catalog::INDEX_FILE;
use std::fmt::Display;
use std::io::Write;

/// The usage text `--help` prints and argument errors end with.
pub const USAGE: &str = "\
Usage:
  nettbutikk-catalog build <dir-or-file>... --out <catalog.json or dir>
                           [--provider <id>] [--stats]
  nettbutikk-catalog check <dir-or-file>... [--provider <id>] [--format json]
  nettbutikk-catalog --help

Reads providers' metadata in KUDAF YAML, microdata-tools JSON (one
variable per file), RAIRD metadata-all JSON and kudaflib's
variables_metadata.json, told apart by their content. Directories are
searched recursively for *.yaml, *.yml and *.json files.

  build   checks the metadata and, if it has no errors, writes the catalog
          JSON to the given .json file (or catalog.json in the given
          directory) and the variables' details to details/ beside it;
          existing output is replaced only on success, all at once
  check   checks the metadata and writes nothing

  --provider <id>  the provider of JSON files that no provider.yaml in
                   their folder or a parent folder names
  --format json    (check) prints the report as JSON for CI tools
  --stats          (build) also prints the bytes per variable of
                   catalog.json and of the details, raw and gzipped

Every problem is printed as <file>:<line>: <field path>: <message>,
followed by a summary per provider.

Exit status: 0 no errors (warnings allowed), 1 errors in the metadata,
2 could not run (bad arguments, unreadable path, output not writable).
";

/// Exit status: no errors.
pub const EXIT_OK: u8 = 0;
/// Exit status: the metadata has errors.
pub const EXIT_INVALID: u8 = 1;
/// Exit status: the builder could not run.
pub const EXIT_CANNOT_RUN: u8 = 2;

/// Runs a command, printing the report to `out` and reasons it cannot run
/// to `err`, and returns the exit status.
pub fn run(command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    // Failing to print (a closed pipe) must not turn a result into a
    // panic; the exit status still tells the outcome.
    match command {
        Command::Help => {
            let _ = write!(out, "{USAGE}");
            EXIT_OK
        }
        Command::Check {
            inputs,
            options,
            format,
        } => match pipeline::check_with(inputs, options) {
            Err(why) => usage_error(err, &why),
            Ok(report) => {
                let _ = match format {
                    Format::Text => write!(out, "{report}"),
                    Format::Json => writeln!(out, "{}", report.to_json()),
                };
                if report.errors() > 0 {
                    EXIT_INVALID
                } else {
                    EXIT_OK
                }
            }
        },
        Command::Build {
            inputs,
            out: target,
            options,
            stats,
        } => match pipeline::run_with(inputs, options) {
            Err(why) => usage_error(err, &why),
            Ok(mut report) => {
                let _ = write!(out, "{report}");
                let Some(mut split) = report.catalog.take() else {
                    let _ = writeln!(out, "nothing written: the metadata has errors");
                    return EXIT_INVALID;
                };
                let path = catalog_path(target);
                let index = match write_split(&path, &mut split) {
                    Ok(index) => index,
                    Err(e) => {
                        return cannot_run(err, &format!("cannot write {}: {e}", path.display()))
                    }
                };
                let _ = writeln!(
                    out,
                    "wrote {}, {} shards in {DETAILS_DIR}/ and the search index {INDEX_FILE}",
                    path.display(),
                    split.shards.len()
                );
                if *stats {
                    let _ = write!(out, "{}", Sizes::of(&split, &index));
                }
                EXIT_OK
            }
        },
    }
}

/// Reports why the builder cannot run and returns [`EXIT_CANNOT_RUN`].
fn cannot_run(err: &mut dyn Write, why: &str) -> u8 {
    let _ = writeln!(err, "nettbutikk-catalog: {why}");
    EXIT_CANNOT_RUN
}

/// Reports a problem with the arguments (including paths that cannot be
/// read, most often a typo) followed by the usage, and returns
/// [`EXIT_CANNOT_RUN`].
pub fn usage_error(err: &mut dyn Write, why: &dyn Display) -> u8 {
    let _ = write!(err, "nettbutikk-catalog: {why}\n\n{USAGE}");
    EXIT_CANNOT_RUN
}
