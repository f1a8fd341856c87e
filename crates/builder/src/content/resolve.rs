//! Checks one content file's tree for what the content types
//! (`catalog::content`) cannot see, each problem with its line and column:
//! the version, texts in Bokmål and English (and Nynorsk, if given),
//! dates, web addresses and, above all, that every variable id under a
//! `variables` key is in the catalog being built. The tree is turned into JSON for the types on the way.

use crate::dialect::date::Date;
use crate::dialect::suggest::did_you_mean;
use crate::syntax::tree::{Node, Value};
use serde_json::{Map, Value as Json};
use std::collections::HashSet;

/// Keys whose value is a `YYYY-MM-DD` date.
const DATES: &[&str] = &["start", "end", "date", "decisionDate"];

/// What a content file holds, checked against the catalog's variable ids.
pub struct Checker<'a> {
    /// The file as problems name it, e.g. `content/pilot.yaml`.
    file: &'a str,
    /// Every variable id of the catalog.
    ids: &'a HashSet<&'a str>,
    /// The problems found, as `file:line:column: message`.
    pub problems: Vec<String>,
}

impl<'a> Checker<'a> {
    /// A checker for `file` against the catalog's `ids`.
    pub fn new(file: &'a str, ids: &'a HashSet<&'a str>) -> Checker<'a> {
        Checker {
            file,
            ids,
            problems: Vec::new(),
        }
    }

    fn problem(&mut self, node: &Node, message: String) {
        let pos = node.pos;
        self.problems.push(format!(
            "{}:{}:{}: {message}",
            self.file, pos.line, pos.column
        ));
    }

    /// The file's root as JSON without its `contentVersion`, which must be
    /// `version`.
    pub fn root(&mut self, root: &Node, version: u32) -> Json {
        let Value::Map(entries) = &root.value else {
            self.problem(
                root,
                format!(
                    "expected a mapping starting with contentVersion: {version}, found {}",
                    root.kind()
                ),
            );
            return Json::Null;
        };
        match entries.iter().find(|e| &*e.key == "contentVersion") {
            None => self.problem(
                root,
                format!("contentVersion: is missing; write contentVersion: {version}"),
            ),
            Some(e) if e.value.as_scalar() == Some(version.to_string().as_str()) => {}
            Some(e) => {
                let found = e.value.as_scalar().unwrap_or("").to_owned();
                self.problem(
                    &e.value,
                    format!("contentVersion: \"{found}\" is not {version}, the version this builder reads"),
                );
            }
        }
        let mut object = Map::new();
        for entry in entries.iter().filter(|e| &*e.key != "contentVersion") {
            let value = self.node(&entry.value, &entry.key, &entry.key);
            object.insert(entry.key.to_string(), value);
        }
        Json::Object(object)
    }

    /// The node at field path `path`, under key `key`, as JSON.
    fn node(&mut self, node: &Node, key: &str, path: &str) -> Json {
        match &node.value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => Json::String(n.clone()),
            Value::Scalar(text) => {
                self.scalar(node, key, path, text);
                Json::String(text.to_string())
            }
            Value::Seq(items) => {
                if key == "variables" {
                    for item in items {
                        self.variable(item, path);
                    }
                }
                Json::Array(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| self.node(item, "", &format!("{path}[{i}]")))
                        .collect(),
                )
            }
            Value::Map(entries) => {
                if entries
                    .iter()
                    .any(|e| matches!(&*e.key, "nb" | "nn" | "en"))
                {
                    self.text(node, path);
                }
                let mut object = Map::new();
                for entry in entries {
                    let child = format!("{path}.{}", entry.key);
                    let value = self.node(&entry.value, &entry.key, &child);
                    object.insert(entry.key.to_string(), value);
                }
                Json::Object(object)
            }
        }
    }

    /// A date or web address must be one.
    fn scalar(&mut self, node: &Node, key: &str, path: &str, text: &str) {
        if DATES.contains(&key) && Date::parse(text).is_none() {
            self.problem(
                node,
                format!("{path}: \"{text}\" is not a real date in the form YYYY-MM-DD"),
            );
        }
        if key == "url" && !text.starts_with("https://") && !text.starts_with("http://") {
            self.problem(
                node,
                format!("{path}: \"{text}\" is not a web address (https://…)"),
            );
        }
        if key == "variables" {
            self.problem(
                node,
                format!("{path}: expected a list of variable ids, found text"),
            );
        }
    }

    /// A text needs Bokmål and English, each non-empty; Nynorsk may be
    /// left out (the app shows Bokmål instead), but not left blank.
    fn text(&mut self, node: &Node, path: &str) {
        let Value::Map(entries) = &node.value else {
            return;
        };
        for (lang, required) in [("nb", true), ("nn", false), ("en", true)] {
            match entries.iter().find(|e| &*e.key == lang) {
                None if required => self.problem(
                    node,
                    format!("{path}.{lang}: is missing; every text has nb and en (nn if it can)"),
                ),
                None => {}
                Some(e) if e.value.as_scalar().is_some_and(|t| !t.trim().is_empty()) => {}
                Some(e) => self.problem(&e.value, format!("{path}.{lang}: must be non-empty text")),
            }
        }
    }

    /// A variable id must be in the catalog.
    fn variable(&mut self, item: &Node, path: &str) {
        let Some(id) = item.as_scalar() else {
            self.problem(
                item,
                format!(
                    "{path}: expected a variable id such as novari-iks/VGO_ELEV_FNR, found {}",
                    item.kind()
                ),
            );
            return;
        };
        if self.ids.contains(id) {
            return;
        }
        let candidates: Vec<&str> = self.ids.iter().copied().collect();
        let mut candidates = candidates;
        // Sorted, so the suggestion never depends on the hash order.
        candidates.sort_unstable();
        let hint = did_you_mean(id, &candidates)
            .map(|near| format!("; did you mean {near}?"))
            .unwrap_or_default();
        self.problem(item, format!("variable {id} is not in the catalog{hint}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(yaml: &str) -> Vec<String> {
        let ids: HashSet<&str> = ["novari-iks/VGO_ELEV_FNR", "sikt/FEIDEAPI_ORG_ID"]
            .into_iter()
            .collect();
        let root = crate::syntax::yaml::parse(yaml).expect("YAML");
        let mut checker = Checker::new("c.yaml", &ids);
        checker.root(&root, 1);
        checker.problems
    }

    #[test]
    fn every_problem_is_named_with_its_place() {
        let cases: &[(&str, &[&str])] = &[
            (
                "contentVersion: 1\nitems:\n  - variables: [novari-iks/VGO_ELEV_FNR]\n",
                &[],
            ),
            (
                "contentVersion: 1\nitems:\n  - variables:\n      - novari-iks/VGO_ELEV_FNX\n      - ssb/NOPE\n",
                &[
                    "c.yaml:4:9: variable novari-iks/VGO_ELEV_FNX is not in the catalog; did you mean novari-iks/VGO_ELEV_FNR?",
                    "c.yaml:5:9: variable ssb/NOPE is not in the catalog",
                ],
            ),
            (
                "contentVersion: 1\nvariables: sikt/FEIDEAPI_ORG_ID\n",
                &["c.yaml:2:12: variables: expected a list of variable ids, found text"],
            ),
            (
                "contentVersion: 1\nvariables: [[sikt/FEIDEAPI_ORG_ID]]\n",
                &["c.yaml:2:13: variables: expected a variable id such as novari-iks/VGO_ELEV_FNR, found a list"],
            ),
            (
                "contentVersion: 2\n",
                &["c.yaml:1:17: contentVersion: \"2\" is not 1, the version this builder reads"],
            ),
            (
                "title: {nb: Om}\n",
                &[
                    "c.yaml:1:1: contentVersion: is missing; write contentVersion: 1",
                    "c.yaml:1:9: title.en: is missing; every text has nb and en (nn if it can)",
                ],
            ),
            (
                "contentVersion: 1\ntitle:\n  nb: Om\n  nn: Om\n  en: About\n",
                &[],
            ),
            (
                "contentVersion: 1\ntitle:\n  nb: Om\n  nn: \"\"\n  en: About\n",
                &["c.yaml:4:7: title.nn: must be non-empty text"],
            ),
            (
                "contentVersion: 1\ntitle:\n  nn: Om\n",
                &[
                    "c.yaml:3:3: title.nb: is missing; every text has nb and en (nn if it can)",
                    "c.yaml:3:3: title.en: is missing; every text has nb and en (nn if it can)",
                ],
            ),
            (
                "contentVersion: 1\ntitle:\n  nb: \"  \"\n  en: About\n",
                &["c.yaml:3:7: title.nb: must be non-empty text"],
            ),
            (
                "contentVersion: 1\npilot:\n  start: 2024-13-01\nsources:\n  - url: novari.no\n",
                &[
                    "c.yaml:3:10: pilot.start: \"2024-13-01\" is not a real date in the form YYYY-MM-DD",
                    "c.yaml:5:10: sources[0].url: \"novari.no\" is not a web address (https://…)",
                ],
            ),
            (
                "- a\n",
                &["c.yaml:1:1: expected a mapping starting with contentVersion: 1, found a list"],
            ),
        ];
        for (yaml, expected) in cases {
            assert_eq!(problems(yaml), *expected, "{yaml}");
        }
    }
}
