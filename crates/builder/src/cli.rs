//! The command line: `build` and `check`, parsed by hand (the grammar is
//! two subcommands and four options, not worth a parser dependency's
//! compile time).

use crate::dcat_output::{self, DcatFlags};
use crate::output::{catalog_path, write_split, DETAILS_DIR};
use crate::report::{self, Options};
use crate::stats::Sizes;
use catalog::INDEX_FILE;
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

/// The usage text `--help` prints and argument errors end with.
pub const USAGE: &str = "\
Usage:
  nettbutikk-catalog build <dir-or-file>... --out <catalog.json or dir>
                           [--provider <id>] [--stats]
                           [--base-url <url>] [--publisher <orgnr>]
  nettbutikk-catalog check <dir-or-file>... [--provider <id>] [--format json]
                           [--dcat]
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
  --dcat           (check) also warns about what DCAT-AP-NO, the profile
                   data.norge.no harvests, needs and the metadata lacks
  --stats          (build) also prints the bytes per variable of
                   catalog.json and of the details, raw and gzipped
  --base-url <url> (build) the shop's public address, for the landing
                   pages in catalog.ttl, the DCAT-AP-NO description
                   written beside catalog.json, and for catalog.jsonld
  --publisher <orgnr>
                   (build) the organisation number of whoever publishes
                   the shop, the catalogue's publisher in catalog.ttl

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
        /// What the options add.
        options: Options,
        /// Print the sizes of the output.
        stats: bool,
        /// What the DCAT-AP-NO description needs beyond the catalog.
        dcat: DcatFlags,
    },
    /// Check only.
    Check {
        /// Files and directories to read.
        inputs: Vec<PathBuf>,
        /// What the options add.
        options: Options,
        /// How to print the report.
        format: Format,
    },
    /// Print the usage.
    Help,
}

/// How `check` prints its report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Lines for people and editors.
    #[default]
    Text,
    /// One JSON document for CI tools (`docs/metadata-json.md`).
    Json,
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
    let mut provider: Option<String> = None;
    let mut format: Option<Format> = None;
    let mut stats = false;
    let mut dcat_check = false;
    let mut dcat = DcatFlags::default();
    while let Some((i, arg)) = args.next() {
        let text = arg.to_str().unwrap_or("");
        if i > options_end {
            inputs.push(PathBuf::from(arg));
        } else if i == options_end {
            // The `--` itself.
        } else if let Some(value) =
            option_value(text, "--out", "a file or directory name", &mut args)?
        {
            if out.replace(PathBuf::from(value)).is_some() {
                return Err("--out is given more than once".to_owned());
            }
        } else if let Some(value) = option_value(text, "--provider", "a provider id", &mut args)? {
            let id = value.to_string_lossy().into_owned();
            if crate::slug::slug(&id) != id {
                return Err(format!(
                    "--provider needs a provider id such as ssb or novari-iks (lowercase letters, digits and -), not \"{id}\""
                ));
            }
            if provider.replace(id).is_some() {
                return Err("--provider is given more than once".to_owned());
            }
        } else if let Some(value) = option_value(text, "--format", "text or json", &mut args)? {
            let chosen = match value.to_str() {
                Some("json") => Format::Json,
                Some("text") => Format::Text,
                _ => {
                    return Err(format!(
                        "--format is text or json, not \"{}\"",
                        value.to_string_lossy()
                    ))
                }
            };
            if format.replace(chosen).is_some() {
                return Err("--format is given more than once".to_owned());
            }
        } else if let Some(value) =
            option_value(text, "--base-url", "the shop's public address", &mut args)?
        {
            let url = ::dcat::BaseUrl::parse(&value.to_string_lossy())
                .map_err(|why| format!("--base-url: {why}"))?;
            if dcat.base_url.replace(url).is_some() {
                return Err("--base-url is given more than once".to_owned());
            }
        } else if let Some(value) =
            option_value(text, "--publisher", "an organisation number", &mut args)?
        {
            let number = dcat_output::parse_publisher(&value.to_string_lossy())?;
            if dcat.publisher.replace(number).is_some() {
                return Err("--publisher is given more than once".to_owned());
            }
        } else if text == "--stats" {
            stats = true;
        } else if text == "--dcat" {
            dcat_check = true;
        } else if text.starts_with('-') && text != "-" {
            return Err(format!("unknown option \"{text}\""));
        } else {
            inputs.push(PathBuf::from(arg));
        }
    }
    if inputs.is_empty() {
        return Err("no metadata files or directories given".to_owned());
    }
    let options = Options {
        provider,
        dcat: dcat_check,
    };
    match (command == "build", out) {
        (true, _) if format.is_some() => {
            Err("--format is only for check; build prints its report as text".to_owned())
        }
        (true, _) if options.dcat => Err(
            "--dcat is only for check; build writes catalog.ttl and says what it lacks".to_owned(),
        ),
        (true, Some(out)) => Ok(Command::Build {
            inputs,
            out,
            options,
            stats,
            dcat,
        }),
        (true, None) => Err("build needs --out <catalog.json or dir>".to_owned()),
        (false, None) if stats => Err("--stats is only for build".to_owned()),
        (false, None) if dcat != DcatFlags::default() => {
            Err("--base-url and --publisher are only for build".to_owned())
        }
        (false, None) => Ok(Command::Check {
            inputs,
            options,
            format: format.unwrap_or_default(),
        }),
        (false, Some(_)) => Err("--out is only for build; check writes nothing".to_owned()),
    }
}

