//! Stable ids of the draft's inputs, so a checklist item can link to its
//! field and move the focus there.

use super::{DraftField, PeriodEnd};

/// One input of the draft page (or the variable list), named the same way
/// in the checklist ([`super::CheckItem::field`]) and in the page.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldId {
    /// The list of variables itself: fixed by adding or removing
    /// variables in the basket.
    Variables,
    /// A project-level field.
    Draft(DraftField),
    /// A variable's justification, by variable id.
    Justification(String),
    /// One end of a variable's requested period, by variable id.
    VariablePeriod(String, PeriodEnd),
}

impl FieldId {
    /// The HTML `id` to give the input, and to link to (`#…`) and focus
    /// from the checklist: `draft-purpose`, `draft-variables`,
    /// `draft-justification-<id>`, `draft-period-from-<id>`,
    /// `draft-period-to-<id>`.
    ///
    /// Variable ids hold `/` and may hold any letter, so `<id>` keeps
    /// ASCII letters, digits and `-` and writes every other char as `_`,
    /// its code point in hex and `_` again (`novari-iks/VGO_A` →
    /// `novari-iks_2f_VGO_5f_A`): safe in a URL fragment and a CSS
    /// selector without escaping, and different ids never collide.
    pub fn dom_id(&self) -> String {
        match self {
            FieldId::Variables => "draft-variables".to_string(),
            FieldId::Draft(field) => format!("draft-{}", field.key()),
            FieldId::Justification(id) => format!("draft-justification-{}", encode(id)),
            FieldId::VariablePeriod(id, PeriodEnd::From) => {
                format!("draft-period-from-{}", encode(id))
            }
            FieldId::VariablePeriod(id, PeriodEnd::To) => {
                format!("draft-period-to-{}", encode(id))
            }
        }
    }
}

fn encode(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for c in id.chars() {
        if c.is_ascii_alphanumeric() || c == '-' {
            out.push(c);
        } else {
            out.push_str(&format!("_{:x}_", u32::from(c)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dom_ids_are_plain_and_distinct() {
        let cases = [
            (FieldId::Variables, "draft-variables"),
            (FieldId::Draft(DraftField::LegalBasis), "draft-legal-basis"),
            (
                FieldId::Justification("novari-iks/VGO_A".into()),
                "draft-justification-novari-iks_2f_VGO_5f_A",
            ),
            (
                FieldId::VariablePeriod("kartverket/AREAL_MØ".into(), PeriodEnd::To),
                "draft-period-to-kartverket_2f_AREAL_5f_M_d8_",
            ),
            (
                FieldId::VariablePeriod("p/A".into(), PeriodEnd::From),
                "draft-period-from-p_2f_A",
            ),
        ];
        for (field, id) in cases {
            assert_eq!(field.dom_id(), id);
        }
        // `_` is always encoded, so these cannot meet.
        assert_ne!(
            FieldId::Justification("p/A_2f_".into()).dom_id(),
            FieldId::Justification("p/A/".into()).dom_id()
        );
    }
}
