//! Themes: a variable's subject fields mapped onto the EU data themes,
//! which DCAT-AP-NO 2 requires at least one of for every dataset, and onto
//! LOS, the Norwegian vocabulary the specification says to use beside it.
//!
//! The metadata names subjects in free Norwegian or English words, so the
//! mapping is a table of known words. A subject no row knows adds no theme;
//! a variable none of whose subjects is known is described under
//! [`FALLBACK`], and `nettbutikk-catalog check` says so.

use catalog::Text;
use std::collections::HashMap;

/// The EU data theme of a variable no subject of which maps: education,
/// since this is the catalogue of the education sector's data-sharing
/// programme.
pub const FALLBACK: EuTheme = EuTheme::Educ;

/// The EU data themes the mapping uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EuTheme {
    /// Education, culture and sport.
    Educ,
    /// Economy and finance.
    Econ,
    /// Government and public sector.
    Gove,
    /// Regions and cities.
    Regi,
    /// Population and society.
    Soci,
    /// Science and technology.
    Tech,
    /// Health.
    Heal,
}

impl EuTheme {
    /// The concept's code in the EU vocabulary.
    pub fn code(self) -> &'static str {
        match self {
            EuTheme::Educ => "EDUC",
            EuTheme::Econ => "ECON",
            EuTheme::Gove => "GOVE",
            EuTheme::Regi => "REGI",
            EuTheme::Soci => "SOCI",
            EuTheme::Tech => "TECH",
            EuTheme::Heal => "HEAL",
        }
    }

    /// The concept's IRI.
    pub fn iri(self) -> String {
        format!("{}{}", crate::ns::DATA_THEME, self.code())
    }
}

/// One row of the mapping: a subject word (lowercase), its EU theme and,
/// where one fits, its LOS theme (the last part of the LOS IRI).
const TABLE: &[(&str, EuTheme, Option<&str>)] = &[
    ("utdanning", EuTheme::Educ, Some("skole-og-utdanning")),
    ("education", EuTheme::Educ, Some("skole-og-utdanning")),
    (
        "videregående opplæring",
        EuTheme::Educ,
        Some("skole-og-utdanning"),
    ),
    ("grunnskole", EuTheme::Educ, Some("grunnskole")),
    ("skole", EuTheme::Educ, Some("skole-og-utdanning")),
    ("karakterer", EuTheme::Educ, Some("skole-og-utdanning")),
    ("gjennomføring", EuTheme::Educ, Some("skole-og-utdanning")),
    ("fagvalg", EuTheme::Educ, Some("skole-og-utdanning")),
    (
        "opptak til høyere utdanning",
        EuTheme::Educ,
        Some("skole-og-utdanning"),
    ),
    (
        "høyere utdanning",
        EuTheme::Educ,
        Some("skole-og-utdanning"),
    ),
    ("læremidler", EuTheme::Educ, Some("skole-og-utdanning")),
    (
        "utdanningsstøtte",
        EuTheme::Educ,
        Some("skole-og-utdanning"),
    ),
    (
        "utenlandsstudier",
        EuTheme::Educ,
        Some("skole-og-utdanning"),
    ),
    ("økonomi", EuTheme::Econ, None),
    ("næringsliv", EuTheme::Econ, Some("naring")),
    ("arbeidsliv", EuTheme::Econ, Some("arbeid")),
    ("arbeid", EuTheme::Econ, Some("arbeid")),
    ("offentlig forvaltning", EuTheme::Gove, None),
    ("kommunereform", EuTheme::Gove, None),
    ("geografi", EuTheme::Regi, None),
    ("kommuner", EuTheme::Regi, None),
    ("fylker", EuTheme::Regi, None),
    ("regionale forhold", EuTheme::Regi, None),
    ("adresser", EuTheme::Regi, None),
    ("eiendom", EuTheme::Regi, Some("bygg-og-eiendom")),
    ("bolig", EuTheme::Regi, Some("bygg-og-eiendom")),
    ("befolkning", EuTheme::Soci, None),
    ("bosted", EuTheme::Soci, None),
    ("digitalisering", EuTheme::Tech, None),
    ("informasjonssikkerhet", EuTheme::Tech, None),
    ("helse", EuTheme::Heal, Some("helse-og-omsorg")),
    (
        "nasjonale prøver",
        EuTheme::Educ,
        Some("skole-og-utdanning"),
    ),
    (
        "elevundersøkelsen",
        EuTheme::Educ,
        Some("skole-og-utdanning"),
    ),
    ("lærere", EuTheme::Educ, Some("skole-og-utdanning")),
    (
        "spesialundervisning",
        EuTheme::Educ,
        Some("skole-og-utdanning"),
    ),
    ("barnehage", EuTheme::Educ, None),
    (
        "fag- og yrkesopplæring",
        EuTheme::Educ,
        Some("skole-og-utdanning"),
    ),
    ("inntak", EuTheme::Educ, Some("skole-og-utdanning")),
    ("lærlinger", EuTheme::Educ, Some("skole-og-utdanning")),
    (
        "studiefinansiering",
        EuTheme::Educ,
        Some("skole-og-utdanning"),
    ),
    (
        "utdanning i utlandet",
        EuTheme::Educ,
        Some("skole-og-utdanning"),
    ),
    ("tilbakebetaling", EuTheme::Econ, None),
    ("arbeid og lønn", EuTheme::Econ, Some("arbeid")),
    ("inntekt og formue", EuTheme::Econ, None),
    ("regnskap", EuTheme::Econ, Some("naring")),
    ("enhetsregisteret", EuTheme::Econ, Some("naring")),
    ("foretaksregisteret", EuTheme::Econ, Some("naring")),
    ("innvandring", EuTheme::Soci, None),
    ("sosiale forhold", EuTheme::Soci, None),
    ("frivillighet", EuTheme::Soci, None),
    ("bygninger", EuTheme::Regi, Some("bygg-og-eiendom")),
    ("arealbruk", EuTheme::Regi, None),
];

