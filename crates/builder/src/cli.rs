//! The command line: `build` and `check`, their arguments ([`parse`]) and
//! running them ([`run`]).

mod args;

pub use args::{parse, Command, Format, UsageError};

use crate::build::dcat_output::{self, DcatFlags};
use crate::build::output::{catalog_path, write_split_beside, DETAILS_DIR};
use crate::build::parallel;
use crate::build::stats::Sizes;
use crate::pipeline::{self, Report};
use catalog::{BINARY_CATALOG_FILE, INDEX_FILE, TEXT_INDEX_FILE};
use std::fmt::{self, Display};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The usage text `--help` prints and argument errors end with.
pub const USAGE: &str = "\
Usage:
  nettbutikk-catalog build <dir-or-file>... --out <catalog.json or dir>
                           [--provider <id>] [--stats | --format json]
                           [--content <dir>]
                           [--base-url <url>] [--publisher <orgnr>]
  nettbutikk-catalog check <dir-or-file>... [--provider <id>] [--format json]
  nettbutikk-catalog --help
  nettbutikk-catalog --version

Reads providers' metadata in KUDAF YAML, microdata-tools JSON (one
variable per file), RAIRD metadata-all JSON and kudaflib's
variables_metadata.json, told apart by their content. Directories are
searched recursively for *.yaml, *.yml and *.json files.

  build   checks the metadata and, if it has no errors, writes the catalog
          JSON to the given .json file (or catalog.json in the given
          directory, created if missing), the variables' details to
          details/ beside it and its DCAT-AP-NO description to
          catalog.ttl beside it; existing output is replaced only on
          success, all at once
  check   checks the metadata and writes nothing; also warns about what
          DCAT-AP-NO, the profile data.norge.no harvests, needs and the
          metadata lacks

  --provider <id>  the provider of JSON files that no provider.yaml in
                   their folder or a parent folder names
  --format json    prints the report as JSON for CI tools (build adds
                   what it wrote, under \"written\")
  --stats          (build) also prints the bytes per variable of
                   catalog.json and of the details, raw and gzipped
  --content <dir>  (build) the site's content (pilot.yaml and
                   accessibility.yaml), checked against the catalog and
                   written as content.json beside it; without it, content/
                   beside the first metadata folder, when there is one
  --base-url <url> (build) the shop's public address, for the landing
                   pages in catalog.ttl and for catalog.jsonld, the same
                   description as JSON-LD, written only with it
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
        Command::Version => {
            let _ = writeln!(out, "nettbutikk-catalog {}", env!("CARGO_PKG_VERSION"));
            EXIT_OK
        }
        Command::Build {
            inputs,
            out: target,
            options,
            stats,
            format,
            content,
            dcat,
        } => match pipeline::run_with(inputs, options) {
            Err(why) => usage_error(err, &why),
            Ok(report) => {
                let site = Site {
                    inputs,
                    content: content.as_deref(),
                    dcat,
                };
                build(report, target, site, *stats, *format, out, err)
            }
        },
    }
}

