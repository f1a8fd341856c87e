//! Which language a text was shown in.
//!
//! A [`Text`] falls back to another language when the one asked for is
//! missing ([`Text::get`]). The page must then say so (`lang="nb"` on a
//! Norwegian description in the English view), or a screen reader reads
//! Norwegian with an English voice and the browser hyphenates it by
//! English rules.

use crate::{Lang, Text};

/// The language a text is written in, as metadata can give it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextLang {
    /// Norwegian Bokmål (or unspecified Norwegian).
    Nb,
    /// Norwegian Nynorsk.
    Nn,
    /// English.
    En,
}

impl TextLang {
    /// The BCP 47 code, for a `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            TextLang::Nb => "nb",
            TextLang::Nn => "nn",
            TextLang::En => "en",
        }
    }

    /// True when text in this language is in the UI language `ui`.
    pub fn is(self, ui: Lang) -> bool {
        matches!(
            (self, ui),
            (TextLang::Nb, Lang::Nb) | (TextLang::En, Lang::En)
        )
    }
}

impl From<Lang> for TextLang {
    fn from(lang: Lang) -> TextLang {
        match lang {
            Lang::Nb => TextLang::Nb,
            Lang::En => TextLang::En,
        }
    }
}

/// A text resolved for a UI language: what to show and its language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResolvedText<'t> {
    /// The text shown ([`Text::get`]).
    pub text: &'t str,
    /// The language it is written in; the UI language for an empty text.
    pub lang: TextLang,
}

impl ResolvedText<'_> {
    /// The `lang` attribute the text needs inside a page in `ui`: `None`
    /// when it is in the page's language, so nothing needs saying.
    pub fn lang_attr(&self, ui: Lang) -> Option<&'static str> {
        (!self.lang.is(ui)).then(|| self.lang.code())
    }
}

impl Text {
    /// The text in `lang` with the language it resolved to, by the same
    /// fallback order as [`Text::get`].
    pub fn resolve(&self, lang: Lang) -> ResolvedText<'_> {
        let order = match lang {
            Lang::Nb => [
                (&self.nb, TextLang::Nb),
                (&self.nn, TextLang::Nn),
                (&self.en, TextLang::En),
            ],
            Lang::En => [
                (&self.en, TextLang::En),
                (&self.nb, TextLang::Nb),
                (&self.nn, TextLang::Nn),
            ],
        };
        order
            .into_iter()
            .find_map(|(text, lang)| {
                text.as_deref()
                    .filter(|t| !t.is_empty())
                    .map(|text| ResolvedText { text, lang })
            })
            .unwrap_or(ResolvedText {
                text: "",
                lang: lang.into(),
            })
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
        let cases: [(&Text, Lang, &str, TextLang, Option<&str>); 8] = [
            (&both, Lang::Nb, "Kommune", TextLang::Nb, None),
            (&both, Lang::En, "Municipality", TextLang::En, None),
            (&nb, Lang::En, "Kommune", TextLang::Nb, Some("nb")),
            (&nb, Lang::Nb, "Kommune", TextLang::Nb, None),
            (&nn, Lang::Nb, "Kommune (nn)", TextLang::Nn, Some("nn")),
            (&nn, Lang::En, "Kommune (nn)", TextLang::Nn, Some("nn")),
            (
                &empty_nb,
                Lang::Nb,
                "Municipality",
                TextLang::En,
                Some("en"),
            ),
            (&Text::default(), Lang::En, "", TextLang::En, None),
        ];
        for (text, ui, shown, lang, attr) in cases {
            let resolved = text.resolve(ui);
            assert_eq!(resolved.text, shown, "{text:?} in {ui:?}");
            assert_eq!(resolved.text, text.get(ui), "{text:?} agrees with get");
            assert_eq!(resolved.lang, lang, "{text:?} in {ui:?}");
            assert_eq!(resolved.lang_attr(ui), attr, "{text:?} in {ui:?}");
        }
    }
}