/// The value of option `name` when `text` is it (`--name value` or
/// `--name=value`); `Ok(None)` when `text` is another argument.
fn option_value(
    text: &str,
    name: &str,
    what: &str,
    args: &mut impl Iterator<Item = (usize, OsString)>,
) -> Result<Option<OsString>, String> {
    let value = if text == name {
        args.next().map(|(_, v)| v)
    } else if let Some(value) = text.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
        Some(OsString::from(value))
    } else {
        return Ok(None);
    };
    match value {
        Some(value) if !value.is_empty() => Ok(Some(value)),
        _ => Err(format!("{name} needs {what}")),
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
        Command::Check {
            inputs,
            options,
            format,
        } => match report::check_with(inputs, options) {
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
            dcat,
        } => match report::run_with(inputs, options) {
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
                if let Err(e) = dcat_output::write(&path, &split.catalog, dcat, out) {
                    return cannot_run(
                        err,
                        &format!("cannot write the DCAT-AP-NO description: {e}"),
                    );
                }
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
                    options: Options::default(),
                    format: Format::Text,
                }),
            ),
            (
                &["build", "a.yaml", "--out", "c.json", "b"],
                Ok(Command::Build {
                    inputs: paths(&["a.yaml", "b"]),
                    out: PathBuf::from("c.json"),
                    options: Options::default(),
                    stats: false,
                    dcat: DcatFlags::default(),
                }),
            ),
            (
                &["build", "--out=c.json", "--", "--odd.yaml"],
                Ok(Command::Build {
                    inputs: paths(&["--odd.yaml"]),
                    out: PathBuf::from("c.json"),
                    options: Options::default(),
                    stats: false,
                    dcat: DcatFlags::default(),
                }),
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
                    options: Options::default(),
                    format: Format::Text,
                }),
            ),
            (
                &["check", "m", "--provider", "ssb", "--format=json"],
                Ok(Command::Check {
                    inputs: paths(&["m"]),
                    options: Options {
                        provider: Some("ssb".into()),
                        dcat: false,
                    },
                    format: Format::Json,
                }),
            ),
            (
                &["build", "m", "--provider=novari-iks", "--out", "c.json"],
                Ok(Command::Build {
                    inputs: paths(&["m"]),
                    out: PathBuf::from("c.json"),
                    options: Options {
                        provider: Some("novari-iks".into()),
                        dcat: false,
                    },
                    stats: false,
                    dcat: DcatFlags::default(),
                }),
            ),
            (
                &["build", "--stats", "m", "--out", "dist"],
                Ok(Command::Build {
                    inputs: paths(&["m"]),
                    out: PathBuf::from("dist"),
                    options: Options::default(),
                    stats: true,
                    dcat: DcatFlags::default(),
                }),
            ),
            (
                &["check", "m", "--stats"],
                Err("--stats is only for build".into()),
            ),
            (
                &["build", "m", "--out", "d", "--base-url", "https://data.example.no/butikk", "--publisher=921 693 230"],
                Ok(Command::Build {
                    inputs: paths(&["m"]),
                    out: PathBuf::from("d"),
                    options: Options::default(),
                    stats: false,
                    dcat: DcatFlags {
                        base_url: ::dcat::BaseUrl::parse("https://data.example.no/butikk/").ok(),
                        publisher: Some("921693230".into()),
                    },
                }),
            ),
            (
                &["build", "m", "--out", "d", "--base-url", "javascript:alert(1)"],
                Err("--base-url: the base URL must start with https:// or http://, not \"javascript:alert(1)\"".into()),
            ),
            (
                &["build", "m", "--out", "d", "--publisher", "12345"],
                Err("--publisher needs the nine-digit organisation number of whoever publishes the shop, not \"12345\"".into()),
            ),
            (
                &["check", "m", "--dcat"],
                Ok(Command::Check {
                    inputs: paths(&["m"]),
                    options: Options {
                        provider: None,
                        dcat: true,
                    },
                    format: Format::Text,
                }),
            ),
            (
                &["build", "m", "--out", "d", "--dcat"],
                Err("--dcat is only for check; build writes catalog.ttl and says what it lacks".into()),
            ),
            (
                &["check", "m", "--base-url", "https://a.no/"],
                Err("--base-url and --publisher are only for build".into()),
            ),
            (
                &["check", "m", "--provider", "Novari IKS"],
                Err("--provider needs a provider id such as ssb or novari-iks (lowercase letters, digits and -), not \"Novari IKS\"".into()),
            ),
            (&["check", "m", "--provider"], Err("--provider needs a provider id".into())),
            (
                &["check", "m", "--format", "xml"],
                Err("--format is text or json, not \"xml\"".into()),
            ),
            (
                &["build", "m", "--out", "c", "--format", "json"],
                Err("--format is only for check; build prints its report as text".into()),
            ),
        ];
        for (args, expected) in cases {
            assert_eq!(parsed(args), expected, "{args:?}");
        }
    }
}
