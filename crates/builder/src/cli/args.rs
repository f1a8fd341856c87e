//! The command line's arguments, parsed by hand (the grammar is two
//! subcommands and a few options, not worth a parser dependency's compile
//! time).

use crate::build::dcat_output::{self, DcatFlags};
use crate::pipeline::Options;
use std::ffi::OsString;
use std::fmt;
use std::path::PathBuf;

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
        /// How to print the report.
        format: Format,
        /// The content folder given with `--content`.
        content: Option<PathBuf>,
        /// What the DCAT-AP-NO description needs beyond the catalog
        /// (`--base-url`, `--publisher`).
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
    /// Print the name and version.
    Version,
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

/// Why the arguments do not make a command. Each reads as a sentence for
/// the user, who then sees the usage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UsageError {
    /// No arguments at all.
    NoCommand,
    /// The first argument is not a command.
    UnknownCommand(String),
    /// An argument starts with `-` but is no option.
    UnknownOption(String),
    /// An option that takes a value has none.
    MissingValue {
        /// The option, e.g. `--out`.
        option: String,
        /// What it needs, e.g. "a file or directory name".
        what: &'static str,
    },
    /// An option is given twice.
    Repeated(&'static str),
    /// `--provider` is not a provider id.
    BadProvider(String),
    /// `--format` is neither `text` nor `json`.
    BadFormat(String),
    /// No files or directories to read.
    NoInputs,
    /// `build` without `--out`.
    BuildNeedsOut,
    /// `--out` with `check`.
    OutOnlyForBuild,
    /// `--stats` with `check`.
    StatsOnlyForBuild,
    /// `--stats` with `--format json`, which would mix text into the JSON.
    StatsWithJson,
    /// `--content` with `check`.
    ContentOnlyForBuild,
    /// `--base-url` is not an http(s) address; why, as a sentence.
    BadBaseUrl(String),
    /// `--publisher` is not a nine-digit organisation number.
    BadPublisher(String),
    /// `--base-url` or `--publisher` with `check`.
    DcatOnlyForBuild,
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UsageError::NoCommand => f.write_str("no command given"),
            UsageError::UnknownCommand(command) => write!(
                f,
                "unknown command \"{command}\"; the commands are build and check"
            ),
            UsageError::UnknownOption(option) => write!(f, "unknown option \"{option}\""),
            UsageError::MissingValue { option, what } => write!(f, "{option} needs {what}"),
            UsageError::Repeated(option) => write!(f, "{option} is given more than once"),
            UsageError::BadProvider(id) => write!(
                f,
                "--provider needs a provider id such as ssb or novari-iks (lowercase letters, digits and -), not \"{id}\""
            ),
            UsageError::BadFormat(format) => {
                write!(f, "--format is text or json, not \"{format}\"")
            }
            UsageError::NoInputs => f.write_str("no metadata files or directories given"),
            UsageError::BuildNeedsOut => f.write_str("build needs --out <catalog.json or dir>"),
            UsageError::OutOnlyForBuild => {
                f.write_str("--out is only for build; check writes nothing")
            }
            UsageError::StatsOnlyForBuild => f.write_str("--stats is only for build"),
            UsageError::StatsWithJson => {
                f.write_str("--stats prints text and cannot be combined with --format json")
            }
            UsageError::ContentOnlyForBuild => f.write_str("--content is only for build"),
            UsageError::BadBaseUrl(why) => write!(f, "--base-url: {why}"),
            UsageError::BadPublisher(text) => write!(
                f,
                "--publisher needs the nine-digit organisation number of whoever publishes the shop, not \"{text}\""
            ),
            UsageError::DcatOnlyForBuild => {
                f.write_str("--base-url and --publisher are only for build")
            }
        }
    }
}

impl std::error::Error for UsageError {}

