//! Finding the metadata files and reading them as text.
//!
//! This is the only module besides the output writer that touches the file
//! system, so every dialect reader works on checked, in-memory UTF-8 text.

use crate::syntax::problem::Problem;
use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest metadata file the builder reads. Real provider files are a
/// few hundred kilobytes; anything near this is a mistake (a data dump
/// instead of metadata) and would only make the build slow.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// One metadata file, read and known to be non-empty UTF-8 text without
/// control characters other than tab and line ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// The path as the user named it, or as found under a named directory;
    /// problems are reported with it.
    pub name: String,
    /// The whole text, without a byte-order mark.
    pub text: String,
    /// Whether the file started with a UTF-8 byte-order mark, which the
    /// builder skips but microdata-tools refuses.
    pub had_bom: bool,
}

impl SourceFile {
    /// The warning for a file that started with a byte-order mark, if it
    /// did.
    pub fn bom_warning(&self) -> Option<Problem> {
        self.had_bom.then(|| {
            Problem::warning(
                &self.name,
                1,
                "",
                "the file starts with a UTF-8 byte-order mark (BOM); the builder reads it, but microdata-tools refuses such files: save it as UTF-8 without BOM",
            )
            .at_column(1)
        })
    }
}

/// Why the builder cannot run on the paths it was given: a problem with
/// the command line, not inside a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// A path does not exist or cannot be read.
    Unreadable {
        /// The path, as the user named it or as found under a directory.
        path: PathBuf,
        /// What the operating system said.
        reason: String,
    },
    /// A directory holds no metadata files.
    NoMetadata(PathBuf),
}

impl InputError {
    fn unreadable(path: &Path, error: &std::io::Error) -> InputError {
        InputError::Unreadable {
            path: path.to_path_buf(),
            reason: error.to_string(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Unreadable { path, reason } => {
                write!(f, "cannot read {}: {reason}", path.display())
            }
            InputError::NoMetadata(dir) => write!(
                f,
                "found no .yaml, .yml or .json files in {}",
                dir.display()
            ),
        }
    }
}

impl std::error::Error for InputError {}

/// Why a file gave no text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The file could not be opened or read at all: the builder cannot run.
    Unreadable(InputError),
    /// The file was read but is not usable metadata text: a problem in
    /// the input, reported like any other.
    Rejected(Rejected),
}

/// A file that is not usable metadata text (empty, too large, not UTF-8
/// or with control characters), with why, as a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// The file, as problems name it.
    pub file: String,
    /// Why it was rejected.
    pub reason: String,
}

impl Rejected {
    /// The rejection as an error about the whole file.
    pub fn problem(&self) -> Problem {
        Problem::error(&self.file, 0, "", self.reason.as_str())
    }
}

/// Expands the command line's files and directories into the metadata files
/// to read.
///
/// Directories are walked recursively for `*.yaml`, `*.yml` and `*.json`
/// files;
/// named files are taken whatever their extension. The result is sorted and
/// free of repeats, so the order of the arguments and of the directory
/// listing never changes the output. Fails with a sentence for the user when
/// a path cannot be read or a directory holds no metadata.
///
/// Provider files (`provider.yaml` and the like) in the folders above each
/// input are added too, so that checking one microdata-tools file or one
/// folder finds the provider it belongs to.
pub fn discover(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    let mut files = Vec::new();
    for input in inputs {
        add_provider_files_above(input, &mut files);
        let meta = fs::metadata(input).map_err(|e| InputError::unreadable(input, &e))?;
        if meta.is_dir() {
            let before = files.len();
            walk(input, &mut files)?;
            if files.len() == before {
                return Err(InputError::NoMetadata(input.clone()));
            }
        } else {
            files.push(input.clone());
        }
    }
    files.sort();
    files.dedup();
    Ok(files)
}

/// Adds the provider files in the folders that hold `input`, as far up as
/// the path is written.
fn add_provider_files_above(input: &Path, files: &mut Vec<PathBuf>) {
    for dir in input.ancestors().skip(1) {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        for name in ["provider.yaml", "provider.yml", "provider.json"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                files.push(if dir == Path::new(".") {
                    PathBuf::from(name)
                } else {
                    candidate
                });
            }
        }
    }
}

/// Adds the metadata files under `dir` to `files`.
///
/// Symbolic links to directories are not followed, so a link cycle cannot
/// make the walk endless.
fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), InputError> {
    let entries = fs::read_dir(dir).map_err(|e| InputError::unreadable(dir, &e))?;
    for entry in entries {
        let entry = entry.map_err(|e| InputError::unreadable(dir, &e))?;
        let path = entry.path();
        let kind = entry
            .file_type()
            .map_err(|e| InputError::unreadable(&path, &e))?;
        if kind.is_dir() {
            walk(&path, files)?;
        } else if is_metadata(&path) {
            files.push(path);
        }
    }
    Ok(())
}

