//! The whole pipeline for a set of files: found and read (syntax), parsed
//! and read in their dialects (dialect), checked together (check) and,
//! without errors, assembled (build). What it found is a [`Report`].

use crate::build::{assemble, parallel};
use crate::check::{dcat_needs, validate};
use crate::dialect::detect;
use crate::dialect::draft::DraftSource;
use crate::dialect::provider::{self, Providers};
use crate::syntax::problem::{self, Problem, Severity};
use crate::syntax::source::{self, InputError, ReadError, Rejected, SourceFile};
use catalog::SplitCatalog;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What checking a set of metadata files found.
#[derive(Debug)]
pub struct Report {
    /// Every problem, sorted by file and line.
    pub problems: Vec<Problem>,
    /// One line per provider, sorted by provider id.
    pub providers: Vec<Summary>,
    /// How many files were read.
    pub files: usize,
    /// The catalog and its detail shards, when there are no errors.
    pub catalog: Option<SplitCatalog>,
}

/// The counts for one provider.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// The provider id.
    pub provider: String,
    /// Variables described, counting those with problems.
    pub variables: usize,
    /// Errors in the provider's metadata.
    pub errors: usize,
    /// Warnings in the provider's metadata.
    pub warnings: usize,
}

/// What the command line adds to the files.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The provider of JSON files that no provider file covers
    /// (`--provider`).
    pub provider: Option<String>,
}

/// Finds, reads, checks and (if there are no errors) assembles the metadata
/// under `inputs`.
///
/// Fails (with an error that reads as a sentence for the user) only when the builder cannot run: a
/// path that does not exist or cannot be read, or a directory without
/// metadata. Everything wrong inside the files is in the report instead.
pub fn run(inputs: &[PathBuf]) -> Result<Report, InputError> {
    run_with(inputs, &Options::default())
}

/// [`run`] with the command line's options.
pub fn run_with(inputs: &[PathBuf], options: &Options) -> Result<Report, InputError> {
    Ok(pipeline(read_all(inputs)?, options, true))
}

/// [`run_with`] without assembling the catalog, which `check` does not
/// write: the problems and summaries are the same, `catalog` is `None`.
pub fn check_with(inputs: &[PathBuf], options: &Options) -> Result<Report, InputError> {
    Ok(pipeline(read_all(inputs)?, options, false))
}

/// [`run_with`] on files handed over in memory, as `(name, bytes)` pairs
/// (the prøverom's dropped or pasted files): from here on the same
/// pipeline as the command line, so the report is the same line for line.
pub fn run_files(files: Vec<(String, Vec<u8>)>, options: &Options) -> Report {
    pipeline(from_memory(files), options, true)
}

/// [`check_with`] on files handed over in memory, as [`run_files`].
pub fn check_files(files: Vec<(String, Vec<u8>)>, options: &Options) -> Report {
    pipeline(from_memory(files), options, false)
}

/// In-memory files in the order [`source::discover`] gives paths (sorted
/// as paths, one file per name, the last one given winning), each checked
/// by [`source::from_bytes`] as a file read from disk is.
fn from_memory(mut files: Vec<(String, Vec<u8>)>) -> Vec<Result<SourceFile, Rejected>> {
    // Stable: of two files with one name, the later stays last.
    files.sort_by(|(a, _), (b, _)| Path::new(a).cmp(Path::new(b)));
    let mut kept: Vec<(String, Vec<u8>)> = Vec::with_capacity(files.len());
    for file in files {
        match kept.last_mut() {
            Some(last) if Path::new(&last.0) == Path::new(&file.0) => *last = file,
            _ => kept.push(file),
        }
    }
    kept.into_iter()
        .map(|(name, bytes)| source::from_bytes(&name, bytes))
        .collect()
}

/// The files under `inputs`, read; `Err` when one cannot be read at all.
fn read_all(inputs: &[PathBuf]) -> Result<Vec<Result<SourceFile, Rejected>>, InputError> {
    let paths = source::discover(inputs)?;
    let mut files = Vec::with_capacity(paths.len());
    // Reading and checking the text of 100 MB takes a third of a second;
    // every core shares it.
    for read in parallel::map_in_order(&paths, |path| source::read(path)) {
        match read {
            Ok(file) => files.push(Ok(file)),
            Err(ReadError::Rejected(rejected)) => files.push(Err(rejected)),
            Err(ReadError::Unreadable(why)) => return Err(why),
        }
    }
    Ok(files)
}

