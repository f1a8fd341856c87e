//! The shape of the site's editorial content: the page about KUDAF and the
//! VIGO pilot and the accessibility statement, as `content.json` holds
//! them (`docs/catalog-format.md`, "content.json"). The builder writes
//! these types and the app reads them.
//!
//! Every text is a [`Bilingual`]: Bokmål and English, and Nynorsk where
//! the content has it; shown as plain text, never as markup.

use crate::{Lang, ResolvedText};
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

/// A text in Bokmål and English, both required and non-empty, and in
/// Nynorsk where the content has it (the builder refuses an empty one).
/// The name stays from when the content had two languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    /// Norwegian Bokmål.
    pub nb: String,
    /// Norwegian Nynorsk; without it, Nynorsk readers get the Bokmål text.
    /// Left out of `content.json` when absent, so content without it
    /// reads as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nn: Option<String>,
    /// English.
    pub en: String,
}

impl Bilingual {
    /// The text in `lang`, or in the next language of [`Lang::fallback`]
    /// that has one (Nynorsk → Bokmål → English, English → Bokmål), rather
    /// than a blank.
    pub fn get(&self, lang: Lang) -> &str {
        self.resolve(lang).text
    }

    /// Like [`Bilingual::get`], and says which language the text is in, so
    /// the UI can mark a fallback with its `lang`.
    pub fn resolve(&self, lang: Lang) -> ResolvedText<'_> {
        lang.fallback()
            .into_iter()
            .find_map(|l| {
                let text = match l {
                    Lang::Nb => self.nb.as_str(),
                    Lang::Nn => self.nn.as_deref().unwrap_or_default(),
                    Lang::En => self.en.as_str(),
                };
                (!text.trim().is_empty()).then_some(ResolvedText { text, lang: l })
            })
            .unwrap_or(ResolvedText { text: "", lang })
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
    fn each_language_reads_its_text_and_falls_back_in_order() {
        let text = |nb: &str, nn: Option<&str>, en: &str| Bilingual {
            nb: nb.into(),
            nn: nn.map(Into::into),
            en: en.into(),
        };
        let all = text("Finn variabler", Some("Finn variablar"), "Find variables");
        let no_nn = text("Finn variabler", None, "Find variables");
        let blank_nn = text("Finn variabler", Some(" "), "Find variables");
        let only_nb = text("Finn variabler", None, " ");
        let only_en = text("", None, "Find variables");
        let only_nn = text("", Some("Finn variablar"), "");
        let cases = [
            (&all, Lang::Nb, "Finn variabler", Lang::Nb),
            (&all, Lang::Nn, "Finn variablar", Lang::Nn),
            (&all, Lang::En, "Find variables", Lang::En),
            (&no_nn, Lang::Nn, "Finn variabler", Lang::Nb),
            (&blank_nn, Lang::Nn, "Finn variabler", Lang::Nb),
            (&only_nb, Lang::En, "Finn variabler", Lang::Nb),
            (&only_en, Lang::Nb, "Find variables", Lang::En),
            (&only_en, Lang::Nn, "Find variables", Lang::En),
            (&only_nn, Lang::Nb, "Finn variablar", Lang::Nn),
            (&only_nn, Lang::En, "Finn variablar", Lang::Nn),
        ];
        for (text, lang, expected, found) in cases {
            let resolved = text.resolve(lang);
            assert_eq!(
                (resolved.text, resolved.lang),
                (expected, found),
                "{lang:?}"
            );
            assert_eq!(text.get(lang), expected, "{lang:?}");
        }
    }

    #[test]
    fn content_without_nynorsk_reads_and_writes_as_before() {
        let json = r#"{"nb":"Kilder","en":"Sources"}"#;
        let text: Bilingual = serde_json::from_str(json).expect("two languages");
        assert_eq!(text.nn, None);
        assert_eq!(serde_json::to_string(&text).expect("writes"), json);
        let three = r#"{"nb":"Kilder","nn":"Kjelder","en":"Sources"}"#;
        let text: Bilingual = serde_json::from_str(three).expect("three languages");
        assert_eq!(text.get(Lang::Nn), "Kjelder");
        assert_eq!(serde_json::to_string(&text).expect("writes"), three);
    }
}
