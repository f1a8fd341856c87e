//! Writing `catalog.ttl`, the catalogue's DCAT-AP-NO 2 description that
//! the national data catalogue (data.norge.no) harvests, beside
//! `catalog.json`, and the same as `catalog.jsonld` when the shop's address
//! is known.

use catalog::Catalog;
use dcat::{BaseUrl, Options, JSON_LD_FILE, TURTLE_FILE};
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// What `build` needs to know for the description and the catalog does not
/// say: `--base-url` and `--publisher`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DcatFlags {
    /// The shop's public address, checked.
    pub base_url: Option<BaseUrl>,
    /// The organisation number of whoever publishes the shop.
    pub publisher: Option<String>,
}

/// Checks `--publisher`: a nine-digit organisation number, spaces
/// allowed between the digits; `None` when it is not one.
pub fn parse_publisher(text: &str) -> Option<String> {
    let number: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    (number.len() == 9 && number.bytes().all(|b| b.is_ascii_digit())).then_some(number)
}

/// Where the description goes: beside the catalog file.
pub fn turtle_path(catalog: &Path) -> PathBuf {
    catalog.with_file_name(TURTLE_FILE)
}

/// What [`write`] wrote, and what the description lacks because the
/// command line did not say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// `catalog.ttl`.
    pub turtle: PathBuf,
    /// Its size in bytes.
    pub turtle_bytes: usize,
    /// `catalog.jsonld`, written only when the shop's address is known.
    pub json_ld: Option<PathBuf>,
    /// The variables described.
    pub variables: usize,
    /// What the description lacks, one sentence each.
    pub lacks: Vec<String>,
}

impl Written {
    /// Prints a warning per gap and the "wrote" line, as `build` does in
    /// text mode. Failing to print must not fail the build.
    pub fn print(&self, out: &mut dyn Write) {
        for lack in &self.lacks {
            let _ = writeln!(out, "warning: {lack}");
        }
        let per_variable = self.turtle_bytes / self.variables.max(1);
        let _ = writeln!(
            out,
            "wrote {} ({} bytes, {per_variable} per variable)",
            self.turtle.display(),
            self.turtle_bytes
        );
    }

    /// What was written, for `build --format json` under `"written"`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "turtle": self.turtle.display().to_string(),
            "json_ld": self.json_ld.as_ref().map(|p| p.display().to_string()),
            "lacks": self.lacks,
        })
    }
}

/// The description written to temporary files beside the catalog,
/// waiting to be put in place by [`Pending::install`]; dropped without
/// that, it removes them and the old description stays.
#[derive(Debug)]
pub struct Pending {
    /// `catalog.ttl` and where its new bytes wait.
    turtle: (PathBuf, PathBuf),
    turtle_bytes: usize,
    /// `catalog.jsonld` and, when written, where its new text waits.
    json_ld: (PathBuf, Option<PathBuf>),
    variables: usize,
    lacks: Vec<String>,
}

/// Writes the description of `catalog` into temporary files beside
/// `catalog_path` (what [`Pending::install`] then puts in place), so it can
/// be made while the catalog's other files are written.
pub fn prepare(catalog_path: &Path, catalog: &Catalog, flags: &DcatFlags) -> io::Result<Pending> {
    let options = Options {
        base_url: flags.base_url.clone(),
        publisher: flags.publisher.clone(),
        ..Options::default()
    };
    let path = turtle_path(catalog_path);
    let mut pending = Pending {
        turtle: (path.clone(), temp_path(&path)),
        turtle_bytes: 0,
        json_ld: (catalog_path.with_file_name(JSON_LD_FILE), None),
        variables: catalog.variables.len(),
        lacks: lacks(flags),
    };
    let mut out = CountingWriter::new(fs::File::create(&pending.turtle.1)?);
    // Without the shop's address there is no JSON-LD, and the Turtle is
    // written as the catalog is described, without the triples in between.
    let json_ld = match options.base_url {
        Some(_) => {
            let description = dcat::describe(catalog, &options);
            description.write_turtle(&mut out)?;
            description.to_json_ld()
        }
        None => {
            dcat::write_turtle(catalog, &options, &mut out)?;
            None
        }
    };
    pending.turtle_bytes = out.written;
    if let Some(json_ld) = json_ld {
        let temp = temp_path(&pending.json_ld.0);
        fs::write(&temp, json_ld)?;
        pending.json_ld.1 = Some(temp);
    }
    Ok(pending)
}