/// Parses the arguments after the program name.
///
/// `--help` (or `-h`) anywhere wins, then `--version` (or `-V`); `--`
/// ends the options, so a path may start with `-`. Errors read as
/// sentences for the user.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, UsageError> {
    let args: Vec<OsString> = args.into_iter().collect();
    let options_end = args.iter().position(|a| a == "--").unwrap_or(args.len());
    if args[..options_end]
        .iter()
        .any(|a| a == "--help" || a == "-h")
    {
        return Ok(Command::Help);
    }
    if args[..options_end]
        .iter()
        .any(|a| a == "--version" || a == "-V")
    {
        return Ok(Command::Version);
    }
    let mut args = args.into_iter().enumerate();
    let command = match args.next() {
        None => return Err(UsageError::NoCommand),
        Some((_, c)) if c == "build" || c == "check" => c,
        Some((_, other)) => {
            return Err(UsageError::UnknownCommand(
                other.to_string_lossy().into_owned(),
            ))
        }
    };
    let mut inputs = Vec::new();
    let mut out: Option<PathBuf> = None;
    let mut provider: Option<String> = None;
    let mut format: Option<Format> = None;
    let mut stats = false;
    let mut content: Option<PathBuf> = None;
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
                return Err(UsageError::Repeated("--out"));
            }
        } else if let Some(value) = option_value(text, "--provider", "a provider id", &mut args)? {
            let id = value.to_string_lossy().into_owned();
            if crate::dialect::slug::slug(&id) != id {
                return Err(UsageError::BadProvider(id));
            }
            if provider.replace(id).is_some() {
                return Err(UsageError::Repeated("--provider"));
            }
        } else if let Some(value) = option_value(text, "--format", "text or json", &mut args)? {
            let chosen = match value.to_str() {
                Some("json") => Format::Json,
                Some("text") => Format::Text,
                _ => return Err(UsageError::BadFormat(value.to_string_lossy().into_owned())),
            };
            if format.replace(chosen).is_some() {
                return Err(UsageError::Repeated("--format"));
            }
        } else if let Some(value) = option_value(text, "--content", "a folder", &mut args)? {
            if content.replace(PathBuf::from(value)).is_some() {
                return Err(UsageError::Repeated("--content"));
            }
        } else if let Some(value) =
            option_value(text, "--base-url", "the shop's public address", &mut args)?
        {
            let url =
                ::dcat::BaseUrl::parse(&value.to_string_lossy()).map_err(UsageError::BadBaseUrl)?;
            if dcat.base_url.replace(url).is_some() {
                return Err(UsageError::Repeated("--base-url"));
            }
        } else if let Some(value) =
            option_value(text, "--publisher", "an organisation number", &mut args)?
        {
            let text = value.to_string_lossy();
            let number = dcat_output::parse_publisher(&text)
                .ok_or_else(|| UsageError::BadPublisher(text.into_owned()))?;
            if dcat.publisher.replace(number).is_some() {
                return Err(UsageError::Repeated("--publisher"));
            }
        } else if text == "--stats" {
            stats = true;
        } else if text.starts_with('-') && text != "-" {
            return Err(UsageError::UnknownOption(text.to_owned()));
        } else {
            inputs.push(PathBuf::from(arg));
        }
    }
    if inputs.is_empty() {
        return Err(UsageError::NoInputs);
    }
    let options = Options { provider };
    match (command == "build", out) {
        (true, Some(_)) if stats && format == Some(Format::Json) => Err(UsageError::StatsWithJson),
        (true, Some(out)) => Ok(Command::Build {
            inputs,
            out,
            options,
            stats,
            format: format.unwrap_or_default(),
            content,
            dcat,
        }),
        (true, None) => Err(UsageError::BuildNeedsOut),
        (false, None) if stats => Err(UsageError::StatsOnlyForBuild),
        (false, None) if content.is_some() => Err(UsageError::ContentOnlyForBuild),
        (false, None) if dcat != DcatFlags::default() => Err(UsageError::DcatOnlyForBuild),
        (false, None) => Ok(Command::Check {
            inputs,
            options,
            format: format.unwrap_or_default(),
        }),
        (false, Some(_)) => Err(UsageError::OutOnlyForBuild),
    }
}

/// The value of option `name` when `text` is it (`--name value` or
/// `--name=value`); `Ok(None)` when `text` is another argument.
fn option_value(
    text: &str,
    name: &str,
    what: &'static str,
    args: &mut impl Iterator<Item = (usize, OsString)>,
) -> Result<Option<OsString>, UsageError> {
    let value = if text == name {
        args.next().map(|(_, v)| v)
    } else if let Some(value) = text.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
        Some(OsString::from(value))
    } else {
        return Ok(None);
    };
    match value {
        Some(value) if !value.is_empty() => Ok(Some(value)),
        _ => Err(UsageError::MissingValue {
            option: name.to_owned(),
            what,
        }),
    }
}

#[cfg(test)]
mod tests;
