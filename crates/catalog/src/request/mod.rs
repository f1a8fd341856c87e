//! The request (søknad): the draft a researcher writes for the basket's
//! variables, the checklist of what is missing, the coverage timeline and
//! the structured request files.
//!
//! The draft is saved with the basket ([`crate::Stored`]) and changed
//! through [`crate::BasketOp::Edit`].

mod draft;
mod period;

pub use draft::{Draft, DraftEdit, DraftField, EditRefused, PeriodEnd, VariableRequest};
pub use period::{Period, PeriodProblem, Years};