/// True for `*.yaml`, `*.yml` and `*.json`, in any letter case.
fn is_metadata(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["yaml", "yml", "json"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// Reads one file and checks that it is usable text.
pub fn read(path: &Path) -> Result<SourceFile, ReadError> {
    let name = path.display().to_string();
    let unreadable = |e: std::io::Error| ReadError::Unreadable(InputError::unreadable(path, &e));
    let file = fs::File::open(path).map_err(unreadable)?;
    // Sized from the file system's figure (the limit still counts what
    // is read), so a 5 MB file is not copied through growing buffers.
    let size = file
        .metadata()
        .map_or(0, |m| m.len().min(MAX_FILE_BYTES) + 1);
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // Reading one byte past the limit tells "too large" apart without
    // trusting the size the file system reports (the file may grow).
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    from_bytes(&name, bytes).map_err(ReadError::Rejected)
}

/// Checks the bytes of a file named `name` and turns them into text.
pub fn from_bytes(name: &str, bytes: Vec<u8>) -> Result<SourceFile, Rejected> {
    let reject = |reason: String| Rejected {
        file: name.to_owned(),
        reason,
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(reject(format!(
            "the file is larger than {} MB; metadata files must be smaller",
            MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = 1 + valid.iter().filter(|&&b| b == b'\n').count();
            return Err(reject(format!(
                "the file is not UTF-8 text (the first invalid byte is on line {line}); save it as UTF-8"
            )));
        }
    };
    let (text, had_bom) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (rest.to_owned(), true),
        None => (text, false),
    };
    if text.trim().is_empty() {
        return Err(reject("the file is empty".to_owned()));
    }
    // Neither YAML nor JSON allows these raw, but a parser may stop at a
    // NUL and silently drop the rest of the file.
    // Bytes, not characters: ASCII control bytes never occur inside a
    // multi-byte UTF-8 character, and decoding 100 MB took a tenth of a
    // second.
    if let Some(at) = text
        .bytes()
        .position(|b| b.is_ascii_control() && !matches!(b, b'\t' | b'\n' | b'\r'))
    {
        let line = 1 + text[..at].matches('\n').count();
        let code = u32::from(text.as_bytes()[at]);
        return Err(reject(format!(
            "the file contains the control character U+{code:04X} on line {line}; metadata files must be plain text"
        )));
    }
    Ok(SourceFile {
        name: name.to_owned(),
        text,
        had_bom,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_bytes_rejects_unusable_text_with_a_sentence() {
        let too_large = vec![b'a'; MAX_FILE_BYTES as usize + 1];
        let cases: [(Vec<u8>, Result<&str, &str>); 10] = [
            (b"catalogs: []\n".to_vec(), Ok("catalogs: []\n")),
            ("\u{feff}a: æ".as_bytes().to_vec(), Ok("a: æ")),
            (Vec::new(), Err("x.yaml: the file is empty")),
            (b" \n\t\n".to_vec(), Err("x.yaml: the file is empty")),
            (
                b"a: 1\nb: \xff\n".to_vec(),
                Err("x.yaml: the file is not UTF-8 text (the first invalid byte is on line 2); save it as UTF-8"),
            ),
            (
                b"a: 1\nb: x\0y\n".to_vec(),
                Err("x.yaml: the file contains the control character U+0000 on line 2; metadata files must be plain text"),
            ),
            (
                b"a: \x1b[31m\n".to_vec(),
                Err("x.yaml: the file contains the control character U+001B on line 1; metadata files must be plain text"),
            ),
            (
                b"a: \x7f\n".to_vec(),
                Err("x.yaml: the file contains the control character U+007F on line 1; metadata files must be plain text"),
            ),
            (b"a:\tb\r\nc: d\r\n".to_vec(), Ok("a:\tb\r\nc: d\r\n")),
            (
                too_large,
                Err("x.yaml: the file is larger than 20 MB; metadata files must be smaller"),
            ),
        ];
        for (bytes, expected) in cases {
            let got = from_bytes("x.yaml", bytes)
                .map(|s| s.text)
                .map_err(|r| r.problem().to_string());
            let expected = expected.map(str::to_owned).map_err(str::to_owned);
            assert_eq!(got, expected);
        }
    }

    #[test]
    fn metadata_files_are_yaml_or_json_in_any_case() {
        for (name, expected) in [
            ("a.yaml", true),
            ("a.YML", true),
            ("a.json", true),
            ("a.txt", false),
            ("yaml", false),
        ] {
            assert_eq!(is_metadata(Path::new(name)), expected, "{name}");
        }
    }
}