impl Pending {
    /// Puts the description in place, each file replaced in one step, and
    /// says what was written and what it had to leave out.
    pub fn install(mut self) -> io::Result<Written> {
        fs::rename(&self.turtle.1, &self.turtle.0)?;
        let json_ld = match self.json_ld.1.take() {
            Some(temp) => {
                if let Err(e) = fs::rename(&temp, &self.json_ld.0) {
                    let _ = fs::remove_file(&temp);
                    return Err(e);
                }
                Some(self.json_ld.0.clone())
            }
            // A JSON-LD file of an earlier build would no longer match.
            None => match fs::remove_file(&self.json_ld.0) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => None,
            },
        };
        Ok(Written {
            turtle: self.turtle.0.clone(),
            turtle_bytes: self.turtle_bytes,
            json_ld,
            variables: self.variables,
            lacks: std::mem::take(&mut self.lacks),
        })
    }
}

impl Drop for Pending {
    /// Removes the temporary files that were not put in place (after a
    /// successful install there are none, and removing fails harmlessly).
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.turtle.1);
        if let Some(temp) = &self.json_ld.1 {
            let _ = fs::remove_file(temp);
        }
    }
}

/// What the description lacks because the command line did not say it.
fn lacks(flags: &DcatFlags) -> Vec<String> {
    let mut lacks = Vec::new();
    if flags.base_url.is_none() {
        lacks.push(format!(
            "{TURTLE_FILE} has no landing pages and relative addresses, and no {JSON_LD_FILE} is written: give the shop's public address with --base-url"
        ));
    }
    if flags.publisher.is_none() {
        lacks.push(format!(
            "{TURTLE_FILE} names no publisher of the catalogue, which DCAT-AP-NO requires: give its organisation number with --publisher"
        ));
    }
    lacks
}

/// A temporary file beside `path`, so that a rename replaces `path` in
/// one step and readers see the old file or the new one, never half of one.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}", std::process::id()))
}

/// A buffered file that counts the bytes written through it.
struct CountingWriter {
    inner: BufWriter<fs::File>,
    written: usize,
}

impl CountingWriter {
    fn new(file: fs::File) -> CountingWriter {
        CountingWriter {
            inner: BufWriter::with_capacity(1 << 16, file),
            written: 0,
        }
    }
}

impl Write for CountingWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names in `dir`, sorted.
    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    #[test]
    fn a_prepared_description_is_installed_or_leaves_nothing() {
        let dir = std::env::temp_dir().join(format!("nettbutikk-dcat-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("a scratch folder");
        let catalog_path = dir.join("catalog.json");
        let with_base = DcatFlags {
            base_url: BaseUrl::parse("https://shop.example/").ok(),
            publisher: None,
        };
        for flags in [DcatFlags::default(), with_base] {
            let pending = prepare(&catalog_path, &Catalog::empty(), &flags).expect("prepared");
            assert!(!names(&dir).is_empty(), "the temporary files are written");
            drop(pending);
            assert_eq!(names(&dir), Vec::<String>::new(), "dropped: nothing left");

            let pending = prepare(&catalog_path, &Catalog::empty(), &flags).expect("prepared");
            let written = pending.install().expect("installed");
            let mut expected = vec![TURTLE_FILE.to_owned()];
            if flags.base_url.is_some() {
                expected.insert(0, JSON_LD_FILE.to_owned());
            }
            assert_eq!(names(&dir), expected, "installed: only the description");
            assert_eq!(
                fs::metadata(&written.turtle).map(|m| m.len() as usize).ok(),
                Some(written.turtle_bytes)
            );
            assert_eq!(
                written.lacks.len(),
                2 - usize::from(flags.base_url.is_some())
            );
            for name in names(&dir) {
                fs::remove_file(dir.join(name)).expect("removable");
            }
        }
        let _ = fs::remove_dir_all(&dir);
    }
}