/// Writes the catalog of a `build` whose report is `report`, printing the
/// report in `format`; returns the exit status.
fn build(
    mut report: Report,
    target: &Path,
    site: Site<'_>,
    stats: bool,
    format: Format,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let mut document = report.to_json_value();
    if format == Format::Text {
        let _ = write!(out, "{report}");
    }
    let Some(mut split) = report.catalog.take() else {
        match format {
            Format::Text => {
                let _ = writeln!(out, "nothing written: the metadata has errors");
            }
            Format::Json => print_json(out, document),
        }
        return EXIT_INVALID;
    };
    let content = match crate::content::for_build(site.inputs, site.content, &split) {
        Ok(content) => content,
        Err(problems) => {
            match format {
                Format::Text => {
                    let _ = writeln!(out, "{problems}nothing written: the content has errors");
                }
                Format::Json => print_json(out, document),
            }
            return EXIT_INVALID;
        }
    };
    let path = catalog_path(target);
    // The DCAT-AP-NO description is made while the catalog is written, and
    // put in place after it.
    let describe = |catalog: &_| dcat_output::prepare(&path, catalog, site.dcat);
    let written = create_parent(&path).and_then(|()| {
        write_split_beside(&path, &mut split, describe)
            .map_err(|e| OutputError::Write(path.clone(), e))
    });
    let (index, description) = match written {
        Ok(written) => written,
        Err(why) => {
            if format == Format::Json {
                print_json(out, document);
            }
            return cannot_run(err, &why.to_string());
        }
    };
    if let Some(content) = content {
        match crate::content::write(&path, &content) {
            Ok(written) if format == Format::Text => {
                let _ = writeln!(out, "wrote {}", written.display());
            }
            Ok(_) => {}
            Err(e) => {
                let why = format!("cannot write the content beside {}: {e}", path.display());
                return cannot_run(err, &why);
            }
        }
    }
    let description = match description.and_then(dcat_output::Pending::install) {
        Ok(written) => written,
        Err(e) => {
            if format == Format::Json {
                print_json(out, document);
            }
            return cannot_run(
                err,
                &format!("cannot write the DCAT-AP-NO description: {e}"),
            );
        }
    };
    match format {
        Format::Text => {
            description.print(out);
            let _ = writeln!(
                out,
                "wrote {} and {BINARY_CATALOG_FILE}, {} shards in {DETAILS_DIR}/ and the search index {INDEX_FILE} and {TEXT_INDEX_FILE}",
                path.display(),
                split.shards.len()
            );
            if stats {
                let _ = write!(out, "{}", Sizes::of(&split, &index.0, &index.1));
            }
        }
        Format::Json => {
            document["written"] = serde_json::json!({
                "catalog": path.display().to_string(),
                "binary": BINARY_CATALOG_FILE,
                "details": DETAILS_DIR,
                "shards": split.shards.len(),
                "index": INDEX_FILE,
                "textIndex": TEXT_INDEX_FILE,
                "dcat": description.to_json(),
            });
            print_json(out, document);
        }
    }
    // Written and reported: the command exits without waiting for the
    // catalog's frees.
    parallel::drop_aside(split);
    EXIT_OK
}

/// Where the site's editorial content comes from: `--content`, or the
/// `content/` folder beside the first metadata input.
#[derive(Clone, Copy)]
struct Site<'a> {
    /// The metadata inputs, whose first one's sibling `content/` is used
    /// when `--content` is not given.
    inputs: &'a [PathBuf],
    /// The folder given with `--content`.
    content: Option<&'a Path>,
    /// `--base-url` and `--publisher`, for `catalog.ttl`.
    dcat: &'a DcatFlags,
}

/// Why a built catalog could not be written: the builder could not run to
/// the end, exit status 2.
#[derive(Debug)]
enum OutputError {
    /// The folder for the catalog could not be created.
    CreateFolder(PathBuf, std::io::Error),
    /// Writing the catalog, its shards or its index failed.
    Write(PathBuf, std::io::Error),
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OutputError::CreateFolder(dir, e) => {
                write!(f, "cannot create the folder {}: {e}", dir.display())
            }
            OutputError::Write(path, e) => write!(f, "cannot write {}: {e}", path.display()),
        }
    }
}

/// Creates the folder that will hold the catalog file, so `--out` may name
/// a folder that does not exist yet.
fn create_parent(catalog: &Path) -> Result<(), OutputError> {
    match catalog.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => {
            fs::create_dir_all(dir).map_err(|e| OutputError::CreateFolder(dir.to_path_buf(), e))
        }
        _ => Ok(()),
    }
}

/// Prints a JSON document as `check --format json` does.
fn print_json(out: &mut dyn Write, document: serde_json::Value) {
    let _ = writeln!(
        out,
        "{}",
        serde_json::to_string_pretty(&document).unwrap_or_default()
    );
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
