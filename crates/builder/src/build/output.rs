//! Writing the catalog (as JSON and in bytes), its detail shards and its
//! prebuilt search index so that a failed build never leaves a
//! half-written or mixed output behind.

use crate::build::parallel;
use catalog::{
    Engine, SplitCatalog, BINARY_CATALOG_FILE, CATALOG_FILE, INDEX_FILE, TEXT_INDEX_FILE,
};
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

/// Writes the catalog to `catalog`, the same catalog in bytes to
/// [`BINARY_CATALOG_FILE`] (what the app reads), its shards to `details/`
/// and its prebuilt search index to [`INDEX_FILE`] (the browse part) and
/// [`TEXT_INDEX_FILE`] (the text part) beside it, all or nothing, and
/// returns the index's two parts. `split.catalog.index` is set to the index
/// written, so `split` is what `catalog.json` now holds.
///
/// Everything is first written into a hidden temporary folder in the same
/// directory; then the old `details/`, index and binary catalog are moved
/// into that folder,
/// the new ones and the catalog file are renamed into place, and the
/// temporary folder (with the old files) is removed. Renames within one
/// directory replace in one step, so an error on the way (a full disk, a
/// missing directory) leaves the old output exactly as it was, and no stale
/// shard of an older build survives a new one.
pub fn write_split(catalog: &Path, split: &mut SplitCatalog) -> io::Result<(Vec<u8>, Vec<u8>)> {
    let dir = match catalog.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let temp = dir.join(format!(".nettbutikk-build-{}", std::process::id()));
    let result = write_files(&temp, split).and_then(|index| {
        swap_in(&temp, &dir, catalog)?;
        Ok(index)
    });
    // The temporary folder is ours and useless now (it holds the new files
    // on failure, the old ones on success); failing to remove it changes
    // nothing for the caller, who gets the first error.
    let _ = fs::remove_dir_all(&temp);
    result
}

/// Writes every file of the split and its index under `root`, creating it.
///
/// Each file is serialized straight into a buffered file, the shards on
/// every core while a second thread builds the search index (both take
/// about as long at 100,000 variables); then the index, and last the
/// catalog in bytes and as JSON, which name the index. The output of 100,000 variables is
/// 150 MB of JSON, and building it as strings first cost more than writing
/// it. The JSON is that of [`SplitCatalog::files`].
fn write_files(root: &Path, split: &mut SplitCatalog) -> io::Result<(Vec<u8>, Vec<u8>)> {
    fs::create_dir(root)?;
    fs::create_dir(root.join(DETAILS_DIR))?;
    let mut jobs = Vec::new();
    for (i, relative) in split.catalog.detail_shards.iter().enumerate() {
        let path = root.join(relative);
        if path.parent() != Some(&root.join(DETAILS_DIR)) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("shard path {relative} is not in {DETAILS_DIR}/"),
            ));
        }
        jobs.push((path, i));
    }
    let (index, text, reference) = std::thread::scope(|scope| {
        let indexing = scope.spawn(|| Engine::prebuilt(&split.catalog));
        let shards: io::Result<()> =
            parallel::map_in_order(&jobs, |(path, i)| match split.shards.get(*i) {
                Some(shard) => write_json(path, shard),
                None => Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!("no shard for {}", path.display()),
                )),
            })
            .into_iter()
            .collect();
        let index = indexing
            .join()
            .map_err(|_| io::Error::other("building the search index failed"));
        shards.and(index)
    })?;
    write_file(&root.join(INDEX_FILE), &index)?;
    write_file(&root.join(TEXT_INDEX_FILE), &text)?;
    split.catalog.index = Some(reference);
    write_file(&root.join(BINARY_CATALOG_FILE), &split.catalog.to_bytes())?;
    write_json(&root.join(CATALOG_FILE), &split.catalog)?;
    Ok((index, text))
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

/// Writes a file and waits until it is on disk.
fn write_file(path: &Path, contents: &[u8]) -> io::Result<()> {
    let mut file = fs::File::create(path)?;
    file.write_all(contents)?;
    file.sync_all()
}

/// Moves the new `details/`, index parts, binary catalog and catalog from `temp`
/// into `dir`, putting the old ones back if a later step fails.
fn swap_in(temp: &Path, dir: &Path, catalog: &Path) -> io::Result<()> {
    let old = |name: &str| temp.join(format!("old-{name}"));
    // What was moved so far: old files out of `dir`, new ones into it.
    let (mut saved, mut installed) = (Vec::new(), Vec::new());
    let undo = |saved: &[&str], installed: &[&str], e: io::Error| {
        for name in installed {
            let current = dir.join(name);
            let _ = fs::remove_dir_all(&current).or_else(|_| fs::remove_file(&current));
        }
        for name in saved {
            let _ = fs::rename(old(name), dir.join(name));
        }
        e
    };
    for name in [
        DETAILS_DIR,
        INDEX_FILE,
        TEXT_INDEX_FILE,
        BINARY_CATALOG_FILE,
    ] {
        match fs::rename(dir.join(name), old(name)) {
            Ok(()) => saved.push(name),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(undo(&saved, &installed, e)),
        }
    }
    for name in [
        DETAILS_DIR,
        INDEX_FILE,
        TEXT_INDEX_FILE,
        BINARY_CATALOG_FILE,
    ] {
        fs::rename(temp.join(name), dir.join(name)).map_err(|e| undo(&saved, &installed, e))?;
        installed.push(name);
    }
    fs::rename(temp.join(CATALOG_FILE), catalog).map_err(|e| undo(&saved, &installed, e))
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
