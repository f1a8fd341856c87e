//! Sizes of a built catalog (JSON and binary), per part and per variable, raw and gzipped, so
//! the cost of the first load and of a detail fetch can be watched as
//! catalogs grow.

use catalog::SplitCatalog;
use flate2::write::GzEncoder;
use flate2::Compression;
use std::fmt;
use std::io::Write;

/// The bytes of one part of the output (all files of that part together).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PartSize {
    /// How many files the part has.
    pub files: usize,
    /// Bytes as written.
    pub raw: usize,
    /// Bytes after `gzip -9` of each file, as a server would send them.
    pub gzip: usize,
}

/// The sizes of `catalog.json`, `catalog.nbcat`, the detail shards and
/// the index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sizes {
    /// How many variables the catalog has.
    pub variables: usize,
    /// `catalog.json`.
    pub catalog: PartSize,
    /// The catalog in bytes, `catalog.nbcat`: what the app fetches.
    pub binary: PartSize,
    /// Every detail shard.
    pub shards: PartSize,
    /// The largest single shard.
    pub largest_shard: PartSize,
    /// The prebuilt search index's browse part, which the first page waits for.
    pub index: PartSize,
    /// The prebuilt search index's text part, fetched after the first page.
    pub text_index: PartSize,
}

impl Sizes {
    /// Measures the files the builder writes for `split` and its prebuilt
    /// search index's two parts, `index` (browse) and `text`.
    pub fn of(split: &SplitCatalog, index: &[u8], text: &[u8]) -> Sizes {
        let file = |bytes: &[u8]| PartSize {
            files: 1,
            raw: bytes.len(),
            gzip: gzip_len(bytes),
        };
        let mut sizes = Sizes {
            variables: split.catalog.variables.len(),
            index: file(index),
            text_index: file(text),
            ..Sizes::default()
        };
        let binary = split.catalog.to_bytes();
        sizes.binary = PartSize {
            files: 1,
            raw: binary.len(),
            gzip: gzip_len(&binary),
        };
        sizes.catalog = part(&split.catalog);
        for shard in &split.shards {
            let file = part(shard);
            sizes.shards.files += 1;
            sizes.shards.raw += file.raw;
            sizes.shards.gzip += file.gzip;
            if file.raw > sizes.largest_shard.raw {
                sizes.largest_shard = file;
            }
        }
        sizes
    }
}

/// The size of one JSON file as the builder writes it: compact, with a
/// final newline.
fn part(value: &impl serde::Serialize) -> PartSize {
    let mut json = serde_json::to_vec(value).unwrap_or_default();
    json.push(b'\n');
    PartSize {
        files: 1,
        raw: json.len(),
        gzip: gzip_len(&json),
    }
}

/// The gzip size at the best compression, which is what static hosts
/// precompress with.
fn gzip_len(bytes: &[u8]) -> usize {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().map_or(0, |v| v.len())
}

impl fmt::Display for Sizes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Per variable with one decimal, so a 60-variable sample is readable.
        let per = |bytes: usize| match self.variables {
            0 => 0.0,
            n => bytes as f64 / n as f64,
        };
        let line = |f: &mut fmt::Formatter<'_>, name: &str, part: &PartSize| {
            writeln!(
                f,
                "{name}: {} B raw ({:.1} B/variable), {} B gzip ({:.1} B/variable)",
                part.raw,
                per(part.raw),
                part.gzip,
                per(part.gzip)
            )
        };
        writeln!(f, "sizes for {} variables:", self.variables)?;
        line(f, "  catalog.json", &self.catalog)?;
        line(
            f,
            &format!("  {}", catalog::BINARY_CATALOG_FILE),
            &self.binary,
        )?;
        line(
            f,
            &format!("  details ({} shards)", self.shards.files),
            &self.shards,
        )?;
        writeln!(
            f,
            "  largest shard: {} B raw, {} B gzip",
            self.largest_shard.raw, self.largest_shard.gzip
        )?;
        line(f, &format!("  {}", catalog::INDEX_FILE), &self.index)?;
        line(
            f,
            &format!("  {}", catalog::TEXT_INDEX_FILE),
            &self.text_index,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gzip_shrinks_repetition_and_counts_the_header() {
        let repeated = "variabel ".repeat(1000);
        let small = gzip_len(repeated.as_bytes());
        assert!(small > 18 && small < repeated.len() / 20, "{small}");
        // An empty input is still a gzip member: header and trailer.
        assert!(gzip_len(b"") >= 18);
    }

    #[test]
    fn an_empty_catalog_prints_zero_per_variable() {
        let split = SplitCatalog::new(catalog::Catalog::empty(), Vec::new());
        let sizes = Sizes::of(&split, &[], &[]);
        assert_eq!(sizes.shards, PartSize::default());
        assert_eq!(sizes.catalog.files, 1);
        let text = sizes.to_string();
        assert!(text.contains("0.0 B/variable"), "{text}");
        assert!(text.contains("details (0 shards)"), "{text}");
    }
}
