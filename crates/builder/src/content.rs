//! The site's editorial content: `content/pilot.yaml` (the page about
//! KUDAF and the VIGO pilot) and `content/accessibility.yaml` (the
//! accessibility statement), checked against the catalog being built and
//! written as `content.json` beside `catalog.json`.
//!
//! The content names catalog variables by id (Novari's phase-1 list); a
//! build fails, naming the file, line and id, when one of them is not in
//! the catalog, so the page never links to a variable that is gone.
//! `docs/catalog-format.md` describes `content.json`.

mod resolve;

// The types live in the core, which the app reads them with.
pub use catalog::content::{Content, CONTENT_FILE, CONTENT_VERSION};

use catalog::{Catalog, SplitCatalog};
use resolve::Checker;
use serde::de::DeserializeOwned;
use std::collections::HashSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The page about KUDAF and the VIGO pilot, in the content folder.
pub const PILOT_FILE: &str = "pilot.yaml";
/// The accessibility statement, in the content folder.
pub const ACCESSIBILITY_FILE: &str = "accessibility.yaml";
/// The content folder's name beside the metadata folder.
pub const CONTENT_DIR: &str = "content";

/// The content folder a build uses when `--content` is not given:
/// `content/` beside the first metadata folder named, when it exists
/// (`content/` for `metadata`, as in this repository).
pub fn beside(inputs: &[PathBuf]) -> Option<PathBuf> {
    let folder = inputs.iter().find(|p| p.is_dir())?;
    let candidate = folder.parent()?.join(CONTENT_DIR);
    candidate.is_dir().then_some(candidate)
}

/// The content for a build of `split` from `inputs`: from `dir` when
/// `--content` names one, else from [`beside`] the metadata; `None` when
/// there is none. Fails with every problem, one line each.
pub fn for_build(
    inputs: &[PathBuf],
    dir: Option<&Path>,
    split: &SplitCatalog,
) -> Result<Option<Content>, String> {
    let Some(dir) = dir.map(Path::to_path_buf).or_else(|| beside(inputs)) else {
        return Ok(None);
    };
    load(&dir, &split.catalog)
        .map(Some)
        .map_err(|problems| problems.iter().map(|p| format!("{p}\n")).collect())
}

/// Reads the content files in `dir` and checks them against `catalog`.
///
/// Fails with every problem found, each a line for the user
/// (`content/pilot.yaml:42:9: variable novari-iks/VGO_X is not in the
/// catalog`).
pub fn load(dir: &Path, catalog: &Catalog) -> Result<Content, Vec<String>> {
    let ids: HashSet<&str> = catalog.variables.iter().map(|v| v.id.as_str()).collect();
    let pilot = read(&dir.join(PILOT_FILE), &ids);
    let accessibility = read(&dir.join(ACCESSIBILITY_FILE), &ids);
    match (pilot, accessibility) {
        (Ok(pilot), Ok(accessibility)) => Ok(Content {
            content_version: CONTENT_VERSION,
            pilot,
            accessibility,
        }),
        (pilot, accessibility) => Err(pilot
            .err()
            .into_iter()
            .chain(accessibility.err())
            .flatten()
            .collect()),
    }
}

/// One content file, checked, as its type.
fn read<T: DeserializeOwned>(path: &Path, ids: &HashSet<&str>) -> Result<T, Vec<String>> {
    let file = match crate::source::read(path) {
        Ok(file) => file,
        Err(crate::source::ReadError::Unreadable(why)) => return Err(vec![why.to_string()]),
        Err(crate::source::ReadError::Rejected(r)) => {
            return Err(vec![format!("{}: {}", r.file, r.reason)])
        }
    };
    let root = crate::syntax::yaml::parse(&file.text).map_err(|e| {
        vec![format!(
            "{}:{}:{}: invalid YAML: {}",
            file.name, e.pos.line, e.pos.column, e.message
        )]
    })?;
    let mut checker = Checker::new(&file.name, ids);
    let json = checker.root(&root, CONTENT_VERSION);
    if !checker.problems.is_empty() {
        return Err(checker.problems);
    }
    // The checks above have places; what is left (a missing or unknown
    // field, a list where a text belongs) is the types' to name.
    serde_json::from_value(json).map_err(|e| {
        vec![format!(
            "{}: does not have the content format (docs/catalog-format.md): {e}",
            file.name
        )]
    })
}

/// Writes `content` as `content.json` beside `catalog` (the path of
/// `catalog.json`), replacing any old one at once, and returns its path.
pub fn write(catalog: &Path, content: &Content) -> io::Result<PathBuf> {
    let dir = match catalog.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let path = dir.join(CONTENT_FILE);
    let temp = dir.join(format!(".{CONTENT_FILE}.{}", std::process::id()));
    let mut bytes = serde_json::to_vec_pretty(content)?;
    bytes.push(b'\n');
    let written = fs::File::create(&temp).and_then(|mut f| {
        f.write_all(&bytes)?;
        f.sync_all()
    });
    match written.and_then(|()| fs::rename(&temp, &path)) {
        Ok(()) => Ok(path),
        Err(e) => {
            // Ours and useless now; the old content.json is untouched.
            let _ = fs::remove_file(&temp);
            Err(e)
        }
    }
}
