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

/// Checks `--publisher`: a nine-digit organisation number.
pub fn parse_publisher(text: &str) -> Result<String, String> {
    let number: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if number.len() == 9 && number.bytes().all(|b| b.is_ascii_digit()) {
        Ok(number)
    } else {
        Err(format!(
            "--publisher needs the nine-digit organisation number of whoever publishes the shop, not \"{text}\""
        ))
    }
}

/// Where the description goes: beside the catalog file.
pub fn turtle_path(catalog: &Path) -> PathBuf {
    catalog.with_file_name(TURTLE_FILE)
}

/// Writes the description of `catalog` beside `catalog_path`, replacing
/// the old one in one step, and reports to `out` what it wrote and what it
/// had to leave out.
pub fn write(
    catalog_path: &Path,
    catalog: &Catalog,
    flags: &DcatFlags,
    out: &mut dyn Write,
) -> io::Result<()> {
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
    match description.to_json_ld() {
        Some(json_ld) => replace(&json_ld_path, &json_ld)?,
        // A JSON-LD file of an earlier build would no longer match.
        None => match fs::remove_file(&json_ld_path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => {}
        },
    }
    // Failing to print must not fail the build.
    if flags.base_url.is_none() {
        let _ = writeln!(
            out,
            "warning: {TURTLE_FILE} has no landing pages and relative addresses, and no {JSON_LD_FILE} is written: give the shop's public address with --base-url"
        );
    }
    if flags.publisher.is_none() {
        let _ = writeln!(
            out,
            "warning: {TURTLE_FILE} names no publisher of the catalogue, which DCAT-AP-NO requires: give its organisation number with --publisher"
        );
    }
    let per_variable = turtle.len() / catalog.variables.len().max(1);
    let _ = writeln!(
        out,
        "wrote {} ({} bytes, {per_variable} per variable)",
        path.display(),
        turtle.len()
    );
    Ok(())
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
