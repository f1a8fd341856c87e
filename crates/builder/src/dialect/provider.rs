//! Whose variables a JSON file describes.
//!
//! microdata-tools files and kudaflib's `variables_metadata.json` name no
//! provider. It comes from a provider file, `provider.yaml` (or `.yml`,
//! `.json`), in the same folder or the nearest parent folder, which has the
//! fields of a KUDAF publisher and may declare the provider's own unit
//! types; failing that, from `--provider <id>`.

use crate::dialect::draft::{DraftCatalog, DraftSource};
use crate::dialect::fields::Reader;
use crate::dialect::publisher::{publisher_fields, unit_types, PUBLISHER};
use crate::syntax::problem::Problem;
use crate::syntax::tree::Node;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

const PROVIDER_FILE: &[&str] = &[
    "name",
    "description",
    "identifier",
    "type",
    "contactPoint",
    "unitTypes",
];

/// True for the names of provider files: `provider.yaml`, `provider.yml`
/// and `provider.json`, in any letter case.
pub fn is_provider_file(name: &str) -> bool {
    let file = Path::new(name)
        .file_name()
        .and_then(|f| f.to_str())
        .unwrap_or("")
        .to_lowercase();
    matches!(
        file.as_str(),
        "provider.yaml" | "provider.yml" | "provider.json"
    )
}

/// Reads a provider file: a publisher and, optionally, `unitTypes`.
pub fn read_file(file: &str, root: &Node) -> (DraftSource, Vec<Problem>) {
    debug_assert!(PUBLISHER.iter().all(|k| PROVIDER_FILE.contains(k)));
    let mut r = Reader::new(file);
    let mut source = DraftSource {
        file: file.to_owned(),
        ..DraftSource::default()
    };
    if let Some(f) = r.fields(root, "", PROVIDER_FILE) {
        let first_problem = r.problems.len();
        let publisher = publisher_fields(&mut r, &f);
        r.set_provider(publisher.provider_id(), first_problem);
        let unit_types = unit_types(&mut r, &f);
        source.catalogs.push(DraftCatalog {
            loc: f.loc(),
            publisher,
            unit_types,
            datasets: Vec::new(),
        });
    }
    (source, r.problems)
}

/// The provider of a JSON file, and the unit types it may use besides the
/// global ones.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// The provider id.
    pub id: String,
    /// Unit types declared in the provider file.
    pub unit_types: Vec<String>,
}

/// The provider files found, by folder, and the `--provider` fallback.
#[derive(Debug, Default)]
pub struct Providers {
    by_dir: HashMap<PathBuf, Option<Context>>,
    fallback: Option<String>,
}

impl Providers {
    /// No provider files yet; `fallback` is `--provider`, if given.
    pub fn new(fallback: Option<String>) -> Providers {
        Providers {
            by_dir: HashMap::new(),
            fallback,
        }
    }

    /// Records the provider file `file`, read into `source`. A provider
    /// file without a usable name still claims its folder, so its files
    /// are not silently given to the `--provider` fallback.
    pub fn add(&mut self, file: &str, source: &DraftSource) {
        let context = source.catalogs.first().and_then(|c| {
            Some(Context {
                id: c.publisher.provider_id()?,
                unit_types: c
                    .unit_types
                    .iter()
                    .filter_map(|u| u.id.as_ref().map(|id| id.value.clone()))
                    .collect(),
            })
        });
        self.by_dir.insert(folder(file), context);
    }

    /// The provider of the JSON file `file`: the nearest provider file's,
    /// else the fallback. `Err` with a sentence when there is none.
    pub fn for_file(&self, file: &str) -> Result<Context, NoProvider> {
        let start = folder(file);
        for dir in start.ancestors() {
            if let Some(found) = self.by_dir.get(dir) {
                return found
                    .clone()
                    .ok_or_else(|| NoProvider::UnnamedProviderFile(dir.to_path_buf()));
            }
        }
        match &self.fallback {
            Some(id) => Ok(Context {
                id: id.clone(),
                unit_types: Vec::new(),
            }),
            None => Err(NoProvider::NoneGiven),
        }
    }
}

/// Why a JSON file has no provider.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoProvider {
    /// The nearest provider file, in this folder, names no usable provider.
    UnnamedProviderFile(PathBuf),
    /// No provider file covers the file and `--provider` is not given.
    NoneGiven,
}

impl fmt::Display for NoProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NoProvider::UnnamedProviderFile(dir) => write!(
                f,
                "the provider file in {} has no usable name, so this file has no provider",
                shown(dir)
            ),
            NoProvider::NoneGiven => f.write_str("this file names no provider; put a provider.yaml with the provider's name in its folder or a parent folder, or pass --provider <id>"),
        }
    }
}

impl std::error::Error for NoProvider {}

/// The folder of a file as named, `""` for a bare file name.
fn folder(file: &str) -> PathBuf {
    Path::new(file)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn shown(dir: &Path) -> String {
    if dir.as_os_str().is_empty() {
        "the current folder".to_owned()
    } else {
        dir.display().to_string()
    }
}

/// The error of a JSON file without a provider, on its first line.
pub fn no_provider(file: &str, why: &str) -> Problem {
    Problem::error(file, 1, "", why)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_provider_file_wins_then_the_fallback() {
        let mut providers = Providers::new(Some("fallback".to_owned()));
        let named = |id: &str| DraftSource {
            catalogs: vec![DraftCatalog {
                publisher: crate::dialect::draft::DraftPublisher {
                    id: Some(id.to_owned()),
                    ..Default::default()
                },
                ..Default::default()
            }],
            ..Default::default()
        };
        providers.add("m/provider.yaml", &named("outer"));
        providers.add("m/ssb/provider.json", &named("inner"));
        providers.add("m/bad/provider.yaml", &DraftSource::default());
        let cases = [
            ("m/ssb/A/A.json", Ok("inner")),
            ("m/ssb/A.json", Ok("inner")),
            ("m/other/B.json", Ok("outer")),
            ("elsewhere/C.json", Ok("fallback")),
            (
                "m/bad/D.json",
                Err("the provider file in m/bad has no usable name, so this file has no provider"),
            ),
        ];
        for (file, expected) in cases {
            let got = providers.for_file(file);
            assert_eq!(
                got.as_ref()
                    .map(|c| c.id.as_str())
                    .map_err(ToString::to_string),
                expected.map_err(str::to_owned),
                "{file}"
            );
        }
        assert!(Providers::new(None).for_file("x.json").is_err());
    }

    #[test]
    fn provider_files_are_known_by_name() {
        for (name, expected) in [
            ("a/provider.yaml", true),
            ("PROVIDER.JSON", true),
            ("provider.yml", true),
            ("providers.yaml", false),
            ("a/provider/x.json", false),
        ] {
            assert_eq!(is_provider_file(name), expected, "{name}");
        }
    }
}
