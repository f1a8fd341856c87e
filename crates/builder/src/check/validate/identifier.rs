//! The rule on `identifierFor`, which marks a unit type's identifier
//! variable (fødselsnummer for `PERSON`).

use super::{Checker, Here};
use crate::dialect::draft::DraftVariable;

impl Checker<'_> {
    /// An identifier variable holds the identifier of the units its own
    /// rows are about, so `identifierFor` must name the variable's
    /// identifier unit type; that one is checked to exist on its own.
    pub(super) fn check_identifier_for(&mut self, here: &Here, variable: &DraftVariable) {
        let (Some(marked), Some(identifier)) = (&variable.identifier_for, &variable.identifier)
        else {
            return;
        };
        if marked.value != identifier.value {
            let message = format!(
                "\"{}\" must be the variable's own unit type, \"{}\" (identifierVariables[0].unitType): an identifier variable identifies the units its rows are about",
                marked.value, identifier.value
            );
            self.error(here, &marked.loc, message);
        }
    }
}
