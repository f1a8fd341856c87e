//! What a provider, unit type or variable is called on screen: one rule
//! each, with the language fallback of [`Text::get`] and the id (or
//! technical name) where the metadata gives no label at all, so a heading,
//! a cell or a sort key is never blank.

use crate::{Catalog, Lang, Text, Variable};

/// `label` in `lang` (falling back to the other languages), or `id` when
/// it is empty in every language.
pub fn label_or_id<'a>(label: &'a Text, id: &'a str, lang: Lang) -> &'a str {
    match label.get(lang) {
        "" => id,
        text => text,
    }
}

/// A provider's name in `lang`, or its id when it has none or is not in
/// the catalog.
pub fn provider_name<'a>(catalog: &'a Catalog, provider: &'a str, lang: Lang) -> &'a str {
    catalog
        .provider(provider)
        .map_or(provider, |p| label_or_id(&p.name, provider, lang))
}

/// A unit type's label in `lang`, or its id when it has none or is not in
/// the catalog.
pub fn unit_type_label<'a>(catalog: &'a Catalog, unit_type: &'a str, lang: Lang) -> &'a str {
    catalog
        .unit_type(unit_type)
        .map_or(unit_type, |u| label_or_id(&u.label, unit_type, lang))
}

/// A variable's label in `lang`, or its technical name when it has none.
pub fn variable_label(v: &Variable, lang: Lang) -> &str {
    label_or_id(&v.label, &v.name, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{catalog, provider, unit_type, variable};

    #[test]
    fn labels_fall_back_by_language_then_to_the_id() {
        let cat = catalog(
            vec![provider("sikt", "Sikt"), provider("blank", "")],
            vec![
                unit_type("PERSON", Text::nb_en("Person", "Person (en)")),
                unit_type("SKOLE", Text::nb("Skole")),
                unit_type("TOM", Text::default()),
            ],
            vec![
                variable("sikt", "A", Text::nb_en("Elev", "Pupil"), Text::default()),
                variable("sikt", "B", Text::default(), Text::default()),
            ],
        );
        let providers = [
            ("sikt", Lang::En, "Sikt"),
            ("blank", Lang::Nb, "blank"),
            ("ukjent", Lang::Nb, "ukjent"),
        ];
        for (id, lang, expected) in providers {
            assert_eq!(provider_name(&cat, id, lang), expected, "{id}");
        }
        let units = [
            ("PERSON", Lang::Nb, "Person"),
            ("PERSON", Lang::En, "Person (en)"),
            ("SKOLE", Lang::En, "Skole"),
            ("TOM", Lang::Nb, "TOM"),
            ("UKJENT", Lang::En, "UKJENT"),
        ];
        for (id, lang, expected) in units {
            assert_eq!(unit_type_label(&cat, id, lang), expected, "{id} {lang:?}");
        }
        let variables = [
            (0, Lang::Nb, "Elev"),
            (0, Lang::En, "Pupil"),
            (1, Lang::En, "B"),
        ];
        for (i, lang, expected) in variables {
            assert_eq!(variable_label(&cat.variables[i], lang), expected);
        }
    }
}
