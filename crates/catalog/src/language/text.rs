//! Multilingual text as the metadata gives it, and the UI languages.

use serde::{Deserialize, Serialize};

/// A language the shop can show text in: both written standards of
/// Norwegian (a state body publishes in both, by the Language Act) and
/// English.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Norwegian Bokmål, the default.
    #[default]
    Nb,
    /// Norwegian Nynorsk.
    Nn,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order the language switch offers them.
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// The BCP 47 code, as used in `<html lang>` and in the URL.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    /// The language's name in the language itself, as a language switch
    /// shows it (each option readable by those who need it).
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Nb => "Bokmål",
            Lang::Nn => "Nynorsk",
            Lang::En => "English",
        }
    }

    /// Parses a language code; `no` (unspecified Norwegian) counts as
    /// Bokmål.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nb" | "no" | "nob" | "nor" => Some(Lang::Nb),
            "nn" | "nno" => Some(Lang::Nn),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }

    /// The order in which metadata text is looked for when the UI speaks
    /// this language: the other Norwegian standard before English, since a
    /// reader of either reads the other; English readers get Bokmål first,
    /// the standard most metadata is written in.
    pub fn fallback(self) -> [Lang; 3] {
        match self {
            Lang::Nb => [Lang::Nb, Lang::Nn, Lang::En],
            Lang::Nn => [Lang::Nn, Lang::Nb, Lang::En],
            Lang::En => [Lang::En, Lang::Nb, Lang::Nn],
        }
    }
}

/// Metadata text in the language it was found in, so the UI can mark text
/// shown in a language other than the page's with `lang`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResolvedText<'a> {
    /// The text; empty when no language has any.
    pub text: &'a str,
    /// The language of `text` (the one asked for when the text is empty).
    pub lang: Lang,
}

