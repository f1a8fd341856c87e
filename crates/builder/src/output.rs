//! Writing the catalog and its detail shards so that a failed build never
//! leaves a half-written or mixed output behind.

use crate::parallel;
use catalog::{SplitCatalog, CATALOG_FILE};
use serde::Serialize;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// The folder beside `catalog.json` that holds the detail shards; every
/// path in `detailShards` starts with it.
pub const DETAILS_DIR: &str = "details";

/// Where `--out` puts the catalog: a path ending in `.json` is the catalog
/// file itself, anything else a folder that gets `catalog.json`. The shards
/// go to [`DETAILS_DIR`] beside the catalog file either way.
pub fn catalog_path(out: &Path) -> PathBuf {
    if out.extension().is_some_and(|e| e == "json") {
        out.to_path_buf()
    } else {
        out.join(CATALOG_FILE)
    }
}

/// Writes the catalog to `catalog` and its shards to `details/` beside it,
/// all or nothing.
///
/// Everything is first written into a hidden temporary folder in the same
/// directory; then the old `details/` is moved into that folder, the new
/// one and the catalog file are renamed into place, and the temporary folder
/// (with the old shards) is removed. Renames within one directory replace
/// in one step, so an error on the way (a full disk, a missing directory)
/// leaves the old output exactly as it was, and no stale shard of an older
/// build survives a new one.
pub fn write_split(catalog: &Path, split: &SplitCatalog) -> io::Result<()> {
    let dir = match catalog.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let temp = dir.join(format!(".nettbutikk-build-{}", std::process::id()));
    let result = write_files(&temp, split).and_then(|()| swap_in(&temp, &dir, catalog));
    // The temporary folder is ours and useless now (it holds the new files
    // on failure, the old shards on success); failing to remove it changes
    // nothing for the caller, who gets the first error.
    let _ = fs::remove_dir_all(&temp);
    result
}

/// Writes every file of the split under `root`, creating it.
///
/// Each file is serialized straight into a buffered file, the catalog and
/// the shards on every core: the output of 100,000 variables is 150 MB of
/// JSON, and building it as strings first cost more than writing it. The
/// bytes are those of [`SplitCatalog::files`].
fn write_files(root: &Path, split: &SplitCatalog) -> io::Result<()> {
    fs::create_dir(root)?;
    fs::create_dir(root.join(DETAILS_DIR))?;
    let mut jobs = vec![(root.join(CATALOG_FILE), Part::Catalog)];
    for (i, relative) in split.catalog.detail_shards.iter().enumerate() {
        let path = root.join(relative);
        if path.parent() != Some(&root.join(DETAILS_DIR)) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("shard path {relative} is not in {DETAILS_DIR}/"),
            ));
        }
        jobs.push((path, Part::Shard(i)));
    }
    parallel::map_in_order(&jobs, |(path, part)| match part {
        Part::Catalog => write_json(path, &split.catalog),
        Part::Shard(i) => match split.shards.get(*i) {
            Some(shard) => write_json(path, shard),
            None => Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("no shard for {}", path.display()),
            )),
        },
    })
    .into_iter()
    .collect()
}

/// One file of the output.
enum Part {
    Catalog,
    /// The shard with this index.
    Shard(usize),
}

/// Writes `value` as pretty JSON with a final newline, the form
/// `Catalog::to_json` gives, and flushes it to the disk.
fn write_json(path: &Path, value: &impl Serialize) -> io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 16, fs::File::create(path)?);
    serde_json::to_writer_pretty(&mut out, value)?;
    out.write_all(b"\n")?;
    out.into_inner()
        .map_err(io::IntoInnerError::into_error)?
        .sync_all()
}

/// Moves the new `details/` and catalog from `temp` into `dir`, putting the
/// old `details/` back if the catalog cannot be moved.
fn swap_in(temp: &Path, dir: &Path, catalog: &Path) -> io::Result<()> {
    let details = dir.join(DETAILS_DIR);
    let old = temp.join("old-details");
    let had_old = match fs::rename(&details, &old) {
        Ok(()) => true,
        Err(e) if e.kind() == io::ErrorKind::NotFound => false,
        Err(e) => return Err(e),
    };
    let restore = |e: io::Error| {
        if had_old {
            let _ = fs::remove_dir_all(&details);
            let _ = fs::rename(&old, &details);
        }
        e
    };
    fs::rename(temp.join(DETAILS_DIR), &details).map_err(restore)?;
    fs::rename(temp.join(CATALOG_FILE), catalog).map_err(restore)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_names_the_catalog_file_or_its_folder() {
        let cases = [
            ("dist/catalog.json", "dist/catalog.json"),
            ("first.json", "first.json"),
            ("dist", "dist/catalog.json"),
            ("dist/", "dist/catalog.json"),
            ("staging/v2.d", "staging/v2.d/catalog.json"),
        ];
        for (out, expected) in cases {
            assert_eq!(catalog_path(Path::new(out)), Path::new(expected), "{out}");
        }
    }
}