/// The pipeline on files already read: each file that could be read as
/// text (`Ok`) is parsed and read in its dialect, then the drafts are
/// validated and, without errors, assembled. Files rejected while reading
/// (`Err`) count as errors. File names matter: they name microdata-tools
/// variables and place provider files.
pub fn process(files: Vec<Result<SourceFile, Rejected>>) -> Report {
    process_with(files, &Options::default())
}

/// [`process`] with the command line's options.
///
/// Provider files (told by their name) are parsed and read first, on this
/// thread: the JSON files beside them need their ids. The other files are
/// parsed and read on every core; each tree is dropped as soon as it is
/// read. Results are merged in file order, so problems and the catalog are
/// the same as one thread would give.
pub fn process_with(files: Vec<Result<SourceFile, Rejected>>, options: &Options) -> Report {
    pipeline(files, options, true)
}

/// [`process_with`], assembling the catalog only if `with_catalog`.
fn pipeline(
    files: Vec<Result<SourceFile, Rejected>>,
    options: &Options,
    with_catalog: bool,
) -> Report {
    let count = files.len();
    let mut problems = Vec::new();
    let mut provider_files = Vec::new();
    let mut other_files = Vec::with_capacity(count);
    for file in files {
        match file {
            Err(rejected) => problems.push(rejected.problem()),
            Ok(file) if provider::is_provider_file(&file.name) => provider_files.push(file),
            Ok(file) => other_files.push(file),
        }
    }
    let mut providers = Providers::new(options.provider.clone());
    let provider_results: Vec<Outcome> = provider_files
        .iter()
        .map(|file| {
            let outcome = parse_and_read(file, &providers);
            if let Outcome::Read(draft, _) = &outcome {
                providers.add(&file.name, draft);
            }
            outcome
        })
        .collect();
    let other_results =
        parallel::map_in_order(&other_files, |file| parse_and_read(file, &providers));
    // The texts are read; free them before validation needs the memory.
    drop((provider_files, other_files));

    // `problem::sort` orders problems by file, and the problems of one file
    // keep the order its reader found them in.
    let mut drafts: Vec<DraftSource> = Vec::with_capacity(count);
    for outcome in provider_results.into_iter().chain(other_results) {
        match outcome {
            Outcome::Unparsed(problem) => problems.push(*problem),
            Outcome::Read(draft, found) => {
                problems.extend(found);
                drafts.push(draft);
            }
        }
    }
    problems.extend(validate::validate(&drafts));
    if !with_catalog {
        // `check`: what DCAT-AP-NO needs and the metadata lacks, as
        // warnings (`build` says what catalog.ttl lacks as it writes it).
        problems.extend(dcat_needs::check(&drafts));
    }
    problem::sort(&mut problems);
    let providers = summaries(&drafts, &problems);
    let catalog = if with_catalog && !problems.iter().any(Problem::is_error) {
        Some(assemble::assemble(drafts))
    } else {
        parallel::drop_aside(drafts);
        None
    };
    Report {
        providers,
        problems,
        files: count,
        catalog,
    }
}

/// What became of one file.
enum Outcome {
    /// It could not be parsed, or is in no dialect.
    Unparsed(Box<Problem>),
    /// Its draft, and the problems reading it found.
    Read(DraftSource, Vec<Problem>),
}

fn parse_and_read(file: &SourceFile, providers: &Providers) -> Outcome {
    match detect::parse(file) {
        Ok(tree) => {
            let (draft, mut found) = detect::read(&file.name, &tree, providers);
            if let Some(bom) = file.bom_warning() {
                let provider = draft
                    .catalogs
                    .first()
                    .and_then(|c| c.publisher.provider_id());
                found.insert(0, bom.for_provider(provider));
            }
            Outcome::Read(draft, found)
        }
        Err(problem) => Outcome::Unparsed(problem),
    }
}

fn summaries(drafts: &[DraftSource], problems: &[Problem]) -> Vec<Summary> {
    let mut by_provider: BTreeMap<String, Summary> = BTreeMap::new();
    for catalog in drafts.iter().flat_map(|d| &d.catalogs) {
        if let Some(id) = catalog.publisher.provider_id() {
            let summary = by_provider.entry(id.clone()).or_insert_with(|| Summary {
                provider: id,
                ..Summary::default()
            });
            summary.variables += catalog
                .datasets
                .iter()
                .map(|d| d.variables.len())
                .sum::<usize>();
        }
    }
    for problem in problems {
        if let Some(summary) = problem
            .provider
            .as_ref()
            .and_then(|id| by_provider.get_mut(id))
        {
            match problem.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
            }
        }
    }
    by_provider.into_values().collect()
}
