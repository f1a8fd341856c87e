//! Writing `catalog.ttl`, the catalogue's DCAT-AP-NO 2 description that
//! the national data catalogue (data.norge.no) harvests, beside
//! `catalog.json`, and the same as `catalog.jsonld` when the shop's address
//! is known.

use catalog::Catalog;
use dcat::{BaseUrl, Options, JSON_LD_FILE, TURTLE_FILE};
use std::fs;
use std::io::{self, Write};
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

/// Writes the description of `catalog` beside `catalog_path`, replacing
/// the old one in one step, and says what it wrote and what it had to
/// leave out.
pub fn write(catalog_path: &Path, catalog: &Catalog, flags: &DcatFlags) -> io::Result<Written> {
    let options = Options {
        base_url: flags.base_url.clone(),
        publisher: flags.publisher.clone(),
        ..Options::default()
    };
    let description = dcat::describe(catalog, &options);
    let turtle = description.to_turtle();
    let path = turtle_path(catalog_path);
    replace(&path, &turtle)?;
    let json_ld_path = catalog_path.with_file_name(JSON_LD_FILE);
    let json_ld = match description.to_json_ld() {
        Some(json_ld) => {
            replace(&json_ld_path, &json_ld)?;
            Some(json_ld_path)
        }
        // A JSON-LD file of an earlier build would no longer match.
        None => match fs::remove_file(&json_ld_path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => None,
        },
    };
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
    Ok(Written {
        turtle: path,
        turtle_bytes: turtle.len(),
        json_ld,
        variables: catalog.variables.len(),
        lacks,
    })
}

/// Writes `text` to `path` through a temporary file beside it, so readers
/// see the old file or the new one, never half of one.
fn replace(path: &Path, text: &str) -> io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.{}", std::process::id()));
    fs::write(&temp, text).and_then(|()| fs::rename(&temp, path))
}
