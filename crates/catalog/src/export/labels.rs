//! Display labels the exports need. A shared rule for these is being
//! written elsewhere in the core; these small functions stand in for it
//! and should be replaced by it.

use crate::{Catalog, Lang};

/// A unit type's label in `lang` (with the label's own language
/// fallback), or its id when the catalog has no label for it.
pub(crate) fn unit_type_label<'a>(catalog: &'a Catalog, id: &'a str, lang: Lang) -> &'a str {
    match catalog.unit_type(id).map(|u| u.label.get(lang)) {
        Some(label) if !label.is_empty() => label,
        _ => id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{catalog, unit_type};
    use crate::Text;

    #[test]
    fn labels_fall_back_to_the_id() {
        let cat = catalog(
            vec![],
            vec![
                unit_type("PERSON", Text::nb_en("Person", "Person (en)")),
                unit_type("SKOLE", Text::nb("Skole")),
                unit_type("TOM", Text::default()),
            ],
            vec![],
        );
        let cases = [
            ("PERSON", Lang::Nb, "Person"),
            ("PERSON", Lang::En, "Person (en)"),
            ("SKOLE", Lang::En, "Skole"),
            ("TOM", Lang::Nb, "TOM"),
            ("UKJENT", Lang::Nb, "UKJENT"),
        ];
        for (id, lang, label) in cases {
            assert_eq!(unit_type_label(&cat, id, lang), label);
        }
    }
}