/// The themes of a set of subjects: EU themes and LOS theme IRIs, each
/// sorted and without repeats.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Themes {
    /// EU data themes; empty when no subject maps.
    pub eu: Vec<EuTheme>,
    /// LOS theme IRIs.
    pub los: Vec<String>,
}

impl Themes {
    /// The themes of `subjects`, matched in every language they are given
    /// in, ignoring case and surrounding space.
    pub fn of(subjects: &[Text]) -> Themes {
        let (eu, los) = Matcher::default().of(subjects);
        Themes {
            eu,
            los: los
                .into_iter()
                .map(|los| format!("{}{los}", crate::ns::LOS_THEME))
                .collect(),
        }
    }

    /// The EU themes to describe with: the mapped ones, or [`FALLBACK`]
    /// when none maps, since every dataset needs one.
    pub fn eu_or_fallback(&self) -> Vec<EuTheme> {
        if self.eu.is_empty() {
            vec![FALLBACK]
        } else {
            self.eu.clone()
        }
    }
}

/// Matches subject words against the table, each distinct word once: a
/// catalog repeats a few subjects over its whole length, and lowercasing
/// each of them twice per variable showed in profiles.
#[derive(Debug, Default)]
pub(crate) struct Matcher {
    /// The table rows each word (as written) matches.
    seen: HashMap<String, Vec<usize>>,
}

impl Matcher {
    /// The EU themes and LOS slugs of `subjects`, sorted and without
    /// repeats: those of [`Themes::of`].
    pub(crate) fn of<'t>(
        &mut self,
        subjects: impl IntoIterator<Item = &'t Text>,
    ) -> (Vec<EuTheme>, Vec<&'static str>) {
        let (mut eu, mut los) = (Vec::new(), Vec::new());
        for word in subjects.into_iter().flat_map(Text::values) {
            if !self.seen.contains_key(word) {
                self.seen.insert(word.to_owned(), rows(word));
            }
            for &row in self.seen.get(word).into_iter().flatten() {
                if let Some(&(_, theme, slug)) = TABLE.get(row) {
                    eu.push(theme);
                    los.extend(slug);
                }
            }
        }
        eu.sort();
        eu.dedup();
        los.sort();
        los.dedup();
        (eu, los)
    }
}

/// The rows of the table that `word` matches, ignoring case and
/// surrounding space.
fn rows(word: &str) -> Vec<usize> {
    let word = word.trim().to_lowercase();
    TABLE
        .iter()
        .enumerate()
        .filter(|(_, (known, _, _))| *known == word)
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subjects(words: &[&str]) -> Vec<Text> {
        words.iter().map(|w| Text::nb(*w)).collect()
    }

    #[test]
    fn subjects_map_to_eu_and_los_themes() {
        let los = |slug: &str| format!("https://psi.norge.no/los/tema/{slug}");
        let cases: Vec<(Vec<Text>, Vec<EuTheme>, Vec<String>)> = vec![
            (subjects(&[]), vec![], vec![]),
            (
                subjects(&["Utdanning", "Videregående opplæring"]),
                vec![EuTheme::Educ],
                vec![los("skole-og-utdanning")],
            ),
            (
                subjects(&["Digitalisering", "Grunnskole"]),
                vec![EuTheme::Educ, EuTheme::Tech],
                vec![los("grunnskole")],
            ),
            (
                subjects(&["Næringsliv", "Arbeidsliv"]),
                vec![EuTheme::Econ],
                vec![los("arbeid"), los("naring")],
            ),
            (subjects(&["  BEFOLKNING "]), vec![EuTheme::Soci], vec![]),
            (
                subjects(&["Kommunereform", "Fylker"]),
                vec![EuTheme::Gove, EuTheme::Regi],
                vec![],
            ),
            (subjects(&["Ukjent fagfelt"]), vec![], vec![]),
            (
                subjects(&["Lærlinger", "Inntekt og formue", "Arealbruk"]),
                vec![EuTheme::Educ, EuTheme::Econ, EuTheme::Regi],
                vec![los("skole-og-utdanning")],
            ),
            (
                vec![Text::nb_en("Ukjent", "Education")],
                vec![EuTheme::Educ],
                vec![los("skole-og-utdanning")],
            ),
        ];
        for (input, eu, los) in cases {
            let themes = Themes::of(&input);
            assert_eq!(themes.eu, eu, "{input:?}");
            assert_eq!(themes.los, los, "{input:?}");
        }
    }

    #[test]
    fn no_mapped_subject_falls_back_to_education() {
        assert_eq!(
            Themes::of(&subjects(&["Ukjent"])).eu_or_fallback(),
            vec![EuTheme::Educ]
        );
        assert_eq!(
            Themes::of(&subjects(&["Bolig"])).eu_or_fallback(),
            vec![EuTheme::Regi]
        );
        assert_eq!(
            EuTheme::Regi.iri(),
            "http://publications.europa.eu/resource/authority/data-theme/REGI"
        );
    }
}