impl ResolvedText<'_> {
    /// The `lang` attribute the text needs on a page in `page`: its code
    /// when it is in another language (so screen readers switch voice and
    /// browsers hyphenate right), `None` when the page's own `lang` holds.
    /// Empty text needs none.
    pub fn lang_attr(&self, page: Lang) -> Option<&'static str> {
        (self.lang != page && !self.text.is_empty()).then(|| self.lang.code())
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

    /// The text in `lang`, falling back to the other languages in
    /// [`Lang::fallback`] order, so a variable described only in Bokmål
    /// still shows in the Nynorsk and English UI. Empty only when the text
    /// is empty in every language.
    pub fn get(&self, lang: Lang) -> &str {
        self.resolve(lang).text
    }

    /// The `lang` attribute [`Text::get`]'s text needs on a page in
    /// `page`: the code of the language it was found in when that is not
    /// the page's, `None` otherwise (see [`ResolvedText::lang_attr`]).
    pub fn lang_attr(&self, page: Lang) -> Option<&'static str> {
        self.resolve(page).lang_attr(page)
    }

    /// Like [`Text::get`], and says which language the text is in.
    pub fn resolve(&self, lang: Lang) -> ResolvedText<'_> {
        lang.fallback()
            .into_iter()
            .find_map(|l| {
                let text = self.in_lang(l)?;
                (!text.is_empty()).then_some(ResolvedText { text, lang: l })
            })
            .unwrap_or(ResolvedText { text: "", lang })
    }

    /// The text in exactly `lang`, without fallback.
    pub fn in_lang(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Nb => self.nb.as_deref(),
            Lang::Nn => self.nn.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }

    /// The same text in every language, from a function of the language:
    /// the labels of the vocabularies, as facets carry them.
    pub fn from_fn(label: impl Fn(Lang) -> &'static str) -> Text {
        Text {
            nb: Some(label(Lang::Nb).to_string()),
            nn: Some(label(Lang::Nn).to_string()),
            en: Some(label(Lang::En).to_string()),
        }
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
    fn resolution_names_the_language_it_fell_back_to() {
        let nn = Text {
            nn: Some("Kommune (nn)".into()),
            ..Text::default()
        };
        let empty_nb = Text {
            nb: Some(String::new()),
            nn: None,
            en: Some("Municipality".into()),
        };
        let both = Text::nb_en("Kommune", "Municipality");
        let nb = Text::nb("Kommune");
        // (text, UI language, shown, its language, lang attribute needed)
        let cases: [(&Text, Lang, &str, Lang, Option<&str>); 9] = [
            (&both, Lang::Nb, "Kommune", Lang::Nb, None),
            (&both, Lang::En, "Municipality", Lang::En, None),
            (&both, Lang::Nn, "Kommune", Lang::Nb, Some("nb")),
            (&nb, Lang::En, "Kommune", Lang::Nb, Some("nb")),
            (&nb, Lang::Nb, "Kommune", Lang::Nb, None),
            (&nn, Lang::Nb, "Kommune (nn)", Lang::Nn, Some("nn")),
            (&nn, Lang::En, "Kommune (nn)", Lang::Nn, Some("nn")),
            (&empty_nb, Lang::Nb, "Municipality", Lang::En, Some("en")),
            (&Text::default(), Lang::En, "", Lang::En, None),
        ];
        for (text, ui, shown, lang, attr) in cases {
            let resolved = text.resolve(ui);
            assert_eq!(resolved.text, shown, "{text:?} in {ui:?}");
            assert_eq!(resolved.text, text.get(ui), "{text:?} agrees with get");
            assert_eq!(resolved.lang, lang, "{text:?} in {ui:?}");
            assert_eq!(resolved.lang_attr(ui), attr, "{text:?} in {ui:?}");
        }
    }

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

    /// `(nb, nn, en)` of a text, `None` for an absent language.
    fn text(nb: Option<&str>, nn: Option<&str>, en: Option<&str>) -> Text {
        Text {
            nb: nb.map(Into::into),
            nn: nn.map(Into::into),
            en: en.map(Into::into),
        }
    }

    #[test]
    fn resolve_reports_the_language_found_in_fallback_order() {
        use Lang::{En, Nb, Nn};
        let all = text(Some("Kommune"), Some("Kommune nn"), Some("Municipality"));
        let cases = [
            // (text, asked, expected text, expected language)
            (&all, Nb, "Kommune", Nb),
            (&all, Nn, "Kommune nn", Nn),
            (&all, En, "Municipality", En),
            // nn → nb → en
            (&text(Some("Elev"), None, Some("Pupil")), Nn, "Elev", Nb),
            (&text(None, None, Some("Pupil")), Nn, "Pupil", En),
            (&text(Some(""), Some(""), Some("Pupil")), Nn, "Pupil", En),
            // nb → nn → en
            (
                &text(None, Some("Elev nn"), Some("Pupil")),
                Nb,
                "Elev nn",
                Nn,
            ),
            (&text(None, None, Some("Pupil")), Nb, "Pupil", En),
            // en → nb → nn
            (&text(Some("Elev"), Some("Elev nn"), None), En, "Elev", Nb),
            (&text(None, Some("Elev nn"), None), En, "Elev nn", Nn),
            // nothing anywhere: empty, in the language asked for
            (&text(None, Some(""), None), Nn, "", Nn),
            (&Text::default(), En, "", En),
        ];
        for (t, asked, expected, found) in cases {
            let r = t.resolve(asked);
            assert_eq!((r.text, r.lang), (expected, found), "{t:?} in {asked:?}");
            assert_eq!(t.get(asked), expected, "{t:?} in {asked:?}");
        }
    }

    #[test]
    fn lang_attr_only_for_text_in_another_language() {
        use Lang::{En, Nb, Nn};
        let nb_only = Text::nb("Elev");
        let cases = [
            // (text, page, expected attribute)
            (&nb_only, Nb, None),
            (&nb_only, Nn, Some("nb")),
            (&nb_only, En, Some("nb")),
            (&Text::default(), Nn, None),
        ];
        for (t, page, expected) in cases {
            assert_eq!(
                t.resolve(page).lang_attr(page),
                expected,
                "{t:?} on {page:?}"
            );
            assert_eq!(t.lang_attr(page), expected, "{t:?} on {page:?}");
        }
        let all = text(Some("a"), Some("b"), Some("c"));
        for page in Lang::ALL {
            assert_eq!(all.resolve(page).lang_attr(page), None, "{page:?}");
        }
    }

    #[test]
    fn lang_codes_round_trip_and_norwegian_variants_map_to_their_standard() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        let cases = [
            ("no", Some(Lang::Nb)),
            (" nb ", Some(Lang::Nb)),
            ("NOB", Some(Lang::Nb)),
            ("NN", Some(Lang::Nn)),
            ("nno", Some(Lang::Nn)),
            ("EN", Some(Lang::En)),
            ("sv", None),
            ("", None),
        ];
        for (code, expected) in cases {
            assert_eq!(Lang::from_code(code), expected, "{code:?}");
        }
    }

    #[test]
    fn from_fn_fills_every_language() {
        let t = Text::from_fn(|l| l.code());
        for lang in Lang::ALL {
            assert_eq!(
                t.resolve(lang),
                ResolvedText {
                    text: lang.code(),
                    lang
                }
            );
        }
    }

    #[test]
    fn serializes_without_absent_languages() {
        let json = serde_json::to_string(&Text::nb("Person")).expect("serializes");
        assert_eq!(json, r#"{"nb":"Person"}"#);
    }
}
