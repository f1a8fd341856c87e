//! The command line: `build` and `check`, parsed by hand (the grammar is
//! two subcommands and two options, not worth a parser dependency's compile
//! time).

use crate::output::{catalog_path, write_split, DETAILS_DIR};
use crate::report;
use crate::stats::Sizes;
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

/// The usage text `--help` prints and argument errors end with.
pub const USAGE: &str = "\
Usage:
  nettbutikk-catalog build <dir-or-file>... --out <catalog.json or dir> [--stats]
  nettbutikk-catalog check <dir-or-file>...
  nettbutikk-catalog --help

Reads providers' metadata in KUDAF YAML. Directories are searched
recursively for *.yaml and *.yml files.

  build   checks the metadata and, if it has no errors, writes the catalog
          JSON to the given .json file (or catalog.json in the given
          directory) and the variables' details to details/ beside it;
          existing output is replaced only on success, all at once
          --stats also prints the bytes per variable of each part,
          raw and gzipped
  check   checks the metadata and writes nothing

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

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Check and write the catalog.
    Build {
        /// Files and directories to read.
        inputs: Vec<PathBuf>,
        /// Where to write the catalog: a `.json` file or a directory.
        out: PathBuf,
        /// Print the sizes of the output.
        stats: bool,
    },
    /// Check only.
    Check {
        /// Files and directories to read.
        inputs: Vec<PathBuf>,
    },
    /// Print the usage.
    Help,
}

/// Parses the arguments after the program name.
///
/// `--help` (or `-h`) anywhere wins; `--` ends the options, so a path may
/// start with `-`. Errors are sentences for the user.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let args: Vec<OsString> = args.into_iter().collect();
    let options_end = args.iter().position(|a| a == "--").unwrap_or(args.len());
    if args[..options_end]
        .iter()
        .any(|a| a == "--help" || a == "-h")
    {
        return Ok(Command::Help);
    }
    let mut args = args.into_iter().enumerate();
    let command = match args.next() {
        None => return Err("no command given".to_owned()),
        Some((_, c)) if c == "build" || c == "check" => c,
        Some((_, other)) => {
            return Err(format!(
                "unknown command \"{}\"; the commands are build and check",
                other.to_string_lossy()
            ))
        }
    };
    let mut inputs = Vec::new();
    let mut out: Option<PathBuf> = None;
    let mut stats = false;
    while let Some((i, arg)) = args.next() {
        let text = arg.to_str().unwrap_or("");
        if i > options_end {
            inputs.push(PathBuf::from(arg));
        } else if i == options_end {
            // The `--` itself.
        } else if text == "--out" || text.starts_with("--out=") {
            let value = match text.strip_prefix("--out=") {
                Some(value) => OsString::from(value),
                None => args
                    .next()
                    .map(|(_, v)| v)
                    .ok_or("--out needs a file or directory name")?,
            };
            if value.is_empty() {
                return Err("--out needs a file or directory name".to_owned());
            }
            if out.replace(PathBuf::from(value)).is_some() {
                return Err("--out is given more than once".to_owned());
            }
        } else if text == "--stats" {
            stats = true;
        } else if text.starts_with('-') && text != "-" {
            return Err(format!("unknown option \"{text}\""));
        } else {
            inputs.push(PathBuf::from(arg));
        }
    }
    if inputs.is_empty() {
        return Err("no metadata files or directories given".to_owned());
    }
    match (command == "build", out) {
        (true, Some(out)) => Ok(Command::Build { inputs, out, stats }),
        (true, None) => Err("build needs --out <catalog.json or dir>".to_owned()),
        (false, None) if stats => Err("--stats is only for build".to_owned()),
        (false, None) => Ok(Command::Check { inputs }),
        (false, Some(_)) => Err("--out is only for build; check writes nothing".to_owned()),
    }
}

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
        Command::Check { inputs } => match report::run(inputs) {
            Err(why) => usage_error(err, &why),
            Ok(report) => {
                let _ = write!(out, "{report}");
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
            stats,
        } => match report::run(inputs) {
            Err(why) => usage_error(err, &why),
            Ok(report) => {
                let _ = write!(out, "{report}");
                let Some(split) = &report.catalog else {
                    let _ = writeln!(out, "nothing written: the metadata has errors");
                    return EXIT_INVALID;
                };
                let path = catalog_path(target);
                if let Err(e) = write_split(&path, split) {
                    return cannot_run(err, &format!("cannot write {}: {e}", path.display()));
                }
                let _ = writeln!(
                    out,
                    "wrote {} and {} shards in {DETAILS_DIR}/",
                    path.display(),
                    split.shards.len()
                );
                if *stats {
                    let _ = write!(out, "{}", Sizes::of(split));
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
pub fn usage_error(err: &mut dyn Write, why: &str) -> u8 {
    let _ = write!(err, "nettbutikk-catalog: {why}\n\n{USAGE}");
    EXIT_CANNOT_RUN
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(OsString::from))
    }

    fn paths(names: &[&str]) -> Vec<PathBuf> {
        names.iter().map(PathBuf::from).collect()
    }

    #[test]
    fn parses_the_two_commands_and_their_options() {
        let cases: Vec<(&[&str], Result<Command, String>)> = vec![
            (
                &["check", "metadata"],
                Ok(Command::Check {
                    inputs: paths(&["metadata"]),
                }),
            ),
            (
                &["build", "a.yaml", "--out", "c.json", "b"],
                Ok(Command::Build {
                    inputs: paths(&["a.yaml", "b"]),
                    out: PathBuf::from("c.json"),
                    stats: false,
                }),
            ),
            (
                &["build", "--out=c.json", "--", "--odd.yaml"],
                Ok(Command::Build {
                    inputs: paths(&["--odd.yaml"]),
                    out: PathBuf::from("c.json"),
                    stats: false,
                }),
            ),
            (
                &["build", "--stats", "m", "--out", "dist"],
                Ok(Command::Build {
                    inputs: paths(&["m"]),
                    out: PathBuf::from("dist"),
                    stats: true,
                }),
            ),
            (
                &["check", "m", "--stats"],
                Err("--stats is only for build".into()),
            ),
            (&["check", "x", "--help"], Ok(Command::Help)),
            (&["-h"], Ok(Command::Help)),
            (&[], Err("no command given".into())),
            (
                &["publish", "x"],
                Err("unknown command \"publish\"; the commands are build and check".into()),
            ),
            (
                &["check"],
                Err("no metadata files or directories given".into()),
            ),
            (
                &["build", "x"],
                Err("build needs --out <catalog.json or dir>".into()),
            ),
            (
                &["build", "x", "--out"],
                Err("--out needs a file or directory name".into()),
            ),
            (
                &["build", "x", "--out="],
                Err("--out needs a file or directory name".into()),
            ),
            (
                &["build", "x", "--out", "a", "--out", "b"],
                Err("--out is given more than once".into()),
            ),
            (
                &["check", "x", "--out", "a"],
                Err("--out is only for build; check writes nothing".into()),
            ),
            (&["check", "-v", "x"], Err("unknown option \"-v\"".into())),
            (
                &["check", "--", "--help"],
                Ok(Command::Check {
                    inputs: paths(&["--help"]),
                }),
            ),
        ];
        for (args, expected) in cases {
            assert_eq!(parsed(args), expected, "{args:?}");
        }
    }
}
