//! Writing the catalog so that a failed build never leaves a half-written
//! or stale-but-changed file behind.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `contents` to `path` all or nothing.
///
/// The text goes to a temporary file in the same directory, which is then
/// renamed over `path`. A rename within one directory (one file system)
/// replaces the file in one step, so readers see either the old catalog or
/// the new one, and an error on the way leaves the old one as it was.
pub fn write_atomically(path: &Path, contents: &str) -> io::Result<()> {
    let temp = temp_path(path);
    let result = write_and_rename(&temp, path, contents);
    if result.is_err() {
        // The temporary file is ours and useless now; a failure to remove
        // it changes nothing for the caller, who gets the first error.
        let _ = fs::remove_file(&temp);
    }
    result
}

fn write_and_rename(temp: &Path, path: &Path, contents: &str) -> io::Result<()> {
    let mut file = fs::File::create(temp)?;
    file.write_all(contents.as_bytes())?;
    file.sync_all()?;
    drop(file);
    fs::rename(temp, path)
}

/// `dir/.name.tmp-<pid>` beside `dir/name`: hidden, and unique per process
/// so two builds at once do not write into each other's file.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "catalog.json".to_owned());
    path.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_files_sit_beside_the_output() {
        let temp = temp_path(Path::new("public/catalog.json"));
        assert_eq!(temp.parent(), Some(Path::new("public")));
        let name = temp.file_name().map(|n| n.to_string_lossy().into_owned());
        assert!(name.is_some_and(|n| n.starts_with(".catalog.json.tmp-")));
    }
}
