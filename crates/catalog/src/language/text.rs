//! Multilingual text as the metadata gives it, and the UI languages.

use serde::{Deserialize, Serialize};

/// A language the shop can show text in.
///
/// Metadata may also carry Nynorsk (`nn`); it is kept in [`Text`] and used as
/// a fallback, but the UI itself speaks Bokmål and English.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Norwegian Bokmål, the default.
    #[default]
    Nb,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 code, as used in `<html lang>` and in the URL.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::En => "en",
        }
    }

    /// Parses a language code; `no` and `nn` count as Norwegian.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nb" | "no" | "nn" | "nob" | "nor" => Some(Lang::Nb),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Text in up to three languages.
///
/// Serialized as an object with the keys `nb`, `nn` and `en`, each left out
/// when absent, so `{"nb": "Kommune", "en": "Municipality"}`. The metadata
/// code `no` is stored as `nb`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    /// Norwegian Bokmål (or unspecified Norwegian, `no`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nb: Option<String>,
    /// Norwegian Nynorsk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nn: Option<String>,
    /// English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Text {
    /// Text in Norwegian only.
    pub fn nb(value: impl Into<String>) -> Text {
        Text {
            nb: Some(value.into()),
            ..Text::default()
        }
    }

    /// Text in Norwegian and English.
    pub fn nb_en(nb: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            nb: Some(nb.into()),
            nn: None,
            en: Some(en.into()),
        }
    }

    /// True when no language has any text.
    pub fn is_empty(&self) -> bool {
        self.values().next().is_none()
    }

    /// The text in `lang`, falling back to the other languages, so a
    /// variable described only in Norwegian still shows in the English UI.
    /// Empty only when the text is empty in every language.
    pub fn get(&self, lang: Lang) -> &str {
        let order = match lang {
            Lang::Nb => [&self.nb, &self.nn, &self.en],
            Lang::En => [&self.en, &self.nb, &self.nn],
        };
        order
            .into_iter()
            .flatten()
            .map(String::as_str)
            .find(|s| !s.is_empty())
            .unwrap_or("")
    }

    /// Every non-empty value, for search indexing.
    pub fn values(&self) -> impl Iterator<Item = &str> {
        [&self.nb, &self.nn, &self.en]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_falls_back_in_language_order() {
        let cases = [
            (Text::nb_en("Kommune", "Municipality"), Lang::Nb, "Kommune"),
            (
                Text::nb_en("Kommune", "Municipality"),
                Lang::En,
                "Municipality",
            ),
            (Text::nb("Kommune"), Lang::En, "Kommune"),
            (
                Text {
                    nn: Some("Kommune (nn)".into()),
                    ..Text::default()
                },
                Lang::Nb,
                "Kommune (nn)",
            ),
            (
                Text {
                    nb: Some(String::new()),
                    en: Some("Municipality".into()),
                    nn: None,
                },
                Lang::Nb,
                "Municipality",
            ),
            (Text::default(), Lang::Nb, ""),
        ];
        for (text, lang, expected) in cases {
            assert_eq!(text.get(lang), expected, "{text:?} in {lang:?}");
        }
    }

    #[test]
    fn lang_codes_round_trip_and_norwegian_variants_map_to_nb() {
        for lang in [Lang::Nb, Lang::En] {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        for code in ["no", "NN", " nb "] {
            assert_eq!(Lang::from_code(code), Some(Lang::Nb), "{code}");
        }
        assert_eq!(Lang::from_code("sv"), None);
    }

    #[test]
    fn serializes_without_absent_languages() {
        let json = serde_json::to_string(&Text::nb("Person")).expect("serializes");
        assert_eq!(json, r#"{"nb":"Person"}"#);
    }
}
