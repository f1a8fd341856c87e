//! The shape of the site's editorial content: the page about KUDAF and the
//! VIGO pilot and the accessibility statement, as `content.json` holds
//! them (`docs/catalog-format.md`, "content.json"). The builder writes
//! these types and the app reads them.
//!
//! Every text is a [`Bilingual`] in Bokmål and English, shown as plain
//! text, never as markup.

use crate::Lang;
use serde::{Deserialize, Serialize};

/// The version of `content.json` that these types describe. Bump it on any
/// change an older app cannot read; an added optional field is not one.
pub const CONTENT_VERSION: u32 = 1;

/// `content.json`: everything under `content/`, with every variable id
/// checked against the catalog built with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Content {
    /// [`CONTENT_VERSION`].
    pub content_version: u32,
    /// The page "Om KUDAF og VIGO-piloten" (`content/pilot.yaml`).
    pub pilot: PilotPage,
    /// The accessibility statement (`content/accessibility.yaml`).
    pub accessibility: Accessibility,
}

/// A text in Bokmål and English; both are required and non-empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    /// Norwegian Bokmål.
    pub nb: String,
    /// English.
    pub en: String,
}

impl Bilingual {
    /// The text in `lang`. The content is written in Bokmål and English
    /// only, so every Norwegian UI language (Nynorsk too) shows the Bokmål
    /// text; an empty text (which the builder refuses) falls back to the
    /// other language rather than leaving a blank.
    pub fn get(&self, lang: Lang) -> &str {
        let (first, other) = match lang {
            Lang::En => (&self.en, &self.nb),
            // Bokmål, and any other Norwegian the UI speaks.
            _ => (&self.nb, &self.en),
        };
        if first.trim().is_empty() {
            other
        } else {
            first
        }
    }
}

/// The page about KUDAF and the VIGO pilot, in reading order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PilotPage {
    /// The page title.
    pub title: Bilingual,
    /// What KUDAF is and how the shop is used; short enough for the start
    /// page too.
    pub kudaf: Kudaf,
    /// The labels of the ecosystem picture.
    pub ecosystem: Ecosystem,
    /// The pilot between Novari IKS and HK-dir.
    pub pilot: Pilot,
    /// Novari's phase-1 variable list, each item with its catalog
    /// variables.
    pub variable_list: VariableList,
    /// How the pilot ended and what comes next.
    pub outcome: Outcome,
    /// The public documents the page is based on.
    pub sources: Vec<Source>,
}

/// What KUDAF is, in two sentences, and the shop's three steps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Kudaf {
    /// Section heading.
    pub heading: Bilingual,
    /// Two sentences on what KUDAF is.
    pub summary: Bilingual,
    /// Find variables, put them in the basket, draft a request; in order.
    pub steps: Vec<Step>,
    /// That the shop is a demonstration and nothing can be ordered.
    pub demo_notice: Bilingual,
}

/// One step of using the shop.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// A few words.
    pub title: Bilingual,
    /// One sentence.
    pub text: Bilingual,
}

/// The KUDAF ecosystem as a picture of three parts, left to right.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ecosystem {
    /// Section heading.
    pub heading: Bilingual,
    /// One sentence that says what the picture shows, for those who do not
    /// see it.
    pub intro: Bilingual,
    /// Providers, access control and data flow, consumers.
    pub parts: Vec<EcosystemPart>,
}

/// One part of the ecosystem picture.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EcosystemPart {
    /// `providers`, `access` or `consumers`: stable, for styling.
    pub id: String,
    /// The part's label.
    pub label: Bilingual,
    /// The boxes inside the part, possibly none.
    pub items: Vec<Bilingual>,
}

/// The pilot: who, when, on what data, in which phases.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Pilot {
    /// Section heading.
    pub heading: Bilingual,
    /// The parties and the purpose.
    pub summary: Bilingual,
    /// First day, `YYYY-MM-DD`.
    pub start: String,
    /// Last day, `YYYY-MM-DD`.
    pub end: String,
    /// That only synthetic data were used.
    pub synthetic_data: Bilingual,
    /// The phases, in order.
    pub phases: Vec<Phase>,
}

/// One phase of the pilot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    /// Its number and name.
    pub title: Bilingual,
    /// What the phase was to do.
    pub goal: Bilingual,
    /// What came of it, as the sources state.
    pub outcome: Bilingual,
}

/// Novari's phase-1 variable list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VariableList {
    /// Section heading.
    pub heading: Bilingual,
    /// What the list is.
    pub intro: Bilingual,
    /// The items, in Novari's order.
    pub items: Vec<ListItem>,
}

/// One item of the list and the catalog variables that describe it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListItem {
    /// The item as Novari's list names it.
    pub label: Bilingual,
    /// Catalog variable ids (`novari-iks/VGO_ELEV_FNR`), each checked to be
    /// in the catalog; empty when the catalog has none.
    pub variables: Vec<String>,
    /// Shown beside the item, e.g. that the catalog has no variable for
    /// it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Bilingual>,
}

/// The outcome of the pilot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Outcome {
    /// Section heading.
    pub heading: Bilingual,
    /// The meeting date of the decision case, `YYYY-MM-DD`.
    pub decision_date: String,
    /// The points, in order.
    pub points: Vec<Bilingual>,
}

/// A public document the page is based on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Its title.
    pub title: Bilingual,
    /// Its date, `YYYY-MM-DD`, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Its web address (`https://`), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The accessibility statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    /// The page title.
    pub title: Bilingual,
    /// The standard aimed at.
    pub conformance: Conformance,
    /// How the shop is tested.
    pub testing: Section,
    /// Known limitations; the list grows as they become known.
    pub limitations: Section,
    /// How to report a problem.
    pub feedback: Feedback,
}

/// The conformance target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conformance {
    /// E.g. `WCAG 2.1 AA`.
    pub target: String,
    /// What is claimed and what is not.
    pub text: Bilingual,
}

/// A heading with a list of points.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Section heading.
    pub heading: Bilingual,
    /// The points, in order.
    pub items: Vec<Bilingual>,
}

/// Where to report a problem.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    /// Section heading.
    pub heading: Bilingual,
    /// Where and how.
    pub text: Bilingual,
    /// The address to report at (`https://`), where one is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_reads_its_text_and_nynorsk_reads_bokmal() {
        let both = Bilingual {
            nb: "Finn variabler".into(),
            en: "Find variables".into(),
        };
        let only_nb = Bilingual {
            nb: "Finn variabler".into(),
            en: " ".into(),
        };
        let only_en = Bilingual {
            nb: String::new(),
            en: "Find variables".into(),
        };
        let nn = Lang::from_code("nn").expect("nn is a language code");
        let cases = [
            (&both, Lang::Nb, "Finn variabler"),
            (&both, Lang::En, "Find variables"),
            (&both, nn, "Finn variabler"),
            (&only_nb, Lang::En, "Finn variabler"),
            (&only_en, Lang::Nb, "Find variables"),
            (&only_en, nn, "Find variables"),
        ];
        for (text, lang, expected) in cases {
            assert_eq!(text.get(lang), expected, "{lang:?}");
        }
    }
}
