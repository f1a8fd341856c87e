//! Writing the catalog (as JSON and in bytes), its detail shards and its
//! prebuilt search index so that a failed build never leaves a
//! half-written or mixed output behind.

use catalog::{
    Catalog, Engine, SplitCatalog, BINARY_CATALOG_FILE, CATALOG_FILE, INDEX_FILE, TEXT_INDEX_FILE,
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

/// The prebuilt search index's two parts as written: the browse part
/// ([`INDEX_FILE`]) and the text part ([`TEXT_INDEX_FILE`]).
pub type IndexParts = (Vec<u8>, Vec<u8>);

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
pub fn write_split(catalog: &Path, split: &mut SplitCatalog) -> io::Result<IndexParts> {
    write_split_beside(catalog, split, |_| ()).map(|(index, ())| index)
}

/// [`write_split`], running `beside` on the catalog (without its index)
/// on a thread of its own while the index is built and the shards are
/// written, and returning what it gave: `build` writes the DCAT-AP-NO
/// description there. `beside` runs whatever happens to the files.
pub fn write_split_beside<R: Send>(
    catalog: &Path,
    split: &mut SplitCatalog,
    beside: impl FnOnce(&Catalog) -> R + Send,
) -> io::Result<(IndexParts, R)> {
    let dir = match catalog.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let temp = dir.join(format!(".nettbutikk-build-{}", std::process::id()));
    let (written, beside) = write_files(&temp, split, beside);
    let result = written.and_then(|index| {
        swap_in(&temp, &dir, catalog)?;
        Ok((index, beside))
    });
    // The temporary folder is ours and useless now (it holds the new files
    // on failure, the old ones on success); failing to remove it changes
    // nothing for the caller, who gets the first error.
    let _ = fs::remove_dir_all(&temp);
    result
}

/// Writes every file of the split and its index under `root`, creating it,
/// and runs `beside`.
///
/// Each file is serialized straight into a buffered file, in two rounds of
/// work side by side: first the search index (the longest single task at
/// 100,000 variables), `beside` and the shards; then, once the catalog
/// names the index, the catalog in bytes and as JSON. The JSON is compact,
/// with a final newline: it is an export for tools, and the catalog of
/// 100,000 variables was a third whitespace when pretty-printed.
fn write_files<R: Send>(
    root: &Path,
    split: &mut SplitCatalog,
    beside: impl FnOnce(&Catalog) -> R + Send,
) -> (io::Result<IndexParts>, R) {
    let jobs = match shard_jobs(root, split) {
        Ok(jobs) => jobs,
        Err(e) => return (Err(e), beside(&split.catalog)),
    };
    let SplitCatalog { catalog, shards } = split;
    let (indexed, beside, shards_written) = std::thread::scope(|scope| {
        let catalog: &Catalog = catalog;
        let beside = scope.spawn(move || beside(catalog));
        let shards = scope.spawn(|| -> io::Result<()> {
            for (path, i) in &jobs {
                match shards.get(*i) {
                    Some(shard) => write_json(path, shard)?,
                    None => {
                        return Err(io::Error::new(
                            io::ErrorKind::InvalidInput,
                            format!("no shard for {}", path.display()),
                        ))
                    }
                }
            }
            Ok(())
        });
        let indexed = Engine::prebuilt(catalog);
        (indexed, joined(beside), joined(shards))
    });
    let (index, text, reference) = indexed;
    let written = shards_written
        .and_then(|()| write_file(&root.join(INDEX_FILE), &index))
        .and_then(|()| write_file(&root.join(TEXT_INDEX_FILE), &text))
        .and_then(|()| {
            catalog.index = Some(reference);
            let catalog: &Catalog = catalog;
            std::thread::scope(|scope| {
                let json = scope.spawn(|| write_json(&root.join(CATALOG_FILE), catalog));
                let binary = write_file(&root.join(BINARY_CATALOG_FILE), &catalog.to_bytes());
                binary.and(joined(json))
            })
        })
        .map(|()| (index, text));
    (written, beside)
}

/// What a scoped thread gave; a thread only panics if its work does, and
/// the panic is passed on.
fn joined<T>(thread: std::thread::ScopedJoinHandle<'_, T>) -> T {
    thread
        .join()
        .unwrap_or_else(|p| std::panic::resume_unwind(p))
}

/// The folders for the output under `root`, created, and each shard's
/// path with its position in `split.shards`.
fn shard_jobs(root: &Path, split: &SplitCatalog) -> io::Result<Vec<(PathBuf, usize)>> {
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
    Ok(jobs)
}

/// Writes `value` as compact JSON with a final newline and flushes it to
/// the disk.
fn write_json(path: &Path, value: &impl Serialize) -> io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 16, fs::File::create(path)?);
    serde_json::to_writer(&mut out, value)?;
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

/// Moves the new `details/`, index, binary catalog and catalog from `temp`
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
